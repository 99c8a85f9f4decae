/**
 * The portal's disclosure-request pages (依申请公开) over real HTTP on a real database: the form
 * with every field labelled; a bad submission comes back 400 with an error summary naming each
 * field, the values kept and nothing stored; a good multipart submission with a PDF gives the
 * receipt (tracking code, key, dates) and stores the request with its attachment; the status form
 * with the right key shows progress and the answer with a response file to download, a wrong key
 * or code the same 404; a POST from another site's page is refused.
 */
import fs from 'node:fs'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chinaDate, WorkingCalendar } from '../../../src/clocks/calendar'
import { longDate } from '../../../src/portal/i18n'
import { makeDepartment, residentId } from '../../support/factories'
import { htmlPretendingToBePdf, minimalPdf } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, person, type Person } from '../../support/people'

let server: TestServer
let dept: any
let staff: Person
let filesDir: string

const calendar = new WorkingCalendar()
const today = () => chinaDate(new Date())

/** What a person types into the form (every field a browser sends, blanks as ''). */
const good = (): Record<string, string> => ({
  department: dept.code,
  applicantType: 'natural_person',
  applicantName: '李四',
  idType: 'resident_id',
  idNumber: residentId('19880512', '456'),
  organizationCode: '',
  email: 'lisi@example.com',
  phone: '',
  address: '临江市江南路 1 号',
  description: '请公开2025年本部门政府采购合同。',
  documentTitle: '',
  docNumber: '',
  preferredForm: 'electronic',
  channel: 'email',
  website: '',
})

function form(fields: Record<string, string>, files: Array<[Buffer, string]> = []) {
  const body = new FormData()
  for (const [k, v] of Object.entries(fields)) body.append(k, v)
  // A browser sends the file input even when nothing was chosen: a nameless, empty part.
  if (!files.length) body.append('attachments', new Blob([]), '')
  for (const [data, name] of files)
    body.append('attachments', new Blob([new Uint8Array(data)]), name)
  return body
}

async function submit(body: FormData, path = '/disclosure-requests/new', headers = {}) {
  const res = await fetch(`${server.url}${path}`, { method: 'POST', body, headers })
  return { status: res.status, headers: res.headers, html: await res.text() }
}

async function page(path: string) {
  const res = await fetch(`${server.url}${path}`)
  return { status: res.status, headers: res.headers, html: await res.text() }
}

async function checkStatus(trackingCode: string, accessKey: string, locale = '') {
  const res = await fetch(`${server.url}/disclosure-requests/status${locale}`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ trackingCode, accessKey }).toString(),
  })
  return { status: res.status, headers: res.headers, html: await res.text() }
}

async function counts() {
  const requests = await server.payload.count({
    collection: 'disclosure-requests',
    overrideAccess: true,
  })
  const files = await server.payload.count({ collection: 'request-files', overrideAccess: true })
  const onDisk = fs.existsSync(filesDir) ? fs.readdirSync(filesDir).length : 0
  return { requests: requests.totalDocs, files: files.totalDocs, onDisk }
}

/** The opening tag of the element with this id. */
const tagOf = (html: string, id: string) =>
  new RegExp(`<[a-z]+ [^>]*\\bid="${id}"[^>]*>`).exec(html)?.[0] ?? ''

/** The text of an element by id (tags stripped). */
const byId = (html: string, id: string) =>
  new RegExp(`id="${id}"[^>]*>([^<]*)<`).exec(html)?.[1] ?? null

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload, { name: '临江市财政局' })
  staff = await person(server, dept, ['author'])
  filesDir = server.payload.collections['request-files'].config.upload.staticDir!
})
afterAll(async () => {
  await server?.stop()
})

describe(`portal disclosure requests (${dbKind})`, () => {
  it('the form: every control labelled, required marked in text, fieldsets with legends, the honeypot hidden', async () => {
    const home = await page('/')
    expect(home.html).toContain('href="/disclosure-requests/new"')
    expect(home.html).toContain('依申请公开')
    const res = await page('/disclosure-requests/new')
    expect(res.status).toBe(200)
    expect(res.headers.get('set-cookie')).toBeNull()
    expect(res.html).toMatch(/^<!DOCTYPE html><html lang="zh-CN">/)
    const formTag = /<form id="request-form"[^>]*>/.exec(res.html)![0]
    for (const attr of [
      'method="post"',
      'action="/disclosure-requests/new"',
      'enctype="multipart/form-data"',
    ])
      expect(formTag.toLowerCase()).toContain(attr)
    const controls = [
      ...res.html.matchAll(/<(input|select|textarea)\b[^>]*\bid="([^"]+)"[^>]*>/g),
    ].map((m) => ({ tag: m[0], id: m[2]! }))
    const names = new Set(controls.map((c) => /name="([^"]+)"/.exec(c.tag)?.[1]))
    for (const name of [
      'department',
      'applicantType',
      'applicantName',
      'idType',
      'idNumber',
      'organizationCode',
      'email',
      'phone',
      'address',
      'description',
      'documentTitle',
      'docNumber',
      'preferredForm',
      'channel',
      'attachments',
      'website',
    ])
      expect(names, name).toContain(name)
    for (const { id } of controls.filter((c) => !c.id.startsWith('q')))
      expect(res.html, `label for ${id}`).toContain(`<label for="${id}">`)
    // Required fields say so in words.
    for (const id of ['f-department', 'f-applicantName', 'f-description'])
      expect(res.html).toMatch(
        new RegExp(`<label for="${id}">[^<]+<span class="req">（必填）</span>`),
      )
    for (const legend of ['申请人类型', '自然人填写', '法人或其他组织填写', '联系方式', '申请内容'])
      expect(res.html).toMatch(new RegExp(`<legend>${legend}`))
    expect(res.html).toContain(`<option value="${dept.code}">临江市财政局</option>`)
    expect(res.html).toMatch(/<textarea[^>]*maxLength="5000"|<textarea[^>]*maxlength="5000"/)
    expect(res.html).toMatch(/<input[^>]*type="file"[^>]*multiple=""/)
    expect(res.html).toContain('10 MB')
    expect(res.html).toContain('<div class="hp" aria-hidden="true">')
    const trap = tagOf(res.html, 'f-website').toLowerCase()
    for (const attr of ['name="website"', 'tabindex="-1"', 'autocomplete="off"'])
      expect(trap).toContain(attr)
    const en = await page('/disclosure-requests/new?locale=en')
    expect(en.html).toContain('<html lang="en">')
    expect(en.html).toContain('For natural persons')
    expect(en.html).toContain('For organisations')
    expect(en.html).toContain('action="/disclosure-requests/new?locale=en"')
  })

  it('a bad submission: 400, the summary links to each field, values kept, files to be chosen again, nothing stored', async () => {
    const before = await counts()
    const res = await submit(
      form(
        {
          ...good(),
          applicantType: 'natural_person',
          applicantName: '',
          idNumber: '123',
          email: '',
          phone: '',
          description: '长'.repeat(5001),
          documentTitle: '保留的标题 <b>',
        },
        [[minimalPdf('申请书'), '申请书.pdf']],
      ),
    )
    expect(res.status).toBe(400)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.html).toMatch(
      /<div class="error-summary" id="error-summary" role="alert" tabindex="-1"/,
    )
    const summary = res.html.slice(res.html.indexOf('id="error-summary"'), res.html.indexOf('<h1>'))
    for (const field of ['applicantName', 'idNumber', 'email', 'phone', 'description'])
      expect(summary, field).toContain(`href="#f-${field}"`)
    expect(summary).toContain('请填写申请人姓名或名称')
    expect(summary).toContain('不能超过 5000 个字')
    for (const field of ['applicantName', 'idNumber', 'email', 'description']) {
      const tag = tagOf(res.html, `f-${field}`)
      expect(tag, field).toContain('aria-invalid="true"')
      expect(tag, field).toMatch(new RegExp(`aria-describedby="[^"]*f-${field}-error`))
    }
    expect(tagOf(res.html, 'f-address')).not.toContain('aria-invalid')
    expect(res.html).toContain('id="f-idNumber-error"')
    // The values typed are kept (escaped); the files are not, and the page says so.
    expect(res.html).toContain('value="保留的标题 &lt;b&gt;"')
    expect(res.html).toContain('value="临江市江南路 1 号"')
    const radio = tagOf(res.html, 'f-applicantType-0')
    expect(radio).toContain('value="natural_person"')
    expect(radio).toContain('checked=""')
    expect(res.html).toContain(`<option value="${dept.code}" selected="">`)
    expect(res.html).toContain('已选择的附件没有保留，请重新选择')
    expect(await counts()).toEqual(before)

    // Nothing chosen at all: the department and the applicant type are named too; in English.
    const empty = await submit(form({ description: '' }), '/disclosure-requests/new?locale=en')
    expect(empty.status).toBe(400)
    expect(empty.html).toContain('<html lang="en">')
    expect(empty.html).toContain('href="#f-department"')
    expect(empty.html).toContain('href="#f-applicantType-0"')
    expect(empty.html).toContain('Department: is required')
    expect(empty.html).not.toContain('已选择的附件')

    // An organisation without its code; a disguised file; the honeypot filled in.
    const org = await submit(
      form({ ...good(), applicantType: 'business', idType: '', idNumber: '' }, [
        [htmlPretendingToBePdf, 'evil.pdf'],
      ]),
    )
    expect(org.status).toBe(400)
    expect(org.html).toContain('href="#f-organizationCode"')
    expect(org.html).toContain('href="#f-attachments"')
    expect(org.html).toContain('evil.pdf：文件类型不符')
    const robot = await submit(form({ ...good(), website: 'http://spam.example' }))
    expect(robot.status).toBe(400)
    expect(robot.html).toContain('href="#f-website"')
    expect(await counts()).toEqual(before)
  })

  it('a good multipart submission with a PDF: the receipt once, not cached; the request and its file stored', async () => {
    const before = await counts()
    const res = await submit(form(good(), [[minimalPdf('身份证明'), '身份证明.pdf']]))
    expect(res.status).toBe(201)
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(res.headers.get('location')).toBeNull()
    const code = byId(res.html, 'tracking-code')!
    const key = byId(res.html, 'access-key')!
    expect(code).toMatch(/^\d{4}-[2-9A-Z]{5}-[2-9A-Z]{5}$/)
    expect(key.length).toBeGreaterThanOrEqual(20)
    const due = calendar.addWorkingDays(today(), 20)
    expect(res.html).toContain(
      `<time id="due-date" dateTime="${due}">${longDate(due, 'zh')}</time>`,
    )
    expect(longDate(due, 'zh')).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日$/)
    expect(res.html).toContain('接下来会怎样')
    expect(res.html).toContain('临江市财政局')

    expect(await counts()).toEqual({
      requests: before.requests + 1,
      files: before.files + 1,
      onDisk: before.onDisk + 1,
    })
    const stored: any = (
      await server.payload.find({
        collection: 'disclosure-requests',
        where: { trackingCode: { equals: code } },
        overrideAccess: true,
        showHiddenFields: true,
        depth: 1,
      })
    ).docs[0]
    expect(stored).toMatchObject({
      receivedVia: 'online',
      receivedOn: today(),
      dueDate: due,
      applicant: { type: 'natural_person', name: '李四', organizationCode: null },
      request: { description: '请公开2025年本部门政府采购合同。', replyChannel: 'email' },
    })
    expect(stored.attachments.map((f: any) => f.mimeType)).toEqual(['application/pdf'])
    expect(stored.accessKeyHash).not.toContain(key)

    // The API sees the same request with the same key.
    const api = await fetch(`${server.url}/api/v1/disclosure-requests/${code}`, {
      headers: { 'x-access-key': key },
    })
    expect((await api.json()).dueDate).toBe(due)
  })

  it('the status form: the right key shows progress and the answer with its file; a wrong key or code the same 404', async () => {
    const receipt = await submit(form({ ...good(), applicantName: '王五' }))
    const code = byId(receipt.html, 'tracking-code')!
    const key = byId(receipt.html, 'access-key')!

    const formPage = await page('/disclosure-requests/status')
    expect(formPage.status).toBe(200)
    expect(formPage.html).toMatch(
      /<form [^>]*action="\/disclosure-requests\/status" method="post">/,
    )
    expect(formPage.html).toContain('<label for="f-trackingCode">')
    expect(formPage.html).toContain('<label for="f-accessKey">')

    const seen = await checkStatus(code, key)
    expect(seen.status).toBe(200)
    expect(seen.headers.get('cache-control')).toBe('no-store')
    expect(seen.html).toContain('<strong id="request-status">已受理</strong>')
    const due = calendar.addWorkingDays(today(), 20)
    expect(seen.html).toContain(longDate(due, 'zh'))
    expect(seen.html).toContain('收到申请')
    expect(seen.html).not.toContain('王五')
    // Lower-case and spaces around the code are forgiven.
    expect((await checkStatus(` ${code.toLowerCase()} `, key)).status).toBe(200)

    const wrongKey = await checkStatus(code, 'x'.repeat(32))
    const wrongCode = await checkStatus('2026-AAAAA-BBBBB', key)
    const noKey = await checkStatus(code, '')
    for (const res of [wrongKey, wrongCode, noKey]) {
      expect(res.status).toBe(404)
      expect(res.html).toContain('没有找到与该查询码和查询密钥对应的申请')
      expect(res.html).not.toContain('request-status')
    }
    // The code typed is kept; the key is not written back.
    expect(wrongKey.html).toContain(`value="${code}"`)
    expect(wrongKey.html).not.toContain('x'.repeat(32))

    // The department answers with a response file.
    const { docs } = await server.payload.find({
      collection: 'disclosure-requests',
      where: { trackingCode: { equals: code } },
      overrideAccess: true,
    })
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
    const answered = await call(
      server,
      staff,
      'POST',
      `/api/disclosure-requests/${docs[0]!.id}/events`,
      {
        type: 'answered',
        outcome: 'disclosed',
        answer: '现将所申请的信息提供如下。',
        responseFiles: [responseFile.id],
      },
    )
    expect(answered.status).toBe(200)

    const done = await checkStatus(code, key, '?locale=en')
    expect(done.status).toBe(200)
    expect(done.html).toContain('<html lang="en">')
    expect(done.html).toContain('<strong id="request-status">Answered</strong>')
    expect(done.html).toContain('Disclosed')
    expect(done.html).toContain('现将所申请的信息提供如下。')
    expect(done.html).toContain('action="/disclosure-requests/files?locale=en"')
    expect(done.html).toContain(`name="name" value="${responseFile.filename}"`)

    const download = await fetch(`${server.url}/disclosure-requests/files`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        trackingCode: code,
        accessKey: key,
        name: responseFile.filename,
      }).toString(),
    })
    expect(download.status).toBe(200)
    expect(download.headers.get('content-disposition')).toMatch(/^attachment/)
    expect(download.headers.get('cache-control')).toBe('no-store')
    expect(
      Buffer.from(await download.arrayBuffer())
        .subarray(0, 5)
        .toString(),
    ).toBe('%PDF-')
    const stolen = await fetch(`${server.url}/disclosure-requests/files`, {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        trackingCode: code,
        accessKey: 'wrong',
        name: responseFile.filename,
      }).toString(),
    })
    expect(stolen.status).toBe(404)
  })

  it('refuses a POST from another site’s page (Origin), and stores nothing; its own origin is fine', async () => {
    const before = await counts()
    const foreign = await submit(form(good()), '/disclosure-requests/new', {
      origin: 'https://evil.example',
    })
    expect(foreign.status).toBe(403)
    expect(foreign.html).toContain('该表单只能从本网站提交')
    const nullOrigin = await submit(form(good()), '/disclosure-requests/new', { origin: 'null' })
    expect(nullOrigin.status).toBe(403)
    // The same machine on another port is another site.
    const otherPort = await submit(form(good()), '/disclosure-requests/new', {
      origin: 'http://127.0.0.1:9',
    })
    expect(otherPort.status).toBe(403)
    const status = await fetch(`${server.url}/disclosure-requests/status`, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        origin: 'https://evil.example',
      },
      body: 'trackingCode=2026-AAAAA-BBBBB&accessKey=x',
    })
    expect(status.status).toBe(403)
    expect(await counts()).toEqual(before)

    const own = await submit(form(good()), '/disclosure-requests/new', {
      origin: new URL(server.url).origin,
    })
    expect(own.status).toBe(201)
  })
})
