/** Server-side failures: 503 + Retry-After when the database is away, 500 otherwise, per format. */
import { describe, expect, it } from 'vitest'

import { databaseUnreachable, errorAnswer } from '../../../src/server/errors'

const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), {
  code: 'ECONNREFUSED',
})
const wrapped = (cause: unknown) => Object.assign(new Error('Failed query: select …'), { cause })

const coded = (message: string, code: string) => Object.assign(new Error(message), { code })

describe('databaseUnreachable', () => {
  it.each([
    ['a refused connection', true, refused],
    ['one wrapped twice (drizzle, then Payload)', true, wrapped(wrapped(refused))],
    ['an AggregateError of refusals (IPv4 and IPv6)', true, new AggregateError([refused])],
    ['PostgreSQL shutting down (57P01)', true, coded('terminating', '57P01')],
    ['PostgreSQL starting up (57P03)', true, coded('starting', '57P03')],
    [
      'a pool that could not connect in time',
      true,
      new Error('timeout exceeded when trying to connect'),
    ],
    ['a connection cut mid-query', true, new Error('Connection terminated unexpectedly')],
    ['a unique violation (23505)', false, coded('duplicate key', '23505')],
    ['a syntax error (42601), wrapped', false, wrapped(coded('syntax', '42601'))],
    ['a plain bug', false, new TypeError("Cannot read properties of undefined (reading 'id')")],
    ['nothing', false, undefined],
    ['a string', false, 'ECONNREFUSED'],
  ] as const)('%s → %s', (_name, expected, err) => {
    expect(databaseUnreachable(err)).toBe(expected)
  })
})

describe('errorAnswer', () => {
  it.each([
    ['/api/v1/documents', refused, 503, 'application/problem+json; charset=utf-8'],
    ['/api/v1/search', new Error('bug'), 500, 'application/problem+json; charset=utf-8'],
    ['/api/policies', refused, 503, 'application/json; charset=utf-8'],
    ['/healthz', new Error('bug'), 500, 'application/json; charset=utf-8'],
    ['/sitemap.xml', refused, 503, 'application/json; charset=utf-8'],
    ['/', refused, 503, 'text/html; charset=utf-8'],
    ['/documents/abc', new Error('bug'), 500, 'text/html; charset=utf-8'],
  ] as const)('%s, %s → %i %s', (path, err, status, type) => {
    const answer = errorAnswer(path, err)
    expect(answer.status).toBe(status)
    expect(answer.headers['content-type']).toBe(type)
    expect(answer.headers['cache-control']).toBe('no-store')
    expect(answer.headers['retry-after']).toBe(status === 503 ? '5' : undefined)
    // Nothing of the error itself goes out (addresses, queries, stack).
    expect(answer.body).not.toMatch(/ECONNREFUSED|5432|select|bug/)
    if (type.startsWith('application/problem')) {
      expect(JSON.parse(answer.body)).toMatchObject({ status, title: expect.any(String) })
    }
  })
})
