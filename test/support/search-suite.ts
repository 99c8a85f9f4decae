/**
 * The suite every search engine passes (engines.test.ts runs it on the database's own engine,
 * engines-portable.test.ts on the portable one). Exactness: a generated corpus and a few hundred
 * generated queries, each result set compared with the ground truth found by plain string
 * search over the same text; precision and recall must both be 1.0.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { expect, it } from 'vitest'

import { seededRandom } from '../../src/seed/random'
import type { SearchEngine } from '../../src/search/engine'
import { parseSearchQuery } from '../../src/search/tokenize'
import type { TestServer } from './harness'
import { recordMeasurement } from './measure'

type Doc = { id: number; title: string; body: string }

/** The seed module's PRNG, with int(n) in [0, n). */
export function prng(seed: number) {
  const r = seededRandom(seed)
  return { next: r.next, int: (n: number) => r.int(0, n - 1), pick: r.pick }
}

// A small vocabulary over few characters, so that short strings recur across word boundaries
// (the case where segmentation and trigram approaches fail) and queries often hit.
const WORDS = [
  '行政',
  '许可',
  '行政许可',
  '许可证',
  '证实',
  '实行',
  '服务',
  '政务服务',
  '公开',
  '信息公开',
  '政府',
  '办法',
  '暂行',
  '规定',
  '管理',
  '监督',
  '市场',
  '市场监督',
  '处罚',
  '决定',
  '通知',
  '国务院',
  '办公厅',
  '关于',
  '进一步',
  '优化',
  '营商',
  '环境',
  '安全',
  '生产',
  '企业',
  '许',
  '可',
  '政',
  '证',
  '号',
  '文件',
  '发',
  '办',
  '国',
  '实施',
  '意见',
  '标准',
  '认证',
]
const LATIN = ['ISO', 'App', 'PM', 'GB', 'data', 'Open', 'api', 'Beijing']
const PUNCT = ['，', '。', '、', '；', '：', ' ', '（', '）', '《', '》', '\n']
const PREFIXES = ['国办发', '京政发', '市监罚', '国发', '办发']
const BRACKETS: Array<[string, string]> = [
  ['〔', '〕'],
  ['[', ']'],
  ['(', ')'],
  ['（', '）'],
  ['【', '】'],
]

function docNumber(r: ReturnType<typeof prng>) {
  const [open, close] = r.pick(BRACKETS)
  return `${r.pick(PREFIXES)}${open}${2015 + r.int(12)}${close}${1 + r.int(60)}号`
}

function sentence(r: ReturnType<typeof prng>, words: number) {
  let s = ''
  for (let i = 0; i < words; i++) {
    const roll = r.next()
    if (roll < 0.06) s += r.pick(LATIN) + (r.next() < 0.5 ? ' ' : '')
    else if (roll < 0.1) s += String(r.int(3000))
    else if (roll < 0.13) s += docNumber(r)
    else s += r.pick(WORDS)
    if (r.next() < 0.25) s += r.pick(PUNCT)
  }
  return s
}

export function corpus(count: number, seed = 2026): Doc[] {
  const r = prng(seed)
  return Array.from({ length: count }, (_, i) => ({
    id: i + 1,
    title: sentence(r, 3 + r.int(6)),
    body: sentence(r, 20 + r.int(120)),
  }))
}

/** Folding for the ground truth: NFKC and lower case (the corpus has no accents). */
const plain = (s: string) => s.normalize('NFKC').toLowerCase()
/** Letters, digits and Han runs joined by one space: separators and bracket styles vanish. */
const canonical = (s: string) => (plain(s).match(/\p{Script=Han}+|[a-z]+|[0-9]+/gu) ?? []).join(' ')

type Query = { q: string; kind: string; truth: (d: Doc) => boolean }

/** The ground truth of one term: plain string search. */
function truthOf(term: string, kind: string): (d: Doc) => boolean {
  if (kind === 'cjk') return (d) => plain(d.title).includes(term) || plain(d.body).includes(term)
  // Words, numbers and document numbers: whole words, separators ignored; a CJK end may be
  // inside a run (the search finds 国办发 in 某国办发).
  const c = canonical(term)
  const startsCjk = /^\p{Script=Han}/u.test(c)
  const endsCjk = /\p{Script=Han}$/u.test(c)
  const inText = (t: string) => {
    const hay = ` ${canonical(t)} `
    let from = 0
    for (;;) {
      const at = hay.indexOf(c, from)
      if (at < 0) return false
      const before = hay[at - 1]!
      const after = hay[at + c.length]!
      if ((startsCjk || before === ' ') && (endsCjk || after === ' ')) return true
      from = at + 1
    }
  }
  return (d) => inText(d.title) || inText(d.body)
}

export function queries(docs: Doc[], count: number, seed = 7): Query[] {
  const r = prng(seed)
  const out: Query[] = []
  const cjkRun = () => {
    // A substring of 1-6 Han characters from a random document (so most queries hit), or random.
    const d = r.pick(docs)
    const runs = plain(d.title + '。' + d.body).match(/\p{Script=Han}+/gu) ?? ['行政']
    const run = Array.from(r.pick(runs))
    const len = 1 + r.int(Math.min(6, run.length))
    const at = r.int(run.length - len + 1)
    if (r.next() < 0.15)
      return Array.from({ length: len }, () => r.pick(Array.from('行政许可证实服务号发'))).join('')
    return run.slice(at, at + len).join('')
  }
  while (out.length < count) {
    const roll = r.next()
    if (roll < 0.55) {
      const q = cjkRun()
      out.push({ q, kind: `cjk${Array.from(q).length}`, truth: truthOf(q, 'cjk') })
    } else if (roll < 0.65) {
      const q = r.pick(LATIN)
      out.push({ q, kind: 'latin', truth: truthOf(q, 'word') })
    } else if (roll < 0.77) {
      // A document number from the corpus, written with other brackets.
      const d = r.pick(docs)
      const found = (d.body + d.title).match(
        /(国办发|京政发|市监罚|国发|办发)\D{1,2}(\d{4})\D{1,2}(\d+)号/u,
      )
      const [open, close] = r.pick(BRACKETS)
      const q = found ? `${found[1]}${open}${found[2]}${close}${found[3]}号` : docNumber(r)
      out.push({ q, kind: 'docNumber', truth: truthOf(q, 'word') })
    } else if (roll < 0.9) {
      const a = cjkRun()
      const b = cjkRun()
      const ta = truthOf(a, 'cjk')
      const tb = truthOf(b, 'cjk')
      out.push({ q: `${a} ${b}`, kind: 'and', truth: (d) => ta(d) && tb(d) })
    } else {
      const a = cjkRun()
      const b = cjkRun()
      if (a === b) continue
      const ta = truthOf(a, 'cjk')
      const tb = truthOf(b, 'cjk')
      out.push({ q: `${a} -${b}`, kind: 'not', truth: (d) => ta(d) && !tb(d) })
    }
  }
  return out
}

/** Registers the suite's tests for the engine of `server` (call inside a describe). */
export function engineSuite(
  getServer: () => TestServer,
  getEngine: () => SearchEngine,
  { size = 1_500, queryCount = 300 }: { size?: number; queryCount?: number } = {},
) {
  const docs = corpus(size)
  const write = async (entries: Doc[]) => {
    const { payload } = getServer()
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (let i = 0; i < entries.length; i += 200)
      await getEngine().upsert(req, entries.slice(i, i + 200))
    await commitTransaction(req)
  }

  it('indexes the corpus', async () => {
    const { payload } = getServer()
    await getEngine().clear(payload)
    await write(docs)
    expect(await getEngine().count(payload)).toBe(docs.length)
  }, 600_000)

  it(`is exact: ${queryCount} generated queries, precision and recall 1.0 against plain string search`, async () => {
    const { payload } = getServer()
    const engine = getEngine()
    let tp = 0
    let fp = 0
    let fn = 0
    let hits = 0
    const kinds = new Map<string, number>()
    const failures: string[] = []
    for (const query of queries(docs, queryCount)) {
      kinds.set(query.kind, (kinds.get(query.kind) ?? 0) + 1)
      const got = new Set(
        Array.from(await engine.match(payload, parseSearchQuery(query.q)), Number),
      )
      const want = new Set(docs.filter(query.truth).map((d) => d.id))
      let qtp = 0
      for (const id of got) if (want.has(id)) qtp++
      tp += qtp
      fp += got.size - qtp
      fn += want.size - qtp
      if (want.size) hits++
      if (got.size !== qtp || want.size !== qtp)
        failures.push(
          `${JSON.stringify(query.q)} (${query.kind}): got ${got.size}, want ${want.size}, ` +
            `extra ${[...got].filter((id) => !want.has(id)).slice(0, 3)}, ` +
            `missing ${[...want].filter((id) => !got.has(id)).slice(0, 3)}`,
        )
    }
    const precision = tp / (tp + fp || 1)
    const recall = tp / (tp + fn || 1)
    recordMeasurement(
      `search exactness (${engine.name}): ${queryCount} queries (${[...kinds].map(([k, n]) => `${k} ${n}`).join(', ')}), ` +
        `${hits} with hits, ${tp} true positives, ${fp} false positives, ${fn} misses: ` +
        `precision ${precision.toFixed(4)}, recall ${recall.toFixed(4)}`,
    )
    expect(failures.slice(0, 10)).toEqual([])
    expect(precision).toBe(1)
    expect(recall).toBe(1)
    // The corpus is built so that most queries hit: the test would mean little otherwise.
    expect(hits).toBeGreaterThan(queryCount * 0.6)
    expect(tp).toBeGreaterThan(queryCount * 5)
  }, 600_000)

  it('looks in titles only when asked', async () => {
    const { payload } = getServer()
    const term = parseSearchQuery('许可')
    const inTitle = new Set(Array.from(await getEngine().match(payload, term, 'title'), Number))
    const want = docs.filter((d) => plain(d.title).includes('许可')).map((d) => d.id)
    expect([...inTitle].sort((a, b) => a - b)).toEqual(want)
  })

  it('replaces, removes, returns the stored text, and a rolled-back write leaves nothing', async () => {
    const { payload } = getServer()
    const engine = getEngine()
    const find = async (q: string) =>
      Array.from(await engine.match(payload, parseSearchQuery(q)), Number)
    await write([{ id: 1, title: '独一无二的标题', body: '正文里有鹦鹉螺' }])
    expect(await find('鹦鹉螺')).toEqual([1])
    expect(await find('独一无二')).toEqual([1])
    await write([{ id: 1, title: '换了标题', body: '正文换成了珊瑚礁' }])
    expect(await find('鹦鹉螺')).toEqual([])
    expect(await find('珊瑚礁')).toEqual([1])
    expect((await engine.texts(payload, [1])).get('1')).toEqual({
      title: '换了标题',
      body: '正文换成了珊瑚礁',
    })

    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    await engine.upsert(req, [{ id: docs.length + 5, title: '回滚的标题', body: '海市蜃楼' }])
    await engine.remove(req, [1])
    await killTransaction(req)
    expect(await find('海市蜃楼')).toEqual([])
    expect(await find('珊瑚礁')).toEqual([1])

    const req2 = await createLocalReq({}, payload)
    await initTransaction(req2)
    await engine.remove(req2, [1])
    await commitTransaction(req2)
    expect(await find('珊瑚礁')).toEqual([])
    expect(await engine.count(payload)).toBe(docs.length - 1)
    await engine.clear(payload)
    expect(await engine.count(payload)).toBe(0)
  }, 120_000)
}
