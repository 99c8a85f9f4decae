/**
 * The clock dashboard and the daily reminders, over HTTP and through the job, on a real database
 * and a real SMTP server on 127.0.0.1 (smtp-server): documents not published within their 20 or
 * 7 working days and disclosure requests past or near their due date are listed for their
 * department, most urgent first; each person gets one digest a day, in the admin and by email,
 * and running the job again sends nothing more.
 */
import { SMTPServer } from 'smtp-server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { sendReminders } from '../../../src/clocks/reminders'
import { makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person, type Person } from '../../support/people'

const TODAY = '2026-11-27'
let server: TestServer
let smtp: SMTPServer
const mail: Array<{ to: string; raw: string }> = []
let staff: Person
let assignee: Person
let outsider: Person
const ids: Record<string, string | number> = {}

beforeAll(async () => {
  smtp = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData(stream, session, callback) {
      let raw = ''
      stream.on('data', (chunk) => (raw += chunk.toString('utf8')))
      stream.on('end', () => {
        for (const to of session.envelope.rcptTo) mail.push({ to: to.address, raw })
        callback()
      })
    },
  })
  await new Promise<void>((resolve) => smtp.listen(0, '127.0.0.1', resolve))
  const port = (smtp.server.address() as { port: number }).port
  server = await startTestServer({
    email: { smtpUrl: `smtp://127.0.0.1:${port}`, from: '公开平台 <noreply@example.gov>' },
  })
  const dept = await makeDepartment(server.payload)
  const other = await makeDepartment(server.payload)
  staff = await person(server, dept, ['author'])
  assignee = await person(server, dept, ['reviewer'])
  outsider = await person(server, other, ['author'])
  const p = server.payload
  // 成文 2026-10-20: due 2026-11-17, overdue on the 27th.
  ids.late = (
    await makeDocument(p, 'policies', dept.id, { signedDate: '2026-10-20' }, { draft: true })
  ).id
  // 成文 2026-11-02: due 2026-11-30, one working day left on the 27th.
  ids.soon = (
    await makeDocument(p, 'policies', dept.id, { signedDate: '2026-11-02' }, { draft: true })
  ).id
  // 成文 2026-11-20: due 2026-12-18, on time: not listed.
  await makeDocument(p, 'policies', dept.id, { signedDate: '2026-11-20' }, { draft: true })
  // Published long ago: met, not listed.
  await makeDocument(p, 'policies', dept.id, { signedDate: '2026-01-05' })
  // Penalty decided Friday 2026-11-20: due 2026-12-01 (7 working days), due soon.
  ids.decision = (
    await makeDocument(
      p,
      'penalty-decisions',
      dept.id,
      { decisionDate: '2026-11-20', publicationEndDate: '2029-11-20' },
      { draft: true },
    )
  ).id
  // A request received by post on Friday 2026-10-09: Saturday 10-10 is a make-up working day, so
  // it is due 2026-11-05; assigned to the reviewer.
  const request = await call(server, staff, 'POST', '/api/disclosure-requests', {
    department: dept.id,
    receivedVia: 'post',
    receivedOn: '2026-10-09',
    applicant: {
      type: 'other',
      name: '某协会',
      organizationCode: '51330000MJ0000000X',
      email: 'x@example.org',
    },
    request: { description: '请提供某项统计数据。' },
  })
  ids.request = request.body.doc.id
  const assigned = await call(
    server,
    staff,
    'POST',
    `/api/disclosure-requests/${ids.request}/events`,
    {
      type: 'assigned',
      assignee: assignee.id,
      date: '2026-10-09',
    },
  )
  expect(assigned.status).toBe(200)
})

afterAll(async () => {
  await server?.stop()
  await new Promise<void>((resolve) => (smtp ? smtp.close(() => resolve()) : resolve()))
})

describe(`statutory clock dashboard and reminders (${dbKind})`, () => {
  it('lists what is overdue, then what is due soon, for the department only', async () => {
    const res = await call(server, staff, 'GET', `/api/clocks/dashboard?today=${TODAY}`)
    expect(res.status).toBe(200)
    expect(res.body).toMatchObject({ today: TODAY, overdue: 2, dueSoon: 2, paused: 0 })
    expect(
      res.body.items.map((i: any) => [i.collection, String(i.id), i.dueDate, i.state]),
    ).toEqual([
      ['disclosure-requests', String(ids.request), '2026-11-05', 'overdue'],
      ['policies', String(ids.late), '2026-11-17', 'overdue'],
      ['policies', String(ids.soon), '2026-11-30', 'due_soon'],
      ['penalty-decisions', String(ids.decision), '2026-12-01', 'due_soon'],
    ])
    expect(res.body.items[2].workingDaysLeft).toBe(1)
    const elsewhere = await call(server, outsider, 'GET', `/api/clocks/dashboard?today=${TODAY}`)
    expect(elsewhere.body.items).toEqual([])
    expect((await call(server, null, 'GET', '/api/clocks/dashboard')).status).toBe(401)
    expect(
      (await call(server, staff, 'GET', '/api/clocks/dashboard?today=2026-13-01')).status,
    ).toBe(400)
  })

  it('sends one digest per person and day, in the admin and by email; a second run sends nothing', async () => {
    const first = await sendReminders(server.payload, { today: TODAY })
    expect(first).toEqual({ notified: 2, emailed: 2, items: 4 })
    const again = await sendReminders(server.payload, { today: TODAY })
    expect(again).toEqual({ notified: 0, emailed: 0, items: 4 })

    const mine = await call(server, staff, 'GET', '/api/notifications?depth=0')
    expect(mine.body.docs).toHaveLength(1)
    const digest = mine.body.docs[0]
    expect(digest.title).toBe('法定时限提醒：1 项已逾期，2 项即将到期')
    expect(digest.body).not.toContain('2026-11-05') // the request is the assignee's
    expect(digest).not.toHaveProperty('key')
    const theirs = await call(server, assignee, 'GET', '/api/notifications?depth=0')
    expect(theirs.body.docs).toHaveLength(1)
    expect(theirs.body.docs[0].title).toBe('法定时限提醒：2 项已逾期，2 项即将到期')
    expect(theirs.body.docs[0].body).toContain('依申请公开')
    expect((await call(server, outsider, 'GET', '/api/notifications')).body.docs).toHaveLength(0)
    // Marked read by its reader; nobody else's to touch; never created over the API.
    const read = await call(server, staff, 'PATCH', `/api/notifications/${digest.id}`, {
      readAt: new Date().toISOString(),
    })
    expect(read.status).toBe(200)
    const foreign = await call(
      server,
      staff,
      'PATCH',
      `/api/notifications/${theirs.body.docs[0].id}`,
      {
        readAt: null,
      },
    )
    expect([403, 404]).toContain(foreign.status)
    const untouched = await server.payload.findByID({
      collection: 'notifications',
      id: theirs.body.docs[0].id,
    })
    expect(untouched.readAt ?? null).toBeNull()
    expect(
      (
        await call(server, staff, 'POST', '/api/notifications', {
          user: staff.id,
          kind: 'alert',
          title: 'x',
        })
      ).status,
    ).toBe(403)

    expect(mail.map((m) => m.to).sort()).toEqual([staff.email, assignee.email].sort())
    expect(mail.every((m) => /^Subject: /m.test(m.raw))).toBe(true)
  })
})
