/**
 * The portal's disclosure-request form shares the API's hourly per-address submission limit:
 * submissions by the API and by the form count together, and past the limit the form answers
 * with a page saying when to try again (429, Retry-After), storing nothing.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let deptCode: string

const fields = () => ({
  department: deptCode,
  applicantType: 'research',
  applicantName: '临江大学',
  organizationCode: '12330000MB0000000K',
  email: 'office@example.edu.cn',
  description: '请公开本年度科研项目立项名单。',
})

const viaApi = () =>
  fetch(`${server.url}/api/v1/disclosure-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(fields()),
  })

async function viaForm(locale = '') {
  const body = new FormData()
  for (const [k, v] of Object.entries({ ...fields(), website: '' })) body.append(k, v)
  const res = await fetch(`${server.url}/disclosure-requests/new${locale}`, {
    method: 'POST',
    body,
  })
  return { status: res.status, headers: res.headers, html: await res.text() }
}

const stored = async () =>
  (await server.payload.count({ collection: 'disclosure-requests', overrideAccess: true }))
    .totalDocs

beforeAll(async () => {
  server = await startTestServer({
    publicApi: {
      cache: true,
      cachePollMs: 250,
      rateLimit: 1_000_000,
      keyRateLimit: 1_000_000,
      disclosureRateLimit: 3,
    },
  })
  deptCode = (await makeDepartment(server.payload)).code
})
afterAll(async () => {
  await server?.stop()
})

describe(`portal disclosure-request limit (${dbKind})`, () => {
  it('counts the form and the API together; past the limit a friendly 429 page, nothing stored', async () => {
    expect((await viaApi()).status).toBe(201)
    expect((await viaForm()).status).toBe(201)
    expect((await viaForm()).status).toBe(201)
    const limited = await viaForm()
    expect(limited.status).toBe(429)
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(60)
    expect(limited.headers.get('cache-control')).toBe('no-store')
    expect(limited.html).toContain('<h1>提交次数过多</h1>')
    expect(limited.html).toMatch(/每小时最多提交 3 份申请。请在 \d+ 分钟后再试/)
    const en = await viaForm('?locale=en')
    expect(en.status).toBe(429)
    expect(en.html).toContain('At most 3 requests an hour')
    // And the API, having lent its counts to the form, refuses too.
    expect((await viaApi()).status).toBe(429)
    expect(await stored()).toBe(3)
  })
})
