/**
 * The foundation on a real database (the project picks SQLite, PostgreSQL or MongoDB) behind the
 * real HTTP server on 127.0.0.1: migrations, health, the v1 stub, Payload REST and GraphQL,
 * login, and drafts never reaching anonymous readers.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { runMigrations } from '../../../src/db/migrate'
import { migrationsFor } from '../../../src/db/migrations'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let departmentId: number | string
let publishedId: number | string
let draftId: number | string
let changedId: number | string

// Staff of the test department: they read its drafts (the system admin reads only what is public).
const ADMIN = { email: 'editor@example.gov', password: 'correct horse battery staple' }

async function json(path: string, init: RequestInit = {}) {
  const res = await fetch(server.url + path, init)
  const text = await res.text()
  let body: any
  try {
    body = JSON.parse(text)
  } catch {
    body = text
  }
  return { status: res.status, headers: res.headers, body }
}

async function graphql(query: string, token?: string) {
  return json('/api/graphql', {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `JWT ${token}` } : {}),
    },
    body: JSON.stringify({ query }),
  })
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  const dept = await payload.create({
    collection: 'departments',
    data: { code: 'TEST00001', name: '测试局' },
  })
  departmentId = dept.id
  await payload.create({
    collection: 'users',
    data: { ...ADMIN, memberships: [{ department: dept.id, roles: ['author'] }] } as any,
  })
  const base = { department: dept.id, summary: '摘要' }
  publishedId = (
    await payload.create({
      collection: 'policies',
      data: { ...base, title: '已发布的政策', _status: 'published' } as any,
    })
  ).id
  draftId = (
    await payload.create({
      collection: 'policies',
      draft: true,
      data: { ...base, title: '秘密草稿不可见', _status: 'draft' },
    })
  ).id
  // Published, then edited as a draft: the public must keep seeing the published title.
  changedId = (
    await payload.create({
      collection: 'policies',
      data: { ...base, title: '公开标题', _status: 'published' } as any,
    })
  ).id
  await payload.update({
    collection: 'policies',
    id: changedId,
    draft: true,
    data: { title: '未审核的修改稿', _status: 'draft' },
  })
})

afterAll(async () => {
  await server?.stop()
})

describe(`foundation on ${dbKind}`, () => {
  it('applied every committed migration, and a second run applies nothing', async () => {
    const expected = migrationsFor(server.payload.db.name).map((m) => m.name)
    if (dbKind !== 'mongodb') expect(expected.length).toBeGreaterThan(0)
    const { docs } = await server.payload.find({ collection: 'payload-migrations', limit: 0 })
    expect(docs.map((d: any) => d.name).sort()).toEqual([...expected].sort())
    expect(await runMigrations(server.payload, migrationsFor(server.payload.db.name))).toEqual({
      applied: [],
    })
  })

  it('GET /healthz checks the database', async () => {
    const res = await json('/healthz')
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ status: 'ok', database: server.payload.db.name })
    expect(res.headers.get('cache-control')).toBe('no-store')
  })

  it('GET /api/v1 answers with links; unknown v1 paths are problem+json 404, never Payload', async () => {
    const index = await json('/api/v1')
    expect(index.status).toBe(200)
    expect(index.body.links).toMatchObject({
      documents: '/api/v1/documents',
      search: '/api/v1/search',
    })
    const missing = await json('/api/v1/policies')
    expect(missing.status).toBe(404)
    expect(missing.headers.get('content-type')).toContain('application/problem+json')
    expect(missing.body).toMatchObject({ status: 404 })
  })

  it('serves Payload REST at /api with published documents to anonymous readers', async () => {
    const res = await json('/api/policies?limit=100&depth=0')
    expect(res.status).toBe(200)
    const titles = res.body.docs.map((d: any) => d.title).sort()
    expect(titles).toEqual(['公开标题', '已发布的政策'].sort())
    expect(res.body.totalDocs).toBe(2)
  })

  it('never shows a draft to anonymous readers on REST', async () => {
    expect((await json(`/api/policies/${draftId}`)).status).toBeGreaterThanOrEqual(403)
    const drafts = await json('/api/policies?draft=true&limit=100')
    expect(JSON.stringify(drafts.body)).not.toContain('秘密草稿不可见')
    expect(JSON.stringify(drafts.body)).not.toContain('未审核的修改稿')
    const changed = await json(`/api/policies/${changedId}?draft=true`)
    expect(JSON.stringify(changed.body)).not.toContain('未审核的修改稿')
    const plain = await json(`/api/policies/${changedId}`)
    expect(plain.body.title).toBe('公开标题')
    const search = await json(`/api/policies?where[title][like]=秘密`)
    expect(search.body.totalDocs).toBe(0)
    expect((await json('/api/policies/versions')).status).toBe(403)
  })

  it('never shows a draft to anonymous readers on GraphQL', async () => {
    const list = await graphql('{ Policies(limit: 100) { totalDocs docs { title } } }')
    expect(list.status).toBe(200)
    expect(list.body.data.Policies.totalDocs).toBe(2)
    expect(JSON.stringify(list.body)).not.toMatch(/秘密草稿不可见|未审核的修改稿/)
    const drafts = await graphql('{ Policies(draft: true, limit: 100) { docs { title } } }')
    expect(JSON.stringify(drafts.body)).not.toMatch(/秘密草稿不可见|未审核的修改稿/)
    const one = await graphql(`{ Policy(id: ${JSON.stringify(draftId)}) { title } }`)
    expect(one.body.data?.Policy ?? null).toBeNull()
    expect(JSON.stringify(one.body)).not.toContain('秘密草稿不可见')
    const versions = await graphql('{ versionsPolicies { docs { version { title } } } }')
    expect(JSON.stringify(versions.body)).not.toMatch(/秘密草稿不可见|未审核的修改稿/)
    expect(versions.body.errors?.[0]?.message).toBeTruthy()
  })

  it('logs in over REST; the token reads drafts; a wrong password is refused', async () => {
    const bad = await json('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: ADMIN.email, password: 'wrong password here' }),
    })
    expect(bad.status).toBe(401)
    const ok = await json('/api/users/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(ADMIN),
    })
    expect(ok.status).toBe(200)
    expect(ok.body.user.email).toBe(ADMIN.email)
    expect(ok.headers.get('set-cookie')).toMatch(/payload-token=.*HttpOnly/i)
    const token = ok.body.token as string
    const me = await json('/api/users/me', { headers: { authorization: `JWT ${token}` } })
    expect(me.body.user.email).toBe(ADMIN.email)
    const draft = await json(`/api/policies/${draftId}?draft=true`, {
      headers: { authorization: `JWT ${token}` },
    })
    expect(draft.status).toBe(200)
    expect(draft.body.title).toBe('秘密草稿不可见')
    const gql = await graphql('{ Policies(draft: true, limit: 100) { totalDocs } }', token)
    expect(gql.body.data.Policies.totalDocs).toBe(3)
  })

  it('closes first-user registration once a user exists', async () => {
    const res = await json('/api/users/first-register', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'intruder@example.com', password: 'another long password' }),
    })
    expect(res.status).toBe(403)
    const { totalDocs } = await server.payload.count({
      collection: 'users',
      where: { email: { equals: 'intruder@example.com' } },
    })
    expect(totalDocs).toBe(0)
  })

  it('gives every document an immutable UUID and sets publishedAt only on publication', async () => {
    const { payload } = server
    const doc = await payload.findByID({ collection: 'policies', id: publishedId })
    expect(doc.uid).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/)
    expect(doc.publishedAt).toBeTruthy()
    const updated = await payload.update({
      collection: 'policies',
      id: publishedId,
      data: {
        uid: '00000000-0000-4000-8000-000000000000',
        publishedAt: '2000-01-01T00:00:00.000Z',
      },
    })
    expect(updated.uid).toBe(doc.uid)
    expect(updated.publishedAt).toBe(doc.publishedAt)
    const draft = await payload.findByID({ collection: 'policies', id: draftId, draft: true })
    expect(draft.publishedAt ?? null).toBeNull()
    expect(draft.uid).not.toBe(doc.uid)
    expect(departmentId).toBeTruthy()
  })
})
