/**
 * Scheduled publication and removal in one server process, over real HTTP on a real database:
 * exactly the approved version at the due time, standing down when the document changed,
 * unscheduling, retries after transient errors, giving up visibly, and catching up after the
 * runner was down. (Several processes, restarts and kills: scheduler-processes.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_ATTEMPTS } from '../../../src/scheduler/jobs'
import { build, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'
import { approvedDocument, jobsFor, publishRecords, until } from '../../support/scheduling'
import { recordMeasurement } from '../../support/measure'

let server: TestServer
let dept: any
let author: Person
let reviewer: Person
let publisher: Person

const pub = (id: number | string) => call(server, null, 'GET', `/api/policies/${id}?depth=0`)
const inSeconds = (s: number) => new Date(Date.now() + s * 1000).toISOString()

beforeAll(async () => {
  server = await startTestServer({ scheduler: { enabled: true, pollMs: 200, leaseMs: 3_000 } })
  server.scheduler!.retryBaseMs = 100
  dept = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  reviewer = await person(server, dept, ['reviewer'])
  publisher = await person(server, dept, ['publisher'])
})
afterAll(async () => {
  await server?.stop()
})

describe(`scheduled publication on ${dbKind}`, () => {
  const people = () => ({ author, reviewer, publisher })

  it('publishes exactly the approved version, once, at the due time', async () => {
    const id = await approvedDocument(server, people(), { title: '定时发布的标题' })
    const due = inSeconds(1.5)
    expect(
      (await act(server, publisher, 'policies', id, 'schedule', { publishAt: due })).status,
    ).toBe(200)
    expect((await pub(id)).status).toBe(404)
    const seen = await until(async () => (await pub(id)).status === 200, 15_000)
    const delay = seen - Date.parse(due)
    expect(delay).toBeGreaterThanOrEqual(0) // never early
    recordMeasurement(
      `scheduling delay (${dbKind}, poll 200 ms): ${delay} ms from due time to public`,
    )
    expect((await pub(id)).body).toMatchObject({
      title: '定时发布的标题',
      _status: 'published',
      workflowState: 'published',
      publishAt: null,
    })
    const [job] = await jobsFor(server, id)
    expect(job).toMatchObject({ state: 'done', attempts: 1, outcome: 'published' })
    const records = await publishRecords(server, id)
    expect(records).toHaveLength(1)
    expect(records[0]).toMatchObject({ actor: 'scheduler', department: String(dept.id) })
  })

  it('stands down when the document changed after scheduling (the approval is void)', async () => {
    const id = await approvedDocument(server, people(), { title: '原稿' })
    const due = inSeconds(1)
    await act(server, publisher, 'policies', id, 'schedule', { publishAt: due })
    const edit = await call(server, author, 'PATCH', `/api/policies/${id}`, {
      title: '未经审核的修改',
    })
    expect(edit.body.doc.workflowState).toBe('draft')
    await until(async () => (await jobsFor(server, id))[0]?.state === 'cancelled', 15_000)
    expect((await jobsFor(server, id))[0]!.outcome).toMatch(/cancelled: the document is draft/)
    expect((await pub(id)).status).toBe(404)
    expect(await publishRecords(server, id)).toHaveLength(0)
  })

  it('unscheduling and rescheduling replace the earlier job', async () => {
    const id = await approvedDocument(server, people())
    await act(server, publisher, 'policies', id, 'schedule', { publishAt: inSeconds(3600) })
    await act(server, publisher, 'policies', id, 'schedule', { publishAt: inSeconds(7200) })
    expect((await act(server, publisher, 'policies', id, 'unschedule')).status).toBe(200)
    const jobs = await jobsFor(server, id)
    expect(jobs.map((j) => [j.state, j.outcome])).toEqual([
      ['cancelled', 'rescheduled'],
      ['cancelled', 'unscheduled'],
    ])
    const status = await call(server, publisher, 'GET', `/api/policies/${id}/workflow`)
    expect(status.body).toMatchObject({ workflowState: 'approved', publishAt: null })
  })

  it('only a publisher of the department schedules', async () => {
    const id = await approvedDocument(server, people())
    for (const who of [author, reviewer]) {
      const res = await act(server, who, 'policies', id, 'schedule', { publishAt: inSeconds(60) })
      expect(res.status).toBe(403)
    }
    const past = await act(server, publisher, 'policies', id, 'schedule', {
      publishAt: '2020-01-01T00:00:00Z',
    })
    expect(past.status).toBe(400)
    expect(past.body.errors[0].field).toBe('publishAt')
    expect(await jobsFor(server, id)).toHaveLength(0)
  })

  it('retries after a transient error, and publishes once', async () => {
    const id = await approvedDocument(server, people())
    server.scheduler!.faults.push(() => {
      throw new Error('connection reset (injected)')
    })
    await act(server, publisher, 'policies', id, 'schedule', { publishAt: inSeconds(0.5) })
    await until(async () => (await jobsFor(server, id))[0]?.state === 'done', 15_000)
    expect((await jobsFor(server, id))[0]).toMatchObject({ attempts: 2, outcome: 'published' })
    expect(await publishRecords(server, id)).toHaveLength(1)
    expect((await pub(id)).status).toBe(200)
  })

  it(`gives up after ${MAX_ATTEMPTS} failed attempts, visibly, and publishes nothing`, async () => {
    const id = await approvedDocument(server, people())
    for (let i = 0; i < MAX_ATTEMPTS; i++)
      server.scheduler!.faults.push(() => {
        throw new Error(`database unavailable (injected ${i + 1})`)
      })
    await act(server, publisher, 'policies', id, 'schedule', { publishAt: inSeconds(0.5) })
    await until(async () => (await jobsFor(server, id))[0]?.state === 'failed', 20_000)
    expect((await jobsFor(server, id))[0]).toMatchObject({
      attempts: MAX_ATTEMPTS,
      lastError: `Error: database unavailable (injected ${MAX_ATTEMPTS})`,
    })
    expect((await pub(id)).status).toBe(404)
    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'schedule.failed' }, targetId: { equals: String(id) } },
      overrideAccess: true,
    })
    expect(docs).toHaveLength(1)
  })

  it('catches up on start with what fell due while the runner was down', async () => {
    await server.scheduler!.stop()
    const id = await approvedDocument(server, people())
    await act(server, publisher, 'policies', id, 'schedule', { publishAt: inSeconds(0.3) })
    await new Promise((r) => setTimeout(r, 1_000))
    expect((await pub(id)).status).toBe(404)
    server.scheduler!.start()
    await until(async () => (await pub(id)).status === 200, 15_000)
    expect(await publishRecords(server, id)).toHaveLength(1)
  })
})

describe(`scheduled removal on ${dbKind}`, () => {
  it('removes a published document at its unpublishAt, once', async () => {
    const created = await call(server, author, 'POST', '/api/policies', {
      ...build.policies(dept.id),
      unpublishAt: inSeconds(3),
    })
    const id = created.body.doc.id
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', id)
    expect((await pub(id)).status).toBe(200)
    await until(async () => (await jobsFor(server, id, 'unpublish'))[0]?.state === 'done', 15_000)
    const stored: any = await server.payload.findByID({
      collection: 'policies',
      id,
      overrideAccess: true,
    })
    expect(stored).toMatchObject({ _status: 'published', workflowState: 'unpublished' })
    expect(stored.unpublishedReason).toMatch(/scheduled end of publication/)
    expect((await pub(id)).status).toBe(404)
  })

  it('moving or clearing the removal time moves or cancels the job', async () => {
    const created = await call(server, author, 'POST', '/api/policies', {
      ...build.policies(dept.id),
      unpublishAt: inSeconds(3600),
    })
    const id = created.body.doc.id
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', id)
    const first = (await jobsFor(server, id, 'unpublish'))[0]!
    expect(first.state).toBe('pending')
    await call(server, author, 'PATCH', `/api/policies/${id}`, { unpublishAt: null })
    await publishThroughWorkflow(server, { author, reviewer, publisher }, 'policies', id)
    expect((await jobsFor(server, id, 'unpublish'))[0]).toMatchObject({
      id: first.id,
      state: 'cancelled',
    })
  })
})
