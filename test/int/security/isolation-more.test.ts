/**
 * The isolation matrix, continued (security-checks.md 10; the first part is
 * test/int/workflow/isolation.test.ts, on policies): B's unpublished work of every other type,
 * the policies → interpretations join, and the public search with its facets. Department A's staff
 * (every editorial role) and anonymous readers get 404s, empty lists and zero counts, and no
 * facet moves; B's published work of each type stays visible, so the doors are open.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person } from '../../support/people'

/** Each type and the field that carries the marker (decisions have no title of their own). */
const TYPES = [
  ['regulations', 'title'],
  ['interpretations', 'title'],
  ['procedures', 'title'],
  ['licensing-decisions', 'decisionNumber'],
  ['penalty-decisions', 'decisionNumber'],
] as const

const MARKER = '乙部门未公开标记'
let server: TestServer
let staffA: Person
let deptA: any
let deptB: any
const drafts: Record<string, any> = {}
const published: Record<string, any> = {}
let policyA: any
let draftInterpretation: any
let publicInterpretation: any

beforeAll(async () => {
  server = await startTestServer({
    publicApi: {
      cache: false,
      cachePollMs: 250,
      rateLimit: 1_000_000,
      keyRateLimit: 1_000_000,
      disclosureRateLimit: 1_000_000,
    },
  })
  deptA = await makeDepartment(server.payload)
  deptB = await makeDepartment(server.payload)
  staffA = await person(server, deptA, ['author', 'reviewer', 'publisher', 'department_admin'])
  // A's public policy, interpreted by A (public) and by drafts of B's (as a stale link might).
  policyA = await makeDocument(server.payload, 'policies', deptA.id)
  for (const [slug, field] of TYPES) {
    const extra = slug === 'interpretations' ? { interprets: policyA.id } : {}
    drafts[slug] = await makeDocument(
      server.payload,
      slug,
      deptB.id,
      { ...extra, [field]: `${MARKER}${slug}` },
      { draft: true },
    )
    published[slug] = await makeDocument(server.payload, slug, deptB.id, extra)
  }
  publicInterpretation = await makeDocument(server.payload, 'interpretations', deptA.id, {
    interprets: policyA.id,
  })
  draftInterpretation = await makeDocument(
    server.payload,
    'interpretations',
    deptB.id,
    { interprets: policyA.id, title: `${MARKER}解读` },
    { draft: true },
  )
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

const leaks = (body: unknown) => JSON.stringify(body ?? null).includes(MARKER)

describe(`isolation beyond policies on ${dbKind}`, () => {
  for (const who of ['department A staff', 'anonymous'] as const) {
    const as = () => (who === 'anonymous' ? null : staffA)

    it.each(TYPES)(
      `${who}: B's draft %s is a 404, listed and counted nowhere`,
      async (slug, field) => {
        const id = drafts[slug].id
        const byId = await call(server, as(), 'GET', `/api/${slug}/${id}`)
        expect(byId.status).toBe(404)
        const drafted = await call(server, as(), 'GET', `/api/${slug}/${id}?draft=true`)
        expect(drafted.status).toBe(404)
        const where = `where[${field}][equals]=${encodeURIComponent(`${MARKER}${slug}`)}`
        const list = await call(server, as(), 'GET', `/api/${slug}?${where}&draft=true`)
        expect(list.status).toBe(200)
        expect(list.body.totalDocs).toBe(0)
        const count = await call(server, as(), 'GET', `/api/${slug}/count?${where}`)
        expect(count.body.totalDocs ?? 0).toBe(0)
        const versions = await call(
          server,
          as(),
          'GET',
          `/api/${slug}/versions?where[parent][equals]=${id}`,
        )
        expect([200, 403]).toContain(versions.status)
        expect(versions.body?.totalDocs ?? 0).toBe(0)
        expect(leaks([byId.body, drafted.body, list.body, versions.body])).toBe(false)
        // The door is open: B's published one of the same type is there.
        const open = await call(server, as(), 'GET', `/api/${slug}/${published[slug].id}`)
        expect(open.status).toBe(200)
      },
    )

    it(`${who}: the join from A's policy lists A's interpretation, not B's draft`, async () => {
      const res = await call(server, as(), 'GET', `/api/policies/${policyA.id}?depth=1`)
      expect(res.status).toBe(200)
      const ids = (res.body.interpretations?.docs ?? []).map((d: any) => d?.id ?? d)
      expect(ids).toContain(publicInterpretation.id)
      expect(ids).not.toContain(draftInterpretation.id)
      expect(ids).not.toContain(drafts.interpretations.id)
      expect(leaks(res.body)).toBe(false)
      const gql = await call(server, as(), 'POST', '/api/graphql', {
        query: `{ Policy(id: ${JSON.stringify(policyA.id)}) { interpretations { docs { id title } } } }`,
      })
      expect(gql.status).toBe(200)
      const gqlIds = (gql.body.data?.Policy?.interpretations?.docs ?? []).map((d: any) => d.id)
      expect(gqlIds).toContain(publicInterpretation.id)
      expect(leaks(gql.body)).toBe(false)
    })
  }

  it("the public search finds none of B's drafts, and no facet counts them", async () => {
    const search = await call(server, null, 'GET', `/api/v1/search?q=${encodeURIComponent(MARKER)}`)
    expect(search.status).toBe(200)
    expect(search.body.meta.total).toBe(0)
    expect(leaks(search.body)).toBe(false)
    const counts = Object.values(search.body.facets ?? {}).flatMap((buckets: any) =>
      buckets.map((b: any) => b.count),
    )
    expect(counts.every((c) => c === 0)).toBe(true)
    // The door is open: B's published regulation is found by its title, and counted.
    const title = published.regulations.title
    const open = await call(server, null, 'GET', `/api/v1/search?q=${encodeURIComponent(title)}`)
    expect(open.body.data.map((d: any) => d.uid)).toContain(published.regulations.uid)
    const ofB = open.body.facets.department.find((f: any) => f.value === deptB.code)
    expect(ofB?.count).toBeGreaterThan(0)
  })
})
