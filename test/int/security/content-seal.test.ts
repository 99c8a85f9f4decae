/**
 * Tamper evidence for published content (security-checks.md 22): every public document is sealed
 * (HMAC of its public row and published record) by whatever the CMS writes (publication, change,
 * withdrawal, the bulk import); a change made in the database behind the CMS's back, to the
 * record or to the public row, is found by the check, raised once as an alert in the admin for the
 * security admins and recorded in the audit trail; `npm run content:verify` exits 2 naming it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  raiseMismatches,
  sealUnsealed,
  verifyPublishedContent,
} from '../../../src/integrity/verify'
import {
  build,
  importGeneratedDecisions,
  makeDepartment,
  makeDocument,
} from '../../support/factories'
import { cliOn, dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person, type Person, publishThroughWorkflow } from '../../support/people'

let server: TestServer
let dept: any
let security: Person
const docs: Record<string, any> = {}

const cli = (...args: string[]) => cliOn(server, ...args)

const rowOf = async (collection: string, id: number | string) =>
  (
    await server.payload.find({
      collection: 'public-documents',
      where: { key: { equals: `${collection}:${id}` } },
      overrideAccess: true,
    })
  ).docs[0] as any

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  dept = await makeDepartment(payload)
  security = await person(server, null, [], { platformRoles: ['security_admin'] })
  docs.policy = await makeDocument(payload, 'policies', dept.id)
  docs.procedure = await makeDocument(payload, 'procedures', dept.id)
  docs.licence = await makeDocument(payload, 'licensing-decisions', dept.id)
  docs.withdrawn = await makeDocument(payload, 'policies', dept.id)
  // A change through the CMS, and a withdrawal: both seal again.
  await payload.update({
    collection: 'policies',
    id: docs.policy.id,
    data: { summary: '经修订的摘要' } as any,
  })
  await payload.update({
    collection: 'policies',
    id: docs.withdrawn.id,
    data: { workflowState: 'withdrawn', withdrawnNotice: '已被新文件替代' } as any,
  })
  // Through the workflow over HTTP: an author's draft, reviewed and published, then a change of
  // it reviewed and published again.
  const people = {
    author: await person(server, dept, ['author']),
    reviewer: await person(server, dept, ['reviewer']),
    publisher: await person(server, dept, ['publisher']),
  }
  const draft = await call(server, people.author, 'POST', '/api/policies', build.policies(dept.id))
  expect(draft.status).toBe(201)
  docs.workflow = draft.body.doc
  await publishThroughWorkflow(server, people, 'policies', docs.workflow.id)
  const edit = await call(server, people.author, 'PATCH', `/api/policies/${docs.workflow.id}`, {
    summary: '经审核的修改',
  })
  expect(edit.status).toBe(200)
  await publishThroughWorkflow(server, people, 'policies', docs.workflow.id)
  // New decisions by the import's bulk path, published.
  const summary = await importGeneratedDecisions(payload, {
    department: dept.id,
    rows: 30,
    seed: 5,
  })
  expect(summary.created).toBe(30)
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe(`content seals on ${dbKind}`, () => {
  it('everything the CMS published is sealed and verifies', async () => {
    const row = await rowOf('policies', docs.policy.id)
    expect(row.seal).toMatch(/^[0-9a-f]{64}$/)
    expect((await rowOf('policies', docs.withdrawn.id)).state).toBe('withdrawn')
    const report = await verifyPublishedContent(server.payload)
    expect(report.mismatches).toEqual([])
    expect(report.checked).toBe(35)
    const ok = cli('content:verify')
    expect(ok.stderr).toContain('published content intact: 35 public documents')
    expect(ok.code).toBe(0)
  })

  it('finds a record and a public row changed behind the CMS, raises each once, and says so', async () => {
    const { payload } = server
    // Straight to the database adapter: no hooks, no access control, as a DBA would.
    await payload.db.updateOne({
      collection: 'procedures',
      where: { id: { equals: docs.procedure.id } },
      data: { itemCode: '999999999' },
    } as any)
    const licenceRow = await rowOf('licensing-decisions', docs.licence.id)
    await payload.db.updateOne({
      collection: 'public-documents',
      where: { id: { equals: licenceRow.id } },
      data: { titleZh: '篡改后的标题' },
    } as any)

    const report = await verifyPublishedContent(payload)
    expect(report.checked).toBe(35)
    expect(report.mismatches.map((m) => [m.source, m.sourceId, m.reason]).sort()).toEqual(
      [
        ['licensing-decisions', String(docs.licence.id), 'changed'],
        ['procedures', String(docs.procedure.id), 'changed'],
      ].sort(),
    )
    expect(await raiseMismatches(payload, report.mismatches)).toBe(2)
    // Once per tampered state: the next check raises nothing new.
    expect(await raiseMismatches(payload, (await verifyPublishedContent(payload)).mismatches)).toBe(
      0,
    )
    const alerts = await payload.find({
      collection: 'notifications',
      where: { and: [{ user: { equals: security.id } }, { kind: { equals: 'alert' } }] },
      overrideAccess: true,
    })
    expect(alerts.totalDocs).toBe(2)
    expect(alerts.docs.map((d: any) => d.title).join('\n')).toContain('内容防篡改告警')
    const audit = await payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'integrity.mismatch' } },
      overrideAccess: true,
    })
    expect(audit.docs.map((d: any) => d.targetUid).sort()).toEqual(
      [docs.procedure.uid, docs.licence.uid].sort(),
    )

    const cliRun = cli('content:verify')
    expect(cliRun.code).toBe(2)
    expect(cliRun.stderr).toContain('2 of 35 public documents do not match their seals')
    expect(cliRun.stderr).toContain(docs.procedure.uid)
  })

  it('a republication through the CMS seals the document again', async () => {
    const { payload } = server
    await payload.update({
      collection: 'procedures',
      id: docs.procedure.id,
      data: { itemCode: '330100000000', _status: 'published' } as any,
    })
    const report = await verifyPublishedContent(payload)
    expect(report.mismatches.map((m) => m.source)).toEqual(['licensing-decisions'])
  })

  it('many mismatches at once: the first few alerted one by one, the rest as one lot, each once', async () => {
    const { payload } = server
    // As a restored old backup would look: rows the CMS never sealed, by the thousand. Made up:
    // raiseMismatches reports what it is given.
    const lot = Array.from({ length: 7 }, (_, i) => ({
      uid: `00000000-0000-7000-8000-00000000000${i}`,
      type: 'policy',
      source: 'policies',
      sourceId: String(900_000 + i),
      title: `批量篡改测试 ${i}`,
      reason: (i % 2 ? 'changed' : 'unsealed') as 'changed' | 'unsealed',
      seal: i % 2 ? `v1:made-up-${i}` : null,
    }))
    const alertsOf = async () =>
      (
        await payload.find({
          collection: 'notifications',
          where: { and: [{ user: { equals: security.id } }, { kind: { equals: 'alert' } }] },
          sort: 'id',
          pagination: false,
          overrideAccess: true,
        })
      ).docs as any[]
    const auditsOf = async () =>
      (
        await payload.find({
          collection: 'audit-log',
          where: { action: { equals: 'integrity.mismatch' } },
          sort: 'id',
          pagination: false,
          overrideAccess: true,
        })
      ).docs as any[]
    const alertsBefore = (await alertsOf()).length
    const auditsBefore = (await auditsOf()).length

    expect(await raiseMismatches(payload, lot, { limit: 3 })).toBe(7)
    const alerts = (await alertsOf()).slice(alertsBefore)
    expect(alerts).toHaveLength(4)
    expect(alerts.slice(0, 3).map((a) => a.title)).toEqual(
      [0, 1, 2].map((i) => `内容防篡改告警：批量篡改测试 ${i}`),
    )
    expect(alerts[3].title).toContain('另有 4 个公开条目未通过校验')
    expect(alerts[3].body).toContain(lot[3]!.uid)
    expect(alerts[3].body).toContain('npm run content:verify')
    const audits = (await auditsOf()).slice(auditsBefore)
    expect(audits).toHaveLength(4)
    const summary = audits.find((a) => !a.targetUid)
    expect(summary.detail.documents).toBe(4)
    expect(summary.detail.first.map((f: any) => f.uid)).toEqual(lot.slice(3).map((m) => m.uid))

    // The same state found again: nothing new, in either form.
    expect(await raiseMismatches(payload, lot, { limit: 3 })).toBe(0)
    expect((await alertsOf()).length).toBe(alertsBefore + 4)
    expect((await auditsOf()).length).toBe(auditsBefore + 4)
  })

  it('a public row whose record was deleted behind the CMS: record missing', async () => {
    const { payload } = server
    const gone = await makeDocument(payload, 'procedures', dept.id)
    await payload.db.deleteOne({
      collection: 'procedures',
      where: { id: { equals: gone.id } },
    } as any)
    const report = await verifyPublishedContent(payload)
    const mine = report.mismatches.filter((m) => m.source === 'procedures')
    expect(mine.map((m) => [m.sourceId, m.reason])).toEqual([[String(gone.id), 'record missing']])
  })

  it('a row without a seal is reported; the upgrade migration seals what is public', async () => {
    const { payload } = server
    const row = await rowOf('policies', docs.policy.id)
    await payload.db.updateOne({
      collection: 'public-documents',
      where: { id: { equals: row.id } },
      data: { seal: null },
    } as any)
    const report = await verifyPublishedContent(payload)
    const policyKey = `policies:${docs.policy.id}`
    const keyOf = (m: { source: string; sourceId: string }) => `${m.source}:${m.sourceId}`
    expect(report.mismatches.find((m) => keyOf(m) === policyKey)?.reason).toBe('unsealed')
    expect(await sealUnsealed(payload)).toBe(1)
    expect((await verifyPublishedContent(payload)).mismatches.map(keyOf)).not.toContain(policyKey)
  })
})
