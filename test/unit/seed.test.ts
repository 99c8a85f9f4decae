import { describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../src/richtext/lexical'
import { demoDepartments, demoPolicies } from '../../src/seed/demo-data'
import { seededRandom } from '../../src/seed/random'

describe('seededRandom', () => {
  it('is deterministic per seed', () => {
    const a = seededRandom(42)
    const b = seededRandom(42)
    const c = seededRandom(43)
    const seqA = Array.from({ length: 5 }, () => a.next())
    expect(Array.from({ length: 5 }, () => b.next())).toEqual(seqA)
    expect(Array.from({ length: 5 }, () => c.next())).not.toEqual(seqA)
    expect(seqA.every((x) => x >= 0 && x < 1)).toBe(true)
  })

  it('int() stays within bounds', () => {
    const r = seededRandom(7)
    const values = Array.from({ length: 1000 }, () => r.int(3, 5))
    expect(new Set(values)).toEqual(new Set([3, 4, 5]))
  })
})

describe('demo data', () => {
  const policies = demoPolicies()

  it('is the same on every run', () => {
    expect(demoPolicies()).toEqual(policies)
  })

  it('has at least 20 published policies and 5 drafts, one replacing another', () => {
    expect(policies.filter((p) => p.published).length).toBeGreaterThanOrEqual(20)
    expect(policies.filter((p) => !p.published)).toHaveLength(5)
    const replacing = policies.filter((p) => p.supersedes !== undefined)
    expect(replacing).toHaveLength(1)
    expect(policies[replacing[0]!.supersedes!]!.publishedAt < replacing[0]!.publishedAt).toBe(true)
  })

  it('has unique document numbers within each department', () => {
    const keys = policies.map((p) => `${p.department}|${p.docNumber}`)
    expect(new Set(keys).size).toBe(keys.length)
    for (const p of policies) expect(p.docNumber).toMatch(/^临[\u4e00-\u9fa5]+〔20\d\d〕\d+号$/)
  })

  it('has a department tree with a root and children, each with a 9-character code', () => {
    const codes = new Set(demoDepartments.map((d) => d.code))
    expect(demoDepartments.filter((d) => !d.parent)).toHaveLength(1)
    for (const d of demoDepartments) {
      expect(d.code).toMatch(/^[0-9A-Z]{9}$/)
      if (d.parent) expect(codes.has(d.parent)).toBe(true)
    }
    expect(demoDepartments.length).toBeGreaterThanOrEqual(3)
  })

  it('every policy belongs to a known department and was published after it was signed', () => {
    const codes = new Set(demoDepartments.map((d) => d.code))
    for (const p of policies) {
      expect(codes.has(p.department)).toBe(true)
      expect(p.publishedAt.slice(0, 10) > p.signedDate).toBe(true)
    }
  })
})

describe('paragraphsToLexical', () => {
  it('builds one paragraph node per text', () => {
    const state = paragraphsToLexical(['第一段', '第二段']) as any
    expect(state.root.type).toBe('root')
    expect(state.root.children.map((p: any) => p.children[0].text)).toEqual(['第一段', '第二段'])
    expect(state.root.children.every((p: any) => p.type === 'paragraph')).toBe(true)
  })
})
