/**
 * The admin's decision import over HTTP (POST /api/import-runs/upload), on the real server: an
 * author's file becomes a run that imports in the background and reports its counts; refusals
 * (a role the caller lacks, a file that is not CSV/XLSX/JSON Lines) store nothing; rejected rows
 * are in the run's error report, which only the department's staff can fetch; a header without a
 * required column fails the run naming the column; runs a stopped process left are marked failed
 * when a server starts.
 */
import fs from 'node:fs'
import http from 'node:http'
import path from 'node:path'

import { stringify } from 'csv-stringify/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { DecisionKind } from '../../../src/import/columns'
import { GENERATED_HEADER, generatedCsv, generatedRow } from '../../../src/import/generate'
import { validateInWorker } from '../../../src/import/in-worker'
import { currentRowSource } from '../../../src/import/row-source'
import { importQueue, INTERRUPTED } from '../../../src/import/runs'
import { makeDepartment } from '../../support/factories'
import {
  dbKind,
  spawnServer,
  startTestServer,
  stopSpawned,
  tempDir,
  type TestServer,
} from '../../support/harness'
import { call, person, type Person } from '../../support/people'

let server: TestServer
let dept: any
let other: any
let author: Person
let publisher: Person
let outsider: Person
let uploadDir: string
const LIMIT = 256 * 1024

type Upload = {
  kind?: string
  department?: string | number
  publish?: string
  file?: { name: string; content: string }
}

/** The form as the admin screen sends it: the fields first, then the file. */
async function upload(who: Person | null, input: Upload) {
  const form = new FormData()
  if (input.kind !== undefined) form.append('kind', input.kind)
  if (input.department !== undefined) form.append('department', String(input.department))
  if (input.publish !== undefined) form.append('publish', input.publish)
  if (input.file)
    form.append('file', new Blob([input.file.content], { type: 'text/csv' }), input.file.name)
  const res = await fetch(`${server.url}/api/import-runs/upload`, {
    method: 'POST',
    headers: who ? { authorization: `JWT ${who.token}` } : {},
    body: form,
  })
  return {
    status: res.status,
    body: (await res.json().catch(() => null)) as any,
    headers: res.headers,
  }
}

const csv = (kind: DecisionKind, rows: number, from = 1) =>
  [...generatedCsv(kind, rows, { from })].join('')

/** The run once it has ended (done or failed), as its department's author reads it. */
async function finished(id: number | string, who: Person = author) {
  const deadline = Date.now() + 50_000
  for (;;) {
    const res = await call(server, who, 'GET', `/api/import-runs/${id}?depth=0`)
    expect(res.status).toBe(200)
    if (res.body.status === 'done' || res.body.status === 'failed') return res.body
    if (Date.now() > deadline) throw new Error(`run ${id} still ${res.body.status}`)
    await new Promise((r) => setTimeout(r, 200))
  }
}

const runCount = async () =>
  (await server.payload.count({ collection: 'import-runs', overrideAccess: true })).totalDocs
const decisionCount = async (collection: 'licensing-decisions' | 'penalty-decisions') =>
  (
    await server.payload.count({
      collection,
      where: { department: { equals: dept.id } },
      overrideAccess: true,
    })
  ).totalDocs
const uploadsLeft = () => (fs.existsSync(uploadDir) ? fs.readdirSync(uploadDir) : [])

beforeAll(async () => {
  // A small upload limit (IMPORT_MAX_MB in production), so a file over it costs little.
  server = await startTestServer({ importMaxBytes: LIMIT })
  dept = await makeDepartment(server.payload)
  other = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  publisher = await person(server, dept, ['author', 'publisher'])
  outsider = await person(server, other, ['author', 'publisher', 'department_admin'])
  uploadDir = path.join(server.settings.dataDir, 'import-uploads')
})

afterAll(async () => {
  await server?.stop()
})

describe(`the decision upload (${dbKind})`, () => {
  it('imports an author’s CSV in the background: 202, then the counts; decisions are drafts of the department', async () => {
    const content = csv('licensing', 12)
    const res = await upload(author, {
      kind: 'licensing',
      department: dept.id,
      file: { name: '许可决定.csv', content },
    })
    expect(res.status).toBe(202)
    expect(res.body.id).toBeDefined()
    expect(res.headers.get('location')).toBe(`/api/import-runs/${res.body.id}`)

    const run = await finished(res.body.id)
    expect(run).toMatchObject({
      status: 'done',
      kind: 'licensing',
      department: dept.id,
      user: author.id,
      fileName: '许可决定.csv',
      publish: false,
      created: 12,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      rows: 12,
      totalBytes: Buffer.byteLength(content),
      bytes: Buffer.byteLength(content),
    })
    expect(run.error ?? null).toBeNull()
    expect(new Date(run.finishedAt) >= new Date(run.startedAt)).toBe(true)

    const { docs } = await server.payload.find({
      collection: 'licensing-decisions',
      where: { department: { equals: dept.id } },
      draft: true,
      limit: 100,
      overrideAccess: true,
    })
    expect(docs).toHaveLength(12)
    for (const doc of docs as any[]) {
      expect(doc._status).toBe('draft')
      expect(doc.workflowState).toBe('draft')
      expect(doc.importSource).toMatch(/^许可决定\.csv#\d+$/)
    }
    // Nothing public: drafts for review.
    const open = await fetch(`${server.url}/api/licensing-decisions?depth=0`)
    expect((await open.json()).totalDocs).toBe(0)
    // The upload is gone; no row rejected, so no report.
    expect(uploadsLeft()).toEqual([])
    expect(
      (await call(server, author, 'GET', `/api/import-runs/${res.body.id}/errors.csv`)).status,
    ).toBe(404)

    // The same file again changes nothing.
    const again = await upload(author, {
      kind: 'licensing',
      department: dept.id,
      file: { name: '许可决定.csv', content },
    })
    expect(again.status).toBe(202)
    expect(await finished(again.body.id)).toMatchObject({
      status: 'done',
      created: 0,
      updated: 0,
      unchanged: 12,
      rejected: 0,
    })
    expect(await decisionCount('licensing-decisions')).toBe(12)
  })

  it('parses and validates uploads in a worker thread once the server has started', () => {
    expect(currentRowSource()).toBe(validateInWorker)
  })

  it('publishes on import only for a publisher: an author’s publish=true is a 403 and stores nothing', async () => {
    const before = { runs: await runCount(), decisions: await decisionCount('penalty-decisions') }
    const refused = await upload(author, {
      kind: 'penalty',
      department: dept.id,
      publish: 'true',
      file: { name: 'penalties.csv', content: csv('penalty', 3) },
    })
    expect(refused.status).toBe(403)
    expect(refused.body.errors.map((e: any) => e.field)).toEqual(['publish'])
    expect(await runCount()).toBe(before.runs)
    expect(await decisionCount('penalty-decisions')).toBe(before.decisions)
    expect(uploadsLeft()).toEqual([])

    // Not an author of that department at all: 403 naming the department.
    const foreign = await upload(outsider, {
      kind: 'penalty',
      department: dept.id,
      file: { name: 'penalties.csv', content: csv('penalty', 3) },
    })
    expect(foreign.status).toBe(403)
    expect(foreign.body.errors.map((e: any) => e.field)).toEqual(['department'])
    expect(await runCount()).toBe(before.runs)

    const published = await upload(publisher, {
      kind: 'penalty',
      department: dept.id,
      publish: 'true',
      file: { name: 'penalties.csv', content: csv('penalty', 3) },
    })
    expect(published.status).toBe(202)
    expect(await finished(published.body.id, publisher)).toMatchObject({
      status: 'done',
      publish: true,
      created: 3,
    })
    const { docs } = await server.payload.find({
      collection: 'penalty-decisions',
      where: { department: { equals: dept.id } },
      overrideAccess: true,
    })
    expect(docs.map((d: any) => d._status)).toEqual(['published', 'published', 'published'])
  })

  it('reports rejected rows in the run’s error report, for the department’s staff only', async () => {
    const rows = [1, 2, 3, 4, 5, 6].map((n) => generatedRow('penalty', 100 + n))
    const date = GENERATED_HEADER.penalty.indexOf('CF_JDRQ')
    const number = GENERATED_HEADER.penalty.indexOf('CF_WSH')
    rows[1]![date] = '2025-13-45'
    rows[4]![number] = ''
    const content = stringify([GENERATED_HEADER.penalty, ...rows])
    const res = await upload(author, {
      kind: 'penalty',
      department: dept.id,
      file: { name: 'bad rows.csv', content },
    })
    expect(res.status).toBe(202)
    const run = await finished(res.body.id)
    expect(run).toMatchObject({ status: 'done', created: 4, rejected: 2, rows: 6 })

    const report = await fetch(`${server.url}/api/import-runs/${run.id}/errors.csv`, {
      headers: { authorization: `JWT ${author.token}` },
    })
    expect(report.status).toBe(200)
    expect(report.headers.get('content-type')).toMatch(/^text\/csv/)
    expect(report.headers.get('content-disposition')).toMatch(/^attachment; filename=/)
    const bytes = new Uint8Array(await report.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const lines = new TextDecoder().decode(bytes.slice(3)).trim().split('\r\n')
    expect(lines[0]).toBe('行号 (row),列 (column),值 (value),问题 (message)')
    // Row 1 is the header: the second and fifth records are rows 3 and 6.
    expect(lines.find((l) => l.startsWith('3,'))).toMatch(/^3,CF_JDRQ,2025-13-45,.+/)
    expect(lines.find((l) => l.startsWith('6,'))).toMatch(/^6,CF_WSH,,.*required/)

    // Another department's staff: neither the run nor its report exists for them.
    expect((await call(server, outsider, 'GET', `/api/import-runs/${run.id}`)).status).toBe(404)
    expect(
      (await call(server, outsider, 'GET', `/api/import-runs/${run.id}/errors.csv`)).status,
    ).toBe(404)
    const list = await call(server, outsider, 'GET', '/api/import-runs?depth=0')
    expect(list.body.totalDocs).toBe(0)
    expect((await call(server, null, 'GET', `/api/import-runs/${run.id}/errors.csv`)).status).toBe(
      401,
    )
    // Nobody writes runs through REST.
    expect(
      (await call(server, author, 'PATCH', `/api/import-runs/${run.id}`, { status: 'done' }))
        .status,
    ).toBe(403)
    expect(
      (await call(server, author, 'DELETE', `/api/import-runs/${run.id}`)).status,
    ).toBeGreaterThanOrEqual(403)
  })

  it('fails a run whose header lacks a required column, naming the column', async () => {
    const header = GENERATED_HEADER.licensing.filter((t) => t !== 'XK_WSH')
    const keep = GENERATED_HEADER.licensing.map((t) => t !== 'XK_WSH')
    const rows = [1, 2].map((n) => generatedRow('licensing', 500 + n).filter((_, i) => keep[i]))
    const res = await upload(author, {
      kind: 'licensing',
      department: dept.id,
      file: { name: 'no-number.csv', content: stringify([header, ...rows]) },
    })
    expect(res.status).toBe(202)
    const run = await finished(res.body.id)
    expect(run.status).toBe('failed')
    expect(run.error).toContain('XK_WSH')
    expect(run.created).toBe(0)
    expect(await decisionCount('licensing-decisions')).toBe(12)
    expect(uploadsLeft()).toEqual([])
  })

  it('refuses bad input with a 400 naming the field, storing nothing', async () => {
    const before = await runCount()
    const wrongType = await upload(author, {
      kind: 'licensing',
      department: dept.id,
      file: { name: 'decisions.pdf', content: csv('licensing', 1) },
    })
    expect(wrongType.status).toBe(400)
    expect(wrongType.body.errors.map((e: any) => e.field)).toEqual(['file'])
    expect(wrongType.headers.get('content-type')).toMatch(/problem\+json/)

    const noFile = await upload(author, { kind: 'licensing', department: dept.id })
    expect(noFile.status).toBe(400)
    expect(noFile.body.errors.map((e: any) => e.field)).toEqual(['file'])

    const badKind = await upload(author, {
      kind: 'permits',
      department: dept.id,
      file: { name: 'a.csv', content: csv('licensing', 1) },
    })
    expect(badKind.status).toBe(400)
    expect(badKind.body.errors.map((e: any) => e.field)).toEqual(['kind'])

    const tooLarge = await upload(author, {
      kind: 'licensing',
      department: dept.id,
      file: { name: 'big.csv', content: csv('licensing', 1) + 'x'.repeat(LIMIT) },
    })
    expect(tooLarge.status).toBe(400)
    expect(tooLarge.body.errors.map((e: any) => e.field)).toEqual(['file'])
    expect(tooLarge.body.errors[0].message).toContain('0.3 MB')

    const notMultipart = await call(server, author, 'POST', '/api/import-runs/upload', {
      kind: 'licensing',
    })
    expect(notMultipart.status).toBe(400)

    const anonymous = await upload(null, {
      kind: 'licensing',
      department: dept.id,
      file: { name: 'a.csv', content: csv('licensing', 1) },
    })
    expect(anonymous.status).toBe(401)

    expect(await runCount()).toBe(before)
    expect(uploadsLeft()).toEqual([])
  })

  it('drops an upload the client abandons halfway, leaving no file and no run', async () => {
    const before = await runCount()
    const boundary = 'gk-boundary'
    const head =
      `--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\nlicensing\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="department"\r\n\r\n${dept.id}\r\n` +
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="half.csv"\r\n` +
      'Content-Type: text/csv\r\n\r\n'
    const { port } = new URL(server.url)
    const req = http.request({
      host: '127.0.0.1',
      port,
      method: 'POST',
      path: '/api/import-runs/upload',
      headers: {
        authorization: `JWT ${author.token}`,
        'content-type': `multipart/form-data; boundary=${boundary}`,
        'content-length': String(Buffer.byteLength(head) + 100_000),
      },
    })
    req.on('error', () => {})
    req.write(head + csv('licensing', 5))
    // The temporary file exists while the body is arriving…
    await expect.poll(() => uploadsLeft().length, { timeout: 10_000 }).toBe(1)
    req.destroy()
    // …and is removed once the connection is gone.
    await expect.poll(() => uploadsLeft().length, { timeout: 10_000 }).toBe(0)
    expect(await runCount()).toBe(before)
  })

  it('marks runs a stopped process left queued or running as failed when a server starts', async () => {
    const left = async (status: string) =>
      (await server.payload.create({
        collection: 'import-runs',
        data: {
          status,
          kind: 'licensing',
          department: dept.id,
          fileName: `${status}.csv`,
          user: author.id,
          // The lease of a process that stopped renewing it.
          leaseUntil: new Date(Date.now() - 1_000).toISOString(),
        } as any,
        overrideAccess: true,
      })) as any
    const running = await left('running')
    const queued = await left('queued')
    fs.mkdirSync(uploadDir, { recursive: true })
    fs.writeFileSync(path.join(uploadDir, `${running.id}.csv`), 'left behind')

    const child = await spawnServer({
      DATABASE_URL: server.databaseUrl,
      PAYLOAD_SECRET: server.secret,
      DATA_DIR: server.settings.dataDir,
      MEDIA_DIR: tempDir(),
      SEED_DEMO: 'false',
      ADMIN_PASSWORD: 'correct horse battery staple',
      LOG_LEVEL: 'warn',
      SCHEDULER: 'false',
      WEBHOOKS: 'false',
    })
    try {
      expect(child.url, child.stderr()).toBeTruthy()
      for (const run of [running, queued]) {
        const now = (await call(server, author, 'GET', `/api/import-runs/${run.id}?depth=0`)).body
        expect(now.status).toBe('failed')
        expect(now.error).toBe(INTERRUPTED)
        expect(now.error).toContain('interrupted')
        expect(now.finishedAt).toBeTruthy()
      }
      expect(uploadsLeft()).toEqual([])
    } finally {
      await stopSpawned(child)
    }
  })

  // Last: the queue of this server stops for good.
  it('a stopping server ends its running import as interrupted, keeping the counts of what landed', async () => {
    const res = await upload(author, {
      kind: 'licensing',
      department: dept.id,
      file: { name: 'stopped.csv', content: csv('licensing', 30, 700) },
    })
    expect(res.status).toBe(202)
    await importQueue(server.payload).stop()
    const run = (await call(server, author, 'GET', `/api/import-runs/${res.body.id}?depth=0`)).body
    expect(run.status).toBe('failed')
    expect(run.error).toBe(INTERRUPTED)
    const landed = await server.payload.count({
      collection: 'licensing-decisions',
      where: { importSource: { like: 'stopped.csv' } },
      overrideAccess: true,
    })
    expect(run.created).toBe(landed.totalDocs)
    expect(uploadsLeft()).toEqual([])
  })
})
