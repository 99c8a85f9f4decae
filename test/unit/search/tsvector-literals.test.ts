/**
 * The PostgreSQL engine's tsvector literals (engines/postgres.ts): what PostgreSQL is given for
 * each token stream, and where long streams are cut. The engine's exactness against the database
 * is tested in test/int/search/postgres-engine.test.ts.
 */
import { describe, expect, it } from 'vitest'

import { chunkRanges, termQuery, tsvectorChunks } from '../../../src/search/engines/postgres'
import { termOf } from '../../../src/search/tokenize'

/** A literal read back: lexeme → positions, as PostgreSQL would read it. */
function parse(literal: string): Map<string, number[]> {
  const out = new Map<string, number[]>()
  for (const m of literal.matchAll(/'((?:[^']|'')*)':([\d,]+) /g))
    out.set(m[1]!.replace(/''/g, "'").replace(/\\\\/g, '\\'), m[2]!.split(',').map(Number))
  return out
}

/** What a chunk [start, end) of a stream must hold: every token at its position in the chunk. */
function expected(stream: Array<string | null>, start: number, end: number) {
  const out = new Map<string, number[]>()
  for (let i = start; i < end; i++) {
    const t = stream[i]
    if (t === null || t === undefined) continue
    if (!out.has(t)) out.set(t, [])
    out.get(t)!.push(i - start + 1)
  }
  return out
}

describe('tsvectorChunks', () => {
  it.each([
    ['an empty stream', [], ['']],
    ['one token', ['行政'], ["'行政':1 "]],
    ['repeats keep every position', ['行政', '政许', '行政'], ["'行政':1,3 '政许':2 "]],
    ['an empty position is skipped', ['标题', null, '正文'], ["'标题':1 '正文':3 "]],
    ['a quote is doubled, a backslash escaped', ["it's", 'a\\b'], ["'it''s':1 'a\\\\b':2 "]],
  ] as Array<[string, Array<string | null>, string[]]>)('%s', (_what, stream, literals) => {
    expect(tsvectorChunks(stream)).toEqual(literals)
  })

  it('stores a token longer than 64 characters as its hash, and the query asks for the same', () => {
    const long = 'a'.repeat(100)
    const [literal] = tsvectorChunks([long])
    expect(literal).toMatch(/^'#[A-Za-z0-9_-]{43}':1 $/)
    expect(termQuery(termOf(long)!)).toBe(literal!.slice(0, -3))
  })

  it('a stream within the limits is one literal with every position', () => {
    let seed = 3
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    const stream = Array.from({ length: 5000 }, () =>
      rand() < 0.05 ? null : String.fromCodePoint(0x4e00 + Math.floor(rand() * 60)),
    )
    const literals = tsvectorChunks(stream)
    expect(literals).toHaveLength(1)
    expect(parse(literals[0]!)).toEqual(expected(stream, 0, stream.length))
  })

  it.each([
    ['too many positions', { positions: 50, perLexeme: 256, overlap: 10 }, 200, 1000],
    [
      'one lexeme repeated past its limit',
      { positions: 16_000, perLexeme: 20, overlap: 5 },
      300,
      3,
    ],
  ])('%s: chunks as chunkRanges cuts them, each with its own positions', (_w, limits, n, kinds) => {
    const stream = Array.from({ length: n }, (_, i) => `t${(i * 7) % kinds}`)
    const literals = tsvectorChunks(stream, limits)
    const ranges = chunkRanges(stream, limits)
    expect(ranges.length).toBeGreaterThan(1)
    expect(literals).toHaveLength(ranges.length)
    ranges.forEach(([start, end], k) => {
      expect(parse(literals[k]!)).toEqual(expected(stream, start, end))
      for (const list of parse(literals[k]!).values())
        expect(list.length).toBeLessThanOrEqual(limits.perLexeme)
    })
  })
})
