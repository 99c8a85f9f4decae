/**
 * Shared behaviour of every document type, on a real database, through the Local API and the real
 * HTTP server: uid, 索引号 (also under parallel publication), 发文字号 normalisation and duplicates,
 * change notes and the public update time.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { parseIndexNumber } from '../../../src/domain/index-number'
import { build, makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, type Person, person } from '../../support/people'

let server: TestServer
let token: string
let dept: any
let otherDept: any
let reviewer: Person
let publisher: Person

async function api(
  method: string,
  path: string,
  body?: unknown,
  auth = true,
  headers: Record<string, string> = {},
) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(auth ? { authorization: `JWT ${token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  dept = await makeDepartment(payload, { code: '000014349' })
  otherDept = await makeDepartment(payload)
  await payload.create({
    collection: 'users',
    data: {
      email: 'editor@example.gov',
      password: 'a long enough password',
      memberships: [{ department: dept.id, roles: ['author'] }],
    } as any,
  })
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
  const login = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'editor@example.gov', password: 'a long enough password' }),
  })
  token = (await login.json()).token
})

afterAll(async () => {
  await server?.stop()
})

describe(`uid on ${dbKind}`, () => {
  it('is a UUID set at creation; a client cannot choose or change it', async () => {
    const created = await api('POST', '/api/policies', {
      ...build.policies(dept.id),
      uid: '11111111-1111-4111-8111-111111111111',
    })
    expect(created.status).toBe(201)
    const uid = created.body.doc.uid
    // Version 7: time-ordered (the uid indexes grow at their end), 74 random bits.
    expect(uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(uid).not.toBe('11111111-1111-4111-8111-111111111111')
    const before = Date.now()
    const next = await api('POST', '/api/policies', build.policies(dept.id))
    const millis = parseInt(next.body.doc.uid.replace(/-/g, '').slice(0, 12), 16)
    expect(Math.abs(millis - before)).toBeLessThan(60_000)
    expect(next.body.doc.uid > uid).toBe(true)
    const patched = await api('PATCH', `/api/policies/${created.body.doc.id}`, {
      uid: '22222222-2222-4222-8222-222222222222',
    })
    expect(patched.status).toBe(200)
    expect(patched.body.doc.uid).toBe(uid)
  })

  it('is unique in the database', async () => {
    const a = await makeDocument(server.payload, 'procedures', dept.id)
    const b = await makeDocument(server.payload, 'procedures', dept.id)
    expect(a.uid).not.toBe(b.uid)
    const { totalDocs } = await server.payload.count({
      collection: 'procedures',
      where: { uid: { equals: a.uid } },
    })
    expect(totalDocs).toBe(1)
  })
})

describe(`索引号 on ${dbKind}`, () => {
  it('is assigned at first publication as <code>/<year>-<5 digits>, and never changes', async () => {
    const { payload } = server
    const draft = await makeDocument(payload, 'policies', dept.id, {}, { draft: true })
    expect(draft.indexNumber ?? null).toBeNull()
    const published = await payload.update({
      collection: 'policies',
      id: draft.id,
      data: { _status: 'published' } as any,
    })
    const year = new Date(published.publishedAt!).getUTCFullYear()
    expect(published.indexNumber).toMatch(new RegExp(`^000014349/${year}-\\d{5}$`))
    const again = await payload.update({
      collection: 'policies',
      id: draft.id,
      data: { title: '改了标题', indexNumber: '000014349/1999-00001', _status: 'published' } as any,
    })
    expect(again.indexNumber).toBe(published.indexNumber)
  })

  it('draws no duplicate when many documents are published at once', async () => {
    const { payload } = server
    const parallelDept = await makeDepartment(payload)
    const drafts = await Promise.all(
      Array.from({ length: 24 }, (_, i) =>
        makeDocument(
          payload,
          i % 2 ? 'policies' : 'regulations',
          parallelDept.id,
          {},
          { draft: true },
        ),
      ),
    )
    const published = await Promise.all(
      drafts.map((d, i) =>
        payload.update({
          collection: i % 2 ? 'policies' : 'regulations',
          id: d.id,
          data: { _status: 'published' } as any,
        }),
      ),
    )
    const numbers = published.map((p: any) => p.indexNumber)
    expect(new Set(numbers).size).toBe(24)
    const sequences = numbers
      .map((n: string) => parseIndexNumber(n)!.sequence)
      .sort((a: number, b: number) => a - b)
    expect(sequences).toEqual(Array.from({ length: 24 }, (_, i) => i + 1))
  })
})

describe(`发文字号 on ${dbKind}`, () => {
  it('stores the number as typed and a normalised key', async () => {
    const doc = await makeDocument(server.payload, 'policies', dept.id, {
      docNumber: '临政发［２０２５］７号',
    })
    expect(doc.docNumber).toBe('临政发［２０２５］７号')
    expect(doc.docNumberKey).toBe('临政发|2025|7')
  })

  it.each([
    '临政发〔2025〕8号',
    '临政发[2025]8号',
    '临政发(2025)8号',
    '临政发（2025）8号',
    '临政发【2025】8号',
  ])(
    'refuses %s when the department already has 临政发〔2025〕8号, with a message naming the field',
    async (number) => {
      if (number === '临政发〔2025〕8号')
        await makeDocument(server.payload, 'regulations', dept.id, { docNumber: number })
      const res = await api('POST', '/api/policies', {
        ...build.policies(dept.id),
        docNumber: number,
        _status: 'published',
      })
      expect(res.status).toBe(400)
      expect(res.body.errors[0].data.errors).toEqual([
        expect.objectContaining({
          path: 'docNumber',
          message: `本部门已有发文字号为“${number}”的文件`,
        }),
      ])
    },
  )

  it('allows the same number in another department', async () => {
    const doc = await makeDocument(server.payload, 'policies', otherDept.id, {
      docNumber: '临政发〔2025〕8号',
    })
    expect(doc.docNumberKey).toBe('临政发|2025|8')
  })

  it('speaks the admin language of the request', async () => {
    const en = await api(
      'POST',
      '/api/policies?locale=zh',
      { ...build.policies(dept.id), docNumber: '临政发〔2025〕8号' },
      true,
      {
        'accept-language': 'en',
      },
    )
    expect(en.status).toBe(400)
    expect(en.body.errors[0].data.errors[0].message).toBe(
      'Another document of this department already has the number “临政发〔2025〕8号”',
    )
  })

  it('refuses a duplicate through GraphQL and the Local API too', async () => {
    const gql = await api('POST', '/api/graphql', {
      query: `mutation { createPolicy(data: { title: "GraphQL 重号", department: ${JSON.stringify(dept.id)}, docNumber: "临政发(2025)8号", validity: valid }) { id } }`,
    })
    expect(
      gql.body.errors?.[0]?.extensions?.data?.errors?.[0]?.path ?? gql.body.errors?.[0]?.message,
    ).toMatch(/docNumber|发文字号/)
    await expect(
      makeDocument(server.payload, 'policies', dept.id, { docNumber: '临政发【2025】8号' }),
    ).rejects.toThrow(/docNumber|发文字号/)
  })

  it('refuses a number that is not a document number', async () => {
    const res = await api('POST', '/api/policies', {
      ...build.policies(dept.id),
      docNumber: '〔〕',
    })
    expect(res.status).toBe(400)
    expect(res.body.errors[0].data.errors[0]).toMatchObject({ path: 'docNumber' })
  })
})

describe(`change notes on ${dbKind}`, () => {
  it('a minor change keeps the public update time; a major one needs a note and moves it', async () => {
    const { payload } = server
    const doc = await makeDocument(payload, 'policies', dept.id)
    expect(doc.publicUpdatedAt).toBe(doc.publishedAt)
    expect(doc.changeHistory).toEqual([])

    const minor = await payload.update({
      collection: 'policies',
      id: doc.id,
      data: { summary: '错别字修正', _status: 'published' } as any,
    })
    expect(minor.publicUpdatedAt).toBe(doc.publishedAt)

    const noNote = await api('PATCH', `/api/policies/${doc.id}`, {
      majorChange: true,
      _status: 'published',
    })
    expect(noNote.status).toBe(400)
    expect(noNote.body.errors[0].data.errors[0]).toMatchObject({
      path: 'changeNote',
      message: '重大变更必须填写变更说明',
    })

    // The author's change with its note is a working copy; the public sees nothing yet.
    const major = await api('PATCH', `/api/policies/${doc.id}`, {
      majorChange: true,
      changeNote: '调整适用范围',
      _status: 'published',
    })
    expect(major.status).toBe(200)
    expect(major.body.doc).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    const before = await (await fetch(`${server.url}/api/policies/${doc.id}?depth=0`)).json()
    expect(before.changeHistory).toEqual([])
    expect(before.publicUpdatedAt).toBe(doc.publishedAt)

    // Through the workflow it is published, and the note enters the public history.
    const author = { id: 0, email: 'editor@example.gov', token }
    expect((await act(server, author, 'policies', doc.id, 'submit')).status).toBe(200)
    expect((await act(server, reviewer, 'policies', doc.id, 'approve')).status).toBe(200)
    expect((await act(server, publisher, 'policies', doc.id, 'publish')).status).toBe(200)
    const published = await (await fetch(`${server.url}/api/policies/${doc.id}?depth=0`)).json()
    expect(published.changeHistory).toEqual([expect.objectContaining({ note: '调整适用范围' })])
    expect(published.publicUpdatedAt > doc.publishedAt).toBe(true)
    expect(published.publishedAt).toBe(doc.publishedAt)
    expect(published.majorChange).toBe(false)
    expect(published.changeNote ?? null).toBeNull()

    const second = await payload.update({
      collection: 'policies',
      id: doc.id,
      data: { majorChange: true, changeNote: '补充附件', _status: 'published' } as any,
    })
    expect(second.changeHistory!.map((c: any) => c.note)).toEqual(['调整适用范围', '补充附件'])
  })

  it('a client cannot write the history, the dates or the workflow fields directly', async () => {
    const res = await api('POST', '/api/policies', {
      ...build.policies(dept.id),
      _status: 'published',
      workflowState: 'published',
      reviewedBy: 1,
      publishedAt: '2001-01-01T00:00:00.000Z',
      publicUpdatedAt: '2001-01-01T00:00:00.000Z',
      changeHistory: [{ at: '2001-01-01T00:00:00.000Z', note: '伪造' }],
    })
    expect(res.status).toBe(201)
    expect(res.body.doc).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    expect(res.body.doc.publishedAt ?? null).toBeNull()
    expect(res.body.doc.publicUpdatedAt ?? null).toBeNull()
    expect(res.body.doc.reviewedBy ?? null).toBeNull()
    expect(res.body.doc.changeHistory).toEqual([])
  })
})
