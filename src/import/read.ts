/**
 * Streaming readers for bulk decision imports. Each yields one item per row of the file:
 * `{ line, record }` with the record keyed by the file's own column titles, or `{ line, error }`
 * for a row that cannot be read (a bad JSON line, a CSV row with more cells than the header).
 * Nothing here loads a whole file: bytes are decoded as they arrive, and only the first 64 KB are
 * held back to detect the encoding.
 *
 * Row numbers are those a person sees: in a CSV the header is row 1 and each record (a quoted
 * field may span several physical lines; Excel shows it as one row) is the next row, blank lines
 * included; in JSON Lines each physical line is one row.
 */
import { createReadStream } from 'node:fs'

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

/**
 * RFC 4180 records from text chunks: fields separated by commas, records by CRLF, LF or CR;
 * a field in double quotes may contain commas, line breaks and doubled quotes (""). Lenient where
 * RFC 4180 is silent and spreadsheets are not: a quote inside an unquoted field is kept as is;
 * text after a closing quote is appended to the field. An unterminated quote ends at the end of
 * the input: that last record carries an error.
 */
export async function* parseCsv(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: { delimiter?: string } = {},
): AsyncGenerator<CsvRow> {
  const delimiter = options.delimiter ?? ','
  let cells: string[] = []
  let field = ''
  let quoted = false // inside a quoted field
  let afterQuote = false // a quote was just seen inside a quoted field
  let pendingCR = false // the previous character was a CR ending a record
  let row = 1 // the row the current record starts on
  let fieldStarted = false
  const finish = (): CsvRow => {
    cells.push(field)
    const out = { line: row, cells }
    cells = []
    field = ''
    fieldStarted = false
    row++
    return out
  }
  for await (const chunk of chunks) {
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i]!
      if (pendingCR) {
        pendingCR = false
        if (c === '\n') continue
      }
      if (quoted) {
        if (afterQuote) {
          afterQuote = false
          if (c === '"') {
            field += '"'
            continue
          }
          quoted = false // the quote closed the field; fall through to handle c unquoted
        } else if (c === '"') {
          afterQuote = true
          continue
        } else {
          field += c
          continue
        }
      }
      if (c === delimiter) {
        cells.push(field)
        field = ''
        fieldStarted = true
      } else if (c === '\n' || c === '\r') {
        if (c === '\r') pendingCR = true
        yield finish()
      } else if (c === '"' && field === '') {
        quoted = true
        fieldStarted = true
      } else {
        field += c
        fieldStarted = true
      }
    }
  }
  if (quoted && !afterQuote) {
    yield { ...finish(), error: '引号未闭合 (unterminated quoted field)' }
  } else if (field !== '' || cells.length > 0 || fieldStarted) {
    yield finish()
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
    if (error && header) {
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

/**
 * XLSX (the first worksheet; row 1 the header). No XLSX reader is installed: this needs a
 * streaming one, `exceljs` (its WorkbookReader reads rows as the zip is inflated). Until it is
 * added the reader refuses with a message saying so, and the CLI and upload screen offer CSV.
 */
export function readXlsx(
  _source: ByteSource,
  _options: { onHeader?: (titles: string[]) => void } = {},
): AsyncGenerator<ReadItem> {
  return (async function* (): AsyncGenerator<ReadItem> {
    yield* []
    throw new Error(XLSX_UNAVAILABLE)
  })()
}

export const XLSX_UNAVAILABLE =
  'XLSX导入需要安装 exceljs；请在Excel中另存为CSV（UTF-8）后导入 (XLSX import needs the exceljs package; save the sheet as CSV)'

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
