import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import {
  decodeText,
  detectEncoding,
  DETECT_BYTES,
  formatOf,
  parseCsv,
  readCsv,
  readJsonLines,
  readRows,
  MIXED_ENCODING,
  splitLines,
} from '../../../src/import/read'
import { chunked, collect, gb18030, utf8 } from './support'

const dir = mkdtempSync(path.join(tmpdir(), 'gongkai-import-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const csvRows = async (text: string, chunkSize = 1024) =>
  (await collect(parseCsv(chunkText(text, chunkSize)))).map((r) => [r.line, r.cells, r.error])

function* chunkText(text: string, size: number) {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}

describe('RFC 4180 parsing', () => {
  it.each([
    [
      'plain',
      'a,b,c\n1,2,3\n',
      [
        [1, ['a', 'b', 'c']],
        [2, ['1', '2', '3']],
      ],
    ],
    [
      'no final newline',
      'a,b\n1,2',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'CRLF',
      'a,b\r\n1,2\r\n',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'lone CR',
      'a,b\r1,2\r',
      [
        [1, ['a', 'b']],
        [2, ['1', '2']],
      ],
    ],
    [
      'mixed line breaks',
      'a\r\nb\nc\rd',
      [
        [1, ['a']],
        [2, ['b']],
        [3, ['c']],
        [4, ['d']],
      ],
    ],
    [
      'quoted comma',
      'a,b\n"x, y",2\n',
      [
        [1, ['a', 'b']],
        [2, ['x, y', '2']],
      ],
    ],
    [
      'quoted LF',
      'a,b\n"line 1\nline 2",2\n3,4\n',
      [
        [1, ['a', 'b']],
        [2, ['line 1\nline 2', '2']],
        [3, ['3', '4']],
      ],
    ],
    [
      'quoted CRLF',
      'a\r\n"x\r\ny"\r\n',
      [
        [1, ['a']],
        [2, ['x\r\ny']],
      ],
    ],
    [
      'doubled quote',
      'a\n"say ""hi"""\n',
      [
        [1, ['a']],
        [2, ['say "hi"']],
      ],
    ],
    [
      'empty quoted field',
      'a,b\n"",x\n',
      [
        [1, ['a', 'b']],
        [2, ['', 'x']],
      ],
    ],
    [
      'empty fields',
      'a,b,c\n,,\n',
      [
        [1, ['a', 'b', 'c']],
        [2, ['', '', '']],
      ],
    ],
    [
      'blank line keeps its number',
      'a\n\nx\n',
      [
        [1, ['a']],
        [2, ['']],
        [3, ['x']],
      ],
    ],
    [
      'quote inside unquoted field kept',
      'a\n5" disk,x\n',
      [
        [1, ['a']],
        [2, ['5" disk', 'x']],
      ],
    ],
    [
      'text after closing quote kept as written',
      'a\n"ab"c,d\n',
      [
        [1, ['a']],
        [2, ['"ab"c', 'd']],
      ],
    ],
    [
      'Chinese',
      '名称,金额\n张三,0.2\n',
      [
        [1, ['名称', '金额']],
        [2, ['张三', '0.2']],
      ],
    ],
  ])('%s', async (_name, text, expected) => {
    for (const size of [1, 2, 3, 1024]) {
      const rows = await csvRows(text, size)
      expect(rows.map(([line, cells]) => [line, cells])).toEqual(expected)
      expect(rows.every(([, , error]) => error === undefined)).toBe(true)
    }
  })

  it('reports an unterminated quote on the row it opened in', async () => {
    const rows = await csvRows('a,b\n1,2\n"open,3\nmore\n')
    expect(rows).toHaveLength(3)
    expect(rows[2]![0]).toBe(3)
    expect(rows[2]![2]).toMatch(/unterminated/)
  })

  it('loses none of the rows before an unterminated quote', async () => {
    const text = `a\n${Array.from({ length: 500 }, (_, i) => `${i}\n`).join('')}"open\n`
    const rows = await csvRows(text, 100_000)
    expect(rows).toHaveLength(502)
    expect(rows[500]).toEqual([501, ['499'], undefined])
    expect(rows[501]![0]).toBe(502)
    expect(rows[501]![2]).toMatch(/unterminated/)
  })
})

describe('encoding detection', () => {
  it.each([
    ['ASCII', utf8('a,b\n'), 'utf-8'],
    ['UTF-8', utf8('行政相对人名称\n'), 'utf-8'],
    ['UTF-8 with BOM', utf8('\uFEFF行政相对人名称\n'), 'utf-8'],
    ['UTF-8 cut inside a character', utf8('名称').subarray(0, 4), 'utf-8'],
    ['GB18030', gb18030('行政相对人名称\n'), 'gb18030'],
    ['GB18030 four-byte', gb18030('𠀀\n'), 'gb18030'],
  ] as const)('%s → %s', (_name, bytes, encoding) => {
    expect(detectEncoding(bytes)).toBe(encoding)
  })

  it.each([1, 3, 7, 65536])(
    'decodes UTF-8 with BOM and GB18030 whatever the chunk size (%i)',
    async (size) => {
      const text = '行政相对人名称,罚款金额（万元）\r\n张三丰,0.2\r\n𠀀\r\n'
      let seen = ''
      const utf = await collect(decodeText(chunked(utf8('\uFEFF' + text), size), (e) => (seen = e)))
      expect(utf.join('')).toBe(text)
      expect(seen).toBe('utf-8')
      const gb = await collect(decodeText(chunked(gb18030(text), size), (e) => (seen = e)))
      expect(gb.join('')).toBe(text)
      expect(seen).toBe('gb18030')
    },
  )

  it('detects from the first 64 KB and streams the rest, characters split across the boundary intact', async () => {
    const filler = 'x'.repeat(DETECT_BYTES - 1) // the next character straddles the 64 KB boundary
    const text = `${filler}名称\n${'行'.repeat(50_000)}\n`
    const out = await collect(decodeText(chunked(utf8(text), 4096)))
    expect(out.join('')).toBe(text)
    expect(out.length).toBeGreaterThan(1)
  })
  it('stops with a message, not garbage, when GB18030 bytes follow 64 KB of ASCII', async () => {
    const bytes = new Uint8Array([
      ...utf8('a\n' + 'x'.repeat(DETECT_BYTES)),
      ...gb18030('\n张三\n'),
    ])
    await expect(collect(decodeText(chunked(bytes, 4096)))).rejects.toThrow(MIXED_ENCODING)
  })
})

describe('CSV reader', () => {
  const header = '行政相对人名称,处罚决定日期,罚款金额（万元）'

  it('reads a GB18030 file, rows numbered as in a spreadsheet', async () => {
    const bytes = gb18030(`${header}\r\n张三丰,2026年11月2日,0.2\r\n张三,2026/11/2,1\r\n`)
    let titles: string[] = []
    const items = await collect(readCsv(chunked(bytes, 5), { onHeader: (t) => (titles = t) }))
    expect(titles).toEqual(['行政相对人名称', '处罚决定日期', '罚款金额（万元）'])
    expect(items).toEqual([
      {
        line: 2,
        record: {
          行政相对人名称: '张三丰',
          处罚决定日期: '2026年11月2日',
          '罚款金额（万元）': '0.2',
        },
      },
      {
        line: 3,
        record: { 行政相对人名称: '张三', 处罚决定日期: '2026/11/2', '罚款金额（万元）': '1' },
      },
    ])
  })

  it('reads a UTF-8 file with BOM from disk (the BOM is not part of the first title)', async () => {
    const file = path.join(dir, 'bom.csv')
    writeFileSync(file, `\uFEFF${header}\n张三丰,20261102,0.2\n`)
    let titles: string[] = []
    const items = await collect(readCsv(file, { onHeader: (t) => (titles = t) }))
    expect(titles[0]).toBe('行政相对人名称')
    expect(items).toEqual([
      {
        line: 2,
        record: { 行政相对人名称: '张三丰', 处罚决定日期: '20261102', '罚款金额（万元）': '0.2' },
      },
    ])
  })

  it('keeps quoted commas and newlines in one cell and counts the record as one row', async () => {
    const text = `${header}\n"某某有限公司,第一分公司",2026-11-02,"1"\n"多行\n名称",2026-11-03,2\n末行,2026-11-04,3\n`
    const items = await collect(readCsv([utf8(text)]))
    expect(items.map((i) => [i.line, i.record?.['行政相对人名称']])).toEqual([
      [2, '某某有限公司,第一分公司'],
      [3, '多行\n名称'],
      [4, '末行'],
    ])
  })

  it('reports broken rows with their row number and goes on', async () => {
    const text = `${header}\n好的,2026-11-02,1\n坏的,2026-11-02,1,多余\n\n短的\n"未闭合,2026-11-02,1\n`
    const items = await collect(readCsv([utf8(text)]))
    expect(items).toEqual([
      {
        line: 2,
        record: { 行政相对人名称: '好的', 处罚决定日期: '2026-11-02', '罚款金额（万元）': '1' },
      },
      { line: 3, error: expect.stringContaining('4 cells, header has 3') },
      { line: 5, record: { 行政相对人名称: '短的', 处罚决定日期: '', '罚款金额（万元）': '' } },
      { line: 6, error: expect.stringContaining('unterminated') },
    ])
  })

  it('ignores empty trailing cells beyond the header (Excel pads rows)', async () => {
    const items = await collect(readCsv([utf8('a,b\n1,2,,\n')]))
    expect(items).toEqual([{ line: 2, record: { a: '1', b: '2' } }])
  })

  it('streams: the first row arrives before the source is read to the end', async () => {
    let chunksRead = 0
    const rows = 100_000
    function* source() {
      yield utf8('a,b\n')
      for (let i = 0; i < rows; i += 100) {
        chunksRead++
        yield utf8(Array.from({ length: 100 }, (_, j) => `${i + j},x\n`).join(''))
      }
    }
    const reader = readCsv(source())
    const first = await reader.next()
    expect(first.value).toEqual({ line: 2, record: { a: '0', b: 'x' } })
    expect(chunksRead).toBeLessThan(rows / 100 / 2)
    let count = 1
    for await (const _ of reader) count++
    expect(count).toBe(rows)
  })
})

describe('JSON Lines reader', () => {
  it('reads objects, reports bad lines and goes on', async () => {
    const text = [
      '{"CF_WSH":"测罚〔2026〕1号","CF_NR_FK":0.2}',
      '',
      '{"CF_WSH": "测罚〔2026〕2号"',
      '[1,2]',
      '"text"',
      '{"CF_WSH":"测罚〔2026〕3号"}',
    ].join('\r\n')
    const items = await collect(readJsonLines(chunked(utf8(text), 7)))
    expect(items).toEqual([
      { line: 1, record: { CF_WSH: '测罚〔2026〕1号', CF_NR_FK: 0.2 } },
      { line: 3, error: expect.stringContaining('not valid JSON') },
      { line: 4, error: expect.stringContaining('JSON object') },
      { line: 5, error: expect.stringContaining('JSON object') },
      { line: 6, record: { CF_WSH: '测罚〔2026〕3号' } },
    ])
  })

  it('splits lines across chunks', async () => {
    expect(await collect(splitLines(['a\nb', 'c\r', '\nd']))).toEqual(['a', 'bc', 'd'])
  })
})

describe('formats', () => {
  it.each([
    ['decisions.csv', 'csv'],
    ['DECISIONS.CSV', 'csv'],
    ['export.txt', 'csv'],
    ['decisions.jsonl', 'jsonl'],
    ['decisions.ndjson', 'jsonl'],
    ['decisions.xlsx', 'xlsx'],
    ['decisions.xls', null],
    ['decisions', null],
  ])('%s → %s', (name, format) => {
    expect(formatOf(name)).toBe(format)
  })

  it('dispatches to the reader of a format', async () => {
    expect(await collect(readRows('jsonl', [utf8('{"a":1}\n')]))).toEqual([
      { line: 1, record: { a: 1 } },
    ])
    expect(await collect(readRows('csv', [utf8('a\n1\n')]))).toEqual([
      { line: 2, record: { a: '1' } },
    ])
  })
})
