/**
 * The annual report from the database over HTTP: a year seeded through the Local API (requests
 * carried over from the year before, answered with several outcomes by several applicant types,
 * some carried into the next year; 行政规范性文件 issued and repealed; a regulation; decisions;
 * review cases), the numbers checked against figures worked out by hand, the identity, the same
 * CSV on two generations, publication (once only), next year's carried-over check against the
 * published report, the performance figures, who may see what, and the portal's published list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { seedRequest } from '../../../src/seed/requests'
import { makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person, type Person } from '../../support/people'

let server: TestServer
let dept: any
let child: any
let other: any
let staff: Person
let deptAdmin: Person
let outsider: Person
let sysadmin: Person
let carried: any

const total = (counts: Record<string, number>) => counts.total
const nonzero = (counts: Record<string, number>) =>
  Object.fromEntries(Object.entries(counts).filter(([, v]) => v !== 0))

const annual = (who: Person | null, query: string) =>
  fetch(`${server.url}/api/reports/annual?${query}`, {
    headers: who ? { authorization: `JWT ${who.token}` } : {},
  })

beforeAll(async () => {
  server = await startTestServer()
  const p = server.payload
  dept = await makeDepartment(p)
  child = await makeDepartment(p, { parent: dept.id })
  other = await makeDepartment(p)
  staff = await person(server, dept, ['author'])
  deptAdmin = await person(server, dept, ['department_admin'])
  outsider = await person(server, other, ['department_admin'])
  sysadmin = await person(server, null, [], { platformRoles: ['system_admin'] })

  let n = 0
  const req = (r: Omit<Parameters<typeof seedRequest>[1], 'n'>) => seedRequest(p, { ...r, n: ++n })
  const d = dept.id
  // Answered in 2024: in no row of 2025.
  await req({
    department: d,
    applicantType: 'natural_person',
    receivedOn: '2024-06-03',
    answer: { on: '2024-06-20', outcome: 'disclosed' },
  })
  // Received in 2024, answered in 2025: 上年结转.
  await req({
    department: d,
    applicantType: 'natural_person',
    receivedOn: '2024-12-10',
    answer: { on: '2025-01-08', outcome: 'disclosed' },
  })
  await req({
    department: d,
    applicantType: 'business',
    receivedOn: '2024-12-20',
    answer: { on: '2025-01-15', outcome: 'refused', reason: 'state_secret' },
  })
  // Received and answered in 2025.
  await req({
    department: d,
    applicantType: 'natural_person',
    receivedOn: '2025-03-03',
    answer: { on: '2025-03-20', outcome: 'disclosed' },
  })
  await req({
    department: d,
    applicantType: 'natural_person',
    receivedOn: '2025-04-01',
    answer: { on: '2025-04-15', outcome: 'partly_disclosed' },
  })
  await req({
    department: d,
    applicantType: 'research',
    receivedOn: '2025-05-06',
    events: [
      { type: 'correction_requested', date: '2025-05-08', reason: '请说明所需信息的范围' },
      { type: 'correction_received', date: '2025-05-12' },
    ],
    answer: { on: '2025-05-26', outcome: 'unable', reason: 'not_held' },
  })
  await req({
    department: d,
    applicantType: 'legal_services',
    receivedOn: '2025-06-02',
    answer: { on: '2025-06-16', outcome: 'not_processed', reason: 'repeated' },
  })
  // Received in 2025, carried into 2026.
  await req({
    department: d,
    applicantType: 'natural_person',
    receivedOn: '2025-12-15',
    answer: { on: '2026-01-09', outcome: 'disclosed' },
  })
  carried = await req({ department: d, applicantType: 'nonprofit', receivedOn: '2025-12-22' })
  // 2026, another department, a child department: not in the department's 2025 report.
  await req({ department: d, applicantType: 'natural_person', receivedOn: '2026-02-02' })
  await req({
    department: other.id,
    applicantType: 'natural_person',
    receivedOn: '2025-03-03',
    answer: { on: '2025-03-10', outcome: 'disclosed' },
  })
  await req({
    department: child.id,
    applicantType: 'business',
    receivedOn: '2025-07-01',
    answer: { on: '2025-07-10', outcome: 'disclosed' },
  })

  // 行政规范性文件: one issued in 2025, one repealed in 2025, one in force from 2024; a policy not
  // marked normative and a normative draft never published do not count.
  const doc = (collection: any, o: Record<string, unknown>, draft = false) =>
    makeDocument(p, collection, d, o, { draft })
  await doc('policies', { normative: true, signedDate: '2025-02-10T00:00:00.000Z' })
  await doc('policies', {
    normative: true,
    signedDate: '2023-05-01T00:00:00.000Z',
    validity: 'repealed',
    repealedOn: '2025-09-01T00:00:00.000Z',
  })
  await doc('policies', { normative: true, signedDate: '2024-01-02T00:00:00.000Z' })
  await doc('policies', { normative: false, signedDate: '2025-03-01T00:00:00.000Z' })
  await doc('policies', { normative: true, signedDate: '2025-04-01T00:00:00.000Z' }, true)
  // 规章 issued in 2025.
  await doc('regulations', { signedDate: '2025-06-01T00:00:00.000Z' })
  // Decisions: two licensing and one penalty in 2025, one licensing in 2024.
  await doc('licensing-decisions', { decisionDate: '2025-06-01T00:00:00.000Z' })
  await doc('licensing-decisions', { decisionDate: '2025-11-30T00:00:00.000Z' })
  await doc('licensing-decisions', {
    decisionDate: '2024-06-01T00:00:00.000Z',
    validFrom: '2024-06-01',
  })
  await doc('penalty-decisions', { decisionDate: '2025-03-14T00:00:00.000Z' })
  // Review and litigation: two reviews and a pending lawsuit in 2025, a review of 2024.
  for (const [kind, result, year] of [
    ['review', 'upheld', 2025],
    ['review', 'corrected', 2025],
    ['litigation_direct', 'pending', 2025],
    ['review', 'upheld', 2024],
  ] as const)
    await p.create({
      collection: 'review-cases',
      data: { caseNumber: `复${year}-${kind}-${result}`, department: d, kind, result, year } as any,
      overrideAccess: true,
    })
})

afterAll(async () => {
  await server?.stop()
})

describe(`annual report (${dbKind})`, () => {
  it('gives the department staff the numbers worked out by hand, with the identity holding', async () => {
    const res = await annual(staff, `department=${dept.code}&year=2025&format=json`)
    expect(res.status).toBe(200)
    const { report, published } = await res.json()
    expect(published).toBeNull()
    expect(report.scope).toEqual({ code: dept.code, name: dept.name })
    expect(report.proactive).toEqual({
      regulations: { issued: 1, repealed: 0, inForce: 1 },
      normativeDocuments: { issued: 1, repealed: 1, inForce: 2 },
      licensing: 2,
      penalty: 1,
      coercion: 0,
      feesWan: 0,
    })
    const r = report.requests
    expect(nonzero(r.received)).toEqual({
      natural_person: 3,
      research: 1,
      nonprofit: 1,
      legal_services: 1,
      total: 6,
    })
    expect(nonzero(r.carriedOver)).toEqual({ natural_person: 1, business: 1, total: 2 })
    expect(nonzero(r.handledTotal)).toEqual({
      natural_person: 3,
      business: 1,
      research: 1,
      legal_services: 1,
      total: 6,
    })
    expect(nonzero(r.carriedForward)).toEqual({ natural_person: 1, nonprofit: 1, total: 2 })
    const group = (o: string) => r.results.find((g: any) => g.outcome === o)
    const reason = (o: string, why: string) =>
      group(o).reasons.find((x: any) => x.reason === why).counts
    expect(nonzero(group('disclosed').counts)).toEqual({ natural_person: 2, total: 2 })
    expect(nonzero(group('partly_disclosed').counts)).toEqual({ natural_person: 1, total: 1 })
    expect(nonzero(reason('refused', 'state_secret'))).toEqual({ business: 1, total: 1 })
    expect(nonzero(reason('unable', 'not_held'))).toEqual({ research: 1, total: 1 })
    expect(nonzero(reason('not_processed', 'repeated'))).toEqual({ legal_services: 1, total: 1 })
    // 上年结转 2 + 本年新收 6 = 办理结果 6 + 结转下年度 2, in every column.
    expect(total(r.carriedOver) + total(r.received)).toBe(8)
    expect(total(r.handledTotal) + total(r.carriedForward)).toBe(8)
    const identity = report.checks.filter((c: any) => c.kind === 'identity')
    expect(identity).toHaveLength(7)
    expect(identity.every((c: any) => c.ok)).toBe(true)
    expect(report.ok).toBe(true)
    expect(report.reviews).toEqual({
      review: { upheld: 1, corrected: 1, other: 0, pending: 0, total: 2 },
      litigationDirect: { upheld: 0, corrected: 0, other: 0, pending: 1, total: 1 },
      litigationAfterReview: { upheld: 0, corrected: 0, other: 0, pending: 0, total: 0 },
    })
    // Nothing of the applicants leaves.
    expect(JSON.stringify(report)).not.toMatch(/申请人\d|申请单位|example\.com|330102/)

    // With the child department: its one request too.
    const withChild = await (
      await annual(staff, `department=${dept.code}&year=2025&format=json&includeChildren=true`)
    ).json()
    expect(nonzero(withChild.report.requests.received)).toEqual({
      natural_person: 3,
      business: 1,
      research: 1,
      nonprofit: 1,
      legal_services: 1,
      total: 7,
    })
    expect(withChild.report.ok).toBe(true)
  })

  it('prints HTML and gives the same CSV on two generations', async () => {
    const html = await annual(staff, `department=${dept.code}&year=2025`)
    expect(html.status).toBe(200)
    expect(html.headers.get('content-type')).toBe('text/html; charset=utf-8')
    const page = await html.text()
    expect(page).toContain(`${dept.name}2025年政府信息公开工作年度报告`)
    expect(page).toContain('全部校验通过。')
    const first = await annual(staff, `department=${dept.code}&year=2025&format=csv`)
    expect(first.status).toBe(200)
    expect(first.headers.get('content-type')).toBe('text/csv; charset=utf-8')
    expect(first.headers.get('content-disposition')).toContain(
      `${dept.code}-2025-annual-report.csv`,
    )
    const a = await first.text()
    const b = await (await annual(staff, `department=${dept.code}&year=2025&format=csv`)).text()
    expect(a).toBe(b)
    expect(a).toContain('一、本年新收政府信息公开申请数量,,,3,0,1,1,1,0,6')
  })

  it('refuses bad parameters with 400 naming each, and keeps other departments out', async () => {
    const bad = await annual(staff, `department=${dept.code}&year=25&format=pdf&coercion=-1`)
    expect(bad.status).toBe(400)
    expect((await bad.json()).errors.map((e: any) => e.parameter)).toEqual([
      'year',
      'coercion',
      'format',
    ])
    const noDept = await annual(staff, 'year=2025')
    expect(noDept.status).toBe(400)
    expect((await noDept.json()).errors[0].parameter).toBe('department')
    expect((await annual(outsider, `department=${dept.code}&year=2025`)).status).toBe(403)
    expect((await annual(null, `department=${dept.code}&year=2025`)).status).toBe(401)
    expect((await annual(staff, 'department=all&year=2025')).status).toBe(403)
    expect((await annual(staff, 'department=NO-SUCH&year=2025')).status).toBe(404)
    const all = await annual(sysadmin, 'department=all&year=2025&format=json')
    expect(all.status).toBe(200)
    // The whole government: the three departments' 2025 receipts (6 + 1 + 1).
    expect((await all.json()).report.requests.received.total).toBe(8)
    const publishAsAuthor = await call(server, staff, 'POST', '/api/reports/annual/publish', {
      department: dept.code,
      year: 2025,
    })
    expect(publishAsAuthor.status).toBe(403)
    const publishBad = await call(server, deptAdmin, 'POST', '/api/reports/annual/publish', {
      department: dept.code,
      year: 'last',
      feesWan: 'x',
    })
    expect(publishBad.status).toBe(400)
    expect(publishBad.body.errors.map((e: any) => e.parameter)).toEqual(['year', 'feesWan'])
  })

  it('publishes once with the figures entered by hand; next year checks its carried-over row against it', async () => {
    const published = await call(server, deptAdmin, 'POST', '/api/reports/annual/publish', {
      department: dept.code,
      year: 2025,
      coercion: 3,
      feesWan: 1.5,
    })
    expect(published.status).toBe(201)
    const doc = published.body.doc
    expect(doc.title).toBe(`${dept.name}2025年政府信息公开工作年度报告`)
    expect(doc.publishedAt).toBeTruthy()
    expect(doc.tables.proactive.coercion).toBe(3)
    expect(doc.tables.proactive.feesWan).toBe(1.5)
    expect(doc.tables.requests.carriedForward.total).toBe(2)
    // Frozen: the collection's own REST cannot rewrite it, nor publish around the endpoint.
    const patched = await call(server, deptAdmin, 'PATCH', `/api/annual-reports/${doc.id}`, {
      title: '改过的标题',
    })
    expect(patched.status).toBe(409)
    const forged = await call(server, deptAdmin, 'POST', '/api/annual-reports', {
      title: '伪造的报告',
      year: 2024,
      department: dept.id,
      tables: doc.tables,
      publishedAt: new Date().toISOString(),
    })
    expect(forged.status).toBe(409)
    // Regenerated with the same hand-entered figures: the same tables as frozen.
    const regenerated = await (
      await annual(staff, `department=${dept.code}&year=2025&format=json&coercion=3&feesWan=1.5`)
    ).json()
    expect({ ...regenerated.report, includeChildren: false }).toEqual(doc.tables)
    expect(regenerated.published).toMatchObject({ id: doc.id })
    const again = await call(server, deptAdmin, 'POST', '/api/reports/annual/publish', {
      department: dept.code,
      year: 2025,
    })
    expect(again.status).toBe(409)
    expect(again.body.errors[0].parameter).toBe('year')
    expect(
      (await server.payload.count({ collection: 'annual-reports', overrideAccess: true }))
        .totalDocs,
    ).toBe(1)

    // 2026: carried over natural 1 + nonprofit 1, as the published report carried forward.
    const next = (
      await (await annual(staff, `department=${dept.code}&year=2026&format=json`)).json()
    ).report
    const carriedChecks = next.checks.filter((c: any) => c.kind === 'carried_over')
    expect(carriedChecks).toHaveLength(7)
    expect(carriedChecks.every((c: any) => c.ok)).toBe(true)
    expect(nonzero(next.requests.carriedOver)).toEqual({
      natural_person: 1,
      nonprofit: 1,
      total: 2,
    })

    // The data behind it changes: the carried request's receipt date moves into 2026.
    await server.payload.update({
      collection: 'disclosure-requests',
      id: carried.id,
      data: { receivedOn: '2026-01-05' } as any,
      overrideAccess: true,
    })
    const changed = (
      await (await annual(staff, `department=${dept.code}&year=2026&format=json`)).json()
    ).report
    const nonprofit = changed.checks.find(
      (c: any) => c.kind === 'carried_over' && c.column === 'nonprofit',
    )
    expect(nonprofit).toMatchObject({ ok: false, expected: 1, actual: 0 })
    expect(changed.ok).toBe(false)
    const page = await (await annual(staff, `department=${dept.code}&year=2026`)).text()
    expect(page).toContain('不一致：社会公益组织：2025年报告结转下年度 1，本年上年结转 0')

    // The portal: the published report only, its frozen numbers.
    await server.payload.create({
      collection: 'annual-reports',
      data: { title: '未发布的报告草稿', year: 2025, department: other.id } as any,
      overrideAccess: true,
    })
    const list = await fetch(`${server.url}/reports`)
    expect(list.status).toBe(200)
    const listed = await list.text()
    expect(listed).toContain(`${dept.name}2025年政府信息公开工作年度报告`)
    expect(listed).toContain(`href="/reports/${doc.id}"`)
    expect(listed).not.toContain('未发布的报告草稿')
    const shown = await fetch(`${server.url}/reports/${doc.id}`)
    expect(shown.status).toBe(200)
    const body = await shown.text()
    expect(body).toContain('行政强制')
    // The frozen 2025 row: the change above does not move it.
    expect(body).toContain(
      '<th scope="row" colspan="3">四、结转下年度继续办理</th><td>1</td><td>0</td><td>0</td><td>1</td><td>0</td><td>0</td><td>2</td>',
    )
    const unpublished = (
      await server.payload.find({
        collection: 'annual-reports',
        where: { publishedAt: { exists: false } },
        overrideAccess: true,
      })
    ).docs[0]!
    expect((await fetch(`${server.url}/reports/${unpublished.id}`)).status).toBe(404)
    expect((await fetch(`${server.url}/reports/not-an-id`)).status).toBe(404)
    const print = await fetch(`${server.url}/reports/${doc.id}/print`)
    expect(print.status).toBe(200)
    expect(await print.text()).toContain('<html lang="zh-CN">')
    expect((await fetch(`${server.url}/reports/${unpublished.id}/print`)).status).toBe(404)
    expect(await (await fetch(`${server.url}/reports?locale=en`)).text()).toContain(
      'Annual transparency reports',
    )
    const csv = await fetch(`${server.url}/reports/${doc.id}/csv`)
    expect(csv.status).toBe(200)
    expect(await csv.text()).toContain('行政强制,3')
  })

  it('gives performance figures for a department and period, as JSON and CSV', async () => {
    const perf = await call(
      server,
      staff,
      'GET',
      `/api/reports/performance?department=${dept.code}&from=2025-01-01&to=2025-12-31`,
    )
    expect(perf.status).toBe(200)
    const row = perf.body.departments.find((x: any) => x.departmentCode === dept.code)
    // Answered in 2025: six requests, each within 20 working days of receipt (or of the 补正).
    expect(row.requestsOnTime).toBe(6)
    expect(row.requestsLate).toBe(0)
    expect(row.requestsOverdue).toBe(0)
    const csv = await fetch(
      `${server.url}/api/reports/performance?department=${dept.code}&from=2025-01-01&to=2025-12-31&format=csv`,
      { headers: { authorization: `JWT ${staff.token}` } },
    )
    expect(csv.status).toBe(200)
    expect(await csv.text()).toContain('政务公开绩效：2025-01-01至2025-12-31')
    const bad = await call(
      server,
      staff,
      'GET',
      `/api/reports/performance?department=${dept.code}&from=2025-12-31&to=2025-01-01`,
    )
    expect(bad.status).toBe(400)
    expect(bad.body.errors[0].parameter).toBe('to')
    expect(
      (
        await call(
          server,
          outsider,
          'GET',
          `/api/reports/performance?department=${dept.code}&from=2025-01-01&to=2025-12-31`,
        )
      ).status,
    ).toBe(403)
  })
})
