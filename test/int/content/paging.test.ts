/**
 * Paging through Payload's REST and Local API is stable when many rows share their sort value.
 * A bulk import writes one createdAt for a whole batch, and Payload breaks ties only by createdAt:
 * without a last tie-break on id, the database may return tied rows in a different order from one
 * query to the next (PostgreSQL's top-N sort, a plan that changes after autoanalyze), so a staff
 * member paging the admin list, or a script paging REST, saw some decisions twice and others never.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { generatedCsv } from '../../../src/import/generate'
import { importDecisions } from '../../../src/import/run'
import { makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, tempDir, type TestServer } from '../../support/harness'

const ROWS = 450
const PAGE = 20

let server: TestServer
let all: string[]

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  const file = `${tempDir()}/licensing.csv`
  fs.writeFileSync(file, [...generatedCsv('licensing', ROWS, { seed: 31 })].join(''))
  const summary = await importDecisions(server.payload, {
    kind: 'licensing',
    format: 'csv',
    source: file,
    department: dept.id,
    publish: true,
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
    const seen: string[] = []
    for (let page = 1; page <= Math.ceil(ROWS / PAGE); page++) {
      const found = await server.payload.find({
        collection: 'licensing-decisions',
        limit: PAGE,
        page,
        sort: '-updatedAt',
        depth: 0,
        overrideAccess: true,
      })
      seen.push(...found.docs.map((d: any) => String(d.id)))
    }
    expect(seen).toHaveLength(ROWS)
    expect([...new Set(seen)].sort()).toEqual(all)
  })

  it('versions page the same way', async () => {
    const seen: string[] = []
    for (let page = 1; page <= Math.ceil(ROWS / PAGE); page++) {
      const found = await server.payload.findVersions({
        collection: 'licensing-decisions',
        limit: PAGE,
        page,
        depth: 0,
        overrideAccess: true,
      })
      seen.push(...found.docs.map((d: any) => String(d.id)))
    }
    expect(new Set(seen).size).toBe(seen.length)
    const total = await server.payload.countVersions({
      collection: 'licensing-decisions',
      overrideAccess: true,
    })
    expect(seen).toHaveLength(total.totalDocs)
  })
})
