/**
 * Paging through Payload's REST and Local API is stable when many rows share their sort value.
 * A bulk import writes one createdAt for a whole batch, and Payload breaks ties only by createdAt:
 * without a last tie-break on id, the database may return tied rows in a different order from one
 * query to the next (PostgreSQL's top-N sort, a plan that changes after autoanalyze), so a staff
 * member paging the admin list, or a script paging REST, saw some decisions twice and others never.
 */

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { importGeneratedDecisions, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

const ROWS = 450
const PAGE = 20

let server: TestServer
let all: string[]

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  const summary = await importGeneratedDecisions(server.payload, {
    department: dept.id,
    rows: ROWS,
    seed: 31,
  })
  expect(summary.created).toBe(ROWS)
  const found = await server.payload.find({
    collection: 'licensing-decisions',
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  all = found.docs.map((d: any) => String(d.id)).sort()
  expect(all).toHaveLength(ROWS)
  // Most of them share one createdAt: the ties this file is about.
  expect(new Set(found.docs.map((d: any) => d.createdAt)).size).toBeLessThan(ROWS / 10)
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

async function restPage(query: string): Promise<string[]> {
  const res = await fetch(`${server.url}/api/licensing-decisions?${query}`)
  expect(res.status).toBe(200)
  return ((await res.json()) as any).docs.map((d: any) => String(d.id))
}

/** The ids on every page of a Local API list of `count` rows, in turn. */
async function everyPage(
  count: number,
  read: (page: number) => Promise<{ docs: Array<{ id: unknown }> }>,
): Promise<string[]> {
  const seen: string[] = []
  for (let page = 1; page <= Math.ceil(count / PAGE); page++)
    seen.push(...(await read(page)).docs.map((d) => String(d.id)))
  return seen
}

/** Every page of a REST list in turn: each decision once, none missing. */
async function pagedThroughRest(sort: string | null): Promise<string[]> {
  const seen: string[] = []
  for (let page = 1; page <= Math.ceil(ROWS / PAGE); page++)
    seen.push(
      ...(await restPage(`limit=${PAGE}&page=${page}&depth=0${sort ? `&sort=${sort}` : ''}`)),
    )
  return seen
}

describe(`paging through tied rows on ${dbKind}`, () => {
  it.each([
    ['the default order', null],
    ['publishedAt, newest first', '-publishedAt'],
    ['department', 'department'],
    ['licence status', 'licenseStatus'],
  ])('REST, %s: every decision exactly once', async (_what, sort) => {
    if (dbKind === 'postgres') await (server.payload.db as any).drizzle.execute('ANALYZE')
    const seen = await pagedThroughRest(sort)
    expect(seen).toHaveLength(ROWS)
    expect([...new Set(seen)].sort()).toEqual(all)
  })

  it('the same query gives the same order, however the rows were planned', async () => {
    const first = await restPage(`limit=${PAGE}&page=3&depth=0`)
    if (dbKind === 'postgres') await (server.payload.db as any).drizzle.execute('ANALYZE')
    expect(await restPage(`limit=${PAGE}&page=3&depth=0`)).toEqual(first)
    expect(await restPage(`limit=${PAGE}&page=3&depth=10`)).toEqual(first)
  })

  it('Local API pages (the admin list reads this way) cover every decision once', async () => {
    const seen = await everyPage(ROWS, (page) =>
      server.payload.find({
        collection: 'licensing-decisions',
        limit: PAGE,
        page,
        sort: '-updatedAt',
        depth: 0,
        overrideAccess: true,
      }),
    )
    expect(seen).toHaveLength(ROWS)
    expect([...new Set(seen)].sort()).toEqual(all)
  })

  it('versions page the same way', async () => {
    const total = await server.payload.countVersions({
      collection: 'licensing-decisions',
      overrideAccess: true,
    })
    const seen = await everyPage(total.totalDocs, (page) =>
      server.payload.findVersions({
        collection: 'licensing-decisions',
        limit: PAGE,
        page,
        depth: 0,
        overrideAccess: true,
      }),
    )
    expect(new Set(seen).size).toBe(seen.length)
    expect(seen).toHaveLength(total.totalDocs)
  })
})
