/**
 * The demo seed gives the annual report numbers: the market regulator's 2025 report from the demo's
 * requests and review cases (worked out by hand from src/seed/demo-requests.ts), its published
 * copy on the portal, and the 2026 report's carried-over row agreeing with it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedDemoContent } from '../../../src/seed'
import { DEMO_REPORT } from '../../../src/seed/demo-requests'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person, type Person } from '../../support/people'

let server: TestServer
let staff: Person

const nonzero = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== 0))

beforeAll(async () => {
  server = await startTestServer()
  await seedDemoContent(server.payload)
  const market = (
    await server.payload.find({
      collection: 'departments',
      where: { code: { equals: DEMO_REPORT.department } },
      overrideAccess: true,
    })
  ).docs[0]!
  staff = await person(server, market, ['author'])
})

afterAll(async () => {
  await server?.stop()
})

describe(`the demo's annual report (${dbKind})`, () => {
  it('has the demo requests and review cases in its tables, and the checks pass', async () => {
    const res = await call(
      server,
      staff,
      'GET',
      `/api/reports/annual?department=${DEMO_REPORT.department}&year=2025&format=json`,
    )
    expect(res.status).toBe(200)
    const { report, published } = res.body
    expect(published.title).toBe('临江市市场监督管理局2025年政府信息公开工作年度报告')
    const r = report.requests
    expect(nonzero(r.carriedOver)).toEqual({ natural_person: 1, business: 1, total: 2 })
    expect(nonzero(r.received)).toEqual({
      natural_person: 6,
      business: 2,
      research: 1,
      nonprofit: 1,
      legal_services: 1,
      other: 1,
      total: 12,
    })
    expect(nonzero(r.handledTotal)).toEqual({
      natural_person: 6,
      business: 3,
      research: 1,
      nonprofit: 1,
      legal_services: 1,
      total: 12,
    })
    expect(nonzero(r.carriedForward)).toEqual({ natural_person: 1, other: 1, total: 2 })
    const disclosed = r.results.find((g: any) => g.outcome === 'disclosed')
    expect(nonzero(disclosed.counts)).toEqual({
      natural_person: 3,
      business: 1,
      research: 1,
      total: 5,
    })
    expect(report.reviews.review).toEqual({
      upheld: 1,
      corrected: 1,
      other: 0,
      pending: 0,
      total: 2,
    })
    expect(report.reviews.litigationDirect.total).toBe(1)
    // The market regulator's 实施方案 of 2025 and 办法 of 2024 (its other 实施方案 is a draft).
    expect(report.proactive.normativeDocuments).toEqual({ issued: 1, repealed: 0, inForce: 2 })
    expect(report.proactive.licensing + report.proactive.penalty).toBeGreaterThan(0)
    expect(report.ok).toBe(true)

    const next = await call(
      server,
      staff,
      'GET',
      `/api/reports/annual?department=${DEMO_REPORT.department}&year=2026&format=json`,
    )
    const checks = next.body.report.checks.filter((c: any) => c.kind === 'carried_over')
    expect(checks).toHaveLength(7)
    expect(checks.every((c: any) => c.ok)).toBe(true)

    const portal = await (await fetch(`${server.url}/reports`)).text()
    expect(portal).toContain('临江市市场监督管理局2025年政府信息公开工作年度报告')
  })
})
