/**
 * Disclosure requests (依申请公开) end to end over HTTP: public submission (JSON and multipart with
 * sniffed attachments), refusals that name each field and store nothing, the status endpoint
 * behind the access key, the handling department's events (补正, consultation, extension, answer)
 * with the clock recomputed, a local calendar entry moving an open due date, and who can see what.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chinaDate, WorkingCalendar } from '../../../src/clocks/calendar'
import { makeDepartment, residentId } from '../../support/factories'
import { colourPng, htmlPretendingToBePdf, minimalPdf } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { openApiValidator, type OpenApiValidator } from '../../support/openapi'
import { call, person, type Person } from '../../support/people'

let server: TestServer
let dept: any
let other: any
let staff: Person
let outsider: Person
let sysadmin: Person
let check: OpenApiValidator
let filesDir: string

const calendar = new WorkingCalendar()
const today = () => chinaDate(new Date())

const valid = () => ({
  department: dept.code,
  applicantType: 'natural_person',
  applicantName: '张三',
  idType: 'resident_id',
  idNumber: residentId(),
  email: 'zhang@example.com',
  description: '请公开2025年本部门行政事业性收费的项目和金额。',
  documentTitle: '收费目录',
  preferredForm: 'electronic',
  channel: 'email',
})

const post = (
  body: unknown,
  headers: Record<string, string> = { 'content-type': 'application/json' },
) =>
  fetch(`${server.url}/api/v1/disclosure-requests`, {
    method: 'POST',
    headers,
    body: body instanceof FormData ? body : JSON.stringify(body),
  })

const status = (code: string, key?: string) =>
  fetch(`${server.url}/api/v1/disclosure-requests/${code}`, {
    headers: key ? { 'x-access-key': key } : {},
  })

async function counts() {
  const requests = await server.payload.count({
    collection: 'disclosure-requests',
    overrideAccess: true,
  })
  const files = await server.payload.count({ collection: 'request-files', overrideAccess: true })
  const onDisk = fs.existsSync(filesDir) ? fs.readdirSync(filesDir).length : 0
  return { requests: requests.totalDocs, files: files.totalDocs, onDisk }
}

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  other = await makeDepartment(server.payload)
  staff = await person(server, dept, ['author'])
  outsider = await person(server, other, ['department_admin'])
  sysadmin = await person(server, null, [], { platformRoles: ['system_admin'] })
  check = openApiValidator(await (await fetch(`${server.url}/api/v1/openapi.json`)).json())
  filesDir = server.payload.collections['request-files'].config.upload.staticDir!
})

afterAll(async () => {
  await server?.stop()
})

describe(`disclosure requests (${dbKind})`, () => {
  it('accepts a JSON submission: 201 with tracking code, key, receipt date and the 20-working-day due date', async () => {
    const res = await post(valid())
    const body = await res.json()
    expect(res.status).toBe(201)
    expect(check('/disclosure-requests', 201, body, 'application/json', 'post')).toEqual([])
    expect(body.trackingCode).toMatch(/^\d{4}-[2-9A-Z]{5}-[2-9A-Z]{5}$/)
    expect(body.receivedOn).toBe(today())
    expect(body.dueDate).toBe(calendar.addWorkingDays(today(), 20))
    expect(res.headers.get('location')).toBe(`/api/v1/disclosure-requests/${body.trackingCode}`)
    expect(res.headers.get('cache-control')).toBe('no-store')

    const seen = await status(body.trackingCode, body.accessKey)
    const page = await seen.json()
    expect(seen.status).toBe(200)
    expect(check('/disclosure-requests/{trackingCode}', 200, page)).toEqual([])
    expect(page).toMatchObject({
      status: 'received',
      dueDate: body.dueDate,
      department: { code: dept.code },
    })
    // Nothing of the applicant goes back out, not even to the applicant's own key.
    expect(JSON.stringify(page)).not.toMatch(/张三|zhang@|330102/)
    // Wrong key, no key, unknown code: the same 404.
    for (const res of [
      await status(body.trackingCode, 'x'.repeat(32)),
      await status(body.trackingCode),
      await status('2026-AAAAA-BBBBB', body.accessKey),
    ]) {
      expect(res.status).toBe(404)
      expect(
        check(
          '/disclosure-requests/{trackingCode}',
          404,
          await res.json(),
          'application/problem+json',
        ),
      ).toEqual([])
    }
    // Stored hashed; the hash is never readable.
    const stored: any = (
      await server.payload.find({
        collection: 'disclosure-requests',
        where: { trackingCode: { equals: body.trackingCode } },
        overrideAccess: true,
        showHiddenFields: true,
      })
    ).docs[0]
    expect(stored.accessKeyHash).toMatch(/^[0-9a-f]{64}$/)
    expect(stored.accessKeyHash).not.toContain(body.accessKey)
    const asStaff = await call(server, staff, 'GET', `/api/disclosure-requests/${stored.id}`)
    expect(asStaff.status).toBe(200)
    expect(asStaff.body.applicant.name).toBe('张三')
    expect(asStaff.body).not.toHaveProperty('accessKeyHash')
    const filtered = await call(
      server,
      staff,
      'GET',
      `/api/disclosure-requests?where[accessKeyHash][exists]=true`,
    )
    expect(
      filtered.status === 400 || filtered.body.totalDocs === 0 || filtered.status === 403,
    ).toBe(true)
  })

  it('refuses a bad submission with 400 naming each field, and stores nothing', async () => {
    const before = await counts()
    const res = await post({
      ...valid(),
      applicantType: 'alien',
      idNumber: '123',
      email: undefined,
      description: '长'.repeat(5001),
      department: 'NO-SUCH',
      surprise: 1,
    })
    const body = await res.json()
    expect(res.status).toBe(400)
    expect(check('/disclosure-requests', 400, body, 'application/problem+json', 'post')).toEqual([])
    const named = body.errors.map((e: any) => e.parameter)
    expect(named).toEqual(
      expect.arrayContaining(['applicantType', 'description', 'department', 'surprise']),
    )
    // Natural-person rules, and contact: given the bad type, the organisation/ID rules do not apply.
    const second = await (
      await post({ ...valid(), idNumber: '123456789012345678', email: '', phone: '' })
    ).json()
    expect(second.errors.map((e: any) => e.parameter)).toEqual(
      expect.arrayContaining(['idNumber', 'email', 'phone']),
    )
    const org = await (
      await post({ ...valid(), applicantType: 'business', idType: undefined, idNumber: undefined })
    ).json()
    expect(org.errors.map((e: any) => e.parameter)).toEqual(['organizationCode'])
    const robot = await post({ ...valid(), website: 'http://spam.example' })
    expect(robot.status).toBe(400)
    expect((await robot.json()).errors[0].parameter).toBe('website')
    expect((await post('not json', { 'content-type': 'application/json' })).status).toBe(400)
    expect((await post([1, 2])).status).toBe(400)
    expect((await post('a=b', { 'content-type': 'text/plain' })).status).toBe(415)
    expect(await counts()).toEqual(before)
  })

  it('takes attachments by multipart, sniffed from their bytes; a disguised file refuses the whole submission', async () => {
    const before = await counts()
    const form = new FormData()
    for (const [k, v] of Object.entries(valid())) form.append(k, v)
    form.append('attachments', new Blob([new Uint8Array(minimalPdf('申请书'))]), '申请书.pdf')
    form.append(
      'attachments',
      new Blob([new Uint8Array(await colourPng(8, 8, [200, 30, 30]))]),
      '../../身份证.png',
    )
    const res = await post(form, {})
    const body = await res.json()
    expect(res.status).toBe(201)
    const stored: any = (
      await server.payload.find({
        collection: 'disclosure-requests',
        where: { trackingCode: { equals: body.trackingCode } },
        overrideAccess: true,
        depth: 1,
      })
    ).docs[0]
    expect(stored.attachments.map((f: any) => f.mimeType).sort()).toEqual([
      'application/pdf',
      'image/png',
    ])
    expect(
      stored.attachments.every(
        (f: any) => String(f.department?.id ?? f.department) === String(dept.id),
      ),
    ).toBe(true)
    expect(stored.attachments.map((f: any) => f.filename).join()).not.toContain('..')
    expect(await counts()).toEqual({
      requests: before.requests + 1,
      files: before.files + 2,
      onDisk: before.onDisk + 2,
    })
    // The applicant's files are the department's: an outsider cannot fetch them.
    const file = stored.attachments[0]
    const denied = await fetch(
      `${server.url}/api/request-files/file/${encodeURIComponent(file.filename)}`,
      {
        headers: { authorization: `JWT ${outsider.token}` },
      },
    )
    expect([403, 404]).toContain(denied.status)
    const anonymous = await fetch(
      `${server.url}/api/request-files/file/${encodeURIComponent(file.filename)}`,
    )
    expect([403, 404]).toContain(anonymous.status)

    const bad = new FormData()
    for (const [k, v] of Object.entries(valid())) bad.append(k, v)
    bad.append('attachments', new Blob([new Uint8Array(minimalPdf('好的'))]), 'ok.pdf')
    bad.append('attachments', new Blob([new Uint8Array(htmlPretendingToBePdf)]), 'evil.pdf')
    const refused = await post(bad, {})
    expect(refused.status).toBe(400)
    expect((await refused.json()).errors.map((e: any) => e.parameter)).toEqual(['attachments[1]'])
    expect(await counts()).toEqual({
      requests: before.requests + 1,
      files: before.files + 2,
      onDisk: before.onDisk + 2,
    })
  })

  it('walks the handling: 补正 stops the clock, the correction restarts it, extension, answer; the status page follows', async () => {
    const receipt = await (await post(valid())).json()
    const { docs } = await server.payload.find({
      collection: 'disclosure-requests',
      where: { trackingCode: { equals: receipt.trackingCode } },
      overrideAccess: true,
    })
    const id = docs[0]!.id
    const event = (who: Person, input: Record<string, unknown>) =>
      call(server, who, 'POST', `/api/disclosure-requests/${id}/events`, input)

    // Another department's staff and a platform admin see no such request.
    expect((await event(outsider, { type: 'correction_requested', reason: 'x' })).status).toBe(404)
    expect((await event(sysadmin, { type: 'correction_requested', reason: 'x' })).status).toBe(404)
    expect((await call(server, outsider, 'GET', `/api/disclosure-requests/${id}`)).status).toBe(404)
    expect(
      (await call(server, sysadmin, 'GET', `/api/disclosure-requests`)).body.totalDocs ?? 0,
    ).toBe(0)

    const asked = await event(staff, {
      type: 'correction_requested',
      reason: '请说明所需信息的年份',
    })
    expect(asked.status).toBe(200)
    expect(asked.body.doc).toMatchObject({
      status: 'awaiting_correction',
      dueDate: null,
      clockState: 'paused',
    })
    expect((await (await status(receipt.trackingCode, receipt.accessKey)).json()).status).toBe(
      'awaiting_correction',
    )

    // Out of order: an extension while the clock is stopped is fine by input but an answer needs outcome.
    const noOutcome = await event(staff, { type: 'answered' })
    expect(noOutcome.status).toBe(400)
    expect(noOutcome.body.errors[0].field).toBe('outcome')
    const consult = await event(staff, { type: 'consultation_started', reason: '涉及第三方' })
    expect(consult.status).toBe(409)

    const corrected = await event(staff, { type: 'correction_received' })
    expect(corrected.body.doc).toMatchObject({
      status: 'received',
      dueDate: calendar.addWorkingDays(today(), 20),
    })

    const unapproved = await event(staff, { type: 'extended', days: 20, reason: '需要调取档案' })
    expect(unapproved.status).toBe(400)
    expect(unapproved.body.errors.map((e: any) => e.field)).toEqual(['approver'])
    const tooLong = await event(staff, {
      type: 'extended',
      days: 21,
      reason: '需要调取档案',
      approver: '李局长',
    })
    expect(tooLong.body.errors.map((e: any) => e.field)).toEqual(['days'])
    const future = await event(staff, {
      type: 'consultation_started',
      reason: 'x',
      date: '2099-01-01',
    })
    expect(future.body.errors.map((e: any) => e.field)).toEqual(['date'])
    const extended = await event(staff, {
      type: 'extended',
      days: 20,
      reason: '需要调取档案',
      approver: '李局长',
    })
    expect(extended.body.doc).toMatchObject({
      status: 'extended',
      extensionDays: 20,
      dueDate: calendar.addWorkingDays(today(), 40),
    })
    const again = await event(staff, {
      type: 'extended',
      days: 5,
      reason: '再延',
      approver: '李局长',
    })
    expect(again.status).toBe(409)

    // The answer with a response file uploaded by the department.
    const upload = new FormData()
    upload.append('file', new Blob([new Uint8Array(minimalPdf('答复书'))]), '答复书.pdf')
    upload.append('_payload', JSON.stringify({ department: dept.id, purpose: 'response' }))
    const fileRes = await fetch(`${server.url}/api/request-files`, {
      method: 'POST',
      headers: { authorization: `JWT ${staff.token}` },
      body: upload,
    })
    expect(fileRes.status).toBe(201)
    const responseFile = (await fileRes.json()).doc
    const wrongReason = await event(staff, {
      type: 'answered',
      outcome: 'refused',
      outcomeReason: 'not_held',
    })
    expect(wrongReason.body.errors.map((e: any) => e.field)).toEqual(['outcomeReason'])
    const answered = await event(staff, {
      type: 'answered',
      outcome: 'partly_disclosed',
      answer: '现将可以公开的部分提供如下。',
      responseFiles: [responseFile.id],
    })
    expect(JSON.stringify(answered.body.errors)).toBe(undefined)
    expect(answered.status).toBe(200)
    expect(answered.body.doc).toMatchObject({
      status: 'answered',
      clockState: 'met_on_time',
      answeredOn: today(),
    })

    const page = await (await status(receipt.trackingCode, receipt.accessKey)).json()
    expect(check('/disclosure-requests/{trackingCode}', 200, page)).toEqual([])
    expect(page).toMatchObject({
      status: 'answered',
      outcome: { code: 'partly_disclosed', label: '部分公开', reason: null },
      answer: '现将可以公开的部分提供如下。',
    })
    expect(page.history.map((h: any) => h.type)).toEqual([
      'received',
      'correction_requested',
      'correction_received',
      'extended',
      'answered',
    ])
    expect(JSON.stringify(page)).not.toContain('李局长')
    const download = await fetch(`${server.url}${page.responseFiles[0].url}`, {
      headers: { 'x-access-key': receipt.accessKey },
    })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const noKey = await fetch(`${server.url}${page.responseFiles[0].url}`)
    expect(noKey.status).toBe(404)
  })

  it('staff enter a request received by post; its clock counts from the day signed for, and a local holiday moves it', async () => {
    // Received 2026-11-02 (a Monday): due 2026-11-30, long overdue unless answered.
    const created = await call(server, staff, 'POST', '/api/disclosure-requests', {
      department: dept.id,
      receivedVia: 'post',
      receivedOn: '2026-11-02',
      applicant: {
        type: 'business',
        name: '某某公司',
        organizationCode: '91330000MA2XXXXX1A',
        phone: '0571-88888888',
      },
      request: { description: '请提供某项目的环评批复。' },
    })
    expect(created.status).toBe(201)
    const doc = created.body.doc
    expect(doc.trackingCode).toMatch(/^2026-/)
    expect(doc.dueDate).toBe('2026-11-30')
    expect(doc.clockState).toBe(
      today() > '2026-11-30'
        ? 'overdue'
        : calendar.workingDaysBetween(today(), '2026-11-30') <= 3
          ? 'due_soon'
          : 'on_time',
    )

    const future = await call(server, staff, 'POST', '/api/disclosure-requests', {
      department: dept.id,
      receivedVia: 'post',
      receivedOn: '2099-01-01',
      applicant: { type: 'business', name: '某某公司', organizationCode: 'bad', email: '' },
      request: { description: 'x' },
    })
    expect(future.status).toBe(400)
    const paths = future.body.errors.flatMap(
      (e: any) => e.data?.errors?.map((x: any) => x.path) ?? [],
    )
    expect(paths).toEqual(
      expect.arrayContaining(['receivedOn', 'applicant.organizationCode', 'applicant.email']),
    )
    const elsewhere = await call(server, staff, 'POST', '/api/disclosure-requests', {
      department: other.id,
      receivedOn: '2026-11-02',
      applicant: {
        type: 'business',
        name: '某某公司',
        organizationCode: '91330000MA2XXXXX1A',
        phone: '0571-88888888',
      },
      request: { description: 'x' },
    })
    expect(elsewhere.status).toBe(403)

    // A local holiday on 2026-11-20 (a Friday) pushes the open request's due date by one working day.
    const holiday = await call(server, sysadmin, 'POST', '/api/calendar-entries', {
      date: '2026-11-20',
      working: false,
      name: '本地假日',
    })
    expect(holiday.status).toBe(201)
    expect(
      (await call(server, staff, 'POST', '/api/calendar-entries', { date: '2026-11-23' })).status,
    ).toBe(403)
    const moved = await call(server, staff, 'GET', `/api/disclosure-requests/${doc.id}`)
    expect(moved.body.dueDate).toBe('2026-12-01')
    const badDate = await call(server, sysadmin, 'POST', '/api/calendar-entries', {
      date: '2026-02-30',
    })
    expect(badDate.status).toBe(400)
    await call(server, sysadmin, 'DELETE', `/api/calendar-entries/${holiday.body.doc.id}`)
    expect(
      (await call(server, staff, 'GET', `/api/disclosure-requests/${doc.id}`)).body.dueDate,
    ).toBe('2026-11-30')
  })
})
