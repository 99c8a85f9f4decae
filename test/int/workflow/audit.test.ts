/**
 * The audit trail over real HTTP on a real database: what is recorded (who, from where, which
 * department, what changed), who may read and export it (the audit admin only), that nobody
 * writes it through any API, that it shares the transaction of the change, and that a record
 * changed or removed in the database behind Gongkai's back is detected.
 */
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { purgeAuditTrail, RetentionError } from '../../../src/audit/retention'
import { verifyAuditTrail } from '../../../src/audit/verify'
import { build, makeDepartment } from '../../support/factories'
import { cliOn, dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, PASSWORD, type Person, person } from '../../support/people'

let server: TestServer
let dept: any
let author: Person
let reviewer: Person
let publisher: Person
let auditor: Person
let security: Person
let sysadmin: Person

type Record = { [key: string]: any }

async function trail(where: Record = {}): Promise<Record[]> {
  const { docs } = await server.payload.find({
    collection: 'audit-log',
    where,
    sort: 'seq',
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs as Record[]
}

async function lastFor(targetId: string | number) {
  return (await trail({ targetId: { equals: String(targetId) } })).at(-1)
}

const cli = (...args: string[]) => cliOn(server, ...args)

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
  auditor = await person(server, null, [], { platformRoles: ['audit_admin'] })
  security = await person(server, null, [], { platformRoles: ['security_admin'] })
  sysadmin = await person(server, null, [], { platformRoles: ['system_admin'] })
})
afterAll(async () => {
  await server?.stop()
})

describe(`audit trail on ${dbKind}`, () => {
  it('records creation, edits and every workflow step with actor, address and department', async () => {
    const created = await call(server, author, 'POST', '/api/policies', build.policies(dept.id))
    expect(created.status).toBe(201)
    const id = created.body.doc.id
    const create = await lastFor(id)
    expect(create).toMatchObject({
      action: 'create',
      actor: author.email,
      actorId: String(author.id),
      department: String(dept.id),
      collection: 'policies',
      targetUid: created.body.doc.uid,
      result: 'success',
    })
    expect(create!.ip).toMatch(/127\.0\.0\.1$/)
    expect(create!.changedFields).toContain('title')
    expect(Date.parse(create!.at)).toBeGreaterThan(Date.now() - 60_000)

    const edit = await call(server, author, 'PATCH', `/api/policies/${id}`, { summary: '改过' })
    expect(edit.status).toBe(200)
    const update = await lastFor(id)
    expect(update).toMatchObject({ action: 'update', actor: author.email })
    expect(update!.changedFields).toContain('summary')
    expect(update!.changedFields).not.toContain('title')

    for (const [who, action, input] of [
      [author, 'submit', {}],
      [reviewer, 'approve', {}],
      [publisher, 'publish', {}],
      [publisher, 'withdraw', { notice: '因政策调整撤回' }],
    ] as const) {
      expect((await act(server, who, 'policies', id, action, input)).status).toBe(200)
      expect(await lastFor(id)).toMatchObject({
        action: `workflow.${action}`,
        actor: who.email,
        department: String(dept.id),
        result: 'success',
      })
    }
    const published = (await trail({ targetId: { equals: String(id) } })).find(
      (r) => r.action === 'workflow.publish',
    )
    expect(published!.detail).toMatchObject({ status: 'published', workflowState: 'published' })
  })

  it('records sign-ins that succeed and fail, with the address', async () => {
    const ok = await call(server, null, 'POST', '/api/users/login', {
      email: author.email,
      password: PASSWORD,
    })
    expect(ok.status).toBe(200)
    const bad = await call(server, null, 'POST', '/api/users/login', {
      email: author.email,
      password: 'not the password at all',
    })
    expect(bad.status).toBe(401)
    const logins = (await trail({ action: { equals: 'login' } })).filter(
      (r) => r.actor === author.email,
    )
    expect(logins.slice(-2).map((r) => r.result)).toEqual(['success', 'failure'])
    expect(logins.at(-1)!.ip).toMatch(/127\.0\.0\.1$/)
    expect(logins.at(-2)!.actorId).toBe(String(author.id))
  })

  it('records role changes (before and after) and unlocks by the security admin', async () => {
    const target = await person(server, dept, ['author'])
    const res = await call(server, security, 'PATCH', `/api/users/${target.id}`, {
      memberships: [{ department: dept.id, roles: ['author', 'reviewer'] }],
    })
    expect(res.status).toBe(200)
    const change = await lastFor(target.id)
    expect(change).toMatchObject({ action: 'user.roles', actor: security.email })
    expect(change!.detail.memberships.before).toEqual([[dept.id, ['author']]])
    expect(change!.detail.memberships.after).toEqual([[dept.id, ['author', 'reviewer']]])

    const unlock = await call(server, security, 'POST', '/api/users/unlock', {
      email: target.email,
    })
    expect(unlock.status).toBe(200)
    const record = (await trail({ action: { equals: 'user.unlock' } })).at(-1)
    expect(record).toMatchObject({ actor: security.email, detail: { email: target.email } })
  })

  it('only the audit admin reads it; nobody writes, changes or deletes it through any API', async () => {
    const own = await call(server, auditor, 'GET', '/api/audit-log?limit=5')
    expect(own.status).toBe(200)
    expect(own.body.totalDocs).toBeGreaterThan(5)
    for (const who of [sysadmin, security, author, publisher, null]) {
      const res = await call(server, who, 'GET', '/api/audit-log')
      expect(res.status, who?.email ?? 'anonymous').toBe(403)
      const gql = await call(server, who, 'POST', '/api/graphql', {
        query: '{ AuditLogs { totalDocs docs { actor } } }',
      })
      expect(gql.body.data?.AuditLogs ?? null).toBeNull()
    }
    const [first] = await trail()
    for (const who of [auditor, sysadmin, security]) {
      expect(
        (await call(server, who, 'POST', '/api/audit-log', { ...first, seq: 999999 })).status,
      ).toBe(403)
      expect(
        (await call(server, who, 'PATCH', `/api/audit-log/${first!.id}`, { actor: 'someone else' }))
          .status,
      ).toBe(403)
      expect((await call(server, who, 'DELETE', `/api/audit-log/${first!.id}`)).status).toBe(403)
    }
    const gql = await call(server, auditor, 'POST', '/api/graphql', {
      query: `mutation { deleteAuditLog(id: ${JSON.stringify(first!.id)}) { id } }`,
    })
    expect(gql.body.errors?.length).toBeGreaterThan(0)
    expect((await trail())[0]).toMatchObject({ seq: first!.seq, actor: first!.actor })
    expect((await verifyAuditTrail(server.payload)).ok).toBe(true)
  })

  it('the audit admin exports it as CSV, and the export is recorded', async () => {
    const before = (await trail()).length
    for (const who of [sysadmin, security, author]) {
      expect((await call(server, who, 'GET', '/api/audit-log/export')).status).toBe(403)
    }
    expect(
      (await call(server, auditor, 'GET', '/api/audit-log/export?from=yesterday')).body,
    ).toMatchObject({ status: 400, parameter: 'from' })
    const res = await fetch(`${server.url}/api/audit-log/export?from=2000-01-01`, {
      headers: { authorization: `JWT ${auditor.token}` },
    })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/)
    const lines = (await res.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\n')
    expect(lines[0]).toBe(
      'seq,at,actor,actorId,ip,department,action,collection,targetId,targetUid,result,changedFields,detail,prevHash,hash',
    )
    const records = await trail()
    // Every record, the export's own included, in sequence order.
    expect(records.length).toBe(before + 1)
    expect(lines.length - 1).toBeGreaterThanOrEqual(records.length)
    expect(records.at(-1)).toMatchObject({ action: 'audit.export', actor: auditor.email })
    expect(lines.slice(1).map((l) => Number(l.split(',')[0]))).toEqual(
      records.map((r) => r.seq).slice(0, lines.length - 1),
    )
  })

  it('is written in the transaction of the change: a rolled-back change leaves no record', async () => {
    const doc: any = await server.payload.create({
      collection: 'policies',
      data: build.policies(dept.id) as any,
      draft: true,
    })
    const before = (await trail()).length
    const req = await createLocalReq({}, server.payload)
    await initTransaction(req)
    await server.payload.update({
      collection: 'policies',
      id: doc.id,
      data: { summary: '不会保存' },
      draft: true,
      req,
    })
    expect((await trail()).length).toBe(before) // not visible outside the transaction yet
    await killTransaction(req)
    expect((await trail()).length).toBe(before)
    const stored: any = await server.payload.findByID({
      collection: 'policies',
      id: doc.id,
      draft: true,
    })
    expect(stored.summary).not.toBe('不会保存')

    const commit = await createLocalReq({}, server.payload)
    await initTransaction(commit)
    await server.payload.update({
      collection: 'policies',
      id: doc.id,
      data: { summary: '保存' },
      draft: true,
      req: commit,
    })
    await commitTransaction(commit)
    expect(await lastFor(doc.id)).toMatchObject({ action: 'update', actor: 'system' })
  })

  it('concurrent writes keep one unbroken chain', async () => {
    const before = (await trail()).length
    await Promise.all(
      Array.from({ length: 12 }, () =>
        call(server, author, 'POST', '/api/policies', build.policies(dept.id)),
      ),
    )
    const records = await trail()
    expect(records.length).toBe(before + 12)
    expect(records.map((r) => r.seq)).toEqual(records.map((_, i) => records[0]!.seq + i))
    expect((await verifyAuditTrail(server.payload)).ok).toBe(true)
  })

  it('audit:verify detects a record edited or removed directly in the database', async () => {
    const ok = cli('audit:verify')
    expect(ok.stderr).toMatch(/audit trail intact: \d+ records/)
    expect(ok.code).toBe(0)

    const records = await trail()
    const victim = records[3]!
    // Straight to the database adapter: no hooks, no access control, as a DBA would.
    await server.payload.db.updateOne({
      collection: 'audit-log',
      where: { id: { equals: victim.id } },
      data: { actor: 'nobody@example.gov' },
    })
    const edited = cli('audit:verify')
    expect(edited.code).toBe(2)
    expect(edited.stderr).toContain(`broken at record ${victim.seq} (hash_mismatch)`)

    await server.payload.db.updateOne({
      collection: 'audit-log',
      where: { id: { equals: victim.id } },
      data: { actor: victim.actor },
    })
    expect(await verifyAuditTrail(server.payload)).toMatchObject({ ok: true })

    await server.payload.db.deleteOne({
      collection: 'audit-log',
      where: { id: { equals: records[5]!.id } },
    })
    const removed = cli('audit:verify')
    expect(removed.code).toBe(2)
    expect(removed.stderr).toContain(`broken at record ${records[6]!.seq} (sequence_gap)`)
  })
})

// Last: it purges the trail (Payload caches one instance per process, so one server per file).
describe(`audit retention on ${dbKind}`, () => {
  it('records younger than 180 days cannot be purged; older ones can, and the rest still verifies', async () => {
    const all = await trail()
    const day = 86_400_000
    const tomorrow = new Date(Date.now() + day)
    await expect(purgeAuditTrail(server.payload, tomorrow)).rejects.toThrow(RetentionError)
    await expect(purgeAuditTrail(server.payload, new Date(Date.now() - 179 * day))).rejects.toThrow(
      /younger than 180 days/,
    )
    const refused = cli('audit:purge', '--before', new Date().toISOString().slice(0, 10))
    expect(refused.code).toBe(2)
    expect(refused.stderr).toMatch(/younger than 180 days cannot be purged/)
    expect((await trail()).length).toBe(all.length)

    // Seen from 200 days on, every record so far is old enough.
    const later = new Date(Date.now() + 200 * day)
    const result = await purgeAuditTrail(server.payload, tomorrow, { now: later })
    expect(result).toEqual({ purged: all.length, throughSeq: all.at(-1)!.seq })
    await server.payload.create({
      collection: 'policies',
      data: build.policies(dept.id) as any,
      draft: true,
    })
    const rest = await trail()
    expect(rest.map((r) => r.action)).toEqual(['audit.purge', 'create'])
    expect(rest[0]).toMatchObject({ seq: all.at(-1)!.seq + 1, detail: { purged: all.length } })
    expect(await verifyAuditTrail(server.payload)).toMatchObject({ ok: true, records: 2 })
  })
})
