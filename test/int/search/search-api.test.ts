/**
 * GET /api/v1/search over real HTTP on a real database, with content written through the
 * workflow: only what is published is found (never a draft, an unreviewed edit, a withdrawn or
 * unpublished document, nor a masked person's real name); relevance order; filters; facet counts
 * that agree with the filtered totals; escaped highlights; 400s naming the parameter; responses
 * valid against the served OpenAPI document; freshness after a publication; the rebuild.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reindexSearch } from '../../../src/search/reindex'
import { paragraphsToLexical } from '../../../src/richtext/lexical'
import { build, makeDepartment, makeDocument, residentId } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { recordMeasurement } from '../../support/measure'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let check: OpenApiValidator
let dept: any
let other: any
let people: { author: Person; reviewer: Person; publisher: Person }
const docs: Record<string, any> = {}

async function search(query: string) {
  const res = await fetch(`${server.url}/api/v1/search?${query}`)
  const body = await res.json()
  const type = res.status === 200 ? 'application/json' : 'application/problem+json'
  expect(check('/search', res.status, body, type), query).toEqual([])
  return { status: res.status, body }
}
const titlesFor = async (query: string) =>
  ((await search(query)).body.data as any[]).map((d) => d.title)
const q = (text: string) => `q=${encodeURIComponent(text)}`

async function publish(
  collection: string,
  overrides: Record<string, unknown>,
  department = dept,
): Promise<any> {
  const res = await call(server, people.author, 'POST', `/api/${collection}`, {
    ...build[collection]!(department.id),
    ...overrides,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  await publishThroughWorkflow(server, people, collection, res.body.doc.id)
  return res.body.doc
}
const body = (...paragraphs: string[]) => paragraphsToLexical(paragraphs)

beforeAll(async () => {
  server = await startTestServer()
  check = openApiValidator(await (await fetch(`${server.url}/api/v1/openapi.json`)).json())
  dept = await makeDepartment(server.payload, { name: '检索测试局' })
  other = await makeDepartment(server.payload, { name: '另一个局' })
  await server.payload.create({
    collection: 'topics',
    data: { code: 'S01', name: '检索主题' } as any,
  })
  people = {
    author: await person(server, dept, ['author']),
    reviewer: await person(server, dept, ['reviewer']),
    publisher: await person(server, dept, ['publisher']),
  }
  // Relevance: the body match is newer than the title match, the scattered one newer than the phrase.
  docs.titleMatch = await publish('policies', { title: '鹦鹉螺养护办法', body: body('总则。') })
  docs.bodyMatch = await publish('policies', {
    title: '海洋生物名录',
    body: body('名录收录鹦鹉螺等物种。'),
  })
  docs.phrase = await publish('policies', {
    title: '近海管理规定',
    body: body('加强海洋保护工作。'),
  })
  docs.scattered = await publish('policies', {
    title: '远洋管理规定',
    body: body('海洋渔业资源丰富，要做好保护。'),
  })
  docs.older = await publish('regulations', { title: '珊瑚礁条例甲', body: body('内容。') })
  docs.newer = await publish('regulations', { title: '珊瑚礁条例乙', body: body('内容。') })
  docs.numbered = await publish('policies', {
    title: '关于优化营商环境的通知',
    docNumber: '检政发〔2024〕17号',
    body: body('为进一步优化营商环境，制定本通知。'),
  })
  docs.escaped = await publish('policies', {
    title: '标题含<b>标记</b>的文件',
    body: body('正文提到<script>alert(1)</script>不应执行。'),
  })
  docs.edited = await publish('policies', { title: '琥珀原标题', body: body('琥珀。') })
  await call(server, people.author, 'PATCH', `/api/policies/${docs.edited.id}`, {
    title: '琥珀尚未审核的修改',
    body: body('未审核的蜃景文字。'),
  })
  docs.withdrawn = await publish('policies', { title: '翡翠撤回文件', body: body('翡翠。') })
  await act(server, people.publisher, 'policies', docs.withdrawn.id, 'withdraw', {
    notice: '政策调整',
  })
  docs.draft = (
    await call(server, people.author, 'POST', '/api/policies', {
      ...build.policies(dept.id),
      title: '玛瑙草稿',
    })
  ).body.doc
  docs.person = await makeDocument(server.payload, 'penalty-decisions', other.id, {
    partyName: '欧阳锋',
    partyType: 'natural_person',
    idType: 'resident_id',
    idNumber: residentId(),
    violationFacts: '当事人销售过期食品。',
  })
  docs.licence = await makeDocument(server.payload, 'licensing-decisions', other.id, {
    content: '预包装食品销售（含冷藏冷冻食品）',
  })
}, 300_000)
afterAll(async () => {
  await server?.stop()
})

describe(`GET /api/v1/search on ${dbKind}`, () => {
  it('finds two-character words and document numbers in any bracket style', async () => {
    expect(await titlesFor(q('营商'))).toEqual(['关于优化营商环境的通知'])
    for (const number of ['检政发[2024]17号', '检政发（２０２４）１７号', '检政发〔2024〕17号'])
      expect(await titlesFor(q(number)), number).toEqual(['关于优化营商环境的通知'])
    expect(await titlesFor(q('检政发[2024]1号'))).toEqual([])
    // 冷藏 is inside （含冷藏冷冻食品）: Chinese needs no spaces.
    const licence = await search(q('冷藏'))
    expect(licence.body.data.map((d: any) => d.uid)).toEqual([docs.licence.uid])
  })

  it('ranks a title match above a body match, the phrase above scattered words, then newer first', async () => {
    expect(await titlesFor(q('鹦鹉螺'))).toEqual(['鹦鹉螺养护办法', '海洋生物名录'])
    expect(await titlesFor(q('海洋 保护'))).toEqual(['近海管理规定', '远洋管理规定'])
    expect(await titlesFor(q('珊瑚礁'))).toEqual(['珊瑚礁条例乙', '珊瑚礁条例甲'])
    const scores = (await search(q('鹦鹉螺'))).body.data.map((d: any) => d.score)
    expect(scores[0]).toBeGreaterThan(scores[1])
    expect(await titlesFor(`${q('珊瑚礁')}&sort=publishedAt`)).toEqual([
      '珊瑚礁条例甲',
      '珊瑚礁条例乙',
    ])
  })

  it('ANDs words, keeps quoted phrases together and excludes -words', async () => {
    // Both titles hold 管理 and neither body the phrase 海洋管理: the newer comes first.
    expect(await titlesFor(q('海洋 管理'))).toEqual(['远洋管理规定', '近海管理规定'])
    expect(await titlesFor(q('"海洋保护"'))).toEqual(['近海管理规定'])
    expect(await titlesFor(q('海洋 -渔业'))).toEqual(['海洋生物名录', '近海管理规定'])
  })

  it('never finds a draft, an unreviewed edit, a withdrawn document or a masked real name', async () => {
    expect(await titlesFor(q('琥珀'))).toEqual(['琥珀原标题'])
    expect(await titlesFor(q('蜃景'))).toEqual([])
    expect(await titlesFor(q('翡翠'))).toEqual([])
    expect(await titlesFor(q('玛瑙'))).toEqual([])
    expect(await titlesFor(q('欧阳锋'))).toEqual([])
    expect((await search(q('过期食品'))).body.data.map((d: any) => d.uid)).toEqual([
      docs.person.uid,
    ])
  })

  it('follows the workflow: an approved edit becomes searchable, unpublishing removes it', async () => {
    await publishThroughWorkflow(server, people, 'policies', docs.edited.id)
    expect(await titlesFor(q('蜃景'))).toEqual(['琥珀尚未审核的修改'])
    expect(await titlesFor(q('琥珀原标题'))).toEqual([])
    const res = await act(server, people.publisher, 'policies', docs.edited.id, 'unpublish', {
      reason: '错误发布',
    })
    expect(res.status, JSON.stringify(res.body)).toBe(200)
    expect(await titlesFor(q('蜃景'))).toEqual([])
  })

  it('highlights matches in <mark> and escapes everything else', async () => {
    const hit = (await search(q('标记'))).body.data[0]
    expect(hit.highlights.title).toBe('标题含&lt;b&gt;<mark>标记</mark>&lt;/b&gt;的文件')
    const script = (await search(q('不应执行'))).body.data[0]
    expect(script.highlights.snippet).toContain('&lt;script&gt;')
    expect(script.highlights.snippet).toContain('<mark>不应执行</mark>')
    expect(script.highlights.snippet).not.toContain('<script>')
  })

  it('filters, and each facet counts the query with every filter but its own', async () => {
    const all = (await search(q('管理'))).body
    expect(all.meta.total).toBeGreaterThan(1)
    for (const facet of ['type', 'department', 'year', 'validity'] as const) {
      for (const bucket of all.facets[facet]) {
        const filtered = (await search(`${q('管理')}&${facet}=${bucket.value}`)).body
        expect(filtered.meta.total, `${facet}=${bucket.value}`).toBe(bucket.count)
        // Its own facet still shows the other values (counted without this filter).
        expect(filtered.facets[facet]).toEqual(all.facets[facet])
      }
    }
    const policies = (await search(`${q('内容')}&type=regulation`)).body
    expect(policies.data.every((d: any) => d.type === 'regulation')).toBe(true)
    expect(policies.facets.type.find((b: any) => b.value === 'regulation').count).toBe(2)
    const departments = (await search(`${q('食品')}&department=${other.code}`)).body
    expect(departments.meta.total).toBe(2)
    expect(departments.facets.department).toEqual([
      { value: other.code, name: '另一个局', count: 2 },
    ])
    const year = new Date().getUTCFullYear()
    expect((await search(`${q('珊瑚礁')}&year=${year}`)).body.meta.total).toBe(2)
    expect((await search(`${q('珊瑚礁')}&year=${year - 1}`)).body.meta.total).toBe(0)
  })

  it('pages with links', async () => {
    const page1 = (await search(`${q('管理')}&pageSize=1`)).body
    expect(page1.data).toHaveLength(1)
    expect(page1.links.next).toContain('page=2')
    const last = (await search(`${q('管理')}&pageSize=1&page=${page1.meta.pages}`)).body
    expect(last.data).toHaveLength(1)
    expect(last.links.next).toBeNull()
    const past = (await search(`${q('管理')}&pageSize=1&page=${page1.meta.pages + 5}`)).body
    expect(past.data).toEqual([])
    expect(past.meta.total).toBe(page1.meta.total)
  })

  it.each([
    ['', 'q'],
    ['q=', 'q'],
    [`q=${'长'.repeat(201)}`, 'q'],
    ['q=%E3%80%82%EF%BC%81', 'q'],
    ['q=-%E8%AE%B8%E5%8F%AF', 'q'],
    [`${q('许可')}&year=24`, 'year'],
    [`${q('许可')}&sort=title`, 'sort'],
    [`${q('许可')}&type=memo`, 'type'],
    [`${q('许可')}&from=2025-02-30`, 'from'],
    [`${q('许可')}&from=2025-02-02&to=2025-02-01`, 'to'],
    [`${q('许可')}&pageSize=101`, 'pageSize'],
    [`${q('许可')}&colour=red`, 'colour'],
  ])('400 naming the parameter: %s', async (query, parameter) => {
    const { status, body } = await search(query)
    expect(status).toBe(400)
    expect(body.errors.map((e: any) => e.parameter)).toContain(parameter)
  })

  it('finds a new publication within a second (measured)', async () => {
    const started = Date.now()
    await publish('policies', { title: '新发布的琉璃瓦管理办法' })
    const published = Date.now()
    let found = 0
    while (Date.now() - published < 5_000) {
      if ((await titlesFor(q('琉璃瓦'))).length) {
        found = Date.now()
        break
      }
      await new Promise((r) => setTimeout(r, 20))
    }
    expect(found).toBeGreaterThan(0)
    recordMeasurement(
      `search freshness (${dbKind}): found ${found - published} ms after the publish request returned (workflow took ${published - started} ms)`,
    )
    expect(found - published).toBeLessThan(1_000)
  })

  it('the rebuild gives the same answers', async () => {
    const queries = ['管理', '鹦鹉螺', '检政发[2024]17号', '食品', '海洋 -渔业']
    const before = await Promise.all(queries.map((t) => titlesFor(q(t))))
    const { indexed } = await reindexSearch(server.payload, { batchSize: 3 })
    const published = await server.payload.count({
      collection: 'public-documents',
      where: { state: { equals: 'published' } },
      overrideAccess: true,
    })
    expect(indexed).toBe(published.totalDocs)
    const after = await Promise.all(queries.map((t) => titlesFor(q(t))))
    expect(after).toEqual(before)
  })
})
