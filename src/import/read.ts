/**
 * Streaming readers for bulk decision imports. Each yields one item per row of the file:
 * `{ line, record }` with the record keyed by the file's own column titles, or `{ line, error }`
 * for a row that cannot be read (a bad JSON line, a CSV row with more cells than the header).
 * Nothing here loads a whole file: bytes are decoded as they arrive, and only the first 64 KB are
 * held back to detect the encoding; a CSV's decoded text is tokenised as it arrives by csv-parse's
 * streaming parser; an XLSX is inflated as it arrives, its worksheets parsed from temporary files
 * (exceljs's streaming reader).
 *
 * Row numbers are those a person sees: in a CSV the header is row 1 and each record (a quoted
 * field may span several physical lines; Excel shows it as one row) is the next row, blank lines
 * included; in JSON Lines each physical line is one row; in an XLSX they are Excel's own.
 */
import { createReadStream } from 'node:fs'
import { pipeline, Readable } from 'node:stream'

import { type CsvError, parse, type Parser } from 'csv-parse'
import ExcelJS from 'exceljs'

export type ReadItem =
  | { line: number; record: Record<string, unknown>; error?: undefined }
  | { line: number; error: string; record?: undefined }

/** Where rows come from: a file path or a stream of bytes (fs.ReadStream, a web upload). */
export type ByteSource = string | AsyncIterable<Uint8Array> | Iterable<Uint8Array>

export type Encoding = 'utf-8' | 'gb18030'

/** How many leading bytes decide the encoding. */
export const DETECT_BYTES = 64 * 1024

function bytesOf(source: ByteSource): AsyncIterable<Uint8Array> | Iterable<Uint8Array> {
  return typeof source === 'string' ? createReadStream(source) : source
}

/**
 * UTF-8 when the bytes are valid UTF-8 (a sequence cut by the end of the sample is fine),
 * otherwise GB18030 (which also reads GBK and GB2312, what Excel on a Chinese Windows saves).
 */
export function detectEncoding(sample: Uint8Array): Encoding {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(sample, { stream: true })
    return 'utf-8'
  } catch {
    return 'gb18030'
  }
}

/**
 * The text of a byte stream, chunk by chunk, in the detected encoding; a UTF-8 byte order mark is
 * dropped. `onEncoding` is told the encoding once it is known.
 */
export async function* decodeText(
  source: ByteSource,
  onEncoding?: (encoding: Encoding) => void,
): AsyncGenerator<string> {
  const held: Uint8Array[] = []
  let heldBytes = 0
  let decoder: TextDecoder | null = null
  const start = () => {
    const sample = concat(held, heldBytes)
    const encoding = detectEncoding(sample)
    onEncoding?.(encoding)
    // UTF-8 stays strict: bytes after the sample that are not UTF-8 (a GB18030 file whose first
    // 64 KB happen to be ASCII) stop the import instead of turning into U+FFFD.
    decoder = new TextDecoder(encoding, { fatal: encoding === 'utf-8' })
    return decoder.decode(sample, { stream: true })
  }
  for await (const chunk of bytesOf(source)) {
    const bytes = typeof chunk === 'string' ? new TextEncoder().encode(chunk) : chunk
    if (decoder) {
      const text = strict(() => (decoder as TextDecoder).decode(bytes, { stream: true }))
      if (text) yield text
      continue
    }
    held.push(bytes)
    heldBytes += bytes.length
    if (heldBytes >= DETECT_BYTES) {
      const text = start()
      held.length = 0
      if (text) yield text
    }
  }
  if (!decoder) {
    const text = start()
    if (text) yield text
  }
  const rest = strict(() => (decoder as TextDecoder | null)?.decode() ?? '')
  if (rest) yield rest
}

export const MIXED_ENCODING =
  '文件前64KB为UTF-8，之后出现非UTF-8字节；请将整个文件另存为UTF-8 (the file is UTF-8 in its first 64 KB but not after: save it all as UTF-8)'

function strict(decode: () => string): string {
  try {
    return decode()
  } catch (error) {
    if (error instanceof TypeError) throw new Error(MIXED_ENCODING)
    throw error
  }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!
  const out = new Uint8Array(length)
  let at = 0
  for (const c of chunks) {
    out.set(c, at)
    at += c.length
  }
  return out
}

/** A parsed CSV record: its cells and the row number it starts on (error: it could not be read). */
export type CsvRow = { line: number; cells: string[]; error?: string }

const UNTERMINATED_QUOTE = '引号未闭合 (unterminated quoted field)'

/**
 * RFC 4180 records from text chunks, tokenised by csv-parse's streaming parser: fields separated
 * by commas, records by CRLF, LF or CR (mixed in one file too); a field in double quotes may
 * contain commas, line breaks and doubled quotes (""). Lenient where RFC 4180 is silent and
 * spreadsheets are not (csv-parse's relax_quotes): a quote inside an unquoted field is kept as is,
 * and so is a quoted field with text after its closing quote ("ab"c stays "ab"c). A blank line is
 * a record of one empty cell, so that row numbers count it. An unterminated quote ends at the end
 * of the input: that last record is an error on the row it opened in.
 */
export async function* parseCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: { delimiter?: string } = {},
): AsyncGenerator<CsvRow> {
  const parser: Parser = parse({
    delimiter: options.delimiter ?? ',',
    record_delimiter: ['\r\n', '\n', '\r'],
    bom: true,
    relax_quotes: true,
    relax_column_count: true, // readCsv compares each row with the header itself
    skip_empty_lines: false,
    // The one error left with the options above is an unterminated quote, found at the end of
    // the input. As a stream error it would destroy the parser, dropping the records still
    // buffered in it; skipped instead, it is passed on in order behind them.
    skip_records_with_error: true,
    on_skip: (error) => {
      parser.push(error ?? new Error(UNTERMINATED_QUOTE))
    },
  })
  // Chunks go in with backpressure (pipe), and an error of the source (a read error, mixed
  // encodings) reaches the loop below; a caller that stops early destroys the parser, and
  // pipeline then ends the source.
  pipeline(Readable.from(chunks), parser, () => {})
  let line = 0
  for await (const item of parser as AsyncIterable<string[] | Error>) {
    line++
    if (item instanceof Error) {
      const unterminated = (item as CsvError).code === 'CSV_QUOTE_NOT_CLOSED'
      yield { line, cells: [], error: unterminated ? UNTERMINATED_QUOTE : item.message }
    } else {
      yield { line, cells: item }
    }
  }
}

/**
 * CSV rows as records keyed by the header's titles (row 1). Blank rows are skipped (their
 * numbers still count); a row with more cells than the header is an error; missing trailing
 * cells are empty. `onHeader` receives the header titles before the first record.
 */
export async function* readCsv(
  source: ByteSource,
  options: { onHeader?: (titles: string[]) => void; onEncoding?: (e: Encoding) => void } = {},
): AsyncGenerator<ReadItem> {
  let header: string[] | null = null
  for await (const { line, cells, error } of parseCsv(decodeText(source, options.onEncoding))) {
    if (error) {
      if (!header) {
        // A header that cannot be read has no titles: the import reports the missing columns.
        header = []
        options.onHeader?.(header)
      }
      yield { line, error }
      continue
    }
    if (!header) {
      header = cells.map((c) => c.trim())
      options.onHeader?.(header)
      continue
    }
    if (cells.length === 1 && cells[0]!.trim() === '') continue
    if (cells.length > header.length && cells.slice(header.length).some((c) => c.trim() !== '')) {
      yield {
        line,
        error: `该行有${cells.length}列，表头只有${header.length}列 (${cells.length} cells, header has ${header.length})`,
      }
      continue
    }
    const record: Record<string, string> = {}
    header.forEach((title, i) => {
      if (title && !(title in record)) record[title] = cells[i] ?? ''
    })
    yield { line, record }
  }
  if (!header) options.onHeader?.([])
}

/** Lines of text from chunks, without their line breaks (LF or CRLF). */
export async function* splitLines(
  chunks: AsyncIterable<string> | Iterable<string>,
): AsyncGenerator<string> {
  let rest = ''
  for await (const chunk of chunks) {
    const parts = (rest + chunk).split('\n')
    rest = parts.pop()!
    for (const part of parts) yield part.endsWith('\r') ? part.slice(0, -1) : part
  }
  if (rest) yield rest.endsWith('\r') ? rest.slice(0, -1) : rest
}

/**
 * JSON Lines: one JSON object per line. Blank lines are skipped; a line that is not a JSON
 * object is an error for that line, and reading goes on.
 */
export async function* readJsonLines(
  source: ByteSource,
  options: { onEncoding?: (e: Encoding) => void } = {},
): AsyncGenerator<ReadItem> {
  let line = 0
  for await (const text of splitLines(decodeText(source, options.onEncoding))) {
    line++
    if (!text.trim()) continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch (error) {
      yield { line, error: `不是有效的JSON (not valid JSON): ${(error as Error).message}` }
      continue
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, error: '每行应为一个JSON对象 (each line must be a JSON object)' }
      continue
    }
    yield { line, record: value as Record<string, unknown> }
  }
}

/* ------------------------------------------------------------------------------------------ XLSX */

export const NOT_XLSX =
  '不是XLSX文件；请在Excel中另存为“Excel工作簿(*.xlsx)”或CSV（UTF-8）后导入 (not an XLSX file: save it from Excel as an .xlsx workbook, or as CSV)'
export const XLS_OR_ENCRYPTED =
  '这是旧版XLS文件或加密的工作簿；请另存为不加密的.xlsx或CSV（UTF-8）后导入 (an old .xls file or a password-protected workbook: save it as an .xlsx without a password, or as CSV)'
export const NO_WORKSHEET = 'XLSX文件中没有工作表 (the XLSX file has no worksheet)'
export const XLSX_DAMAGED =
  'XLSX文件已损坏或不完整；请在Excel中打开并重新保存后导入 (the XLSX file is damaged or incomplete: open it in Excel and save it again)'

/**
 * XLSX: the first worksheet (the first tab; the other sheets are ignored), row 1 the header.
 * exceljs's streaming WorkbookReader inflates the zip as it arrives, each worksheet into a
 * temporary file, then the rows are parsed from that file one at a time: memory holds the
 * shared strings and a row, never a whole sheet. Row numbers are Excel's; blank rows are skipped. Values: text as is, numbers as numbers (to 15 significant digits, as
 * Excel shows them), date-formatted cells as Dates (UTC midnight of the day: toISOString gives
 * the date), rich text and hyperlinks as their text, formulas as their saved result, TRUE/FALSE
 * as text. A cell holding an error (#N/A, #REF!…) makes its row an error naming the cell; a
 * value right of the header's last title too, as in a CSV. A file that is not an XLSX workbook
 * throws one of the messages above, before any row.
 */
export async function* readXlsx(
  source: ByteSource,
  options: { onHeader?: (titles: string[]) => void } = {},
): AsyncGenerator<ReadItem> {
  const input = await zipStream(source)
  // pipe() does not pass a source's error on: without this race, a read error or an aborted
  // upload would leave exceljs waiting for the rest of the zip forever.
  let inputError: unknown
  const failed = new Promise<never>((_, reject) =>
    input.on('error', (error) => {
      inputError ??= error
      reject(error)
    }),
  )
  failed.catch(() => {})
  keepLastEntries(input)
  const book = new ExcelJS.stream.xlsx.WorkbookReader(input, {
    worksheets: 'emit',
    sharedStrings: 'cache',
    styles: 'cache', // the number formats say which numbers are dates
    hyperlinks: 'ignore',
    entries: 'ignore',
  }) as unknown as Book
  const sheets = deferWorksheets(book)
  const events = book.parse()
  let finished = false
  let found = false
  try {
    for (;;) {
      const step = await Promise.race([events.next(), failed])
      if (step.done) {
        finished = true
        break
      }
      if (step.value.eventType !== 'worksheet') continue
      const sheet = step.value.value as Sheet
      if (found || !sheets.isFirst(sheet)) {
        skip(sheet)
        continue
      }
      found = true
      yield* rowsOf(sheet, book.properties?.model?.date1904 === true, options.onHeader)
    }
  } catch (error) {
    if (error === inputError) throw error
    throw new Error(XLSX_DAMAGED, { cause: error })
  } finally {
    // Once the zip has been read, exceljs holds the worksheets in temporary files and deletes
    // each after its turn: pass over the rest, also when the caller stopped early. (A zip that
    // fails midway leaves those spooled so far to exceljs's cleanup at exit.)
    if (!finished && sheets.spooled() && inputError === undefined) await skipRest(events)
    input.destroy()
  }
  if (!found) throw new Error(NO_WORKSHEET)
}

type Rel = { Id: string; Target: string }
type BookEvent = { eventType: string; value: unknown }
/** A worksheet of the streaming reader: its rows, and the stream they are parsed from. */
type Sheet = AsyncIterable<ExcelJS.Row> & { iterator?: { destroy?: () => void } }
/** What is used of exceljs 4.4.0's streaming WorkbookReader beyond its typings. */
type Book = {
  parse(): AsyncGenerator<BookEvent>
  _parseWorksheet(
    iterator: unknown,
    sheetNo: string,
  ): Generator<{ eventType: string; value: Sheet }>
  model?: { sheets?: Array<{ rId: string }> }
  properties?: { model?: { date1904?: boolean } }
  styles?: { index?: { numFmt?: Record<number, string> } }
}

/**
 * The bytes of a would-be XLSX as a Node stream for exceljs, once their first bytes show a zip.
 * Anything else is refused here with a message (exceljs would fail with a zip error, or wait
 * forever on an empty file).
 */
async function zipStream(source: ByteSource): Promise<Readable> {
  const chunks = bytesOf(source)
  const iterator =
    Symbol.asyncIterator in chunks
      ? chunks[Symbol.asyncIterator]()
      : (chunks as Iterable<Uint8Array>)[Symbol.iterator]()
  const head: Buffer[] = []
  let length = 0
  let done = false
  while (length < 4 && !done) {
    const next = await iterator.next()
    if (next.done) done = true
    else {
      head.push(toBuffer(next.value))
      length += next.value.length
    }
  }
  const start = Buffer.concat(head)
  const signature = start.subarray(0, 4).toString('hex')
  // PK\3\4 starts a zip's first entry, PK\5\6 an empty zip; D0CF11E0 is the compound file of
  // the old .xls format, also used by Excel for a password-protected .xlsx.
  if (signature !== '504b0304' && signature !== '504b0506') {
    if (!done) await iterator.return?.()
    throw new Error(signature === 'd0cf11e0' ? XLS_OR_ENCRYPTED : NOT_XLSX)
  }
  async function* bytes() {
    try {
      yield start
      while (!done) {
        const next = await iterator.next()
        if (next.done) done = true
        else yield toBuffer(next.value)
      }
    } finally {
      if (!done) await iterator.return?.()
    }
  }
  return Readable.from(bytes(), { objectMode: false })
}

function toBuffer(chunk: Uint8Array | string): Buffer {
  if (typeof chunk === 'string') return Buffer.from(chunk)
  return Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length)
}

/**
 * The zip parser exceljs 4.4.0 uses (unzipper 0.10) announces its end as soon as all input has
 * been written to it, while entries it has already parsed may still wait in its buffer because
 * exceljs is busy with the one before (it pauses the stream meanwhile). Those last entries
 * were lost: workbook.xml, which LibreOffice and exceljs write last, and with it the sheet
 * names (exceljs issue 3064). Only the real end, once the parser has handed out its last entry,
 * is let through; a zip cut short fails on its own (FILE_ENDED).
 */
function keepLastEntries(input: Readable) {
  const pipe = input.pipe.bind(input)
  input.pipe = <T extends NodeJS.WritableStream>(zip: T, options?: { end?: boolean }): T => {
    const parser = zip as unknown as Readable
    const emit = parser.emit.bind(parser)
    parser.emit = (event: string | symbol, ...args: unknown[]) =>
      event === 'end' && !parser.readableEnded ? false : emit(event, ...args)
    return pipe(zip, options)
  }
}

/**
 * exceljs 4.4.0 parses a worksheet as soon as the zip delivers it if the shared strings and the
 * workbook's relationships came before it, even when styles.xml and workbook.xml come after (as
 * LibreOffice orders them): dates then came out as serial numbers, or reading failed for want
 * of the workbook. With the relationships hidden until the whole zip has been read, it spools
 * every worksheet to a temporary file, as it does anyway for files from Excel (which writes the
 * shared strings last), and parses them once everything else is known. Also notes each
 * worksheet's file number (xl/worksheets/sheetN.xml), to find the first tab.
 */
function deferWorksheets(book: Book) {
  let rels: Rel[] | undefined
  let spooled = false
  const files = new WeakMap<Sheet, string>()
  Object.defineProperty(book, 'workbookRels', {
    configurable: true,
    get: () => (spooled ? rels : undefined),
    set: (value: Rel[]) => {
      rels = value
    },
  })
  const parseWorksheet = book._parseWorksheet
  book._parseWorksheet = function* (iterator, sheetNo) {
    if (!spooled) {
      spooled = true
      addChineseDateFormats(book)
    }
    for (const event of parseWorksheet.call(book, iterator, sheetNo)) {
      files.set(event.value, sheetNo)
      yield event
    }
  }
  let first: string | null | undefined
  return {
    /** The zip has been read; the worksheets follow from their temporary files. */
    spooled: () => spooled,
    /** Whether a worksheet is the first tab (the first one read when the workbook does not say). */
    isFirst(sheet: Sheet): boolean {
      if (first === undefined) first = firstWorksheetFile(book, rels)
      return first === null || files.get(sheet) === first
    },
  }
}

/** N of the xl/worksheets/sheetN.xml of the workbook's first worksheet tab, if the rels say. */
function firstWorksheetFile(book: Book, rels: Rel[] = []): string | null {
  for (const sheet of book.model?.sheets ?? []) {
    const target = rels.find((rel) => rel.Id === sheet.rId)?.Target ?? ''
    const match = /(?:^|\/)worksheets\/sheet(\d+)\.xml$/.exec(target)
    if (match) return match[1]!
  }
  return null
}

/**
 * Built-in number formats 27-36 and 50-58 of a Chinese Excel (2026年11月2日, 11月2日, times): a
 * file names them by number only, and exceljs 4.4.0 knows them per locale without a default, so
 * their dates came out as serial numbers.
 */
const ZH_CN_FORMATS: Record<number, string> = {
  27: 'yyyy"年"m"月"',
  28: 'm"月"d"日"',
  29: 'm"月"d"日"',
  30: 'm-d-yy',
  31: 'yyyy"年"m"月"d"日"',
  32: 'h"时"mm"分"',
  33: 'h"时"mm"分"ss"秒"',
  34: '上午/下午 h"时"mm"分"',
  35: '上午/下午 h"时"mm"分"ss"秒"',
  36: 'yyyy"年"m"月"',
  50: 'yyyy"年"m"月"',
  51: 'm"月"d"日"',
  52: 'yyyy"年"m"月"',
  53: 'm"月"d"日"',
  54: 'm"月"d"日"',
  55: '上午/下午 h"时"mm"分"',
  56: '上午/下午 h"时"mm"分"ss"秒"',
  57: 'yyyy"年"m"月"',
  58: 'm"月"d"日"',
}

function addChineseDateFormats(book: Book) {
  const formats = book.styles?.index?.numFmt
  if (!formats) return
  for (const [id, code] of Object.entries(ZH_CN_FORMATS)) formats[Number(id)] ??= code
}

/** Lets exceljs close a worksheet it will not be asked for (its temporary file). */
function skip(sheet: Sheet) {
  sheet.iterator?.destroy?.()
}

async function skipRest(events: AsyncGenerator<BookEvent>) {
  try {
    for (;;) {
      const step = await events.next()
      if (step.done) return
      if (step.value.eventType === 'worksheet') skip(step.value.value as Sheet)
    }
  } catch {
    // The rest of the file cannot be read: nothing more to pass over.
  }
}

/** A cell holding an error value; `code` is null when exceljs lost it (a formula's result). */
class CellError {
  constructor(readonly code: string | null) {}
}

type ReadCell = { column: number; address: string; value: unknown }

async function* rowsOf(
  sheet: Sheet,
  date1904: boolean,
  onHeader?: (titles: string[]) => void,
): AsyncGenerator<ReadItem> {
  let header: string[] | null = null
  for await (const row of sheet) {
    const cells: ReadCell[] = []
    row.eachCell((cell, column) => {
      cells.push({ column, address: cell.address, value: valueOf(cell.value, cell, date1904) })
    })
    if (!header) {
      // Row 1 is the header; a sheet whose row 1 is empty has none.
      header = row.number === 1 ? titlesOf(cells) : []
      onHeader?.(header)
      if (row.number === 1) continue
    }
    const item = itemOf(row.number, cells, header)
    if (item) yield item
  }
  if (!header) onHeader?.([])
}

function titlesOf(cells: ReadCell[]): string[] {
  const titles: string[] = []
  for (const { column, value } of cells) {
    titles[column - 1] = (value instanceof CellError ? (value.code ?? '') : String(value)).trim()
  }
  let length = titles.length
  while (length > 0 && !titles[length - 1]) length--
  return Array.from({ length }, (_, i) => titles[i] ?? '')
}

const isBlank = (value: unknown) => typeof value === 'string' && value.trim() === ''

function itemOf(line: number, cells: ReadCell[], header: string[]): ReadItem | null {
  if (cells.every((cell) => isBlank(cell.value))) return null
  /** Whether a column's value goes into the record (it has a title, the first of its name). */
  const used = (column: number) => {
    const title = header[column - 1]
    return !!title && header.indexOf(title) === column - 1
  }
  const errors = cells.filter(
    (cell) => cell.value instanceof CellError && (cell.column > header.length || used(cell.column)),
  )
  if (errors.length) {
    return {
      line,
      error: errors
        .map(({ column, address, value }) => {
          const where = header[column - 1]
            ? `单元格${address}（${header[column - 1]}）`
            : `单元格${address}`
          const code = (value as CellError).code
          return code
            ? `${where}为错误值${code} (cell ${address} holds the error ${code})`
            : `${where}的公式结果为错误值 (the formula in cell ${address} results in an error)`
        })
        .join('；'),
    }
  }
  const outside = cells.find((cell) => cell.column > header.length && !isBlank(cell.value))
  if (outside) {
    return {
      line,
      error: `单元格${outside.address}在表头之外，表头只有${header.length}列 (cell ${outside.address} is right of the header's ${header.length} columns)`,
    }
  }
  const values: unknown[] = []
  for (const cell of cells) values[cell.column - 1] = cell.value
  const record: Record<string, unknown> = {}
  header.forEach((title, i) => {
    if (title && !(title in record)) record[title] = values[i] ?? ''
  })
  return { line, record }
}

/** A cell's value as an import reads it (see readXlsx), or a CellError. */
function valueOf(value: ExcelJS.CellValue, cell: ExcelJS.Cell, date1904: boolean): unknown {
  if (value === null || value === undefined) return ''
  if (typeof value !== 'object') return scalar(value)
  if (value instanceof Date) return value
  if ('error' in value) return new CellError(value.error)
  if ('richText' in value) return value.richText.map((run) => run.text ?? '').join('')
  if ('formula' in value || 'sharedFormula' in value || 'result' in value) {
    // exceljs leaves a falsy result (0, '') out of the value; the cell still has it.
    const result = value.result ?? (cell as unknown as { result?: unknown }).result
    if (typeof result === 'number' && Number.isFinite(result) && isDateFormat(cell.numFmt)) {
      return excelDate(result, date1904) // exceljs converts plain cells only
    }
    if (result === null || result === undefined) return ''
    if (typeof result === 'object' && !(result instanceof Date)) {
      return new CellError((result as { error?: string }).error ?? null)
    }
    return scalar(result as string | number | boolean | Date)
  }
  if ('hyperlink' in value) return valueOf(value.text, cell, date1904)
  // A shared string the file lacks.
  throw new Error(XLSX_DAMAGED)
}

function scalar(value: string | number | boolean | Date): unknown {
  if (typeof value === 'number') {
    // An error result (#N/A) of a formula reaches us as NaN.
    return Number.isFinite(value) ? Number(value.toPrecision(15)) : new CellError(null)
  }
  if (typeof value === 'boolean') return value ? 'TRUE' : 'FALSE'
  return value
}

/** exceljs's test of a number format for dates: quoted text and [sections] removed. */
function isDateFormat(format: string | undefined): boolean {
  if (!format) return false
  return /[ymdhMsb]/.test(format.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, ''))
}

/** An Excel serial date as exceljs converts it: days since 1899-12-30 (or 1904-01-01), UTC. */
function excelDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 86_400_000))
}

export type FileFormat = 'csv' | 'jsonl' | 'xlsx'

/** The format a file name says: .csv/.txt, .jsonl/.ndjson, .xlsx. */
export function formatOf(name: string): FileFormat | null {
  const ext = name.toLowerCase().split('.').pop()
  if (ext === 'csv' || ext === 'txt') return 'csv'
  if (ext === 'jsonl' || ext === 'ndjson') return 'jsonl'
  if (ext === 'xlsx') return 'xlsx'
  return null
}

/** The reader of a format. */
export function readRows(
  format: FileFormat,
  source: ByteSource,
  options: { onHeader?: (titles: string[]) => void } = {},
): AsyncGenerator<ReadItem> {
  if (format === 'csv') return readCsv(source, options)
  if (format === 'jsonl') return readJsonLines(source)
  return readXlsx(source, options)
}
