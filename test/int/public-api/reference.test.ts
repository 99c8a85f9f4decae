/**
 * Public API v1, reference data and self-description, over real HTTP on a real database: every
 * response checked against the served OpenAPI document; parameters validated (400 naming each);
 * strong ETags, Last-Modified and 304s; only published documents counted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { generator } from '../../support/fuzz'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let parent: any
let child: any
let check: OpenApiValidator
let author: Person

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/v1${path}`, { headers })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: text ? JSON.parse(text) : null,
  }
}

beforeAll(async () => {
  server = await startTestServer()
  parent = await makeDepartment(server.payload, {
    name: '临江市人民政府',
    websites: [{ url: 'https://www.linjiang.gov.cn' }],
    contact: { phone: '0571-12345678', email: 'office@linjiang.gov.cn' },
  })
  await server.payload.update({
    collection: 'departments',
    id: parent.id,
    locale: 'en',
    data: { name: 'Linjiang Municipal Government' } as any,
  })
  child = await makeDepartment(server.payload, { parent: parent.id })
  await server.payload.create({
    collection: 'topics',
    data: { code: 'T01', name: '综合政务' } as any,
  })
  const openapi = await get('/openapi.json')
  expect(openapi.status).toBe(200)
  check = openApiValidator(openapi.body)
  author = await person(server, child, ['author'])
  const reviewer = await person(server, child, ['reviewer'])
  const publisher = await person(server, child, ['publisher'])
  for (let i = 0; i < 2; i++) {
    const doc = (await call(server, author, 'POST', '/api/policies', build.policies(child.id))).body
      .doc
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
  }
  await call(server, author, 'POST', '/api/policies', build.policies(child.id)) // a draft
})
afterAll(async () => {
  await server?.stop()
})

describe(`public API v1 reference data on ${dbKind}`, () => {
  it('serves an OpenAPI 3.1 document of its endpoints', async () => {
    const { body, headers } = await get('/openapi.json')
    expect(body.openapi).toBe('3.1.0')
    expect(Object.keys(body.paths)).toEqual(
      expect.arrayContaining(['/departments', '/departments/{code}', '/topics']),
    )
    expect(headers.get('etag')).toMatch(/^"[\w-]+(\.(gz|br))?"$/)
  })

  it('lists departments as a tree, by code, in the requested language', async () => {
    const zh = await get('/departments')
    expect(zh.status).toBe(200)
    expect(check('/departments', 200, zh.body)).toEqual([])
    const codes = zh.body.data.map((d: any) => d.code)
    expect(codes).toEqual([...codes].sort())
    const top = zh.body.data.find((d: any) => d.code === parent.code)
    expect(top).toMatchObject({
      name: '临江市人民政府',
      parentCode: null,
      website: 'https://www.linjiang.gov.cn',
      contact: { phone: '0571-12345678', email: 'office@linjiang.gov.cn' },
    })
    expect(zh.body.data.find((d: any) => d.code === child.code).parentCode).toBe(parent.code)
    expect(JSON.stringify(zh.body)).not.toMatch(/"id"|createdAt/)
    const en = await get('/departments?locale=en')
    expect(en.body.data.find((d: any) => d.code === parent.code).name).toBe(
      'Linjiang Municipal Government',
    )
  })

  it('one department with counts of its published documents only', async () => {
    const res = await get(`/departments/${child.code}`)
    expect(res.status).toBe(200)
    expect(check('/departments/{code}', 200, res.body)).toEqual([])
    expect(res.body.data.counts).toEqual({
      policy: 2,
      regulation: 0,
      interpretation: 0,
      procedure: 0,
      licensing: 0,
      penalty: 0,
    })
    const missing = await get('/departments/ZZZZZZZZZ')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(check('/departments/{code}', 404, missing.body, 'application/problem+json')).toEqual([])
  })

  it('lists the topic taxonomy', async () => {
    const res = await get('/topics')
    expect(res.status).toBe(200)
    expect(check('/topics', 200, res.body)).toEqual([])
    expect(res.body.data).toContainEqual({ code: 'T01', name: '综合政务', parentCode: null })
  })

  it.each([
    ['/departments?locale=fr', 'locale'],
    ['/departments?lang=en', 'lang'],
    ['/departments?locale=zh&locale=en', 'locale'],
    ['/topics?page=2', 'page'],
    ['/departments/not-a-code', 'code'],
  ])('%s is a 400 naming %s', async (path, parameter) => {
    const res = await get(path)
    expect(res.status).toBe(400)
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(res.body.errors.map((e: any) => e.parameter)).toContain(parameter)
    const template = path.startsWith('/topics')
      ? '/topics'
      : path.startsWith('/departments/')
        ? '/departments/{code}'
        : '/departments'
    expect(check(template, 400, res.body, 'application/problem+json')).toEqual([])
  })

  it('strong ETags, Last-Modified and 304s; HEAD answers like GET', async () => {
    const first = await get('/departments')
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+(\.(gz|br))?"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    const lastModified = first.headers.get('last-modified')!
    expect(Date.parse(lastModified)).toBeGreaterThan(0)
    expect((await get('/departments', { 'if-none-match': etag })).status).toBe(304)
    expect((await get('/departments', { 'if-none-match': `W/${etag}` })).status).toBe(200)
    expect((await get('/departments', { 'if-modified-since': lastModified })).status).toBe(304)
    expect((await get('/departments?locale=en', { 'if-none-match': etag })).status).toBe(200)
    const head = await fetch(`${server.url}/api/v1/departments`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    expect(await head.text()).toBe('')
    // A change to the data changes the validator.
    await server.payload.update({
      collection: 'departments',
      id: parent.id,
      data: { shortName: '临江市政府' } as any,
    })
    const after = await get('/departments', { 'if-none-match': etag })
    expect(after.status).toBe(200)
    expect(after.headers.get('etag')).not.toBe(etag)
  })

  it('never answers 500 to generated parameters (about 2,000 requests)', async () => {
    const { rand, pick } = generator(20261127)
    const atoms = [
      '',
      'zh',
      'en',
      'ZH',
      'fr',
      '1',
      '-1',
      '0',
      '1e9',
      'null',
      'undefined',
      '[]',
      '{}',
      '%00',
      '%ff',
      '%E4%B8%AD',
      '..%2F..%2Fetc%2Fpasswd',
      "'%20OR%201=1--",
      '<script>',
      'a'.repeat(3000),
      '__proto__',
      'constructor',
      'locale',
      'true',
      '𠀀',
      '\\',
      '%',
      '%%',
      '&&',
      '==',
    ] as const
    const names = [
      'locale',
      'lang',
      'page',
      'pageSize',
      'where[code][equals]',
      '__proto__',
      'q',
      '',
    ] as const
    const statuses = new Map<number, number>()
    for (let i = 0; i < 2000; i++) {
      const base = pick([
        '/departments',
        '/topics',
        `/departments/${pick([child.code, pick(atoms)])}`,
      ])
      const params = Array.from(
        { length: Math.floor(rand() * 4) },
        () => `${pick(names)}=${pick(atoms)}`,
      )
      const path = `${base}${params.length ? `?${params.join('&')}` : ''}`
      const res = await fetch(`${server.url}/api/v1${path}`)
      await res.arrayBuffer()
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      expect([200, 400, 404], path).toContain(res.status)
      expect(res.headers.get('content-type') ?? '', path).toMatch(/json/)
    }
    expect(statuses.get(400)).toBeGreaterThan(0)
    expect(statuses.get(200)).toBeGreaterThan(0)
  }, 120_000)
})
