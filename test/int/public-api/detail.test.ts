/**
 * Public API v1, one document: GET /documents/{uid} and /documents/by-index/{indexNumber}, over
 * real HTTP on a real database. Every response is checked against the served OpenAPI document.
 * Published version only (a pending draft never shows), 410 with the notice for a withdrawal, 404
 * after unpublishing, masking of natural persons, sanitised HTML, relations to public documents
 * only, files with uids and hashes, the text in force on a date, JSON-LD.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../../src/richtext/lexical'
import { build, makeDepartment, residentId } from '../../support/factories'
import { minimalPdf } from '../../support/files'
import { generator } from '../../support/fuzz'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let check: OpenApiValidator
let author: Person
let reviewer: Person
let publisher: Person

async function get(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}/api/v1${path}`, { headers, redirect: 'manual' })
  const text = await res.text()
  return {
    status: res.status,
    headers: res.headers,
    text,
    body: text ? JSON.parse(text) : null,
  }
}

function valid(path: string, res: { status: number; body: unknown; headers: Headers }) {
  const type = (res.headers.get('content-type') ?? '').split(';')[0]!
  expect(check(path, res.status, res.body, type)).toEqual([])
}

async function published(collection: string, overrides: Record<string, unknown> = {}) {
  const created = await call(server, author, 'POST', `/api/${collection}`, {
    ...build[collection]!(dept.id),
    ...overrides,
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const doc = created.body.doc
  await publishThroughWorkflow(server, { author, reviewer, publisher }, collection, doc.id)
  const row = (
    await server.payload.find({
      collection: 'public-documents',
      where: { key: { equals: `${collection}:${doc.id}` } },
      overrideAccess: true,
    })
  ).docs[0] as any
  return { id: doc.id, uid: doc.uid as string, indexNumber: row?.indexNumber as string }
}

async function uploadPdf(name: string): Promise<any> {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(minimalPdf('Attachment one'))], { type: 'application/pdf' }),
    name,
  )
  form.append('_payload', JSON.stringify({ title: '附件一' }))
  const res = await fetch(`${server.url}/api/attachments`, {
    method: 'POST',
    headers: { authorization: `JWT ${author.token}` },
    body: form,
  })
  const body = (await res.json()) as any
  expect(res.status, JSON.stringify(body)).toBe(201)
  return body.doc
}

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload, { websites: [{ url: 'https://www.example.gov.cn' }] })
  await server.payload.create({
    collection: 'topics',
    data: { code: 'T07', name: '市场监管' } as any,
  })
  const openapi = await get('/openapi.json')
  check = openApiValidator(openapi.body)
  author = await person(server, dept, ['author'])
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
})

afterAll(async () => {
  await server?.close()
})

describe(`GET /api/v1/documents/{uid} (${dbKind})`, () => {
  it('presents a published policy: metadata, sanitised HTML and text, files, topics, JSON-LD', async () => {
    const file = await uploadPdf('通知附件.pdf')
    const topic = (
      await server.payload.find({ collection: 'topics', where: { code: { equals: 'T07' } } })
    ).docs[0]!
    const body = {
      root: {
        ...paragraphsToLexical(['第一条 为了规范管理。<script>alert(1)</script>']).root,
        children: [
          ...(paragraphsToLexical(['第一条 为了规范管理。<script>alert(1)</script>']).root
            .children as unknown[]),
          {
            type: 'paragraph',
            version: 1,
            format: '',
            indent: 0,
            direction: 'ltr',
            children: [
              {
                type: 'link',
                version: 3,
                fields: { url: 'javascript:alert(2)', linkType: 'custom', newTab: false },
                format: '',
                indent: 0,
                direction: 'ltr',
                children: [
                  { type: 'text', text: '点此', format: 0, version: 1, mode: 'normal', detail: 0 },
                ],
              },
            ],
          },
        ],
      },
    }
    const doc = await published('policies', {
      title: '关于规范市场管理的通知',
      docNumber: '测政发〔2025〕3号',
      signedDate: '2025-03-01',
      genre: 'notice',
      keywords: ['市场', '管理'],
      topics: [topic.id],
      attachments: [file.id],
      body,
    })
    const res = await get(`/documents/${doc.uid}`)
    expect(res.status).toBe(200)
    valid('/documents/{uid}', res)
    const d = res.body.data
    expect(d).toMatchObject({
      uid: doc.uid,
      type: 'policy',
      title: '关于规范市场管理的通知',
      docNumber: '测政发〔2025〕3号',
      signedDate: '2025-03-01',
      genre: 'notice',
      keywords: ['市场', '管理'],
      topics: [{ code: 'T07', name: '市场监管' }],
      department: { code: dept.code },
      indexNumber: doc.indexNumber,
      url: `/api/v1/documents/${doc.uid}`,
      webUrl: `https://www.example.gov.cn/documents/${doc.uid}`,
    })
    // Sanitised: the script is text, the javascript: link has no href.
    expect(d.bodyHtml).not.toMatch(/<script/i)
    expect(d.bodyHtml).toContain('&lt;script&gt;')
    expect(d.bodyHtml).not.toMatch(/javascript:/i)
    expect(d.bodyText).toContain('第一条 为了规范管理。')
    expect(d.attachments).toEqual([
      {
        uid: file.uid,
        filename: file.filename,
        title: '附件一',
        mimeType: 'application/pdf',
        bytes: file.filesize,
        url: expect.stringContaining(encodeURIComponent(file.filename).slice(0, 6)),
        sha256: file.sha256,
      },
    ])
    expect(d.attachments[0].uid).toMatch(/^[0-9a-f-]{36}$/)
    // The file itself is public now, and its bytes are what the hash says.
    const bytes = Buffer.from(await (await fetch(server.url + d.attachments[0].url)).arrayBuffer())
    expect(crypto.createHash('sha256').update(bytes).digest('hex')).toBe(file.sha256)
    expect(d.jsonLd).toMatchObject({
      '@context': 'https://schema.org',
      '@type': 'Legislation',
      legislationIdentifier: '测政发〔2025〕3号',
      legislationLegalForce: 'https://schema.org/InForce',
      name: '关于规范市场管理的通知',
    })
    // No database id anywhere.
    expect(res.text).not.toContain(`"id":`)
  })

  it('shows the published version while an unreviewed change waits, and the change once published', async () => {
    const doc = await published('policies', { title: '原标题' })
    const edit = await call(server, author, 'PATCH', `/api/policies/${doc.id}?draft=true`, {
      title: '未审核的新标题',
      _status: 'draft',
    })
    expect(edit.status, JSON.stringify(edit.body)).toBe(200)
    const before = await get(`/documents/${doc.uid}`)
    expect(before.body.data.title).toBe('原标题')
    expect(before.text).not.toContain('未审核的新标题')
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    const after = await get(`/documents/${doc.uid}`)
    expect(after.body.data.title).toBe('未审核的新标题')
  })

  it('404 for a draft, 410 with the notice after withdrawal, 404 after unpublishing', async () => {
    const draft = (await call(server, author, 'POST', '/api/policies', build.policies(dept.id)))
      .body.doc
    const missing = await get(`/documents/${draft.uid}`)
    expect(missing.status).toBe(404)
    valid('/documents/{uid}', missing)

    const doc = await published('policies')
    expect(
      (await act(server, publisher, 'policies', doc.id, 'withdraw', { notice: '因上位法修改撤回' }))
        .status,
    ).toBe(200)
    const gone = await get(`/documents/${doc.uid}`)
    expect(gone.status).toBe(410)
    expect(gone.headers.get('content-type')).toMatch(/^application\/problem\+json/)
    expect(gone.body).toMatchObject({
      status: 410,
      uid: doc.uid,
      withdrawnNotice: '因上位法修改撤回',
    })
    expect(gone.body.withdrawnAt).toMatch(/Z$/)
    valid('/documents/{uid}', gone)

    const other = await published('policies')
    expect(
      (await act(server, publisher, 'policies', other.id, 'unpublish', { reason: '误发' })).status,
    ).toBe(200)
    expect((await get(`/documents/${other.uid}`)).status).toBe(404)
  })

  it('masks natural persons in decisions; the full name and ID number never leave', async () => {
    const id = residentId('19850214', '321')
    const doc = await published('penalty-decisions', {
      partyType: 'natural_person',
      partyName: '欧阳娜娜',
      idType: 'resident_id',
      idNumber: id,
      creditCode: undefined,
    })
    const res = await get(`/documents/${doc.uid}`)
    expect(res.status).toBe(200)
    valid('/documents/{uid}', res)
    expect(res.body.data).toMatchObject({
      type: 'penalty',
      partyName: '欧阳**',
      idNumber: `${id.slice(0, 6)}********${id.slice(-4)}`,
      penaltyCategories: ['fine'],
      fineAmount: 1,
    })
    expect(res.text).not.toContain('欧阳娜娜')
    expect(res.text).not.toContain(id)
    expect(res.body.data.jsonLd['@type']).toBe('Article')
    const withEn = await get(`/documents/${doc.uid}?locale=en`)
    expect(withEn.text).not.toContain(id)
  })

  it('lists relations to public documents only, both ways', async () => {
    const policy = await published('policies', { title: '被解读的政策' })
    const interpretation = await published('interpretations', {
      title: '一图读懂',
      interprets: policy.id,
    })
    // An interpretation still in draft is not listed.
    await call(server, author, 'POST', '/api/interpretations', {
      ...build.interpretations(dept.id),
      interprets: policy.id,
      title: '草稿解读',
    })
    const p = await get(`/documents/${policy.uid}`)
    expect(p.body.data.relations.interpretedBy).toEqual([
      { uid: interpretation.uid, type: 'interpretation', title: '一图读懂' },
    ])
    expect(p.text).not.toContain('草稿解读')
    const i = await get(`/documents/${interpretation.uid}`)
    valid('/documents/{uid}', i)
    expect(i.body.data.relations.interprets).toEqual([
      { uid: policy.uid, type: 'policy', title: '被解读的政策' },
    ])

    const old = await published('regulations', { title: '旧规章' })
    const repealing = await published('regulations', {
      title: '新规章',
      repeals: [{ relationTo: 'regulations', value: old.id }],
    })
    const o = await get(`/documents/${old.uid}`)
    expect(o.body.data.validity).toBe('repealed')
    expect(o.body.data.relations.repealedBy).toEqual([
      { uid: repealing.uid, type: 'regulation', title: '新规章' },
    ])
    expect(o.body.data.jsonLd.legislationLegalForce).toBe('https://schema.org/NotInForce')
  })

  it('asOf gives the text in force on a date, from the amendment history', async () => {
    const doc = await published('regulations', {
      effectiveDate: '2020-01-01',
      body: paragraphsToLexical(['原文：罚款一千元。']),
      amendments: [
        {
          kind: 'amendment',
          decisionDocNumber: '测政令〔2023〕1号',
          decisionDate: '2023-05-01',
          effectiveDate: '2023-07-01',
          text: paragraphsToLexical(['修正后：罚款两千元。']),
        },
      ],
    })
    const current = await get(`/documents/${doc.uid}`)
    expect(current.body.data.bodyText).toContain('原文') // the body field is the original text
    expect(current.body.data.amendments).toEqual([
      {
        kind: 'amendment',
        decisionDocNumber: '测政令〔2023〕1号',
        decisionDate: '2023-05-01',
        effectiveDate: '2023-07-01',
        note: null,
      },
    ])
    const before = await get(`/documents/${doc.uid}?asOf=2022-12-31`)
    expect(before.status).toBe(200)
    valid('/documents/{uid}', before)
    expect(before.body.data.bodyText).toContain('罚款一千元')
    expect(before.body.data.asOf).toEqual({
      date: '2022-12-31',
      effectiveFrom: '2020-01-01',
      effectiveUntil: '2023-07-01',
      amendment: null,
    })
    const after = await get(`/documents/${doc.uid}?asOf=2024-01-01`)
    expect(after.body.data.bodyText).toContain('罚款两千元')
    expect(after.body.data.asOf).toMatchObject({
      effectiveFrom: '2023-07-01',
      effectiveUntil: null,
      amendment: { effectiveDate: '2023-07-01', decisionDocNumber: '测政令〔2023〕1号' },
    })
    const tooEarly = await get(`/documents/${doc.uid}?asOf=2019-06-30`)
    expect(tooEarly.status).toBe(404)
    expect(tooEarly.body.detail).toContain('2020-01-01')
    valid('/documents/{uid}', tooEarly)

    const decision = await published('licensing-decisions')
    const wrongType = await get(`/documents/${decision.uid}?asOf=2024-01-01`)
    expect(wrongType.status).toBe(400)
    expect(wrongType.body.errors).toEqual([{ parameter: 'asOf', message: expect.any(String) }])
  })

  it('presents a service procedure as a service guide, with JSON-LD GovernmentService', async () => {
    const doc = await published('procedures', {
      onlineUrl: 'https://zwfw.example.gov.cn/item/1',
      legalTimeLimit: 20,
      promisedTimeLimit: 5,
      steps: [{ name: '受理', actor: '窗口', timeLimit: '1个工作日' }],
      faq: [{ question: '需要本人到场吗？', answer: '不需要。' }],
    })
    const res = await get(`/documents/${doc.uid}?locale=en`)
    expect(res.status).toBe(200)
    valid('/documents/{uid}', res)
    expect(res.body.data).toMatchObject({
      type: 'procedure',
      legalTimeLimit: 20,
      promisedTimeLimit: 5,
      steps: [{ name: '受理', actor: '窗口', timeLimit: '1个工作日', criteria: null }],
      faq: [{ question: '需要本人到场吗？', answer: '不需要。' }],
    })
    expect(res.body.data.jsonLd).toMatchObject({
      '@type': 'GovernmentService',
      availableChannel: { serviceUrl: 'https://zwfw.example.gov.cn/item/1' },
      inLanguage: 'en',
    })
  })

  it('answers conditional requests and HEAD', async () => {
    const doc = await published('policies')
    const first = await get(`/documents/${doc.uid}`)
    const etag = first.headers.get('etag')!
    expect(etag).toMatch(/^"[^"]+"$/)
    expect(first.headers.get('last-modified')).toBeTruthy()
    expect(first.headers.get('cache-control')).toBe(
      'public, max-age=60, stale-while-revalidate=300',
    )
    expect((await get(`/documents/${doc.uid}`, { 'if-none-match': etag })).status).toBe(304)
    const head = await fetch(`${server.url}/api/v1/documents/${doc.uid}`, { method: 'HEAD' })
    expect(head.status).toBe(200)
    expect(head.headers.get('etag')).toBe(etag)
  })

  it('400 names the parameter: bad uid, unknown parameter, bad date', async () => {
    const doc = await published('policies')
    const cases: Array<[string, string]> = [
      ['/documents/not-a-uuid', 'uid'],
      [`/documents/${doc.uid}?foo=1`, 'foo'],
      [`/documents/${doc.uid}?asOf=2024-02-30`, 'asOf'],
      [`/documents/${doc.uid}?locale=fr`, 'locale'],
    ]
    for (const [path, parameter] of cases) {
      const res = await get(path)
      expect(res.status, path).toBe(400)
      expect(res.body.errors.map((e: any) => e.parameter)).toContain(parameter)
      valid('/documents/{uid}', res)
    }
    expect((await get('/documents/00000000-0000-4000-8000-000000000000')).status).toBe(404)
  })

  it('never answers 500 to generated parameters (about 1,000 requests)', async () => {
    const doc = await published('regulations')
    const { rand, pick } = generator(7)
    const names = ['asOf', 'locale', 'fields', 'page', '__proto__', 'asOf[x]'] as const
    const values = [
      '',
      '2024-01-01',
      '2024-02-30',
      '0000-01-01',
      '9999-12-31',
      '1899-12-31',
      'zh',
      'en',
      '%00',
      '%E4%B8%AD',
      "'",
      '<x>',
      'a'.repeat(300),
      '1e3',
      '[]',
    ] as const
    const statuses = new Map<number, number>()
    for (let i = 0; i < 800; i++) {
      const params = Array.from(
        { length: 1 + Math.floor(rand() * 3) },
        () => `${pick(names)}=${pick(values)}`,
      )
      const path = `/documents/${doc.uid}?${params.join('&')}`
      const res = await fetch(`${server.url}/api/v1${path}`)
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1)
      expect([200, 400, 404], path).toContain(res.status)
      await res.arrayBuffer()
    }
    for (let i = 0; i < 200; i++) {
      const index = `${pick(values)}/${pick(values)}`
      const res = await fetch(`${server.url}/api/v1/documents/by-index/${index}`, {
        redirect: 'manual',
      })
      expect([400, 404], index).toContain(res.status)
      await res.arrayBuffer()
    }
    expect(statuses.get(200)).toBeGreaterThan(0)
    expect(statuses.get(400)).toBeGreaterThan(0)
  })
})

describe(`GET /api/v1/documents/by-index/{indexNumber} (${dbKind})`, () => {
  it('redirects (308) to the uid URL, with the slash raw or encoded', async () => {
    const doc = await published('policies')
    expect(doc.indexNumber).toMatch(/\//)
    for (const path of [doc.indexNumber, encodeURIComponent(doc.indexNumber)]) {
      const res = await get(`/documents/by-index/${path}?locale=en`)
      expect(res.status, path).toBe(308)
      expect(res.headers.get('location')).toBe(`/api/v1/documents/${doc.uid}?locale=en`)
    }
    const unknown = await get('/documents/by-index/000000000%2F2000-99999')
    expect(unknown.status).toBe(404)
    valid('/documents/by-index/{indexNumber}', unknown)
  })
})
