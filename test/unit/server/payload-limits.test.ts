/**
 * The bounds on Payload's REST and GraphQL requests (security-checks.md 20), as plain functions:
 * which `limit`/`pagination` queries are capped, refused or left alone, how deep a GraphQL document is
 * once fragments are expanded, and which list arguments are refused. Over HTTP, with a real
 * server: test/int/security/abuse-limits.test.ts.
 */
import { parse } from 'graphql'
import { describe, expect, it } from 'vitest'

import {
  graphQLDepth,
  graphQLListProblem,
  listQuery,
  MAX_GRAPHQL_DEPTH,
  MAX_LIST_LIMIT,
} from '../../../src/server/payload-limits'

const max = MAX_LIST_LIMIT

describe('listQuery', () => {
  const fine = { kind: 'fine' }
  const capped = (query: string) => ({ kind: 'capped', query })
  const refused = expect.objectContaining({ kind: 'refused' })
  it.each<[string, unknown]>([
    ['', fine],
    ['depth=0&where[title][equals]=x', fine],
    ['limit=10', fine],
    [' limit=10', fine],
    [`limit=${max}`, fine],
    ['limit=10&pagination=true', fine],
    // "Everything", or more than the cap: the cap.
    [`limit=${max + 1}`, capped(`limit=${max}`)],
    ['limit=1000000&depth=2', capped(`depth=2&limit=${max}`)],
    ['limit=1e9', capped(`limit=${max}`)],
    ['limit=0', capped(`limit=${max}`)],
    ['limit[]=1000000', capped(`limit=${max}`)],
    ['limit[]=5', capped('limit=5')],
    ['pagination=false', capped(`limit=${max}`)],
    ['pagination=false&limit=7', capped('limit=7')],
    ['pagination[]=false&limit=7', capped('limit=7')],
    ['pagination=false&limit=0', capped(`limit=${max}`)],
    // What Payload would hand the database as it is: refused, as query-guard.ts refuses it.
    ['limit=-1', refused],
    ['limit=-1&page=2', refused],
    ['limit=1.5', refused],
    ['limit=1e308', refused],
    ['limit=abc', refused],
    ['limit=', refused],
    ['limit=5&limit=6', refused],
    ['limit[a]=5&limit[b]=6', refused],
    ['pagination=false&limit=-1', refused],
    // Keys that only start like the parameters are other parameters.
    ['limitx=1000000', fine],
    ['limit.x=1000000', fine],
  ])('%j → %j', (query, expected) => {
    expect(listQuery(query)).toEqual(expected)
  })

  it('keeps every other parameter, encoded so qs reads the same', () => {
    const checked = listQuery('where[title][like]=%E6%94%BF%E7%AD%96&sort=-id&limit=0')
    expect(checked.kind).toBe('capped')
    const params = new URLSearchParams((checked as { query: string }).query)
    expect(params.get('where[title][like]')).toBe('政策')
    expect(params.get('sort')).toBe('-id')
    expect(params.get('limit')).toBe(String(max))
  })
})

describe('graphQLDepth', () => {
  it.each<[string, number]>([
    ['{ a }', 1],
    ['{ a { b { c } } }', 3],
    ['{ a { ...F } } fragment F on T { b { c } }', 3],
    ['{ a { ... on T { b } } }', 2],
    // The standard introspection query's deepest path (TypeRef, seven ofType levels).
    [
      '{ __schema { types { fields { type { ofType { ofType { ofType { ofType { ofType { ofType { ofType { name } } } } } } } } } } } }',
      12,
    ],
  ])('%s is %i deep', (query, depth) => {
    expect(graphQLDepth(parse(query))).toBe(depth)
  })

  it('refuses nesting past the cap, directly or through fragments', () => {
    const nested = (n: number) => `{ ${'a { '.repeat(n - 1)}b${' }'.repeat(n - 1)} }`
    expect(graphQLDepth(parse(nested(MAX_GRAPHQL_DEPTH)))).toBe(MAX_GRAPHQL_DEPTH)
    expect(() => graphQLDepth(parse(nested(MAX_GRAPHQL_DEPTH + 1)))).toThrow(/deeper than/)
    const chain = (n: number) =>
      `{ ...F0 } ${Array.from({ length: n }, (_, i) => `fragment F${i} on Q { ${i < n - 1 ? `...F${i + 1}` : 'x'} }`).join(' ')}`
    expect(() => graphQLDepth(parse(chain(3_000)))).toThrow(/nested more than/)
  })

  it('measures each fragment once (a branching chain is not exponential)', () => {
    // Each of 9 fragments spreads the next under 10 aliases: 10^8 paths, 9 fragments, depth 9.
    const n = 9
    const aliases = (next: number) =>
      Array.from({ length: 10 }, (_, k) => `a${k}: x { ...F${next} }`).join(' ')
    const fragments = Array.from({ length: n }, (_, i) =>
      i < n - 1 ? `fragment F${i} on Q { ${aliases(i + 1)} }` : `fragment F${i} on Q { z }`,
    )
    const started = performance.now()
    expect(graphQLDepth(parse(`{ ...F0 } ${fragments.join(' ')}`))).toBe(n)
    expect(performance.now() - started).toBeLessThan(500)
  })

  it('counts a fragment cycle as nothing (GraphQL’s own validation refuses it)', () => {
    expect(
      graphQLDepth(parse('{ ...A } fragment A on Q { a { ...B } } fragment B on Q { ...A }')),
    ).toBe(1)
  })
})

describe('graphQLListProblem', () => {
  it.each<[string, Record<string, unknown>, boolean]>([
    ['{ Policies { docs { id } } }', {}, false],
    ['{ Policies(limit: 10) { docs { id } } }', {}, false],
    [`{ Policies(limit: ${max}) { docs { id } } }`, {}, false],
    [`{ Policies(limit: ${max + 1}) { docs { id } } }`, {}, true],
    ['{ Policies(limit: 0) { docs { id } } }', {}, true],
    ['{ Policies(limit: -1) { docs { id } } }', {}, true],
    ['{ Policies(limit: 1.5) { docs { id } } }', {}, true],
    ['{ Policies(pagination: false) { docs { id } } }', {}, true],
    ['{ Policies(pagination: true, limit: 5) { docs { id } } }', {}, false],
    ['query ($n: Int) { Policies(limit: $n) { docs { id } } }', { n: 5 }, false],
    ['query ($n: Int) { Policies(limit: $n) { docs { id } } }', { n: 0 }, true],
    ['query ($n: Int) { Policies(limit: $n) { docs { id } } }', { n: '5' }, true],
    ['query ($n: Int) { Policies(limit: $n) { docs { id } } }', {}, false],
    ['query ($n: Int = 0) { Policies(limit: $n) { docs { id } } }', {}, true],
    ['query ($p: Boolean) { Policies(pagination: $p) { docs { id } } }', { p: false }, true],
    // A join's limit inside a document is a list too.
    ['{ Departments { docs { children(limit: 100000) { docs { id } } } } }', {}, true],
  ])('%s with %j: refused %s', (query, variables, refused) => {
    expect(graphQLListProblem(parse(query), variables) !== null).toBe(refused)
  })
})
