import { stringify } from 'csv-stringify/sync'
import { describe, expect, it } from 'vitest'

import { ImportSummary } from '../../../src/import/report'
import { outcomeOf, type RowResult } from '../../../src/import/rows'
import { ImportHeaderError, validateFile } from '../../../src/import/validate'
import { chunked, collect, gb18030, utf8 } from './support'

const HEADER = [
  'CF_XDR_MC',
  '行政相对人类别',
  'CF_WSH',
  '违法行为类型',
  'CF_SY',
  '处罚依据',
  'CF_CFLB',
  '处罚内容',
  '罚款金额（万元）',
  'CF_JDRQ',
  '公示截止期',
  'CF_CFJG',
]

const penaltyRow = (n: number, o: Partial<Record<string, string>> = {}) => {
  const base: Record<string, string> = {
    CF_XDR_MC: `测试商贸有限公司${n}`,
    行政相对人类别: '法人及非法人组织',
    CF_WSH: `测罚〔2026〕${n}号`,
    违法行为类型: '经营超过保质期的食品',
    CF_SY: '经查属实，当事人于2026年10月销售超过保质期的食品, 共计3件。',
    处罚依据: '《中华人民共和国食品安全法》第一百二十四条',
    CF_CFLB: '警告、罚款',
    处罚内容: '警告；罚款人民币2000元。',
    '罚款金额（万元）': '0.2',
    CF_JDRQ: '2026年11月2日',
    公示截止期: '2029/11/2',
    CF_CFJG: '测试市市场监督管理局',
  }
  return HEADER.map((h) => o[h] ?? base[h]!)
}

const csv = (rows: string[][], header = HEADER) => stringify([header, ...rows])

const summarise = (results: RowResult[], store: Map<string, string>) => {
  const summary = new ImportSummary()
  for (const r of results) {
    if (!r.ok) {
      summary.add('rejected')
      continue
    }
    const stored = store.get(r.decisionKey)
    summary.add(outcomeOf(stored === undefined ? null : { fingerprint: stored }, r.fingerprint))
    store.set(r.decisionKey, r.fingerprint)
  }
  return summary.toJSON()
}

describe('validateFile', () => {
  it('validates a CSV as it streams: good rows pass, each bad one is reported with row and column', async () => {
    const text = csv([
      penaltyRow(1),
      penaltyRow(2, { CF_JDRQ: '2026-02-30' }),
      penaltyRow(3, { 行政相对人类别: '自然人' }),
      penaltyRow(4, { '罚款金额（万元）': '2000元', CF_CFLB: '罚款、打板子' }),
      penaltyRow(5),
    ])
    const results = await collect(
      validateFile('penalty', 'csv', chunked(utf8('\uFEFF' + text), 100)),
    )
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [2, true],
      [3, false],
      [4, false],
      [5, false],
      [6, true],
    ])
    const errors = results.flatMap((r) => (r.ok ? [] : r.errors))
    expect(errors.map((e) => [e.line, e.column, e.value])).toEqual([
      [3, 'CF_JDRQ', '2026-02-30'],
      [4, '证件类型 (CF_XDR_ZJLX)', ''],
      [4, '证件号码 (CF_XDR_ZJHM)', ''],
      [5, 'CF_CFLB', '罚款、打板子'],
      [5, '罚款金额（万元）', '2000元'],
    ])
  })

  it('decodes a GB18030 header before judging it (here: too few columns)', async () => {
    const text = '行政相对人名称,处罚决定日期\r\n张三丰,2026年11月2日\r\n'
    const problems = await collect(validateFile('penalty', 'csv', [gb18030(text)])).catch((e) => e)
    expect(problems).toBeInstanceOf(ImportHeaderError)
    expect((problems as ImportHeaderError).mapping.columns.size).toBe(2)
  })

  it('refuses a header without required columns before any row, naming them', async () => {
    const header = HEADER.filter((h) => h !== 'CF_WSH' && h !== '公示截止期')
    const text = csv([penaltyRow(1).slice(0, header.length)], header)
    const yielded: RowResult[] = []
    const error = await (async () => {
      for await (const r of validateFile('penalty', 'csv', [utf8(text)])) yielded.push(r)
    })().catch((e) => e)
    expect(error).toBeInstanceOf(ImportHeaderError)
    expect(error.message).toContain('行政处罚决定书文号 (CF_WSH)')
    expect(error.message).toContain('公示截止期 (CF_GSJZQ)')
    expect(yielded).toEqual([])
  })

  it('refuses an empty file', async () => {
    await expect(collect(validateFile('licensing', 'csv', [utf8('')]))).rejects.toBeInstanceOf(
      ImportHeaderError,
    )
  })

  it('tells the caller about unknown columns', async () => {
    let unknown: string[] = []
    const text = csv([[...penaltyRow(1), 'x', 'y']], [...HEADER, '内部编号', 'COMP_NAME'])
    const results = await collect(
      validateFile('penalty', 'csv', [utf8(text)], { onHeader: (m) => (unknown = m.unknown) }),
    )
    expect(unknown).toEqual(['内部编号', 'COMP_NAME'])
    expect(results.every((r) => r.ok)).toBe(true)
  })

  it('rejects a decision number repeated in the file with other data, passes an identical repeat', async () => {
    const text = csv([
      penaltyRow(1),
      penaltyRow(1, { 处罚内容: '罚款人民币3000元。' }),
      penaltyRow(2),
      penaltyRow(1),
    ])
    const results = await collect(validateFile('penalty', 'csv', [utf8(text)]))
    expect(results.map((r) => r.ok)).toEqual([true, false, true, true])
    const rejected = results[1]!
    expect(!rejected.ok && rejected.errors[0]).toMatchObject({
      line: 3,
      column: 'CF_WSH',
      value: '测罚〔2026〕1号',
      message: expect.stringContaining('row 2'),
    })
    expect(summarise(results, new Map())).toMatchObject({ created: 2, unchanged: 1, rejected: 1 })
  })

  it('validates JSON Lines, a bad line being one rejected row', async () => {
    const good = Object.fromEntries(HEADER.map((h, i) => [h, penaltyRow(7)[i]]))
    const text = [JSON.stringify(good), '{oops', JSON.stringify({ ...good, CF_WSH: '' })].join('\n')
    const results = await collect(validateFile('penalty', 'jsonl', [utf8(text)]))
    expect(results.map((r) => [r.line, r.ok])).toEqual([
      [1, true],
      [2, false],
      [3, false],
    ])
    expect(!results[2]!.ok && results[2]!.errors[0]).toMatchObject({ column: 'CF_WSH' })
  })

  it('imports the same 10,000-row file twice as 10,000 created, then 10,000 unchanged', async () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => penaltyRow(i + 1))
    const file = utf8(csv(rows))
    const store = new Map<string, string>()
    const first = await collect(validateFile('penalty', 'csv', chunked(file, 64 * 1024)))
    expect(summarise(first, store)).toEqual({
      created: 10_000,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      total: 10_000,
    })
    const again = await collect(validateFile('penalty', 'csv', chunked(file, 4096)))
    expect(summarise(again, store)).toMatchObject({ created: 0, unchanged: 10_000 })
    rows[4_999] = penaltyRow(5_000, { '罚款金额（万元）': '0.3' })
    const changed = await collect(validateFile('penalty', 'csv', [utf8(csv(rows))]))
    expect(summarise(changed, store)).toMatchObject({ created: 0, updated: 1, unchanged: 9_999 })
    expect(store.size).toBe(10_000)
  }, 60_000)
})
