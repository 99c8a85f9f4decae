/**
 * Feeds (Atom, RSS), the sitemap and the DCAT catalogue over real HTTP on a real database:
 * published documents only (never a draft or a withdrawn one), the /documents filters, XML
 * special characters, sitemap splitting, strong ETags and 304s, and OpenAPI-valid JSON.
 */
import type http from 'node:http'

import express from 'express'
import { XMLParser } from 'fast-xml-parser'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sitemapRoutes } from '../../../src/public-api/sitemap'
import { build, makeDepartment, makeDocument } from '../../support/factories'
import { generator } from '../../support/fuzz'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let check: OpenApiValidator
let child: any
let other: any
let people: { author: Person; reviewer: Person; publisher: Person }
const docs: Record<string, any> = {}
const SPECIAL = '甲 <特殊>&"字符" ]]> 政策'

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (_name, jpath) =>
    [
      'feed.entry',
      'feed.entry.link',
      'rss.channel.item',
      'urlset.url',
      'sitemapindex.sitemap',
    ].includes(String(jpath)),
})
const decodeHtml = (s: string) =>
  s
    .replaceAll('&lt;', '<')
    .replaceAll('&gt;', '>')
    .replaceAll('&quot;', '"')
    .replaceAll('&#39;', "'")
    .replaceAll('&amp;', '&')
const textOf = (v: any): string => (typeof v === 'object' && v !== null ? v['#text'] : String(v))

async function fetchXml(path: string, base = server.url) {
  const res = await fetch(`${base}${path}`)
  const body = await res.text()
  return { res, body, doc: res.status === 200 ? xml.parse(body) : null }
}
const atom = async (query = '') => (await fetchXml(`/api/v1/feeds/documents.atom${query}`)).doc.feed
const rss = async (query = '') => (await fetchXml(`/api/v1/feeds/documents.rss${query}`)).doc.rss

async function publishPolicy(title: string, extra: Record<string, unknown> = {}) {
  const res = await call(server, people.author, 'POST', '/api/policies', {
    ...build.policies(child.id),
    title,
    ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  await publishThroughWorkflow(server, people, 'policies', res.body.doc.id)
  return (await server.payload.findByID({ collection: 'policies', id: res.body.doc.id })) as any
}

beforeAll(async () => {
  server = await startTestServer()
  check = openApiValidator(await (await fetch(`${server.url}/api/v1/openapi.json`)).json())
  child = await makeDepartment(server.payload)
  other = await makeDepartment(server.payload)
  const topic = await server.payload.create({
    collection: 'topics',
    data: { code: 'T01', name: '综合政务' } as any,
  })
  people = {
    author: await person(server, child, ['author']),
    reviewer: await person(server, child, ['reviewer']),
    publisher: await person(server, child, ['publisher']),
  }
  docs.special = await publishPolicy(SPECIAL, { topics: [topic.id], summary: '摘要 <b>&' })
  docs.second = await publishPolicy('乙 第二份政策')
  docs.third = await publishPolicy('丙 第三份政策')
  docs.withdrawn = await publishPolicy('丁 已撤回')
  await act(server, people.publisher, 'policies', docs.withdrawn.id, 'withdraw', {
    notice: '政策调整',
  })
  docs.draft = (
    await call(server, people.author, 'POST', '/api/policies', {
      ...build.policies(child.id),
      title: '戊 草稿',
    })
  ).body.doc
  docs.licence = await makeDocument(server.payload, 'licensing-decisions', other.id)
})
afterAll(async () => {
  await server?.stop()
})

describe(`feeds on ${dbKind}`, () => {
  it('Atom 1.0: feed and entry elements, urn:uuid ids, links to the public page, published only', async () => {
    const { res } = await fetchXml('/api/v1/feeds/documents.atom')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8')
    const feed = await atom()
    expect(feed['@xmlns']).toBe('http://www.w3.org/2005/Atom')
    expect(feed.id).toContain('/api/v1/feeds/documents.atom')
    expect(textOf(feed.title)).toBeTruthy()
    expect(new Date(feed.updated).toISOString()).toBe(feed.updated)
    expect(feed.author.name).toBeTruthy()
    const entries = feed.entry as any[]
    expect(entries).toHaveLength(4)
    for (const e of entries) {
      expect(e.id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/)
      expect(textOf(e.title)).toBeTruthy()
      expect(new Date(e.updated).toISOString()).toBe(e.updated)
      expect(e.link[0]['@href']).toBe(`${server.url}/documents/${e.id.slice(9)}`)
    }
    const titles = entries.map((e) => decodeHtml(textOf(e.title)))
    expect(titles).toEqual(
      expect.arrayContaining([SPECIAL, '乙 第二份政策', '丙 第三份政策', docs.licence.title]),
    )
    for (const hidden of ['丁 已撤回', '戊 草稿']) expect(titles).not.toContain(hidden)
    const special = entries.find((e) => e.id === `urn:uuid:${docs.special.uid}`)
    expect(special.updated).toBe(new Date(docs.special.publicUpdatedAt).toISOString())
    expect(special.title['@type']).toBe('html')
    expect(decodeHtml(textOf(special.summary))).toBe('摘要 <b>&')
  })

  it('RSS 2.0: channel and item elements, guid urn:uuid, pubDate; XML special characters survive', async () => {
    const { res, body } = await fetchXml('/api/v1/feeds/documents.rss')
    expect(res.headers.get('content-type')).toBe('application/rss+xml; charset=utf-8')
    expect(body.startsWith('<?xml')).toBe(true)
    const doc = await rss()
    expect(doc['@version']).toBe('2.0')
    expect(doc.channel.title).toBeTruthy()
    expect(doc.channel.link).toBe(`${server.url}/`)
    expect(doc.channel.description).toBeTruthy()
    const items = doc.channel.item as any[]
    expect(items).toHaveLength(4)
    for (const item of items) {
      expect(textOf(item.guid)).toMatch(/^urn:uuid:/)
      expect(item.guid['@isPermaLink']).toBe('false')
      expect(item.title).toBeTruthy()
      expect(item.link).toBe(`${server.url}/documents/${textOf(item.guid).slice(9)}`)
      expect(Number.isNaN(Date.parse(item.pubDate))).toBe(false)
    }
    const titles = items.map((i) => String(i.title))
    // RSS titles are plain text: the exact title, except that "]]>" cannot close the CDATA.
    expect(titles).toContain(SPECIAL.replace(']]>', ']] >'))
    expect(titles).not.toContain('戊 草稿')
    expect(titles).not.toContain('丁 已撤回')
  })

  it.each([
    ['?type=policy', ['special', 'second', 'third']],
    ['?type=licensing', ['licence']],
    ['?department=OTHER', ['licence']],
    ['?topic=T01', ['special']],
    ['?to=2000-01-01', []],
  ])('filters %s like /documents', async (query, wanted) => {
    const q = query.replace('OTHER', other.code)
    const expected = wanted.map((k) => `urn:uuid:${docs[k].uid}`).sort()
    const a = await atom(q)
    expect(((a.entry ?? []) as any[]).map((e) => e.id).sort()).toEqual(expected)
    const r = await rss(q)
    expect(((r.channel.item ?? []) as any[]).map((i) => textOf(i.guid)).sort()).toEqual(expected)
  })

  it.each([
    ['page=1', 'page'],
    ['pageSize=10', 'pageSize'],
    ['sort=title', 'sort'],
    ['fields=uid', 'fields'],
    ['type=memo', 'type'],
    ['from=2025-03-01&to=2025-01-01', 'to'],
  ])('?%s is a 400 naming %s', async (query, parameter) => {
    for (const ext of ['atom', 'rss']) {
      const res = await fetch(`${server.url}/api/v1/feeds/documents.${ext}?${query}`)
      expect(res.status).toBe(400)
      const body = await res.json()
      expect(check(`/feeds/documents.${ext}`, 400, body, 'application/problem+json')).toEqual([])
      expect(body.errors.map((e: any) => e.parameter)).toContain(parameter)
    }
  })

  it.each([
    '/api/v1/feeds/documents.atom',
    '/api/v1/feeds/documents.rss',
    '/api/v1/catalog.jsonld',
  ])('%s: strong ETag, Last-Modified, 304, and a new ETag after a publication', async (path) => {
    const first = await fetch(`${server.url}${path}`)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[\w-]+(\.(gz|br))?"$/)
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    expect(first.headers.get('last-modified')).toBeTruthy()
    const again = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } })
    expect(again.status).toBe(304)
    const head = await fetch(`${server.url}${path}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
    await makeDocument(server.payload, 'penalty-decisions', other.id)
    const changed = await fetch(`${server.url}${path}`, { headers: { 'if-none-match': etag } })
    expect(changed.status).toBe(200)
    expect(changed.headers.get('etag')).not.toBe(etag)
  })

  it('never answers 500 to generated parameters (300 requests)', async () => {
    const { rand, pick } = generator(7)
    const names = ['type', 'department', 'topic', 'from', 'to', 'docNumber', 'locale', 'page', 'x']
    const values = [
      '',
      'policy',
      ',',
      '2025-01-01',
      '2025-13-45',
      'en',
      '%00',
      '<x>',
      '临政发〔2025〕8号',
    ]
    for (let i = 0; i < 300; i++) {
      const q = Array.from(
        { length: 1 + Math.floor(rand() * 3) },
        () => `${pick(names)}=${pick(values)}`,
      )
      const res = await fetch(
        `${server.url}/api/v1/feeds/documents.${rand() < 0.5 ? 'atom' : 'rss'}?${q.join('&')}`,
      )
      expect([200, 400], q.join('&')).toContain(res.status)
      await res.arrayBuffer()
    }
  }, 60_000)
})

describe(`sitemap on ${dbKind}`, () => {
  const urlsOf = (doc: any) => ((doc.urlset.url ?? []) as any[]).map((u) => u.loc as string)

  it('/sitemap.xml is a sitemap index whose files list every published document page and no other', async () => {
    const { res, doc } = await fetchXml('/sitemap.xml')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/xml; charset=utf-8')
    expect(res.headers.get('etag')).toBeTruthy()
    expect(doc.sitemapindex['@xmlns']).toBe('http://www.sitemaps.org/schemas/sitemap/0.9')
    const files = (doc.sitemapindex.sitemap as any[]).map((s) => s.loc)
    expect(files).toEqual([`${server.url}/sitemaps/documents-1.xml`])
    const file = await fetchXml('/sitemaps/documents-1.xml')
    const urls = urlsOf(file.doc)
    const published = (await (await fetch(`${server.url}/api/v1/documents?pageSize=100`)).json())
      .data as any[]
    expect(urls.sort()).toEqual(published.map((d) => `${server.url}/documents/${d.uid}`).sort())
    expect(urls).not.toContain(`${server.url}/documents/${docs.withdrawn.uid}`)
    const entry = (file.doc.urlset.url as any[]).find((u) => u.loc.endsWith(docs.special.uid))
    expect(entry.lastmod).toBe(new Date(docs.special.publicUpdatedAt).toISOString())
  })

  it('splits at the given size, in a stable order (publishedAt, uid), and 404s past the end', async () => {
    // The same routes with a split size of 3, served on their own port over the same database.
    const app = express().use(sitemapRoutes(server.payload, { urlsPerFile: 3 }))
    const small: http.Server = await new Promise((resolve) => {
      const s = app.listen(0, '127.0.0.1', () => resolve(s))
    })
    try {
      const base = `http://127.0.0.1:${(small.address() as any).port}`
      const index = (await fetchXml('/sitemap.xml', base)).doc
      const files = (index.sitemapindex.sitemap as any[]).map((s) => s.loc as string)
      const { totalDocs } = await server.payload.count({
        collection: 'public-documents',
        where: { state: { equals: 'published' } },
      })
      expect(totalDocs).toBeGreaterThan(3)
      expect(files).toHaveLength(Math.ceil(totalDocs / 3))
      const all: string[] = []
      for (const [i, file] of files.entries()) {
        expect(file).toBe(`${base}/sitemaps/documents-${i + 1}.xml`)
        const urls = urlsOf((await fetchXml(new URL(file).pathname, base)).doc)
        expect(urls.length).toBeLessThanOrEqual(3)
        all.push(...urls)
      }
      const { docs: rows } = await server.payload.find({
        collection: 'public-documents',
        where: { state: { equals: 'published' } },
        sort: ['publishedAt', 'uid'],
        pagination: false,
      })
      expect(all).toEqual((rows as any[]).map((r) => `${base}/documents/${r.uid}`))
      const past = await fetch(`${base}/sitemaps/documents-${files.length + 1}.xml`)
      expect(past.status).toBe(404)
      expect((await fetch(`${base}/sitemaps/documents-0.xml`)).status).toBe(404)
      expect((await fetch(`${base}/sitemaps/other.xml`)).status).toBe(404)
    } finally {
      await new Promise((r) => small.close(r))
    }
  })
})

describe(`catalog on ${dbKind}`, () => {
  it('is a DCAT catalogue: a dataset per type with CSV and JSONL distributions, valid against OpenAPI', async () => {
    const res = await fetch(`${server.url}/api/v1/catalog.jsonld`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/ld+json; charset=utf-8')
    const body = await res.json()
    expect(check('/catalog.jsonld', 200, body, 'application/ld+json')).toEqual([])
    expect(body['@context']).toMatchObject({
      dcat: 'http://www.w3.org/ns/dcat#',
      dct: 'http://purl.org/dc/terms/',
      foaf: 'http://xmlns.com/foaf/0.1/',
    })
    expect(body['@type']).toBe('dcat:Catalog')
    const datasets = body['dcat:dataset'] as any[]
    expect(datasets.map((d) => d['dct:identifier'])).toEqual([
      'policy',
      'regulation',
      'interpretation',
      'procedure',
      'licensing',
      'penalty',
    ])
    const policy = datasets[0]
    expect(policy['dct:title'].map((t: any) => t['@language'])).toEqual(['zh', 'en'])
    expect(policy['dct:publisher']['@type']).toBe('foaf:Agent')
    const { docs: newest } = await server.payload.find({
      collection: 'public-documents',
      where: { and: [{ type: { equals: 'policy' } }, { state: { equals: 'published' } }] },
      sort: '-publicUpdatedAt',
      limit: 1,
    })
    expect(policy['dct:modified']['@value']).toBe(
      new Date((newest[0] as any).publicUpdatedAt).toISOString(),
    )
    expect(
      datasets.find((d) => d['dct:identifier'] === 'regulation')['dct:modified'],
    ).toBeUndefined()
    const [csv, jsonl] = policy['dcat:distribution']
    expect(csv['dcat:downloadURL']['@id']).toBe(`${server.url}/api/v1/exports/policy.csv`)
    expect(csv['dcat:mediaType']['@id']).toBe(
      'https://www.iana.org/assignments/media-types/text/csv',
    )
    expect(jsonl['dcat:downloadURL']['@id']).toBe(`${server.url}/api/v1/exports/policy.jsonl`)
    for (const d of [csv, jsonl]) {
      expect(d['dct:title']).toHaveLength(2)
      const download = await fetch(d['dcat:downloadURL']['@id'])
      expect(download.status).toBe(200)
      await download.arrayBuffer()
    }
    const bad = await fetch(`${server.url}/api/v1/catalog.jsonld?locale=en`)
    expect(bad.status).toBe(400)
  })

  it('has a resource directory entry per export with its sharing, open and update metadata', async () => {
    const res = await fetch(`${server.url}/api/v1/catalog/directory.json`)
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(check('/catalog/directory.json', 200, body)).toEqual([])
    const catalog = await (await fetch(`${server.url}/api/v1/catalog.jsonld`)).json()
    // One entry per DCAT dataset, each pointing at it.
    expect(body.entries.map((e: any) => e.dcat)).toEqual(
      catalog['dcat:dataset'].map((d: any) => d['@id']),
    )
    const penalty = body.entries.find((e: any) => e.code.endsWith('-penalty'))
    expect(penalty).toMatchObject({
      name: { zh: '行政处罚决定' },
      sharing: { type: 'unconditional', typeLabel: '无条件共享' },
      open: { attribute: 'unconditional', attributeLabel: '无条件开放' },
      updateCycle: { code: 'realtime', label: '实时' },
      formats: ['CSV', 'JSON Lines'],
    })
    // The information items are the export's columns, and never a natural person's data.
    const items = penalty.items.map((i: any) => i.name)
    const header = (await (await fetch(`${server.url}/api/v1/exports/penalty.csv`)).text())
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)[0]!
      .split(',')
    expect(items).toEqual(header)
    expect(items).not.toContain('partyName')
    expect(new Set(body.entries.map((e: any) => e.code)).size).toBe(body.entries.length)
    expect((await fetch(`${server.url}/api/v1/catalog/directory.json?x=1`)).status).toBe(400)
  })

  it('the /api/v1 index links to feeds, catalogue, exports and sitemap', async () => {
    const { links } = await (await fetch(`${server.url}/api/v1`)).json()
    expect(links).toMatchObject({
      atom: '/api/v1/feeds/documents.atom',
      rss: '/api/v1/feeds/documents.rss',
      catalog: '/api/v1/catalog.jsonld',
      directory: '/api/v1/catalog/directory.json',
      sitemap: '/sitemap.xml',
    })
  })
})
