import { describe, expect, it } from 'vitest'

import {
  type AuditFields,
  auditKey,
  canonical,
  chain,
  type ChainedRecord,
  GENESIS,
  verifyChain,
} from '../../../src/audit/chain'

const key = auditKey('test secret that is long enough')

function fields(seq: number, over: Partial<AuditFields> = {}): AuditFields {
  return {
    seq,
    at: `2026-01-0${(seq % 9) + 1}T00:00:00.000Z`,
    actor: 'author@example.gov',
    actorId: '7',
    ip: '127.0.0.1',
    department: '3',
    action: 'update',
    collection: 'policies',
    targetId: String(seq),
    targetUid: null,
    result: 'success',
    changedFields: ['title', 'summary'],
    detail: { n: seq },
    ...over,
  }
}

function trail(n: number): ChainedRecord[] {
  const out: ChainedRecord[] = []
  let prev = GENESIS
  for (let i = 1; i <= n; i++) {
    const r = chain(key, fields(i), prev)
    out.push(r)
    prev = r.hash
  }
  return out
}

describe('canonical JSON', () => {
  it.each([
    [{ b: 1, a: 2 }, '{"a":2,"b":1}'],
    [{ a: { d: 1, c: [2, { f: 1, e: 0 }] } }, '{"a":{"c":[2,{"e":0,"f":1}],"d":1}}'],
    [{ a: undefined, b: null }, '{"b":null}'],
    ['x', '"x"'],
    [null, 'null'],
  ])('%j → %s', (value, text) => {
    expect(canonical(value)).toBe(text)
  })

  it('writes what the first implementation wrote, on 2,000 random values', () => {
    // The first implementation, verbatim: stored hashes and seals were made with it.
    const reference = (value: unknown): string => {
      if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
      if (Array.isArray(value)) return `[${value.map(reference).join(',')}]`
      const keys = Object.keys(value as object)
        .filter((k) => (value as any)[k] !== undefined)
        .sort()
      return `{${keys.map((k) => `${JSON.stringify(k)}:${reference((value as any)[k])}`).join(',')}}`
    }
    let seed = 7
    const random = () => (seed = (seed * 48271) % 2147483647) / 2147483647
    const keys = ['a', 'B', 'b', '标题', 'x"y', 'é', '10', '2', 'z\n', '']
    const scalars = [0, -1.5, 1e21, '', '公开', 'a"b\n', true, false, null, undefined, new Date(0)]
    const value = (depth: number): unknown => {
      const pick = random()
      if (depth > 3 || pick < 0.5) return scalars[Math.floor(random() * scalars.length)]
      if (pick < 0.7)
        return Array.from({ length: Math.floor(random() * 4) }, () => value(depth + 1))
      const out: Record<string, unknown> = {}
      for (let i = Math.floor(random() * 6); i > 0; i--)
        out[keys[Math.floor(random() * keys.length)]!] = value(depth + 1)
      return out
    }
    for (let i = 0; i < 2000; i++) {
      const v = value(0)
      expect(canonical(v)).toBe(reference(v))
    }
  })
})

describe('the audit chain', () => {
  it('verifies an intact trail', () => {
    expect(verifyChain(key, trail(50))).toEqual({ ok: true, records: 50, firstSeq: 1, lastSeq: 50 })
    expect(verifyChain(key, [])).toMatchObject({ ok: true, records: 0 })
  })

  it('finds an edited field', () => {
    const t = trail(10)
    t[4] = { ...t[4]!, actor: 'someone-else@example.gov' }
    expect(verifyChain(key, t)).toEqual({
      ok: false,
      records: 10,
      seq: 5,
      problem: 'hash_mismatch',
    })
  })

  it('finds an edited record whose hash was recomputed without the key', () => {
    const t = trail(10)
    const forged = chain(auditKey('guessed key'), { ...fields(5), result: 'failure' }, t[3]!.hash)
    t[4] = forged
    expect(verifyChain(key, t)).toMatchObject({ ok: false, seq: 5, problem: 'hash_mismatch' })
  })

  it('finds a deleted record and an inserted one', () => {
    const t = trail(10)
    const deleted = [...t.slice(0, 3), ...t.slice(4)]
    expect(verifyChain(key, deleted)).toMatchObject({ ok: false, seq: 5, problem: 'sequence_gap' })
    const reordered = [...t.slice(0, 3), { ...t[4]!, seq: 4 }, ...t.slice(5)]
    expect(verifyChain(key, reordered)).toMatchObject({ ok: false, seq: 4, problem: 'broken_link' })
  })

  it('the order of changed fields does not matter, their content does', () => {
    const a = chain(key, fields(1, { changedFields: ['a', 'b'] }), GENESIS)
    const b = chain(key, fields(1, { changedFields: ['b', 'a'] }), GENESIS)
    const c = chain(key, fields(1, { changedFields: ['a'] }), GENESIS)
    expect(a.hash).toBe(b.hash)
    expect(a.hash).not.toBe(c.hash)
  })

  it('a purged trail verifies from its anchor', () => {
    const t = trail(10)
    expect(verifyChain(key, t.slice(4), t[3]!.hash)).toMatchObject({ ok: true, firstSeq: 5 })
    expect(verifyChain(key, t.slice(4))).toMatchObject({ ok: false, problem: 'broken_link' })
  })
})
