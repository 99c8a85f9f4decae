/**
 * Every public endpoint against generated input (about 2,500 requests): query parameters and path
 * segments from a list of hostile and borderline values. Whatever a client sends, the answer is a
 * documented status with a problem body for errors, never a 500, and never a draft.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { generator } from '../../support/fuzz'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let published: any
let draft: any
let author: Person

const VALUES = [
  '',
  'policy',
  'licensing',
  'policy,penalty',
  ',',
  'true',
  'T01',
  'valid',
  '2025-01-01',
  '2025-02-30',
  '0000-00-00',
  '9999-12-31',
  '1',
  '0',
  '-1',
  '1e3',
  '99999999999',
  'zh',
  'en',
  'fr',
  '临政发〔2025〕8号',
  '%00',
  '%E4%B8%AD',
  '%ZZ',
  "'",
  '"',
  '\\',
  '<script>',
  '../../etc/passwd',
  'a'.repeat(400),
  '__proto__',
  'constructor',
  '[]',
  '{}',
  // Search queries: phrases, exclusions, a draft's words, punctuation only, full-width.
  '%22%E8%A1%8C%E6%94%BF%20%E8%AE%B8%E5%8F%AF%22',
  '-%E8%8D%89%E7%A8%BF',
  '%E8%8D%89%E7%A8%BF%E4%B8%8D%E5%BE%97%E5%85%AC%E5%BC%80FUZZ',
  '%E3%80%82%EF%BC%81',
  '%EF%BC%A1%EF%BC%A2%EF%BC%A3',
  '2025',
  'relevance',
] as const

const NAMES = [
  'type',
  'department',
  'includeChildren',
  'topic',
  'validity',
  'from',
  'to',
  'docNumber',
  'indexNumber',
  'locale',
  'page',
  'pageSize',
  'fields',
  'sort',
  'asOf',
  'q',
  'year',
  'where[_status][equals]',
  '__proto__[x]',
] as const

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  const reviewer = await person(server, dept, ['reviewer'])
  const publisher = await person(server, dept, ['publisher'])
  published = (await call(server, author, 'POST', '/api/policies', build.policies(dept.id))).body
    .doc
  await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', published.id)
  draft = (
    await call(server, author, 'POST', '/api/policies', {
      ...build.policies(dept.id),
      title: '草稿不得公开FUZZ',
    })
  ).body.doc
})

afterAll(async () => {
  await server?.close()
})

describe(`public API fuzzing on ${dbKind}`, () => {
  it('answers generated requests on every endpoint with a documented status, never a 500 or a draft', async () => {
    const { rand, pick } = generator(20261127)
    const paths = [
      () => '/api/v1/documents',
      () => `/api/v1/documents/${published.uid}`,
      () => `/api/v1/documents/${encodeURIComponent(pick(VALUES))}`,
      () => `/api/v1/documents/by-index/${encodeURIComponent(pick(VALUES))}`,
      () => '/api/v1/search',
      () => '/api/v1/search',
      () => '/api/v1/departments',
      () => `/api/v1/departments/${encodeURIComponent(pick(VALUES))}`,
      () => '/api/v1/topics',
      () => `/api/v1/feeds/documents.${pick(['atom', 'rss'])}`,
      () => `/api/v1/exports/${encodeURIComponent(pick([...VALUES, 'policy', 'penalty']))}.csv`,
      () => `/api/v1/exports/policy.${pick(['csv', 'jsonl', 'xml', ''])}`,
      () => '/api/v1/catalog.jsonld',
      () => '/api/v1/catalog/directory.json',
      () => '/api/v1/openapi.json',
      () => `/sitemaps/documents-${encodeURIComponent(pick(VALUES))}.xml`,
      () => '/sitemap.xml',
    ]
    const seen = new Map<number, number>()
    for (let i = 0; i < 2_500; i++) {
      const path = pick(paths)()
      const query = Array.from(
        { length: Math.floor(rand() * 4) },
        () => `${pick(NAMES)}=${pick(VALUES)}`,
      ).join('&')
      const url = `${server.url}${path}${query ? `?${query}` : ''}`
      const res = await fetch(url, { redirect: 'manual', method: rand() < 0.1 ? 'HEAD' : 'GET' })
      const text = await res.text()
      seen.set(res.status, (seen.get(res.status) ?? 0) + 1)
      expect([200, 304, 308, 400, 404, 410], `${res.status} for ${url}`).toContain(res.status)
      if (res.status >= 400 && text)
        expect(res.headers.get('content-type'), url).toMatch(/^application\/problem\+json/)
      expect(text, url).not.toContain('草稿不得公开FUZZ')
      expect(text, url).not.toContain(draft.uid)
    }
    // The generator reached both the successful and the refusing paths.
    expect(seen.get(200)).toBeGreaterThan(100)
    expect(seen.get(400)).toBeGreaterThan(100)
    expect(seen.get(404)).toBeGreaterThan(10)
  }, 180_000)
})
