import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'

import { GENERATED_HEADER, generatedCsv } from '../../../src/import/generate'
import { validateInWorker } from '../../../src/import/in-worker'
import { NOT_XLSX } from '../../../src/import/read'
import type { RowResult } from '../../../src/import/rows'
import { ImportHeaderError, validateFile } from '../../../src/import/validate'
import { chunked, collect, utf8 } from './support'

/** A generated licensing file with broken rows: a bad date, a missing number, a repeated one. */
function fileWithProblems(rows: number): Uint8Array {
  let text = [...generatedCsv('licensing', rows)].join('')
  const broken = [...generatedCsv('licensing', 3, { from: rows + 1 })].slice(1).join('')
  const lines = broken.trimEnd().split('\n')
  lines[0] = lines[0]!.replace(/\d{4}-\d{2}-\d{2}/, '2026-02-30')
  lines[1] = lines[1]!.replace(/生成许〔\d{4}〕\d+号/, '')
  // Row 5's decision number again, with other data.
  lines[2] = lines[2]!.replace(/生成许〔(\d{4})〕\d+号/, (_, year) => `生成许〔${year}〕5号`)
  text += lines.join('\n') + '\n'
  return utf8(text)
}

describe('validateInWorker', () => {
  it('yields exactly what validateFile yields, row for row, on a file larger than both windows', async () => {
    const rows = 12_000
    const bytes = fileWithProblems(rows)
    const windows = { byteWindow: 256 * 1024, rowWindow: 1000, rowBatch: 100 }
    expect(bytes.length).toBeGreaterThan(windows.byteWindow * 4)
    expect(rows).toBeGreaterThan(windows.rowWindow * 4)
    const here = await collect(validateFile('licensing', 'csv', chunked(bytes, 64 * 1024)))
    let header: string[] | undefined
    const there: RowResult[] = []
    for await (const row of validateInWorker('licensing', 'csv', chunked(bytes, 64 * 1024), {
      ...windows,
      onHeader: (mapping) => (header = [...mapping.columns.keys()]),
    })) {
      // A slow reader: the worker must wait for credit rather than run ahead.
      if (there.length % 2000 === 0) await new Promise((r) => setTimeout(r, 20))
      there.push(row)
    }
    expect(header).toEqual(GENERATED_HEADER.licensing)
    expect(there.length).toBe(rows + 3)
    expect(there).toEqual(here)
    expect(there.filter((r) => !r.ok).map((r) => r.line)).toEqual([rows + 2, rows + 3, rows + 4])
  }, 60_000)

  it('reads a path as well as a stream', async () => {
    const { mkdtempSync, writeFileSync } = await import('node:fs')
    const { tmpdir } = await import('node:os')
    const path = await import('node:path')
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'gongkai-in-worker-')), 'a.csv')
    writeFileSync(file, fileWithProblems(300))
    const there = await collect(validateInWorker('licensing', 'csv', file))
    const here = await collect(validateFile('licensing', 'csv', file))
    expect(there).toEqual(here)
    expect(there.filter((r) => r.ok).length).toBe(300)
  })

  it('throws the header error validateFile throws, with its mapping', async () => {
    const header = GENERATED_HEADER.licensing.filter((t) => t !== 'XK_WSH')
    const text = stringify([header, header.map(() => 'x')])
    const here = await collect(validateFile('licensing', 'csv', [utf8(text)])).catch((e) => e)
    const there = await collect(validateInWorker('licensing', 'csv', [utf8(text)])).catch((e) => e)
    expect(here).toBeInstanceOf(ImportHeaderError)
    expect(there).toBeInstanceOf(ImportHeaderError)
    expect(there.message).toBe(here.message)
    expect(there.mapping.missing).toEqual(here.mapping.missing)
  })

  it("passes on a reader's error message, and the source's own error as it is", async () => {
    const notXlsx = await collect(
      validateInWorker('licensing', 'xlsx', [utf8('a,b\n1,2\n')]),
    ).catch((e) => e)
    expect(notXlsx).toBeInstanceOf(Error)
    expect(notXlsx.message).toBe(NOT_XLSX)

    const stop = new Error('stopped by the test')
    const bytes = fileWithProblems(2000)
    async function* failing() {
      yield bytes.subarray(0, 100_000)
      throw stop
    }
    const seen: RowResult[] = []
    const error = await (async () => {
      for await (const row of validateInWorker('licensing', 'csv', failing())) seen.push(row)
    })().catch((e) => e)
    expect(error).toBe(stop)
    expect(seen.length).toBeLessThan(2000)
  })

  it('stops its thread when the reader stops early', async () => {
    const bytes = fileWithProblems(5000)
    const first: RowResult[] = []
    for await (const row of validateInWorker('licensing', 'csv', chunked(bytes, 4096))) {
      first.push(row)
      if (first.length === 10) break
    }
    expect(first.map((r) => r.line)).toEqual([2, 3, 4, 5, 6, 7, 8, 9, 10, 11])
  })
})
