/**
 * GET /api/v1/documents over real HTTP on a real database: published documents of every type
 * only, kept in step with the workflow (an unreviewed edit, a withdrawal, an unpublishing), every
 * filter of the contract, pagination and links, 400s naming parameters, responses valid against
 * the served OpenAPI document, and no 500 for generated parameters.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { generator } from '../../support/fuzz'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let check: OpenApiValidator
let parent: any
let child: any
let other: any
let people: { author: Person; reviewer: Person; publisher: Person }
const docs: Record<string, any> = {}

async function get(path: string) {
  const res = await fetch(`${server.url}/api/v1${path}`)
  const body = await res.json()
  if (res.status === 200) expect(check('/documents', 200, body), path).toEqual([])
  else expect(check('/documents', res.status, body, 'application/problem+json'), path).toEqual([])
  return { status: res.status, body }
}
const titles = async (query: string) =>
  ((await get(`/documents?${query}`)).body.data as any[]).map((d) => d.title)

async function publishPolicy(title: string, extra: Record<string, unknown> = {}) {
  const res = await call(server, people.author, 'POST', '/api/policies', {
    ...build.policies(child.id),
    title,
    ...extra,
  })
  expect(res.status, JSON.stringify(res.body)).toBe(201)
  await publishThroughWorkflow(server, people, 'policies', res.body.doc.id)
  return res.body.doc
}

beforeAll(async () => {
  server = await startTestServer()
  check = openApiValidator(await (await fetch(`${server.url}/api/v1/openapi.json`)).json())
  parent = await makeDepartment(server.payload)
  child = await makeDepartment(server.payload, { parent: parent.id })
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
  docs.first = await publishPolicy('甲 第一份政策', {
    topics: [topic.id],
    docNumber: '临政发〔2025〕8号',
  })
  docs.second = await publishPolicy('乙 第二份政策', {
    validity: 'expired',
    expiredOn: '2025-01-01',
  })
  docs.edited = await publishPolicy('丙 已发布的标题')
  await call(server, people.author, 'PATCH', `/api/policies/${docs.edited.id}`, {
    title: '丙 尚未审核的修改',
  })
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
  docs.licence = await makeDocument(server.payload, 'licensing-decisions', other.id, {
    title: '己 许可决定',
  })
})
afterAll(async () => {
  await server?.stop()
})

describe(`GET /api/v1/documents on ${dbKind}`, () => {
  it('lists published documents of every type, newest first; never a draft, an unreviewed edit or a withdrawn one', async () => {
    const { body } = await get('/documents')
    const listed = body.data.map((d: any) => d.title)
    expect(listed).toEqual(
      expect.arrayContaining([
        '甲 第一份政策',
        '乙 第二份政策',
        '丙 已发布的标题',
        docs.licence.title,
      ]),
    )
    for (const hidden of ['丙 尚未审核的修改', '丁 已撤回', '戊 草稿'])
      expect(listed).not.toContain(hidden)
    const dates = body.data.map((d: any) => d.publishedAt)
    expect(dates).toEqual([...dates].sort().reverse())
    expect(body.meta).toMatchObject({ total: 4, page: 1, pageSize: 20, pages: 1 })
    const first = body.data.find((d: any) => d.title === '甲 第一份政策')
    expect(first).toMatchObject({
      uid: docs.first.uid,
      type: 'policy',
      docNumber: '临政发〔2025〕8号',
      department: { code: child.code },
      url: `/api/v1/documents/${docs.first.uid}`,
    })
    expect(first.indexNumber).toMatch(/\/\d{4}-\d{5}$/)
    expect(JSON.stringify(body)).not.toMatch(/"id":|sourceId|_status/)
  })

  it('follows the workflow: an approved edit replaces the listed title; unpublishing removes it', async () => {
    await act(server, people.author, 'policies', docs.edited.id, 'submit')
    await act(server, people.reviewer, 'policies', docs.edited.id, 'approve')
    await act(server, people.publisher, 'policies', docs.edited.id, 'publish')
    expect(await titles('')).toContain('丙 尚未审核的修改')
    await act(server, people.publisher, 'policies', docs.edited.id, 'unpublish', {
      reason: '错误发布',
    })
    expect(await titles('')).not.toContain('丙 尚未审核的修改')
  })

  it.each([
    ['type=policy', ['甲 第一份政策', '乙 第二份政策']],
    ['type=licensing,regulation', ['己 许可决定']],
    ['department=CHILD', ['甲 第一份政策', '乙 第二份政策']],
    ['department=PARENT', []],
    ['department=PARENT&includeChildren=true', ['甲 第一份政策', '乙 第二份政策']],
    ['department=CHILD,OTHER', ['甲 第一份政策', '乙 第二份政策', '己 许可决定']],
    ['topic=T01', ['甲 第一份政策']],
    ['validity=expired', ['乙 第二份政策']],
    ['docNumber=临政发[2025]8号', ['甲 第一份政策']],
    ['docNumber=临政发（２０２５）８号', ['甲 第一份政策']],
    ['from=2000-01-01&to=2099-12-31&type=policy', ['甲 第一份政策', '乙 第二份政策']],
    ['to=2000-01-01', []],
    ['sort=title&type=policy', ['乙 第二份政策', '甲 第一份政策']],
  ])('%s', async (query, wanted) => {
    let expected: string[] = wanted
    const q = query
      .replace('CHILD', child.code)
      .replace('PARENT', parent.code)
      .replace('OTHER', other.code)
    const got = await titles(q)
    // A decision's title is composed from the party and the decision's name.
    expected = expected.map((t) => (t === '己 许可决定' ? docs.licence.title : t))
    if (query.startsWith('sort=')) expect(got).toEqual(expect.arrayContaining(expected))
    else expect([...got].sort()).toEqual([...expected].sort())
  })

  it('finds by index number, pages with links, and a page past the end is empty with the right meta', async () => {
    const indexNumber = (await get('/documents?type=policy')).body.data[0].indexNumber
    expect(
      (await get(`/documents?indexNumber=${encodeURIComponent(indexNumber)}`)).body.meta.total,
    ).toBe(1)
    const page2 = (await get('/documents?pageSize=1&page=2')).body
    expect(page2.data).toHaveLength(1)
    expect(page2.meta).toMatchObject({ page: 2, pageSize: 1, pages: 3, total: 3 })
    expect(page2.links.prev).toContain('page=1')
    expect(page2.links.next).toContain('page=3')
    expect(page2.links.last).toContain('page=3')
    const past = (await get('/documents?pageSize=1&page=9')).body
    expect(past.data).toEqual([])
    expect(past.meta).toMatchObject({ page: 9, pages: 3, total: 3 })
    const slim = (await get('/documents?fields=uid,title')).body.data[0]
    expect(Object.keys(slim).sort()).toEqual(['title', 'uid'])
  })

  it.each([
    ['type=memo', 'type'],
    ['pageSize=0', 'pageSize'],
    ['pageSize=101', 'pageSize'],
    ['page=0', 'page'],
    ['page=abc', 'page'],
    ['from=2025-02-30', 'from'],
    ['to=9999-12-31', 'to'],
    ['indexNumber=%00', 'indexNumber'],
    ['from=2025-03-01&to=2025-01-01', 'to'],
    ['validity=maybe', 'validity'],
    ['department=nope', 'department'],
    ['docNumber=hello', 'docNumber'],
    ['fields=uid,secret', 'fields'],
    ['sort=random', 'sort'],
    ['limit=10', 'limit'],
    ['type=policy&type=regulation', 'type'],
  ])('%s is a 400 naming %s', async (query, parameter) => {
    const res = await get(`/documents?${query}`)
    expect(res.status).toBe(400)
    expect(res.body.errors.map((e: any) => e.parameter)).toContain(parameter)
  })

  it('never answers 500 to generated parameters (about 1,500 requests)', async () => {
    const { rand, pick } = generator(42)
    const names = [
      'type',
      'department',
      'includeChildren',
      'topic',
      'validity',
      'from',
      'to',
      'indexNumber',
      'docNumber',
      'sort',
      'page',
      'pageSize',
      'fields',
      'locale',
      'q',
      'where[a]',
    ] as const
    const values = [
      '',
      'policy',
      'policy,',
      ',',
      'true',
      'T01',
      'valid',
      '2025-01-01',
      '2025-13-45',
      '9999-12-31',
      '-publishedAt',
      'title',
      '1',
      '0',
      '-1',
      '100',
      '1e3',
      '99999999999',
      'uid,title',
      'zh',
      'en',
      '临政发〔2025〕8号',
      '%E4%B8%AD',
      '%00',
      "'",
      '"',
      '\\',
      '<x>',
      'a'.repeat(500),
      '__proto__',
      '[]',
      '{}',
      child.code,
    ] as const
    for (let i = 0; i < 1500; i++) {
      const params = Array.from(
        { length: 1 + Math.floor(rand() * 4) },
        () => `${pick(names)}=${pick(values)}`,
      )
      const path = `/documents?${params.join('&')}`
      const res = await fetch(`${server.url}/api/v1${path}`)
      const body = await res.json()
      expect([200, 400], path).toContain(res.status)
      if (res.status === 200) expect(JSON.stringify(body), path).not.toMatch(/草稿|尚未审核|已撤回/)
    }
  }, 120_000)
})
