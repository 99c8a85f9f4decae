/**
 * Public API v1 rate limits, over real HTTP: anonymous clients are limited per address with 429,
 * Retry-After and a problem body; a department site's API key has its own, higher limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person } from '../../support/people'

let server: TestServer
let key: string

beforeAll(async () => {
  server = await startTestServer({
    publicApi: { cache: true, cachePollMs: 250, rateLimit: 5, keyRateLimit: 15 },
  })
  const dept = await makeDepartment(server.payload)
  const admin = await person(server, dept, ['department_admin'])
  const record = await call(server, admin, 'POST', '/api/api-keys', {
    name: '门户',
    department: dept.id,
  })
  key = (await call(server, admin, 'POST', `/api/api-keys/${record.body.doc.id}/issue`)).body.key
})

afterAll(async () => {
  await server?.close()
})

const get = (headers: Record<string, string> = {}) =>
  fetch(`${server.url}/api/v1/topics`, { headers })

describe(`public API rate limits (${dbKind})`, () => {
  it('gives anonymous clients 429 with Retry-After past their limit; a key has a higher one', async () => {
    const statuses: number[] = []
    for (let i = 0; i < 6; i++) statuses.push((await get()).status)
    expect(statuses).toEqual([200, 200, 200, 200, 200, 429])
    const limited = await get()
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(limited.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(await limited.json()).toMatchObject({ status: 429, title: 'Too Many Requests' })
    expect(limited.headers.get('ratelimit-policy')).toBeTruthy()

    // The same address with a key: counted against the key, up to its own limit.
    const withKey: number[] = []
    for (let i = 0; i < 16; i++)
      withKey.push((await get({ authorization: `Bearer ${key}` })).status)
    expect(withKey.slice(0, 15).every((s) => s === 200)).toBe(true)
    expect(withKey[15]).toBe(429)
  })
})
