/**
 * Public API v1 transport, over real HTTP on a real database: gzip and Brotli (with a strong ETag
 * per coding), CORS for registered department websites only, API keys (issued once, stored
 * hashed, revocable), and the response cache (hits, and dropped at once after a change).
 */
import crypto from 'node:crypto'
import zlib from 'node:zlib'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let other: any
let author: Person
let reviewer: Person
let publisher: Person
let admin: Person
let otherAdmin: Person

async function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  // node:http, not fetch: fetch would decompress and hide the content coding.
  const http = await import('node:http')
  return new Promise<{ status: number; headers: Record<string, any>; body: Buffer }>(
    (resolve, reject) => {
      const req = http.request(`${server.url}/api/v1${path}`, { method, headers }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c) => chunks.push(c))
        res.on('end', () =>
          resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }),
        )
      })
      req.on('error', reject)
      req.end()
    },
  )
}

async function publish(overrides: Record<string, unknown> = {}) {
  const doc = (
    await call(server, author, 'POST', '/api/policies', {
      ...build.policies(dept.id),
      ...overrides,
    })
  ).body.doc
  await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
  return doc
}

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload, {
    websites: [{ url: 'https://www.dept.gov.cn/' }, { url: 'http://m.dept.gov.cn:8080/news' }],
  })
  other = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
  admin = await person(server, dept, ['department_admin'])
  otherAdmin = await person(server, other, ['department_admin'])
  for (let i = 0; i < 12; i++) await publish()
})

afterAll(async () => {
  await server?.close()
})

describe(`public API compression (${dbKind})`, () => {
  it('sends Brotli or gzip when asked, identical after decoding, each with its own strong ETag', async () => {
    const plain = await raw('/documents?pageSize=12')
    expect(plain.status).toBe(200)
    expect(plain.headers['content-encoding']).toBeUndefined()
    expect(plain.body.length).toBeGreaterThan(1024)
    const br = await raw('/documents?pageSize=12', { 'accept-encoding': 'br' })
    expect(br.headers['content-encoding']).toBe('br')
    expect(zlib.brotliDecompressSync(br.body).equals(plain.body)).toBe(true)
    expect(br.body.length).toBeLessThan(plain.body.length / 2)
    const gz = await raw('/documents?pageSize=12', { 'accept-encoding': 'gzip, deflate' })
    expect(gz.headers['content-encoding']).toBe('gzip')
    expect(zlib.gunzipSync(gz.body).equals(plain.body)).toBe(true)
    const tags = new Set([plain.headers.etag, br.headers.etag, gz.headers.etag])
    expect(tags.size).toBe(3)
    expect(br.headers.vary).toMatch(/Accept-Encoding/i)
    // Each coding revalidates with its own tag, and not with another's.
    const again = await raw('/documents?pageSize=12', {
      'accept-encoding': 'br',
      'if-none-match': br.headers.etag,
    })
    expect(again.status).toBe(304)
    const crossed = await raw('/documents?pageSize=12', {
      'accept-encoding': 'gzip',
      'if-none-match': br.headers.etag,
    })
    expect(crossed.status).toBe(200)
  })

  it('leaves small bodies uncompressed', async () => {
    const res = await raw('/documents?pageSize=1&fields=uid', { 'accept-encoding': 'br, gzip' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBeUndefined()
  })
})

describe(`public API CORS (${dbKind})`, () => {
  it('allows the registered department websites and no one else', async () => {
    for (const origin of ['https://www.dept.gov.cn', 'http://m.dept.gov.cn:8080']) {
      const res = await raw('/documents', { origin })
      expect(res.headers['access-control-allow-origin'], origin).toBe(origin)
      expect(res.headers.vary).toMatch(/Origin/i)
      expect(res.headers['access-control-expose-headers']).toMatch(/ETag/i)
    }
    for (const origin of ['https://evil.example', 'https://www.dept.gov.cn.evil.example', 'null']) {
      const res = await raw('/documents', { origin })
      expect(res.status).toBe(200)
      expect(res.headers['access-control-allow-origin'], origin).toBeUndefined()
    }
  })

  it('answers a preflight from a registered site', async () => {
    const res = await raw(
      '/documents',
      {
        origin: 'https://www.dept.gov.cn',
        'access-control-request-method': 'GET',
        'access-control-request-headers': 'authorization',
      },
      'OPTIONS',
    )
    expect(res.status).toBe(204)
    expect(res.headers['access-control-allow-origin']).toBe('https://www.dept.gov.cn')
    expect(res.headers['access-control-allow-headers']).toMatch(/Authorization/i)
  })

  it('follows the department records: a site added is allowed at once', async () => {
    const origin = 'https://new-site.dept.gov.cn'
    expect(
      (await raw('/topics', { origin })).headers['access-control-allow-origin'],
    ).toBeUndefined()
    await server.payload.update({
      collection: 'departments',
      id: other.id,
      data: { websites: [{ url: `${origin}/` }] } as any,
    })
    expect((await raw('/topics', { origin })).headers['access-control-allow-origin']).toBe(origin)
  })
})

describe(`public API keys (${dbKind})`, () => {
  it('a department admin issues a key, shown once and stored only as its hash', async () => {
    const created = await call(server, admin, 'POST', '/api/api-keys', {
      name: '门户网站',
      department: dept.id,
      site: 'https://www.dept.gov.cn',
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    const id = created.body.doc.id
    expect(created.body.doc.keyHash).toBeUndefined()

    const issued = await call(server, admin, 'POST', `/api/api-keys/${id}/issue`)
    expect(issued.status).toBe(200)
    expect(issued.headers.get('cache-control')).toBe('no-store')
    const key: string = issued.body.key
    expect(key).toMatch(/^gk_[\w-]{43}$/)

    // Reading the record again never shows the key or its hash.
    const read = await call(server, admin, 'GET', `/api/api-keys/${id}`)
    expect(read.status).toBe(200)
    expect(JSON.stringify(read.body)).not.toContain(key)
    expect(read.body.keyHash).toBeUndefined()
    expect(read.body.keyPrefix).toBe(key.slice(0, 10))
    // What is stored is the SHA-256 of the key, not the key.
    const stored = (await server.payload.findByID({
      collection: 'api-keys',
      id,
      showHiddenFields: true,
      overrideAccess: true,
    })) as any
    expect(stored.keyHash).toBe(crypto.createHash('sha256').update(key).digest('hex'))
    expect(JSON.stringify(stored)).not.toContain(key)

    const withKey = await raw('/documents?pageSize=1', { authorization: `Bearer ${key}` })
    expect(withKey.status).toBe(200)

    // Issuing again replaces the key: the old one stops working at once.
    const second = (await call(server, admin, 'POST', `/api/api-keys/${id}/issue`)).body.key
    expect(second).not.toBe(key)
    const old = await raw('/documents?pageSize=1', { authorization: `Bearer ${key}` })
    expect(old.status).toBe(401)
    expect(old.headers['content-type']).toMatch(/^application\/problem\+json/)
    expect(old.headers['www-authenticate']).toMatch(/Bearer/)
    expect((await raw('/documents?pageSize=1', { authorization: `Bearer ${second}` })).status).toBe(
      200,
    )

    // Revoked: refused at once.
    await call(server, admin, 'PATCH', `/api/api-keys/${id}`, { revoked: true })
    expect((await raw('/documents?pageSize=1', { authorization: `Bearer ${second}` })).status).toBe(
      401,
    )
  })

  it("keeps keys within the department: another department's admin can neither see nor issue", async () => {
    const created = await call(server, admin, 'POST', '/api/api-keys', {
      name: '移动端',
      department: dept.id,
    })
    const id = created.body.doc.id
    expect((await call(server, otherAdmin, 'GET', `/api/api-keys/${id}`)).status).toBe(404)
    expect((await call(server, otherAdmin, 'POST', `/api/api-keys/${id}/issue`)).status).toBe(404)
    const foreign = await call(server, otherAdmin, 'POST', '/api/api-keys', {
      name: '越权',
      department: dept.id,
    })
    expect(foreign.status).toBe(403)
    expect(
      (await call(server, author, 'POST', '/api/api-keys', { name: 'x', department: dept.id }))
        .status,
    ).toBe(403)
    expect((await call(server, null, 'POST', `/api/api-keys/${id}/issue`)).status).toBe(401)
  })

  it('a malformed or unknown key is a 401, a non-Bearer header is ignored', async () => {
    expect((await raw('/topics', { authorization: 'Bearer nope' })).status).toBe(401)
    expect((await raw('/topics', { authorization: `Bearer ${'x'.repeat(5000)}` })).status).toBe(401)
    expect((await raw('/topics', { authorization: 'Basic Zm9vOmJhcg==' })).status).toBe(200)
  })
})

describe(`public API response cache (${dbKind})`, () => {
  it("keeps answers made from a forged Host header out of everyone else's", async () => {
    const path = '/feeds/documents.atom'
    const forged = await raw(path, { host: 'evil.example' })
    expect(forged.status).toBe(200)
    expect(forged.body.toString()).toContain('http://evil.example/documents/')
    for (let i = 0; i < 2; i++) {
      const normal = await raw(path)
      expect(normal.body.toString()).not.toContain('evil.example')
    }
    expect((await raw(path)).headers['x-cache']).toBe('hit')
  })

  it('answers repeated requests from the cache and drops it at once after a change', async () => {
    const path = '/documents?pageSize=5&sort=-publishedAt'
    await raw(path)
    const hit = await raw(path)
    expect(hit.headers['x-cache']).toBe('hit')
    const before = JSON.parse(hit.body.toString())

    const doc = await publish({ title: '缓存之后发布的文件' })
    const after = await raw(path)
    expect(after.headers['x-cache']).toBe('miss')
    const body = JSON.parse(after.body.toString())
    expect(body.data[0].uid).toBe(doc.uid)
    expect(body.meta.total).toBe(before.meta.total + 1)

    // Withdrawal, then unpublishing: each visible on the next request.
    const detail = `/documents/${doc.uid}`
    expect((await raw(detail)).status).toBe(200)
    expect((await raw(detail)).headers['x-cache']).toBe('hit')
    await act(server, publisher, 'policies', doc.id, 'withdraw', { notice: '撤回' })
    expect((await raw(detail)).status).toBe(410)
    await act(server, publisher, 'policies', doc.id, 'unpublish', { reason: '误发' })
    expect((await raw(detail)).status).toBe(404)
    const list = JSON.parse((await raw(path)).body.toString())
    expect(list.data.map((d: any) => d.uid)).not.toContain(doc.uid)
  })

  it('drops a document from cached answers when its removal time passes', async () => {
    // An editor sets the removal time ("Remove from public at") a few seconds ahead.
    const removeAt = new Date(Date.now() + 3_000)
    const doc = await publish({ unpublishAt: removeAt.toISOString() })
    const path = '/documents?pageSize=50'
    const warm = JSON.parse((await raw(path)).body.toString())
    expect(warm.data.map((d: any) => d.uid)).toContain(doc.uid)
    expect((await raw(path)).headers['x-cache']).toBe('hit')
    await new Promise((r) => setTimeout(r, Math.max(0, removeAt.getTime() - Date.now() + 20)))
    const later = JSON.parse((await raw(path)).body.toString())
    expect(later.data.map((d: any) => d.uid)).not.toContain(doc.uid)
  })
})
