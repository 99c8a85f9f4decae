/**
 * The PostgreSQL search engine against the reference rule (tokenize.ts: a document matches a term
 * iff termPattern finds it in the folded title or body): exact sets on a generated corpus, long
 * bodies cut into chunks, writes, and transactions. Runs in the int:postgres project only.
 */
import { createLocalReq, commitTransaction, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { EntryId, SearchEntry } from '../../../src/search/engine'
import {
  chunkRanges,
  OVERLAP,
  postgresEngine,
  CHUNK_POSITIONS,
} from '../../../src/search/engines/postgres'
import {
  fold,
  indexTokens,
  parseSearchQuery,
  termOf,
  termPattern,
  type QueryTerm,
} from '../../../src/search/tokenize'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

const engine = postgresEngine()
let server: TestServer

beforeAll(async () => {
  if (dbKind === 'postgres') server = await startTestServer()
})
afterAll(async () => {
  await server?.close()
})

let seed = 6
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
const pick = <T>(xs: readonly T[]) => xs[Math.floor(rand() * xs.length)]!
// Small alphabets, so that terms often occur, nearly occur, and straddle separators.
const PIECES = [
  ...'行政许可证号发国办服务法规'.split(''),
  '行政许可',
  '许可证',
  '国办发〔2017〕47号',
  '国办发[2017]147号',
  '7',
  '47',
  '2017',
  'ISO',
  'iso9001',
  'Data',
  'ＡＢ',
  'ab',
  'Café',
  '，',
  '。',
  ' ',
  '〔',
  '〕',
  '(',
  '-',
]
const make = (n: number) => Array.from({ length: n }, () => pick(PIECES)).join('')

/** Per term, the ids whose folded title (and body) termPattern finds it in: computed once. */
const sets = new WeakMap<SearchEntry[], Map<string, { title: Set<EntryId>; any: Set<EntryId> }>>()
const folded = new WeakMap<SearchEntry, { title: string; body: string }>()
function occurrences(docs: SearchEntry[], term: QueryTerm) {
  let cache = sets.get(docs)
  if (!cache) sets.set(docs, (cache = new Map()))
  const key = `${term.tokens.join(' ')}${term.prefix ? '*' : ''}`
  let entry = cache.get(key)
  if (!entry) {
    const re = termPattern(term)
    const test = (text: string) => ((re.lastIndex = 0), re.test(text))
    entry = { title: new Set(), any: new Set() }
    for (const d of docs) {
      let f = folded.get(d)
      if (!f) folded.set(d, (f = { title: fold(d.title), body: fold(d.body) }))
      const inTitle = test(f.title)
      if (inTitle) entry.title.add(d.id)
      if (inTitle || test(f.body)) entry.any.add(d.id)
    }
    cache.set(key, entry)
  }
  return entry
}

/** The reference: ids where every positive term occurs (title, or title or body) and no excluded one does. */
function expected(
  docs: SearchEntry[],
  q: ReturnType<typeof parseSearchQuery>,
  field: 'any' | 'title' = 'any',
): Set<EntryId> {
  const positives = q.all.map((t) => occurrences(docs, t)[field])
  const excluded = field === 'title' ? [] : q.none.map((t) => occurrences(docs, t).any)
  return new Set(
    docs
      .map((d) => d.id)
      .filter((id) => positives.every((s) => s.has(id)) && !excluded.some((s) => s.has(id))),
  )
}

async function matchSet(q: string, field: 'any' | 'title' = 'any') {
  const ids = await engine.match(server.payload, parseSearchQuery(q), field)
  expect(new Set(ids).size).toBe(ids.length) // no duplicates
  return new Set(ids)
}

describe.skipIf(dbKind !== 'postgres')(`postgres search engine (${dbKind})`, () => {
  const corpus: SearchEntry[] = []

  it('finds exactly what the reference rule finds (precision and recall 1.0)', async () => {
    for (let i = 1; i <= 3000; i++) {
      corpus.push({
        id: i,
        title: make(3 + Math.floor(rand() * 8)),
        body: make(8 + Math.floor(rand() * 50)),
      })
    }
    for (let i = 0; i < corpus.length; i += 500) {
      await engine.upsert({ payload: server.payload }, corpus.slice(i, i + 500))
    }
    expect(await engine.count(server.payload)).toBe(3000)

    const runs = corpus.flatMap((d) => fold(d.title + d.body).match(/\p{Script=Han}+/gu) ?? [])
    const terms: string[] = []
    while (terms.length < 180) {
      const run = pick(runs)
      const len = 1 + Math.floor(rand() * 6)
      if (run.length < len) continue
      const at = Math.floor(rand() * (run.length - len + 1))
      terms.push(run.slice(at, at + len))
    }
    while (terms.length < 260) terms.push(make(1 + Math.floor(rand() * 3)).replace(/[-\s]/g, ''))
    terms.push(
      ...['iso', 'ISO9001', 'data', 'ab', 'ＡＢ', 'cafe', '2017', '47', '7', '147号'],
      ...[
        '国办发[2017]47号',
        '国办发（2017）47号',
        '国办发【2017】47号',
        '办发〔2017〕47',
        '发(2017)147',
      ],
      ...['2017〕47号', '许可证号', '行政许可证', '证号', '号发', '可'],
    )
    const quoted = terms.filter((t) => termOf(t)).map((t) => `"${t.replace(/"/g, '')}"`)
    const queries: string[] = [...quoted]
    for (let i = 0; i < 120; i++) queries.push(`${pick(quoted)} ${pick(quoted)}`)
    for (let i = 0; i < 120; i++) queries.push(`${pick(quoted)} -${pick(quoted)}`)
    for (let i = 0; i < 60; i++) queries.push(`${pick(quoted)} ${pick(quoted)} -${pick(quoted)}`)

    let truePositives = 0
    let falsePositives = 0
    let misses = 0
    let checked = 0
    let titleChecked = 0
    const wrong: string[] = []
    for (const q of queries) {
      const parsed = parseSearchQuery(q)
      if (!parsed.all.length) continue
      for (const field of ['any', 'title'] as const) {
        if (field === 'title' && parsed.none.length) continue
        const want = expected(corpus, parsed, field)
        const got = await matchSet(q, field)
        const tp = [...got].filter((id) => want.has(id)).length
        truePositives += tp
        falsePositives += got.size - tp
        misses += want.size - tp
        if (got.size !== tp || want.size !== tp)
          wrong.push(`${field} ${q}: want ${want.size} got ${got.size}`)
        if (field === 'title') titleChecked++
        else checked++
      }
    }
    const precision = truePositives / (truePositives + falsePositives)
    const recall = truePositives / (truePositives + misses)
    // eslint-disable-next-line no-console -- the counts are the point of this test
    console.log(
      `postgres engine exactness: ${checked} queries (+${titleChecked} title-only) on ${corpus.length} documents, ` +
        `${truePositives} expected hits, ${falsePositives} false positives, ${misses} misses, ` +
        `precision ${precision}, recall ${recall}`,
    )
    expect(wrong).toEqual([])
    expect(checked).toBeGreaterThanOrEqual(400)
    expect(truePositives).toBeGreaterThan(10_000)
    expect(precision).toBe(1)
    expect(recall).toBe(1)
  })

  it('finds phrases anywhere in long bodies: near the end, across chunk boundaries, past 256 repeats', async () => {
    // 60,000 characters from a 400-character alphabet: positions run out before repeats do.
    const alphabet = Array.from({ length: 400 }, (_, i) => String.fromCodePoint(0x4e00 + 37 * i))
    const long = Array.from({ length: 60_000 }, () => pick(alphabet)).join('')
    // The same phrase repeated: one bigram past 256 positions in every chunk.
    const repeated = '行政许可'.repeat(5_000) + '终点标记'
    const docs: SearchEntry[] = [
      { id: 90_001, title: '长文档', body: long },
      { id: 90_002, title: '重复', body: repeated },
      { id: 90_003, title: '短文档', body: long.slice(59_000) },
    ]
    await engine.upsert({ payload: server.payload }, docs)

    // Where the chunks of the long body end (its stream: title, an empty position, body).
    const stream = [...indexTokens('长文档'), null, ...indexTokens(long)]
    const ranges = chunkRanges(stream)
    expect(ranges.length).toBeGreaterThanOrEqual(4)
    expect(ranges[0]![1]).toBeLessThanOrEqual(CHUNK_POSITIONS)
    const bodyChar = (token: number) => token - (indexTokens('长文档').length + 1)

    const cases: Array<[string, string, boolean]> = []
    cases.push(['near the end', long.slice(59_950, 59_958), true])
    cases.push(['the very end', long.slice(59_995), true])
    for (const [k, [, end]] of ranges.slice(0, -1).entries()) {
      const at = bodyChar(end)
      cases.push([`across boundary ${k}`, long.slice(at - 6, at + 6), true])
      cases.push([`ending on boundary ${k}`, long.slice(at - 8, at), true])
      cases.push([`long term across boundary ${k}`, long.slice(at - OVERLAP - 100, at + 150), true])
    }
    const absent = long.slice(30_000, 30_007) + pick(alphabet.filter((c) => c !== long[30_007]))
    cases.push(['a near miss', absent, long.includes(absent)])
    cases.push(['repeated, at the end', '行政许可终点', true])
    cases.push(['repeated, shifted', '可行政许可行', true])
    cases.push(['repeated, not there', '许可许可', false])
    const longMiss = long.slice(20_000, 20_300) + '终'
    cases.push(['long term, near miss', longMiss, false])

    const found: string[] = []
    for (const [label, phrase, inside] of cases) {
      const got = await matchSet(`"${phrase}"`)
      const want = expected(docs, parseSearchQuery(`"${phrase}"`))
      expect([...got].filter((id) => Number(id) >= 90_000).sort(), label).toEqual([...want].sort())
      expect(want.has(90_001) || want.has(90_002), label).toBe(inside)
      found.push(`${label}: ${[...got].filter((id) => Number(id) >= 90_000).join(',') || '-'}`)
    }
    // eslint-disable-next-line no-console -- the counts are the point of this test
    console.log(
      `long documents (${ranges.length} chunks of the 60,000-character body):\n  ${found.join('\n  ')}`,
    )

    // AND and NOT are per document, not per chunk.
    const first = long.slice(100, 108)
    const last = long.slice(59_900, 59_908)
    expect([...(await matchSet(`"${first}" "${last}"`))]).toEqual([90_001])
    expect(await matchSet(`"${last}" -"${first}"`)).toEqual(new Set([90_003]))
    expect(await matchSet(`"${last}" -长文档`)).toEqual(new Set([90_003]))
    expect(await matchSet(`长文档 -"${last}"`)).toEqual(new Set())
    expect(await matchSet(`终点 -"${first}"`)).toEqual(new Set([90_002]))
    await engine.remove({ payload: server.payload }, [90_001, 90_002, 90_003])
    expect(await matchSet(`"${last}"`)).toEqual(new Set())
  })

  it('replaces, removes, reads back texts, counts and clears', async () => {
    const payload = server.payload
    const before = await engine.count(payload)
    await engine.upsert({ payload }, [
      { id: 80_001, title: '城市管理办法', body: '第一条 为了加强城市管理' },
    ])
    expect(await matchSet('城市管理办法')).toEqual(new Set([80_001]))
    await engine.upsert({ payload }, [
      { id: 80_001, title: "O'Brien \\ 旧城改造", body: '第二条 "引号" 与 \\ 反斜杠' },
      { id: 80_002, title: '', body: '' },
    ])
    expect(await matchSet('城市管理办法')).toEqual(new Set())
    expect(await matchSet('旧城改造 反斜杠')).toEqual(new Set([80_001]))
    expect(await matchSet("o'brien")).toEqual(new Set([80_001]))
    expect(await matchSet('旧城', 'title')).toEqual(new Set([80_001]))
    expect(await matchSet('反斜杠', 'title')).toEqual(new Set())
    const texts = await engine.texts(payload, [80_001, 80_002, 80_999])
    expect(texts.get('80001')).toEqual({
      title: "O'Brien \\ 旧城改造",
      body: '第二条 "引号" 与 \\ 反斜杠',
    })
    expect(texts.get('80002')).toEqual({ title: '', body: '' })
    expect(texts.has('80999')).toBe(false)
    expect(await engine.count(payload)).toBe(before + 2)
    await engine.remove({ payload }, ['80001', 80_002])
    expect(await engine.count(payload)).toBe(before)
    expect(await matchSet('旧城改造')).toEqual(new Set())
  })

  it('writes in the request’s transaction: rolled back, nothing; committed, visible', async () => {
    const payload = server.payload
    const before = await engine.count(payload)
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    expect(req.transactionID).toBeTruthy()
    await engine.upsert(req, [{ id: 70_001, title: '回滚测试', body: '不应留下' }])
    await engine.remove(req, [1, 2])
    await killTransaction(req)
    expect(await engine.count(payload)).toBe(before)
    expect(await matchSet('回滚测试')).toEqual(new Set())
    expect((await engine.texts(payload, [1])).has('1')).toBe(true)

    const req2 = await createLocalReq({}, payload)
    await initTransaction(req2)
    await engine.upsert(req2, [{ id: 70_002, title: '提交测试', body: '应当留下' }])
    // Not visible outside the transaction before it commits.
    expect(await matchSet('提交测试')).toEqual(new Set())
    await commitTransaction(req2)
    expect(await matchSet('提交测试')).toEqual(new Set([70_002]))

    await engine.clear(payload)
    expect(await engine.count(payload)).toBe(0)
    expect(await matchSet('提交测试')).toEqual(new Set())
  })
})
