/**
 * The isolation matrix: a person with every editorial role in department A tries department B's
 * unpublished work through every door Payload has — find, findByID, versions, GraphQL, depth-2
 * population from a public document, duplicate, text search, counts — and gets nothing, not even
 * a count. Anonymous readers get the same. B's published work stays public.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { minimalPdf } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let a: Person
let bAuthor: Person
let draft: any
let published: any
let showcase: any
let fileOfDraft: any
let fileOfPublished: any
const SECRET_TITLE = '乙部门尚未公开的草稿'

beforeAll(async () => {
  server = await startTestServer()
  const deptA = await makeDepartment(server.payload)
  const deptB = await makeDepartment(server.payload)
  a = await person(server, deptA, ['author', 'reviewer', 'publisher', 'department_admin'])
  bAuthor = await person(server, deptB, ['author'])
  const bReviewer = await person(server, deptB, ['reviewer'])
  const bPublisher = await person(server, deptB, ['publisher'])
  fileOfDraft = await upload(bAuthor, 'draft-annex.pdf')
  fileOfPublished = await upload(bAuthor, 'public-annex.pdf')
  draft = (
    await call(server, bAuthor, 'POST', '/api/policies', {
      ...build.policies(deptB.id),
      title: SECRET_TITLE,
      attachments: [fileOfDraft.id],
    })
  ).body.doc
  published = (
    await call(server, bAuthor, 'POST', '/api/policies', {
      ...build.policies(deptB.id),
      attachments: [fileOfPublished.id],
    })
  ).body.doc
  await publishThroughWorkflow(
    server,
    { author: bAuthor, reviewer: bReviewer, publisher: bPublisher },
    'policies',
    published.id,
  )
  // A public document of A that points at B's draft (as a stale link might).
  showcase = await server.payload.create({
    collection: 'policies',
    data: {
      ...build.policies(deptA.id),
      _status: 'published',
      amendedBy: [{ relationTo: 'policies', value: draft.id }],
    } as any,
  })
})
afterAll(async () => {
  await server?.stop()
})

const leaks = (body: unknown) => JSON.stringify(body ?? null).includes(SECRET_TITLE)

async function upload(who: Person, name: string) {
  const form = new FormData()
  form.append(
    'file',
    new Blob([new Uint8Array(minimalPdf(name))], { type: 'application/pdf' }),
    name,
  )
  form.append('_payload', JSON.stringify({ title: name }))
  const res = await fetch(`${server.url}/api/attachments`, {
    method: 'POST',
    headers: { authorization: `JWT ${who.token}` },
    body: form,
  })
  const body = (await res.json()) as any
  if (res.status !== 201) throw new Error(`upload: ${res.status} ${JSON.stringify(body)}`)
  return body.doc
}

const fileStatus = async (who: Person | null, url: string) =>
  (
    await fetch(`${server.url}${url.replace(/^https?:\/\/[^/]+/, '')}`, {
      headers: who ? { authorization: `JWT ${who.token}` } : {},
    })
  ).status

describe(`department isolation on ${dbKind}`, () => {
  for (const who of ['department A staff', 'anonymous'] as const) {
    const as = () => (who === 'anonymous' ? null : a)

    it(`${who}: find, search and count see nothing of B's draft`, async () => {
      for (const query of [
        `where[title][equals]=${encodeURIComponent(SECRET_TITLE)}`,
        `where[title][like]=${encodeURIComponent('尚未公开')}`,
        `where[title][contains]=${encodeURIComponent('草稿')}`,
        `where[id][equals]=${draft.id}`,
        `where[id][equals]=${draft.id}&draft=true`,
        `where[workflowState][equals]=draft&draft=true&limit=1000`,
      ]) {
        const res = await call(server, as(), 'GET', `/api/policies?${query}`)
        expect(res.status, query).toBe(200)
        expect(leaks(res.body), query).toBe(false)
        expect(
          res.body.docs.map((d: any) => d.id),
          query,
        ).not.toContain(draft.id)
      }
      const count = await call(
        server,
        as(),
        'GET',
        `/api/policies/count?where[title][equals]=${encodeURIComponent(SECRET_TITLE)}`,
      )
      expect(count.body.totalDocs).toBe(0)
    })

    it(`${who}: findByID of B's draft is a 404, the same as a document that does not exist`, async () => {
      const res = await call(server, as(), 'GET', `/api/policies/${draft.id}?draft=true`)
      const missing = await call(server, as(), 'GET', `/api/policies/99999999?draft=true`)
      expect(res.status).toBe(404)
      expect(missing.status).toBe(404)
      expect(res.body).toEqual(missing.body)
      expect((await call(server, as(), 'GET', `/api/policies/${draft.id}/workflow`)).status).toBe(
        who === 'anonymous' ? 401 : 404,
      )
    })

    it(`${who}: versions of B's draft are not listed, counted or readable`, async () => {
      const { docs } = await server.payload.findVersions({
        collection: 'policies',
        where: { parent: { equals: draft.id } },
        overrideAccess: true,
      })
      expect(docs.length).toBeGreaterThan(0)
      const list = await call(
        server,
        as(),
        'GET',
        `/api/policies/versions?where[parent][equals]=${draft.id}`,
      )
      expect(leaks(list.body)).toBe(false)
      expect(list.status === 403 || list.body.totalDocs === 0).toBe(true)
      const one = await call(server, as(), 'GET', `/api/policies/versions/${docs[0]!.id}`)
      expect([403, 404]).toContain(one.status)
      expect(leaks(one.body)).toBe(false)
    })

    it(`${who}: GraphQL finds, counts and versions nothing of B's draft`, async () => {
      const res = await call(server, as(), 'POST', '/api/graphql', {
        query: `{
          one: Policy(id: ${JSON.stringify(draft.id)}, draft: true) { title }
          many: Policies(draft: true, where: { title: { equals: ${JSON.stringify(SECRET_TITLE)} } }) { totalDocs docs { title } }
          versions: versionsPolicies(where: { parent: { equals: ${JSON.stringify(draft.id)} } }) { totalDocs docs { version { title } } }
        }`,
      })
      expect(leaks(res.body)).toBe(false)
      expect(res.body.data?.one ?? null).toBeNull()
      expect(res.body.data?.many?.totalDocs ?? 0).toBe(0)
      expect(res.body.data?.versions?.totalDocs ?? 0).toBe(0)
    })

    it(`${who}: depth-2 population from a public document does not reveal B's draft`, async () => {
      const res = await call(server, as(), 'GET', `/api/policies/${showcase.id}?depth=2`)
      expect(res.status).toBe(200)
      expect(leaks(res.body)).toBe(false)
      const gql = await call(server, as(), 'POST', '/api/graphql', {
        query: `{ Policy(id: ${JSON.stringify(showcase.id)}) { amendedBy { value { ... on Policy { title } } } } }`,
      })
      expect(leaks(gql.body)).toBe(false)
    })

    it(`${who}: the file of B's draft is neither listed nor downloadable; a published one is`, async () => {
      const meta = await call(server, as(), 'GET', `/api/attachments/${fileOfDraft.id}`)
      expect(meta.status).toBe(404)
      const list = await call(
        server,
        as(),
        'GET',
        `/api/attachments?where[filename][equals]=${fileOfDraft.filename}`,
      )
      expect(list.body.totalDocs).toBe(0)
      expect([403, 404]).toContain(await fileStatus(as(), fileOfDraft.url))
      expect(await fileStatus(as(), fileOfPublished.url)).toBe(200)
      expect(await fileStatus(bAuthor, fileOfDraft.url)).toBe(200) // its department works with it
    })

    it(`${who}: B's published document stays public`, async () => {
      const res = await call(server, as(), 'GET', `/api/policies/${published.id}`)
      expect(res.status).toBe(200)
      expect(res.body.title).toBe(published.title)
    })
  }

  it("department A staff cannot duplicate, edit, delete or act on B's draft", async () => {
    const dup = await call(server, a, 'POST', `/api/policies/${draft.id}/duplicate`, {})
    expect([403, 404]).toContain(dup.status)
    expect(leaks(dup.body)).toBe(false)
    // Refused exactly as for a document that does not exist: no existence leak.
    for (const method of ['PATCH', 'DELETE'] as const) {
      const theirs = await call(server, a, method, `/api/policies/${draft.id}`, { title: 'x' })
      const none = await call(server, a, method, '/api/policies/99999999', { title: 'x' })
      expect([403, 404]).toContain(theirs.status)
      expect(theirs.status, method).toBe(none.status)
      expect(leaks(theirs.body)).toBe(false)
    }
    const gql = await call(server, a, 'POST', '/api/graphql', {
      query: `mutation { duplicatePolicy(id: ${JSON.stringify(draft.id)}) { title } }`,
    })
    expect(leaks(gql.body)).toBe(false)
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    // Nor upload for B, nor change or delete B's files.
    const forB = new FormData()
    forB.append(
      'file',
      new Blob([new Uint8Array(minimalPdf('x'))], { type: 'application/pdf' }),
      'x.pdf',
    )
    forB.append('_payload', JSON.stringify({ department: draft.department }))
    const uploadForB = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { authorization: `JWT ${a.token}` },
      body: forB,
    })
    expect(uploadForB.status).toBe(403)
    for (const method of ['PATCH', 'DELETE'] as const) {
      const res = await call(server, a, method, `/api/attachments/${fileOfPublished.id}`, {
        title: 'x',
      })
      expect([403, 404], method).toContain(res.status)
    }
    expect(await fileStatus(null, fileOfPublished.url)).toBe(200)
    const stored: any = await server.payload.findByID({
      collection: 'policies',
      id: draft.id,
      draft: true,
      overrideAccess: true,
    })
    expect(stored.title).toBe(SECRET_TITLE)
    const { totalDocs } = await server.payload.count({
      collection: 'policies',
      where: { title: { equals: SECRET_TITLE } },
      overrideAccess: true,
    })
    expect(totalDocs).toBe(1)
  })
})
