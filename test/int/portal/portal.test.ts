/**
 * The public portal over real HTTP on a real database: every page type renders with its content;
 * it shows exactly what the public API shows (never a draft, an unreviewed edit or a withdrawn
 * document); 410 with the notice, 404, 400 naming the parameter; Chinese by default and English
 * with the locale kept on every link; natural persons masked; everything escaped; caching headers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { paragraphsToLexical } from '../../../src/richtext/lexical'
import { build, makeDepartment, makeDocument, residentId } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let other: any
let topic: any
let people: { author: Person; reviewer: Person; publisher: Person }
const docs: Record<string, any> = {}
const personId = residentId('19850214', '321')

async function page(path: string, headers: Record<string, string> = {}) {
  const res = await fetch(`${server.url}${path}`, { headers, redirect: 'manual' })
  return { status: res.status, headers: res.headers, html: await res.text() }
}

/** Every href of a page (attribute values as written, entities decoded). */
const links = (html: string) =>
  [...html.matchAll(/href="([^"]*)"/g)].map((m) => m[1]!.replace(/&amp;/g, '&'))

async function viaWorkflow(collection: string, data: Record<string, unknown>) {
  const res = await call(server, people.author, 'POST', `/api/${collection}`, {
    ...build[collection]!(dept.id),
    ...data,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  await publishThroughWorkflow(server, people, collection, res.body.doc.id)
  return res.body.doc
}

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload, {
    name: '临江市测试局',
    contact: { phone: '0571-12345678', email: 'office@test.gov.cn' },
    websites: [{ url: 'https://test.linjiang.gov.cn' }],
  })
  other = await makeDepartment(server.payload, { name: '临江市另一局' })
  topic = await server.payload.create({
    collection: 'topics',
    data: { code: 'T01', name: '综合政务' } as any,
  })
  people = {
    author: await person(server, dept, ['author']),
    reviewer: await person(server, dept, ['reviewer']),
    publisher: await person(server, dept, ['publisher']),
  }
  docs.policy = await viaWorkflow('policies', {
    title: '关于推进政务公开的通知',
    docNumber: '临政发〔2025〕8号',
    signedDate: '2025-03-01',
    topics: [topic.id],
    genre: 'notice',
    body: paragraphsToLexical(['第一条 为了推进政务公开。']),
  })
  docs.interpretation = await makeDocument(server.payload, 'interpretations', dept.id, {
    title: '一图读懂政务公开通知',
    interprets: docs.policy.id,
  })
  docs.old = await makeDocument(server.payload, 'regulations', dept.id, { title: '旧的管理办法' })
  docs.repealing = await makeDocument(server.payload, 'regulations', dept.id, {
    title: '新的管理办法',
    repeals: [{ relationTo: 'regulations', value: docs.old.id }],
  })
  docs.procedure = await makeDocument(server.payload, 'procedures', dept.id, {
    title: '食品经营许可办事指南',
    legalTimeLimit: 20,
    promisedTimeLimit: 5,
    onlineUrl: 'https://zwfw.example.gov.cn/item/1',
    location: '市民中心二楼',
    materials: [
      { name: '营业执照复印件', source: 'applicant', form: 'paper', copies: 1, required: true },
    ],
    steps: [{ name: '受理', actor: '窗口', timeLimit: '1个工作日' }],
    fee: { charged: false },
    legalBasis: [{ law: '《中华人民共和国食品安全法》', article: '第三十五条' }],
    faq: [{ question: '需要本人到场吗？', answer: '不需要。' }],
  })
  docs.penalty = await makeDocument(server.payload, 'penalty-decisions', dept.id, {
    partyType: 'natural_person',
    partyName: '欧阳娜娜',
    idType: 'resident_id',
    idNumber: personId,
  })
  docs.licence = await makeDocument(server.payload, 'licensing-decisions', other.id)
  docs.script = await makeDocument(server.payload, 'policies', dept.id, {
    title: '<script>alert("x")</script>标题',
  })
  docs.withdrawn = await viaWorkflow('policies', { title: '已撤回的政策' })
  expect(
    (
      await act(server, people.publisher, 'policies', docs.withdrawn.id, 'withdraw', {
        notice: '因政策调整撤回',
      })
    ).status,
  ).toBe(200)
  docs.edited = await viaWorkflow('policies', { title: '已发布的标题' })
  await call(server, people.author, 'PATCH', `/api/policies/${docs.edited.id}`, {
    title: '尚未审核的修改标题',
  })
  docs.draft = (
    await call(server, people.author, 'POST', '/api/policies', {
      ...build.policies(dept.id),
      title: '草稿政策标题',
    })
  ).body.doc
})
afterAll(async () => {
  await server?.stop()
})

describe(`the public portal on ${dbKind}`, () => {
  it('home: the search box, the latest of each type, the departments; HTML with caching headers', async () => {
    const res = await page('/')
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('public, max-age=60, stale-while-revalidate=300')
    expect(res.headers.get('etag')).toMatch(/^"/)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/)
    expect(res.html).toContain('<label for="q">')
    expect(res.html).toContain('关于推进政务公开的通知')
    expect(res.html).toContain('食品经营许可办事指南')
    for (const label of ['政策文件', '法规规章', '政策解读', '办事指南', '行政许可', '行政处罚'])
      expect(res.html).toContain(label)
    expect(res.html).toContain(`/departments/${dept.code}`)
    expect(res.html).not.toMatch(/<script/i)
    // The stylesheet it links is served, cached for long.
    const css = /href="(\/portal-assets\/portal\.[0-9a-f]+\.css)"/.exec(res.html)![1]!
    const sheet = await page(css)
    expect(sheet.status).toBe(200)
    expect(sheet.headers.get('cache-control')).toContain('immutable')
    expect(sheet.html).toContain('@media print')
    expect((await page('/portal-assets/portal.0000.css')).status).toBe(404)
    const again = await page('/', { 'if-none-match': res.headers.get('etag')! })
    expect(again.status).toBe(304)
  })

  it('search: results with the count, highlights, filters as links; empty results; browse without q', async () => {
    const res = await page(`/search?q=${encodeURIComponent('政务公开')}`)
    expect(res.status).toBe(200)
    // The title as the search highlights it, and the facets of the results.
    expect(res.html).toContain('关于推进<mark>政务公开</mark>的通知')
    expect(res.html).toMatch(/<mark>政务公开<\/mark>/)
    expect(res.html).toMatch(/共 \d+ 条结果/)
    expect(res.html).toContain(
      '<form class="search-form" role="search" action="/search" method="get">',
    )
    expect(res.html).toContain('value="政务公开"')
    // Type tabs are links carrying the query.
    expect(links(res.html)).toContain(`/search?q=${encodeURIComponent('政务公开')}&type=policy`)

    const none = await page(`/search?q=${encodeURIComponent('不存在的词语组合')}`)
    expect(none.status).toBe(200)
    expect(none.html).toContain('共 0 条结果')
    expect(none.html).toContain('没有找到符合条件的信息')

    const penalties = await page('/search?type=penalty')
    expect(penalties.status).toBe(200)
    expect(penalties.html).toContain(docs.penalty.title)
    expect(penalties.html).not.toContain('食品经营许可办事指南')

    const byDepartment = await page(`/search?department=${other.code}`)
    expect(byDepartment.html).toContain(docs.licence.title)
    expect(byDepartment.html).not.toContain('关于推进政务公开的通知')
  })

  it('pagination marks the current page with aria-current and keeps the filters', async () => {
    const res = await page('/search?pageSize=2&page=2&type=policy,regulation')
    expect(res.status).toBe(200)
    expect(res.html).toMatch(/<a href="[^"]*page=2[^"]*" aria-current="page"/)
    expect(links(res.html)).toContain('/search?type=policy,regulation&pageSize=2')
  })

  it('a policy: the standard metadata table, body, interpretations, topic', async () => {
    const res = await page(`/documents/${docs.policy.uid}`)
    expect(res.status).toBe(200)
    for (const heading of [
      '索引号',
      '发文机关',
      '发文字号',
      '成文日期',
      '发布日期',
      '主题分类',
      '有效性',
    ])
      expect(res.html).toContain(`<th scope="row">${heading}</th>`)
    expect(res.html).toContain('<td>临政发〔2025〕8号</td>')
    expect(res.html).toContain('2025-03-01')
    expect(res.html).toContain('综合政务')
    expect(res.html).toContain('第一条 为了推进政务公开。')
    expect(res.html).toContain('相关解读')
    expect(links(res.html)).toContain(`/documents/${docs.interpretation.uid}`)
    const api = await (await fetch(`${server.url}/api/v1/documents/${docs.policy.uid}`)).json()
    expect(res.html).toContain(api.data.indexNumber)
  })

  it('a repealed regulation shows the banner linking to the repealing one', async () => {
    const res = await page(`/documents/${docs.old.uid}`)
    expect(res.status).toBe(200)
    expect(res.html).toContain('class="banner"')
    expect(res.html).toMatch(/本文件已(于 [\d-]+ )?废止/)
    expect(links(res.html)).toContain(`/documents/${docs.repealing.uid}`)
    expect(res.html).toContain('<td>废止</td>')
  })

  it('a procedure is a service guide', async () => {
    const res = await page(`/documents/${docs.procedure.uid}`)
    expect(res.status).toBe(200)
    for (const heading of [
      '申请材料',
      '办理流程',
      '办理时限',
      '收费',
      '办理地点和方式',
      '设定依据',
      '常见问题',
    ])
      expect(res.html).toContain(`>${heading}</h2>`)
    expect(res.html).toContain('<th scope="row">营业执照复印件</th>')
    expect(res.html).toContain('20 个工作日')
    expect(res.html).toContain('href="https://zwfw.example.gov.cn/item/1"')
    expect(res.html).toContain('需要本人到场吗？')
  })

  it('a penalty against a natural person shows the masked name and ID only', async () => {
    for (const path of [
      `/documents/${docs.penalty.uid}`,
      `/documents/${docs.penalty.uid}?locale=en`,
      '/search?type=penalty',
      `/search?q=${encodeURIComponent('欧阳')}`,
      '/',
    ]) {
      const res = await page(path)
      expect(res.status, path).toBe(200)
      expect(res.html, path).not.toContain('欧阳娜娜')
      expect(res.html, path).not.toContain(personId)
    }
    const res = await page(`/documents/${docs.penalty.uid}`)
    expect(res.html).toContain('欧阳**')
    expect(res.html).toContain(`${personId.slice(0, 6)}********${personId.slice(-4)}`)
    expect(res.html).toContain('<th scope="row">处罚决定书文号</th>')
  })

  it('escapes every title: a <script> title is text', async () => {
    for (const path of [`/documents/${docs.script.uid}`, '/search?type=policy', '/']) {
      const res = await page(path)
      expect(res.html, path).not.toContain('<script>alert')
      expect(res.html, path).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;标题')
    }
  })

  it('never shows a draft, an unreviewed edit or a withdrawn document: the same as the API', async () => {
    const api = JSON.stringify(
      await (await fetch(`${server.url}/api/v1/documents?pageSize=100`)).json(),
    )
    const pages = [
      '/',
      '/search',
      '/search?type=policy',
      `/search?q=${encodeURIComponent('草稿政策')}`,
      `/search?q=${encodeURIComponent('尚未审核')}`,
      `/search?q=${encodeURIComponent('已撤回')}`,
      `/departments/${dept.code}`,
      `/documents/${docs.edited.uid}`,
    ]
    for (const hidden of ['草稿政策标题', '尚未审核的修改标题', '已撤回的政策']) {
      expect(api).not.toContain(hidden)
      for (const path of pages)
        expect((await page(path)).html, `${hidden} on ${path}`).not.toContain(hidden)
    }
    expect((await page(`/documents/${docs.edited.uid}`)).html).toContain('已发布的标题')
    expect((await page(`/documents/${docs.draft.uid}`)).status).toBe(404)
  })

  it('410 with the notice for a withdrawn document; 404 for an unknown one', async () => {
    const gone = await page(`/documents/${docs.withdrawn.uid}`)
    expect(gone.status).toBe(410)
    expect(gone.html).toContain('该信息已撤回')
    expect(gone.html).toContain('因政策调整撤回')
    expect(gone.html).toContain('已撤回的政策')
    const unknown = await page('/documents/00000000-0000-4000-8000-000000000000')
    expect(unknown.status).toBe(404)
    expect(unknown.html).toContain('未找到页面')
    expect((await page('/documents/not-a-uid')).status).toBe(404)
    expect((await page('/departments/NOPE')).status).toBe(404)
    expect((await page('/departments/000000000')).status).toBe(404)
  })

  it('400 names the wrong parameter', async () => {
    for (const [query, parameter] of [
      ['pageSize=500', 'pageSize'],
      ['type=memo', 'type'],
      ['from=2025-13-01', 'from'],
      ['from=2025-02-01&to=2025-01-01', 'to'],
      ['year=25', 'year'],
      ['sort=title', 'sort'],
      ['colour=red', 'colour'],
      ['locale=fr', 'locale'],
      // Only punctuation, or only an exclusion: nothing to search for.
      [`q=${encodeURIComponent('。！')}`, 'q'],
      [`q=${encodeURIComponent('-政务')}`, 'q'],
    ] as const) {
      const res = await page(`/search?${query}`)
      expect(res.status, query).toBe(400)
      expect(res.html, query).toContain(`<code>${parameter}</code>`)
    }
    const bad = await page(`/documents/${docs.policy.uid}?asOf=2025-01-01`)
    expect(bad.status).toBe(400)
    expect(bad.html).toContain('<code>asOf</code>')
    const en = await page('/search?pageSize=0&locale=en')
    expect(en.status).toBe(400)
    expect(en.html).toContain('<html lang="en">')
  })

  it('speaks English with ?locale=en and keeps the locale on every link', async () => {
    for (const path of [
      '/?locale=en',
      `/search?q=${encodeURIComponent('政务公开')}&locale=en`,
      `/documents/${docs.policy.uid}?locale=en`,
      `/departments/${dept.code}?locale=en`,
    ]) {
      const res = await page(path)
      expect(res.status, path).toBe(200)
      expect(res.html, path).toContain('<html lang="en">')
      const internal = links(res.html).filter(
        (l) => l.startsWith('/') && !l.startsWith('/portal-assets/') && !l.startsWith('/api/'),
      )
      const switchLink = new Set(internal.filter((l) => !l.includes('locale=en')))
      // Only the language switch (and its rel=alternate) leads back to Chinese.
      expect([...switchLink], path).toHaveLength(1)
      expect(res.html).toContain('>中文</a>')
    }
    const doc = await page(`/documents/${docs.policy.uid}?locale=en`)
    expect(doc.html).toContain('<th scope="row">Index number</th>')
    const zh = await page(`/documents/${docs.policy.uid}`)
    expect(links(zh.html)).toContain(`/documents/${docs.policy.uid}?locale=en`)
  })

  it('a department: its details, counts by type and latest documents, links to a filtered search', async () => {
    const res = await page(`/departments/${dept.code}`)
    expect(res.status).toBe(200)
    expect(res.html).toContain('<h1>临江市测试局</h1>')
    expect(res.html).toContain('0571-12345678')
    expect(res.html).toContain('关于推进政务公开的通知')
    expect(links(res.html)).toContain(`/search?department=${dept.code}&type=policy`)
    const api = await (await fetch(`${server.url}/api/v1/departments/${dept.code}`)).json()
    expect(res.html).toContain(
      `/search?department=${dept.code}&amp;type=policy">${api.data.counts.policy}</a>`,
    )
  })

  it('leaves /admin, /api and /sitemap.xml to their owners', async () => {
    expect((await page('/api/v1')).headers.get('content-type')).toContain('application/json')
    expect((await page('/sitemap.xml')).headers.get('content-type')).toContain('xml')
    expect((await page('/api/policies')).headers.get('content-type')).toContain('application/json')
  })
})
