/**
 * Payload's REST routes with an id that is not one (security-checks.md 2 and 20): on every
 * collection, anonymous or signed in, any method, the answer is a 404, never a 500; the
 * collections' own routes (me, login, versions, count, custom endpoints) still answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { isDocumentId } from '../../../src/server/id-guard'
import { makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person, type Person } from '../../support/people'

let server: TestServer
let author: Person
let policy: any

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  policy = await makeDocument(server.payload, 'policies', dept.id)
})
afterAll(async () => {
  await server?.stop()
})

const BAD = [
  'abc',
  '1.5',
  '-1',
  '0',
  '1e3',
  '99999999999999999999',
  '%00',
  '%E2%80%AE1',
  'null',
  "1'--",
]

describe(`REST ids on ${dbKind}`, () => {
  it('a malformed id is a 404 on every collection, for every method, signed in or not', async () => {
    // (Preferences are keyed by name, /api/payload-preferences/:key: not ids.)
    const slugs = server.payload.config.collections
      .map((c) => c.slug)
      .filter((slug) => slug !== 'payload-preferences')
    expect(slugs).toContain('policies')
    let checked = 0
    for (const slug of slugs)
      for (const bad of BAD)
        for (const [method, who] of [
          ['GET', null],
          ['GET', author],
          ['PATCH', author],
          ['DELETE', author],
        ] as const) {
          const res = await call(
            server,
            who,
            method,
            `/api/${slug}/${bad}`,
            method === 'PATCH' ? { title: 'x' } : undefined,
          )
          expect(res.status, `${method} /api/${slug}/${bad}`).toBe(404)
          checked++
        }
    expect(checked).toBe(slugs.length * BAD.length * 4)
  })

  it('ids and the collections own routes still answer', async () => {
    expect((await call(server, null, 'GET', `/api/policies/${policy.id}`)).status).toBe(200)
    expect((await call(server, author, 'GET', '/api/users/me')).status).toBe(200)
    const preference = await call(server, author, 'GET', '/api/payload-preferences/some-key')
    expect([200, 404]).toContain(preference.status)
    expect((await call(server, author, 'GET', '/api/policies/count')).status).toBe(200)
    expect((await call(server, author, 'GET', `/api/policies/versions?limit=1`)).status).toBe(200)
    expect((await call(server, author, 'GET', `/api/policies/${policy.id}/workflow`)).status).toBe(
      200,
    )
    // A custom endpoint's word with another method than its own is no id either.
    expect((await call(server, author, 'GET', '/api/import-runs/upload')).status).toBe(404)
    expect((await call(server, null, 'GET', '/api/users/login')).status).toBe(404)
    // With its own method it is reached (and refuses a request without a file, not a 404).
    const upload = await call(server, author, 'POST', '/api/import-runs/upload', {})
    expect(upload.status).toBeGreaterThanOrEqual(400)
    expect([404, 500]).not.toContain(upload.status)
  })
})

describe('isDocumentId', () => {
  it.each([
    ['1', 'sqlite', true],
    ['42', 'postgres', true],
    ['9007199254740991', 'postgres', true],
    ['99999999999999999999', 'postgres', false],
    ['0', 'sqlite', false],
    ['01', 'sqlite', false],
    ['1.5', 'sqlite', false],
    ['abc', 'postgres', false],
    ['507f1f77bcf86cd799439011', 'mongoose', true],
    ['1', 'mongoose', false],
  ])('%s on %s → %s', (segment, db, ok) => {
    expect(isDocumentId(segment, db)).toBe(ok)
  })
})
