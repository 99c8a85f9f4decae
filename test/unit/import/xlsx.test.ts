import { existsSync, mkdtempSync, readdirSync, readlinkSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { deflateRawSync } from 'node:zlib'

import ExcelJS from 'exceljs'
import { afterAll, describe, expect, it } from 'vitest'

import {
  NO_WORKSHEET,
  NOT_XLSX,
  type ReadItem,
  readRows,
  readXlsx,
  XLS_OR_ENCRYPTED,
  XLSX_DAMAGED,
} from '../../../src/import/read'
import { ImportHeaderError, validateFile } from '../../../src/import/validate'
import { chunked, collect, utf8 } from './support'

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-xlsx-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

/** An XLSX written by exceljs (as Excel orders its parts: shared strings after the sheets). */
async function workbook(build: (book: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook()
  build(book)
  return new Uint8Array(await book.xlsx.writeBuffer())
}

const utc = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d))

/** Reads an XLSX, collecting the header it reports too. */
async function read(source: Parameters<typeof readXlsx>[0]) {
  let header: string[] | undefined
  const items = await collect(readXlsx(source, { onHeader: (titles) => (header = titles) }))
  return { header, items }
}

/** exceljs's temporary files (one per worksheet) of this process still on disk or open. */
const spooled = () => {
  const name = `tmp-${process.pid}-`
  const files = readdirSync(tmpdir()).filter((file) => file.startsWith(name))
  // Open descriptors, where the system lists them (Linux); a deleted file may still be open.
  const fds = existsSync('/proc/self/fd') ? readdirSync('/proc/self/fd') : []
  const open = fds.flatMap((fd) => {
    try {
      const target = readlinkSync(`/proc/self/fd/${fd}`)
      return target.includes(name) ? [target] : []
    } catch {
      return [] // closed meanwhile (the listing's own descriptor)
    }
  })
  return [...files, ...open]
}

describe('XLSX rows', () => {
  it('reads the first worksheet: records keyed by the header, Excel row numbers, values as Excel holds them', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('许可公示')
      sheet.addRow([
        '行政相对人名称',
        'XK_WSH',
        '许可决定日期',
        '有效期自',
        '金额',
        '许可内容',
        '公式',
        '链接',
        '是否',
      ])
      sheet.addRow([
        '测试科技有限公司',
        '测许〔2025〕1号',
        utc(2025, 6, 1),
        utc(2025, 6, 1),
        0.2,
        { richText: [{ text: '预包装', font: { bold: true } }, { text: '食品销售' }] },
        { formula: 'E2*10000', result: 2000 },
        { text: '公示网', hyperlink: 'https://example.gov.cn/' },
        true,
      ])
      sheet.getCell('D2').numFmt = 'yyyy"年"m"月"d"日"'
      // Row 3 is left blank; row 4 holds only blanks (a space, an empty styled cell).
      sheet.getCell('A4').value = ' '
      sheet.getCell('B4').numFmt = '@'
      sheet.getRow(5).values = ['张三', '测许〔2025〕2号', utc(2026, 11, 2), '', 12345678]
      book.addWorksheet('说明').addRow(['这一页不导入', 'not imported'])
    })
    const { header, items } = await read([bytes])
    expect(header).toEqual([
      '行政相对人名称',
      'XK_WSH',
      '许可决定日期',
      '有效期自',
      '金额',
      '许可内容',
      '公式',
      '链接',
      '是否',
    ])
    expect(items).toEqual([
      {
        line: 2,
        record: {
          行政相对人名称: '测试科技有限公司',
          XK_WSH: '测许〔2025〕1号',
          许可决定日期: utc(2025, 6, 1),
          有效期自: utc(2025, 6, 1),
          金额: 0.2,
          许可内容: '预包装食品销售',
          公式: 2000,
          链接: '公示网',
          是否: 'TRUE',
        },
      },
      {
        line: 5,
        record: {
          行政相对人名称: '张三',
          XK_WSH: '测许〔2025〕2号',
          许可决定日期: utc(2026, 11, 2),
          有效期自: '',
          金额: 12345678,
          许可内容: '',
          公式: '',
          链接: '',
          是否: '',
        },
      },
    ])
    const date = items[1]!.record!['许可决定日期'] as Date
    expect(date).toBeInstanceOf(Date)
    expect(date.toISOString().slice(0, 10)).toBe('2026-11-02')
  })

  it('makes a row with an error value an error naming the cell, and goes on', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1')
      sheet.addRow(['CF_WSH', 'CF_JDRQ', 'CF_NR_FK'])
      sheet.addRow([
        '测罚〔2026〕1号',
        { error: '#N/A' },
        { formula: '1/0', result: { error: '#DIV/0!' } },
      ])
      sheet.addRow(['测罚〔2026〕2号', '2026-11-02', 0.2, '', '多出的一列'])
      sheet.addRow(['测罚〔2026〕3号', '2026-11-02', 0.2])
    })
    const { items } = await read([bytes])
    expect(items).toEqual([
      { line: 2, error: expect.stringContaining('B2（CF_JDRQ）为错误值#N/A') },
      { line: 3, error: expect.stringContaining('E3') },
      { line: 4, record: { CF_WSH: '测罚〔2026〕3号', CF_JDRQ: '2026-11-02', CF_NR_FK: 0.2 } },
    ])
    expect(items[0]!.error).toContain('C2（CF_NR_FK）的公式结果为错误值')
    expect(items[0]!.error).toContain('cell B2 holds the error #N/A')
  })

  it('reads a path, chunked bytes, and through readRows', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1')
      sheet.addRow(['a', 'b'])
      for (let i = 1; i <= 50; i++) sheet.addRow([`第${i}行`, i])
    })
    const file = path.join(dir, 'rows.xlsx')
    writeFileSync(file, bytes)
    const fromPath = await read(file)
    const fromChunks = await read(chunked(bytes, 97))
    const viaReadRows = await collect(readRows('xlsx', [bytes]))
    expect(fromPath.items).toHaveLength(50)
    expect(fromPath.items[49]).toEqual({ line: 51, record: { a: '第50行', b: 50 } })
    expect(fromChunks.items).toEqual(fromPath.items)
    expect(viaReadRows).toEqual(fromPath.items)
  })

  it('reports an empty header for a sheet without rows, or whose row 1 is empty', async () => {
    const empty = await workbook((book) => book.addWorksheet('Sheet1'))
    expect(await read([empty])).toEqual({ header: [], items: [] })
    const late = await workbook((book) => {
      book.addWorksheet('Sheet1').getRow(3).values = ['a']
    })
    expect(await read([late])).toEqual({
      header: [],
      items: [{ line: 3, error: expect.stringContaining('A3') }],
    })
  })

  it('reads 20,000 rows', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1')
      sheet.addRow(['CF_WSH', 'CF_JDRQ', 'CF_NR_FK'])
      for (let i = 1; i <= 20_000; i++)
        sheet.addRow([`测罚〔2026〕${i}号`, utc(2026, 1, 1), i / 100])
    })
    let count = 0
    let last: ReadItem | undefined
    for await (const item of readXlsx(chunked(bytes, 64 * 1024))) {
      count++
      last = item
    }
    expect(count).toBe(20_000)
    expect(last).toEqual({
      line: 20_001,
      record: { CF_WSH: '测罚〔2026〕20000号', CF_JDRQ: utc(2026, 1, 1), CF_NR_FK: 200 },
    })
  }, 60_000)
})

/* ------------------------------------------------------------------ files not written by exceljs */

const CRC = Array.from({ length: 256 }, (_, n) => {
  let c = n
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
  return c >>> 0
})

function crc32(bytes: Buffer): number {
  let c = 0xffffffff
  for (const b of bytes) c = CRC[(c ^ b) & 0xff]! ^ (c >>> 8)
  return (c ^ 0xffffffff) >>> 0
}

/** A zip of the given files, deflated, in the given order (what a streaming reader sees). */
function zip(files: Array<[name: string, text: string]>): Buffer {
  const parts: Buffer[] = []
  const directory: Buffer[] = []
  let offset = 0
  for (const [name, text] of files) {
    const data = Buffer.from(text)
    const packed = deflateRawSync(data)
    const fileName = Buffer.from(name)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt16LE(0x0800, 6) // UTF-8 names
    local.writeUInt16LE(8, 8) // deflated
    local.writeUInt32LE(crc32(data), 14)
    local.writeUInt32LE(packed.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(fileName.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt16LE(0x0800, 8)
    central.writeUInt16LE(8, 10)
    central.writeUInt32LE(crc32(data), 16)
    central.writeUInt32LE(packed.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(fileName.length, 28)
    central.writeUInt32LE(offset, 42)
    parts.push(local, fileName, packed)
    directory.push(central, fileName)
    offset += local.length + fileName.length + packed.length
  }
  const size = directory.reduce((n, b) => n + b.length, 0)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(files.length, 8)
  end.writeUInt16LE(files.length, 10)
  end.writeUInt32LE(size, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...parts, ...directory, end])
}

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships'
const strings = ['决定日期', '截止日期', '金额', '份数', '说明', '是否', '备注', '名称', '不导入']
const sheetXml = (rows: string) =>
  `<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="${MAIN}"><sheetData>${rows}</sheetData></worksheet>`

/** The order of the parts in the zips of LibreOffice and of Excel. */
const ORDERS = {
  // Shared strings before the worksheets, styles and workbook after them.
  LibreOffice: [
    '_rels/.rels',
    'xl/_rels/workbook.xml.rels',
    'xl/sharedStrings.xml',
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
    'xl/styles.xml',
    'xl/workbook.xml',
  ],
  Excel: [
    '_rels/.rels',
    'xl/workbook.xml',
    'xl/_rels/workbook.xml.rels',
    'xl/worksheets/sheet1.xml',
    'xl/worksheets/sheet2.xml',
    'xl/styles.xml',
    'xl/sharedStrings.xml',
  ],
}

/**
 * A workbook whose first tab is sheet2.xml, its parts in the order of `writer`. Style 1 is the
 * built-in number format 31 of a Chinese Excel (2026年11月2日), named by number only.
 */
function handWritten(writer: keyof typeof ORDERS, options: { date1904?: boolean } = {}): Buffer {
  const base = options.date1904 ? 1462 : 0
  const parts: Record<string, string> = Object.fromEntries([
    [
      '_rels/.rels',
      `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"/>`,
    ],
    [
      'xl/_rels/workbook.xml.rels',
      `<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
        `<Relationship Id="rId1" Type="${REL}/styles" Target="styles.xml"/>` +
        `<Relationship Id="rId2" Type="${REL}/worksheet" Target="worksheets/sheet1.xml"/>` +
        `<Relationship Id="rId3" Type="${REL}/worksheet" Target="worksheets/sheet2.xml"/>` +
        `<Relationship Id="rId4" Type="${REL}/sharedStrings" Target="sharedStrings.xml"/>` +
        `</Relationships>`,
    ],
    [
      'xl/sharedStrings.xml',
      `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="${MAIN}" count="${strings.length}" uniqueCount="${strings.length}">` +
        strings.map((s) => `<si><t>${s}</t></si>`).join('') +
        `</sst>`,
    ],
    ['xl/worksheets/sheet1.xml', sheetXml(`<row r="1"><c r="A1" t="s"><v>8</v></c></row>`)],
    [
      'xl/worksheets/sheet2.xml',
      sheetXml(
        `<row r="1">${['A', 'B', 'C', 'D', 'E', 'F', 'G'].map((col, i) => `<c r="${col}1" t="s"><v>${i}</v></c>`).join('')}</row>` +
          `<row r="2" spans="1:7" s="2" customFormat="1"/>` +
          `<row r="3"><c r="A3" s="1"><v>${46328 - base}</v></c>` +
          `<c r="B3" s="1"><f>A3+30</f><v>${46358 - base}</v></c>` +
          `<c r="C3"><f>0*1</f><v>0</v></c>` +
          `<c r="D3"><f t="shared" ref="D3:D4" si="0">C3+5</f><v>5</v></c>` +
          `<c r="E3" t="inlineStr"><is><t>内联文字</t></is></c>` +
          `<c r="F3" t="b"><v>0</v></c>` +
          `<c r="G3"><v>0.30000000000000004</v></c></row>` +
          `<row r="4"><c r="A4" s="1"><v>${46329 - base}</v></c><c r="D4"><f t="shared" si="0"/><v>6</v></c></row>` +
          `<row r="6"><c r="A6" s="1" t="e"><f>NA()</f><v>#N/A</v></c></row>`,
      ),
    ],
    [
      'xl/styles.xml',
      `<?xml version="1.0" encoding="UTF-8"?><styleSheet xmlns="${MAIN}">` +
        `<fonts count="1"><font><sz val="11"/><name val="宋体"/></font></fonts>` +
        `<fills count="1"><fill><patternFill patternType="none"/></fill></fills>` +
        `<borders count="1"><border/></borders>` +
        `<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>` +
        `<xf numFmtId="31" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>` +
        `<xf numFmtId="49" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/></cellXfs>` +
        `</styleSheet>`,
    ],
    [
      'xl/workbook.xml',
      `<?xml version="1.0" encoding="UTF-8"?><workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
        (options.date1904 ? `<workbookPr date1904="1"/>` : '') +
        `<sheets><sheet name="公示" sheetId="2" r:id="rId3"/><sheet name="说明" sheetId="1" r:id="rId2"/></sheets></workbook>`,
    ],
  ])
  return zip(ORDERS[writer].map((name) => [name, parts[name]!]))
}

describe('XLSX from other writers', () => {
  it.each([
    ['LibreOffice', false],
    ['LibreOffice', true],
    ['Excel', false],
  ] as const)(
    'reads %s order: the first tab, Chinese date formats, formula results (date1904: %s)',
    async (writer, date1904) => {
      const { header, items } = await read([handWritten(writer, { date1904 })])
      expect(header).toEqual(['决定日期', '截止日期', '金额', '份数', '说明', '是否', '备注'])
      expect(items).toEqual([
        {
          line: 3,
          record: {
            决定日期: utc(2026, 11, 2),
            截止日期: utc(2026, 12, 2),
            金额: 0,
            份数: 5,
            说明: '内联文字',
            是否: 'FALSE',
            备注: 0.3,
          },
        },
        {
          line: 4,
          record: {
            决定日期: utc(2026, 11, 3),
            截止日期: '',
            金额: '',
            份数: 6,
            说明: '',
            是否: '',
            备注: '',
          },
        },
        { line: 6, error: expect.stringContaining('A6（决定日期）的公式结果为错误值') },
      ])
    },
  )
})

describe('files that are not XLSX', () => {
  it.each([
    ['a CSV named .xlsx', utf8('行政相对人名称,CF_WSH\n张三,测罚〔2026〕1号\n'), NOT_XLSX],
    ['an empty file', new Uint8Array(0), NOT_XLSX],
    [
      'an old .xls (or an encrypted workbook)',
      Buffer.from('d0cf11e0a1b11ae1' + '00'.repeat(504), 'hex'),
      XLS_OR_ENCRYPTED,
    ],
    ['a zip without a worksheet', zip([['word/document.xml', '<document/>']]), NO_WORKSHEET],
    ['an empty zip', zip([]), NO_WORKSHEET],
  ])('refuses %s with a message', async (_, bytes, message) => {
    await expect(collect(readXlsx([bytes]))).rejects.toThrow(message)
  })

  it('refuses a truncated XLSX as damaged', async () => {
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('Sheet1')
      for (let i = 0; i < 200; i++) sheet.addRow([`第${i}行`, i])
    })
    // Cut in the worksheet, and in the zip's directory at the end.
    for (const end of [Math.floor(bytes.length / 3), bytes.length - 200]) {
      const error = await collect(readXlsx([bytes.subarray(0, end)])).catch((e) => e)
      expect(error).toBeInstanceOf(Error)
      expect(error.message).toBe(XLSX_DAMAGED)
    }
    expect(XLSX_DAMAGED).toMatch(/损坏.*damaged/)
  })

  it('passes on an error of the byte source instead of waiting for the rest', async () => {
    const bytes = await workbook((book) => book.addWorksheet('Sheet1').addRow(['a']))
    async function* aborted() {
      yield bytes.subarray(0, 100)
      throw new Error('upload aborted')
    }
    await expect(collect(readXlsx(aborted()))).rejects.toThrow('upload aborted')
  })

  it('passes on a missing file as such', async () => {
    await expect(collect(readXlsx(path.join(dir, 'missing.xlsx')))).rejects.toThrow(/ENOENT/)
  })
})

describe('temporary files', () => {
  const twoSheets = () =>
    workbook((book) => {
      const sheet = book.addWorksheet('Sheet1')
      sheet.addRow(['CF_WSH', 'CF_JDRQ'])
      for (let i = 1; i <= 100; i++) sheet.addRow([`测罚〔2026〕${i}号`, utc(2026, 1, 1)])
      book.addWorksheet('Sheet2').addRow(['x'])
    })

  it('leaves none after a whole file, or when the reader is left early', async () => {
    const before = spooled()
    await collect(readXlsx([await twoSheets()]))
    for await (const item of readXlsx([await twoSheets()])) {
      expect(item.line).toBe(2)
      break
    }
    const refused = await collect(validateFile('penalty', 'xlsx', [await twoSheets()])).catch(
      (e) => e,
    )
    expect(refused).toBeInstanceOf(ImportHeaderError)
    // exceljs deletes them asynchronously
    await expect.poll(spooled).toEqual(before)
  })
})

describe('validateFile with XLSX', () => {
  /** A valid licensing row under the Chinese titles (as in rows.test.ts), dates as date cells. */
  const licensing = (n: number): Record<string, ExcelJS.CellValue> => ({
    行政相对人名称: '测试科技有限公司',
    行政相对人类别: '法人及非法人组织',
    统一社会信用代码: '91330100MA2B3C4D5E',
    行政许可决定文书名称: '食品经营许可决定书',
    XK_WSH: `测许〔2025〕${n}号`,
    许可类别: '普通',
    许可内容: '预包装食品销售',
    许可决定日期: utc(2025, 6, 1),
    有效期自: utc(2025, 6, 1),
    许可机关: '测试局',
  })

  it('passes valid rows, reporting bad ones under Excel row numbers', async () => {
    const titles = Object.keys(licensing(1))
    const bytes = await workbook((book) => {
      const sheet = book.addWorksheet('行政许可')
      sheet.addRow(titles)
      sheet.addRow(titles.map((t) => licensing(1)[t]))
      sheet.getRow(4).values = titles.map((t) => ({ ...licensing(2), 许可类别: '发证' })[t])
      sheet.getRow(5).values = titles.map((t) => licensing(3)[t])
      sheet.getCell('H5').numFmt = 'yyyy"年"m"月"d"日"'
    })
    const results = await collect(validateFile('licensing', 'xlsx', [bytes]))
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [4, false],
      [5, true],
    ])
    const first = results[0]!
    expect(first.ok && first.data).toMatchObject({
      partyName: '测试科技有限公司',
      decisionNumber: '测许〔2025〕1号',
      licenseCategory: 'general',
      decisionDate: '2025-06-01',
      validFrom: '2025-06-01',
    })
    expect(results[2]!.ok && results[2]!.data.decisionDate).toBe('2025-06-01')
    const rejected = results[1]!
    expect(!rejected.ok && rejected.errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [4, '许可类别', '发证'],
    ])
  })
})
