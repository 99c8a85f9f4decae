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
let otherKey: string
let deptCode: string

beforeAll(async () => {
  server = await startTestServer({
    publicApi: {
      cache: true,
      cachePollMs: 250,
      rateLimit: 5,
      keyRateLimit: 15,
      disclosureRateLimit: 3,
    },
  })
  const dept = await makeDepartment(server.payload)
  const admin = await person(server, dept, ['department_admin'])
  const record = await call(server, admin, 'POST', '/api/api-keys', {
    name: '门户',
    department: dept.id,
  })
  key = (await call(server, admin, 'POST', `/api/api-keys/${record.body.doc.id}/issue`)).body.key
  const second = await call(server, admin, 'POST', '/api/api-keys', {
    name: '表单',
    department: dept.id,
  })
  otherKey = (await call(server, admin, 'POST', `/api/api-keys/${second.body.doc.id}/issue`)).body
    .key
  deptCode = dept.code
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

  it('limits disclosure-request submissions per address per hour, whatever the key', async () => {
    const submit = () =>
      fetch(`${server.url}/api/v1/disclosure-requests`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${otherKey}` },
        body: JSON.stringify({
          department: deptCode,
          applicantType: 'other',
          applicantName: '某协会',
          organizationCode: '51330000MJ0000000X',
          email: 'a@example.org',
          description: '请公开某事项。',
        }),
      })
    const statuses: number[] = []
    for (let i = 0; i < 4; i++) statuses.push((await submit()).status)
    expect(statuses).toEqual([201, 201, 201, 429])
    const limited = await submit()
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(await limited.json()).toMatchObject({ status: 429 })
    expect(
      await server.payload.count({ collection: 'disclosure-requests', overrideAccess: true }),
    ).toEqual({
      totalDocs: 3,
    })
  })
})
