/**
 * Fields and powers a person must not reach by the side doors (security checks 4, 7 and 8): moving
 * a document to another department, writing protected fields through create, update, GraphQL,
 * duplicate or bulk update, prototype pollution, cookie authentication from a foreign origin
 * (CSRF), and password-reset tokens that work once and expire.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let other: any
let author: Person
let reviewer: Person
let publisher: Person

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  other = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
})
afterAll(async () => {
  await server?.stop()
})

const stored = (id: number | string) =>
  server.payload.findByID({
    collection: 'policies',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  }) as any

describe(`protected fields on ${dbKind}`, () => {
  it('an author cannot hand a document to another department (REST, GraphQL)', async () => {
    const doc = (await call(server, author, 'POST', '/api/policies', build.policies(dept.id))).body
      .doc
    const rest = await call(server, author, 'PATCH', `/api/policies/${doc.id}`, {
      department: other.id,
    })
    expect(rest.status).toBe(403)
    expect(rest.body.errors[0].data).toMatchObject({ field: 'department' })
    const gql = await call(server, author, 'POST', '/api/graphql', {
      query: `mutation { updatePolicy(id: ${JSON.stringify(doc.id)}, data: { department: ${JSON.stringify(other.id)} }) { id } }`,
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    const created = await call(server, author, 'POST', '/api/policies', build.policies(other.id))
    expect(created.status).toBe(403)
    expect(String((await stored(doc.id)).department)).toBe(String(dept.id))
  })

  it('duplicate and bulk update cannot publish or carry the publication record', async () => {
    const doc = (await call(server, author, 'POST', '/api/policies', build.policies(dept.id))).body
      .doc
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', doc.id)
    const original = await stored(doc.id)
    expect(original.indexNumber).toBeTruthy()
    const dup = await call(server, author, 'POST', `/api/policies/${doc.id}/duplicate`, {
      _status: 'published',
      indexNumber: original.indexNumber,
    })
    expect([200, 201]).toContain(dup.status)
    const copy = await stored(dup.body.doc.id)
    expect(copy).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    expect(copy.indexNumber ?? null).toBeNull()
    expect(copy.publishedAt ?? null).toBeNull()
    expect(copy.uid).not.toBe(original.uid)
    expect((await call(server, null, 'GET', `/api/policies/${copy.id}`)).status).toBe(404)
    const bulk = await call(server, author, 'PATCH', `/api/policies?where[id][equals]=${doc.id}`, {
      title: 'bulk',
    })
    expect(bulk.status).toBe(403)
    expect((await stored(doc.id)).title).toBe(original.title)
  })

  it('a __proto__ or constructor key in the body pollutes nothing', async () => {
    const doc = (await call(server, author, 'POST', '/api/policies', build.policies(dept.id))).body
      .doc
    const res = await fetch(`${server.url}/api/policies/${doc.id}`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json', authorization: `JWT ${author.token}` },
      body: '{"summary":"正常的修改","__proto__":{"polluted":"yes"},"constructor":{"prototype":{"polluted2":"yes"}}}',
    })
    expect([200, 400]).toContain(res.status)
    expect(({} as any).polluted).toBeUndefined()
    expect(({} as any).polluted2).toBeUndefined()
    expect(Object.prototype).not.toHaveProperty('polluted')
    const after = await stored(doc.id)
    expect(after.polluted).toBeUndefined()
  })
})

describe(`cookies and reset tokens on ${dbKind}`, () => {
  it('a cookie sent from a foreign origin does not authenticate (CSRF)', async () => {
    const login = await fetch(`${server.url}/api/users/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: author.email, password: 'a long enough password' }),
    })
    const setCookie = login.headers.getSetCookie().find((c) => c.startsWith('payload-token='))!
    expect(setCookie).toMatch(/HttpOnly/i)
    expect(setCookie).toMatch(/SameSite=Lax/i)
    const cookie = setCookie.split(';')[0]!
    const me = async (origin: string) =>
      (await (await fetch(`${server.url}/api/users/me`, { headers: { cookie, origin } })).json())
        .user
    expect(await me(server.url)).toMatchObject({ email: author.email })
    expect(await me('https://evil.example')).toBeNull()
    const forged = await fetch(`${server.url}/api/policies`, {
      method: 'POST',
      headers: { cookie, origin: 'https://evil.example', 'content-type': 'application/json' },
      body: JSON.stringify(build.policies(dept.id)),
    })
    expect(forged.status).toBe(403)
  })

  it('a password-reset token works once, meets the policy, and expires', async () => {
    const p = await person(server, dept, ['author'])
    const token = await server.payload.forgotPassword({
      collection: 'users',
      data: { email: p.email },
      disableEmail: true,
    })
    const reset = (t: string, password: string) =>
      call(server, null, 'POST', '/api/users/reset-password', { token: t, password })
    expect((await reset(token!, 'qwerty123456')).status).toBe(400)
    expect((await reset(token!, 'a brand new passphrase')).status).toBe(200)
    expect((await reset(token!, 'another new passphrase')).status).toBeGreaterThanOrEqual(400)

    const late = await server.payload.forgotPassword({
      collection: 'users',
      data: { email: p.email },
      disableEmail: true,
    })
    await server.payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: p.id } },
      data: { resetPasswordExpiration: new Date(Date.now() - 1000).toISOString() },
    })
    expect((await reset(late!, 'a third new passphrase')).status).toBeGreaterThanOrEqual(400)
    const signIn = await call(server, null, 'POST', '/api/users/login', {
      email: p.email,
      password: 'a brand new passphrase',
    })
    expect(signIn.status).toBe(200)
  })
})
