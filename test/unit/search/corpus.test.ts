import { createHash } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import {
  CORPUS_DEPARTMENTS,
  CORPUS_TOPICS,
  corpusDocument,
  generateCorpus,
  generateQueries,
  VOCABULARY,
  type CorpusDocument,
} from '../../../src/search/corpus'

const hash = (d: CorpusDocument) => createHash('sha256').update(JSON.stringify(d)).digest('hex')

describe('generateCorpus', () => {
  it('is deterministic: the same seed gives the same documents, run after run', () => {
    const first = [...generateCorpus({ count: 5, seed: 1 })].map(hash)
    expect([...generateCorpus({ count: 5, seed: 1 })].map(hash)).toEqual(first)
    // Pinned: benchmark numbers are comparable only on the same corpus. Changing the generator
    // on purpose means updating these (and saying so next to any published numbers).
    expect(first.map((h) => h.slice(0, 16))).toMatchInlineSnapshot(`
      [
        "6b20bbbf3022a460",
        "5e195a9a2e199048",
        "df92026f765acf59",
        "86efd5572d0d5d2a",
        "5c4198d0d80a7642",
      ]
    `)
    expect([...generateCorpus({ count: 5, seed: 2 })].map(hash)).not.toEqual(first)
  })

  it('builds document i alone exactly as the stream does', () => {
    const stream = [...generateCorpus({ count: 20, seed: 7 })]
    expect(corpusDocument(7, 13)).toEqual(stream[13])
    expect([...generateCorpus({ count: 3, seed: 7, start: 10 })]).toEqual(stream.slice(10, 13))
  })

  it('gives every document the shape the projection needs', () => {
    const departments = new Set(CORPUS_DEPARTMENTS.map((d) => d.code))
    const topics = new Set(CORPUS_TOPICS.map((t) => t.code))
    const keys = new Set<string>()
    for (const d of generateCorpus({ count: 2000, seed: 3 })) {
      keys.add(d.key)
      expect(d.body.length).toBeGreaterThanOrEqual(300)
      expect(d.body.length).toBeLessThanOrEqual(3000)
      expect(d.title.length).toBeGreaterThan(4)
      expect(d.summary.length).toBeGreaterThan(4)
      expect(departments.has(d.departmentCode)).toBe(true)
      expect(d.topicCodes.length).toBeGreaterThanOrEqual(1)
      expect(d.topicCodes.length).toBeLessThanOrEqual(3)
      for (const t of d.topicCodes) expect(topics.has(t)).toBe(true)
      expect(d.validity !== null).toBe(d.type === 'policy' || d.type === 'regulation')
      if (['policy', 'regulation', 'licensing', 'penalty'].includes(d.type))
        expect(d.docNumber).toMatch(/^\p{Script=Han}+[〔[（(【]\d{4}[〕\]）)】]\d+号$/u)
      expect(d.publishedAt >= '2015-01-01' && d.publishedAt < '2026-11-01').toBe(true)
    }
    expect(keys.size).toBe(2000)
  })

  it('has ~40 departments in a tree and ~30 topics', () => {
    expect(CORPUS_DEPARTMENTS.length).toBeGreaterThanOrEqual(35)
    expect(CORPUS_DEPARTMENTS.filter((d) => d.parent === null)).toHaveLength(1)
    const codes = new Set(CORPUS_DEPARTMENTS.map((d) => d.code))
    expect(codes.size).toBe(CORPUS_DEPARTMENTS.length)
    for (const d of CORPUS_DEPARTMENTS) {
      expect(d.code).toMatch(/^[0-9A-Z]{9}$/)
      if (d.parent) expect(codes.has(d.parent)).toBe(true)
    }
    expect(
      CORPUS_DEPARTMENTS.some((d) =>
        CORPUS_DEPARTMENTS.some((c) => c.parent === d.code && d.parent),
      ),
    ).toBe(true)
    expect(CORPUS_TOPICS).toHaveLength(30)
  })

  it('has plausible distributions: types, years, brackets, Latin, skewed word frequencies', () => {
    const docs = [...generateCorpus({ count: 3000, seed: 1 })]
    const count = <T>(xs: T[]) =>
      xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<T, number>())
    const types = count(docs.map((d) => d.type))
    expect(types.size).toBe(6)
    for (const n of types.values()) expect(n).toBeGreaterThan(100)
    const years = count(docs.map((d) => d.publishedAt.slice(0, 4)))
    expect(years.size).toBe(12)
    const brackets = count(docs.flatMap((d) => d.docNumber?.match(/[〔[（(【]/)?.[0] ?? []))
    expect(brackets.size).toBe(5)
    expect(docs.filter((d) => /ISO9001|GB\/T|PM2\.5|App/.test(d.body)).length).toBeGreaterThan(100)
    expect(docs.filter((d) => /\d{4}年\d{1,2}月\d{1,2}日/.test(d.body)).length).toBeGreaterThan(500)
    expect(VOCABULARY.length).toBeGreaterThan(2000)
    // Zipf-like: the documents containing each vocabulary word. A few words are in most documents,
    // the median word in few of these 1,000.
    const text = docs.slice(0, 1000).map((d) => d.body)
    const df = VOCABULARY.filter((_, i) => i % 3 === 0).map(
      (w) => text.filter((t) => t.includes(w)).length,
    )
    const sorted = [...df].sort((a, b) => b - a)
    expect(sorted[0]).toBeGreaterThan(0.3 * text.length)
    expect(sorted[Math.floor(sorted.length / 2)]).toBeLessThan(0.05 * text.length)
    expect(sorted[0]! / Math.max(1, sorted[Math.floor(sorted.length / 2)]!)).toBeGreaterThan(10)
  })
})

describe('generateQueries', () => {
  it('draws 200 deterministic queries of every kind, each with filters', () => {
    const qs = generateQueries({ seed: 1, corpusSize: 10_000 })
    expect(qs).toHaveLength(200)
    expect(generateQueries({ seed: 1, corpusSize: 10_000 })).toEqual(qs)
    const kinds = new Set(qs.map((q) => q.kind))
    expect(kinds.size).toBe(9)
    for (const q of qs) {
      expect(q.q.trim().length).toBeGreaterThan(0)
      const n = Object.keys(q.filters).filter((k) => k !== 'includeChildren').length
      expect(n === 1 || n === 2).toBe(true)
    }
    for (const q of qs.filter((q) => q.kind === 'char' || q.kind.startsWith('word'))) {
      const len = [...q.q].length
      expect(len >= 1 && len <= 6).toBe(true)
    }
    expect(qs.filter((q) => q.kind === 'exclude').every((q) => / -\S/.test(q.q))).toBe(true)
    expect(qs.filter((q) => q.kind === 'phrase').every((q) => /^".+"$/.test(q.q))).toBe(true)
  })
})
