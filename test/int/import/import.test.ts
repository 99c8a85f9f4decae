/**
 * Bulk decision imports on a real database (SQLite and PostgreSQL): the fast path writes exactly
 * what Payload's create writes (every table compared row by row), the same 10,000-row file twice
 * leaves one copy of each decision, broken rows are reported while the good ones land, a changed
 * row updates its decision through the workflow with a change note, decisions under review are
 * left alone, and `npm run import` does all this from the command line with an error report.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

import { stringify } from 'csv-stringify/sync'
import ExcelJS from 'exceljs'
import Database from 'libsql'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyAuditTrail } from '../../../src/audit/verify'
import { generatedCsv, generatedRow, GENERATED_HEADER } from '../../../src/import/generate'
import { PhaseTimes } from '../../../src/import/phases'
import type { RowError } from '../../../src/import/rows'
import { importDecisions } from '../../../src/import/run'
import { verifyPublishedContent } from '../../../src/integrity/verify'
import { projectRoot } from '../../../src/paths'
import { makeDepartment } from '../../support/factories'
import { startTestServer, tempDir, type TestServer } from '../../support/harness'
import { call, person } from '../../support/people'

let server: TestServer
const dir = tempDir('gongkai-import-')

/** Rows of a SQL query on the test database, as plain objects. */
async function query(sql: string, params: unknown[] = []): Promise<any[]> {
  const url = server.databaseUrl
  if (url.startsWith('file:')) {
    const db = new Database(url.slice('file:'.length), { readonly: true })
    try {
      return db.prepare(sql.replace(/\$(\d+)/g, '?$1')).all(...params) as any[]
    } finally {
      db.close()
    }
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    return (await client.query(sql, params)).rows
  } finally {
    await client.end()
  }
}

/** Runs SQL statements on the test database over a connection of its own. */
async function exec(statements: string[]): Promise<void> {
  const url = server.databaseUrl
  if (url.startsWith('file:')) {
    const db = new Database(url.slice('file:'.length))
    try {
      for (const sql of statements) db.exec(sql)
    } finally {
      db.close()
    }
    return
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  try {
    for (const sql of statements) await client.query(sql)
  } finally {
    await client.end()
  }
}

/** A trigger that makes the database refuse a penalty decision with the number `refused`. */
function refuseDecision(refused: string): { create: string[]; drop: string[] } {
  const literal = `'${refused.replace(/'/g, "''")}'`
  if (server.databaseUrl.startsWith('file:'))
    return {
      create: [
        `CREATE TRIGGER test_refuse BEFORE INSERT ON penalty_decisions
         WHEN NEW.decision_number = ${literal}
         BEGIN SELECT RAISE(ABORT, 'refused by the test trigger'); END`,
      ],
      drop: ['DROP TRIGGER IF EXISTS test_refuse'],
    }
  return {
    create: [
      `CREATE FUNCTION test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$
       BEGIN
         IF NEW.decision_number = ${literal} THEN RAISE EXCEPTION 'refused by the test trigger'; END IF;
         RETURN NEW;
       END $$`,
      `CREATE TRIGGER test_refuse BEFORE INSERT ON penalty_decisions
       FOR EACH ROW EXECUTE FUNCTION test_refuse()`,
    ],
    drop: [
      'DROP TRIGGER IF EXISTS test_refuse ON penalty_decisions',
      'DROP FUNCTION IF EXISTS test_refuse()',
    ],
  }
}

function writeFile(name: string, chunks: Iterable<string>): string {
  const file = path.join(dir, name)
  fs.writeFileSync(file, [...chunks].join(''))
  return file
}

/** A value as comparable text: dates and numbers as the databases return them, normalised. */
const norm = (v: unknown) =>
  v === null || v === undefined
    ? null
    : v instanceof Date
      ? v.toISOString()
      : typeof v === 'boolean'
        ? Number(v)
        : typeof v === 'object'
          ? JSON.stringify(v)
          : String(v)

/** Rows keyed by `key`, with the columns that differ by nature (ids, times, uids) removed. */
function keyed(rows: any[], key: string, drop: string[]): Map<string, Record<string, unknown>> {
  const out = new Map<string, Record<string, unknown>>()
  for (const row of rows) {
    const copy: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(row)) if (!drop.includes(k)) copy[k] = norm(v)
    out.set(String(row[key]), copy)
  }
  return out
}

const TIMES = ['created_at', 'updated_at', 'published_at', 'public_updated_at']

async function run(
  kind: 'licensing' | 'penalty',
  file: string,
  department: number | string,
  options: { publish?: boolean; bulk?: boolean; batchSize?: number; phases?: PhaseTimes } = {},
) {
  const errors: RowError[] = []
  const summary = await importDecisions(server.payload, {
    kind,
    format: file.endsWith('.jsonl') ? 'jsonl' : 'csv',
    source: file,
    department,
    publish: options.publish ?? true,
    bulk: options.bulk,
    batchSize: options.batchSize ?? 25,
    phases: options.phases,
    onRejected: (e) => void errors.push(...e),
  })
  return { summary: summary.toJSON(), errors }
}

beforeAll(async () => {
  server = await startTestServer()
})

afterAll(async () => {
  await server?.stop()
  fs.rmSync(dir, { recursive: true, force: true })
})

describe.each(['licensing', 'penalty'] as const)('the fast path (%s)', (kind) => {
  const table = `${kind}_decisions`

  it.each([true, false])(
    'writes what a create through Payload writes, in every table (published: %s)',
    async (publish) => {
      const p = server.payload
      const viaPayload = await makeDepartment(p)
      const viaBulk = await makeDepartment(p)
      // A department site subscribed to each department: the outbox is compared too.
      for (const department of [viaPayload, viaBulk])
        await p.create({
          collection: 'webhook-subscriptions',
          data: {
            department: department.id,
            name: 'site',
            url: 'https://site.example.gov/hook',
            events: ['document.published'],
            active: true,
          } as any,
          overrideAccess: true,
        })
      const file = writeFile(`${kind}-${publish}.csv`, generatedCsv(kind, 60, { seed: 7 }))
      const a = await run(kind, file, viaPayload.id, { publish, bulk: false })
      const b = await run(kind, file, viaBulk.id, { publish, bulk: true })
      expect(a.summary).toEqual({ created: 60, updated: 0, unchanged: 0, rejected: 0, total: 60 })
      expect(b.summary).toEqual(a.summary)

      const docs = async (department: any) =>
        keyed(
          await query(`SELECT * FROM ${table} WHERE department_id = $1`, [department.id]),
          'decision_number',
          ['id', 'uid', 'department_id', ...TIMES],
        )
      const expected = await docs(viaPayload)
      expect(expected.size).toBe(60)
      expect(await docs(viaBulk)).toEqual(expected)

      const locales = async (department: any) =>
        keyed(
          await query(
            `SELECT d.decision_number, l.title, l._locale FROM ${table}_locales l JOIN ${table} d ON d.id = l._parent_id WHERE d.department_id = $1`,
            [department.id],
          ),
          'decision_number',
          [],
        )
      expect(await locales(viaBulk)).toEqual(await locales(viaPayload))

      const versions = async (department: any) =>
        keyed(
          await query(`SELECT * FROM _${table}_v WHERE version_department_id = $1`, [
            department.id,
          ]),
          'version_decision_number',
          [
            'id',
            'parent_id',
            'version_uid',
            'version_department_id',
            ...TIMES,
            ...TIMES.map((t) => `version_${t}`),
          ],
        )
      const expectedVersions = await versions(viaPayload)
      expect(expectedVersions.size).toBe(60)
      expect(await versions(viaBulk)).toEqual(expectedVersions)

      const versionLocales = async (department: any) =>
        keyed(
          await query(
            `SELECT v.version_decision_number, l.version_title, l._locale FROM _${table}_v_locales l JOIN _${table}_v v ON v.id = l._parent_id WHERE v.version_department_id = $1`,
            [department.id],
          ),
          'version_decision_number',
          [],
        )
      expect(await versionLocales(viaBulk)).toEqual(await versionLocales(viaPayload))

      if (kind === 'penalty') {
        const categories = async (department: any) =>
          (
            await query(
              `SELECT d.decision_number, c."order", c.value FROM penalty_decisions_penalty_categories c JOIN penalty_decisions d ON d.id = c.parent_id WHERE d.department_id = $1`,
              [department.id],
            )
          )
            .map((r) => `${r.decision_number}|${r.order}|${r.value}`)
            .sort()
        const expectedCategories = await categories(viaPayload)
        expect(expectedCategories.length).toBeGreaterThanOrEqual(60)
        expect(await categories(viaBulk)).toEqual(expectedCategories)
        const versionCategories = async (department: any) =>
          (
            await query(
              `SELECT v.version_decision_number, c."order", c.value FROM _penalty_decisions_v_version_penalty_categories c JOIN _penalty_decisions_v v ON v.id = c.parent_id WHERE v.version_department_id = $1`,
              [department.id],
            )
          )
            .map((r) => `${r.version_decision_number}|${r.order}|${r.value}`)
            .sort()
        expect(await versionCategories(viaBulk)).toEqual(await versionCategories(viaPayload))
      }

      const projection = async (department: any) =>
        keyed(
          await query(`SELECT * FROM public_documents WHERE department_id = $1`, [
            String(department.id),
          ]),
          'doc_number',
          // (The seal covers the uid and ids: checked below instead.)
          ['id', 'key', 'uid', 'source_id', 'department_id', 'department_code', 'seal', ...TIMES],
        )
      const expectedProjection = await projection(viaPayload)
      expect(expectedProjection.size).toBe(publish ? 60 : 0)
      expect(await projection(viaBulk)).toEqual(expectedProjection)
      // Both paths seal what they publish as the check recomputes it (src/integrity).
      const seals = await verifyPublishedContent(server.payload)
      expect(seals.mismatches).toEqual([])

      // Searchable (the index follows the projection): the same hits in both departments.
      if (publish) {
        const first = generatedRow(kind, 1, 7)
        for (const department of [viaPayload, viaBulk]) {
          const res = await fetch(
            `${server.url}/api/v1/search?q=${encodeURIComponent(first[5]!)}&department=${department.code}`,
          )
          expect(res.status).toBe(200)
          const body = await res.json()
          expect(body.meta.total, `search in ${department.code}`).toBe(1)
        }
      }

      const jobs = async (department: any) =>
        (
          await query(
            `SELECT d.decision_number, j.kind, j.state, j.due_at, j.run_after, j.attempts, j.version_id FROM scheduled_jobs j JOIN ${table} d ON j.target_collection = $2 AND j.target_id = ${server.databaseUrl.startsWith('file:') ? 'CAST(d.id AS TEXT)' : 'd.id::text'} WHERE d.department_id = $1`,
            [department.id, `${kind}-decisions`],
          )
        )
          .map((r) => Object.values(r).map(norm).join('|'))
          .sort()
      const expectedJobs = await jobs(viaPayload)
      expect(expectedJobs.length).toBe(kind === 'penalty' && publish ? 60 : 0)
      expect(await jobs(viaBulk)).toEqual(expectedJobs)

      const outbox = async (department: any) =>
        (
          await query(
            `SELECT event_type, state, attempts FROM webhook_deliveries WHERE department_id = $1`,
            [department.id],
          )
        )
          .map((r) => Object.values(r).map(norm).join('|'))
          .sort()
      const expectedOutbox = await outbox(viaPayload)
      expect(expectedOutbox.length).toBe(publish ? 60 : 0)
      expect(await outbox(viaBulk)).toEqual(expectedOutbox)

      const audit = async (department: any) =>
        (
          await query(
            `SELECT action, actor, result, collection, detail, changed_fields FROM audit_log WHERE department = $1 AND collection = $2`,
            [String(department.id), `${kind}-decisions`],
          )
        )
          .map((r) => {
            const fields =
              typeof r.changed_fields === 'string' ? JSON.parse(r.changed_fields) : r.changed_fields
            const detail = typeof r.detail === 'string' ? JSON.parse(r.detail) : r.detail
            // The set of fields written, not the order the hook happened to list them in.
            return JSON.stringify([
              r.action,
              r.actor,
              r.result,
              r.collection,
              detail,
              [...fields]
                .filter(
                  (f: string) =>
                    ![
                      'id',
                      'topics',
                      'keywords',
                      'attachments',
                      'images',
                      'changeEditors',
                    ].includes(f),
                )
                .sort(),
            ])
          })
          .sort()
      const expectedAudit = await audit(viaPayload)
      expect(expectedAudit.length).toBe(60)
      expect(await audit(viaBulk)).toEqual(expectedAudit)
      expect((await verifyAuditTrail(p)).ok).toBe(true)
    },
  )
})

describe('imports', () => {
  it('the same 10,000-row file twice leaves one copy of each decision', async () => {
    const department = await makeDepartment(server.payload)
    const file = writeFile('ten-thousand.csv', generatedCsv('licensing', 10_000, { seed: 3 }))
    const first = await run('licensing', file, department.id)
    expect(first.errors).toEqual([])
    expect(first.summary).toEqual({
      created: 10_000,
      updated: 0,
      unchanged: 0,
      rejected: 0,
      total: 10_000,
    })
    const second = await run('licensing', file, department.id)
    expect(second.summary).toEqual({
      created: 0,
      updated: 0,
      unchanged: 10_000,
      rejected: 0,
      total: 10_000,
    })
    const [count] = await query(
      `SELECT COUNT(*) AS n, COUNT(DISTINCT decision_number) AS numbers FROM licensing_decisions WHERE department_id = $1`,
      [department.id],
    )
    expect(Number(count.n)).toBe(10_000)
    expect(Number(count.numbers)).toBe(10_000)
    const res = await fetch(
      `${server.url}/api/v1/documents?type=licensing&department=${department.code}&pageSize=1`,
    )
    expect((await res.json()).meta.total).toBe(10_000)
  }, 600_000)

  it('imports the good rows of a file with broken ones and reports each bad row', async () => {
    const department = await makeDepartment(server.payload)
    const header = GENERATED_HEADER.penalty
    const good = (n: number) => generatedRow('penalty', n, 11)
    const broken = (n: number, column: string, value: string) => {
      const row = good(n)
      row[header.indexOf(column)] = value
      return row
    }
    const file = writeFile('broken.csv', [
      stringify([
        header,
        good(1),
        broken(2, 'CF_JDRQ', '2026-02-30'),
        good(3),
        broken(4, '罚款金额（万元）', '两万'),
        broken(5, 'CF_XDR_MC', ''),
        good(6),
      ]),
    ])
    const { summary, errors } = await run('penalty', file, department.id)
    expect(summary).toEqual({ created: 3, updated: 0, unchanged: 0, rejected: 3, total: 6 })
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [3, 'CF_JDRQ'],
      [5, '罚款金额（万元）'],
      [6, 'CF_XDR_MC'],
    ])
    for (const e of errors) expect(e.message).toBeTruthy()
    const rows = await query(
      `SELECT decision_number FROM penalty_decisions WHERE department_id = $1 ORDER BY decision_number`,
      [department.id],
    )
    expect(rows.map((r) => r.decision_number).sort()).toEqual(
      [good(1), good(3), good(6)].map((r) => r[header.indexOf('CF_WSH')]).sort(),
    )
  })

  it('reports a row the database refuses, lands the rest of its batch, and writes only that row through Payload', async () => {
    const department = await makeDepartment(server.payload)
    const header = GENERATED_HEADER.penalty
    const rowsOfFile = Array.from({ length: 100 }, (_, i) => generatedRow('penalty', i + 1, 12))
    const number = (row: string[]) => row[header.indexOf('CF_WSH')]!
    const refused = number(rowsOfFile[36]!)
    const file = writeFile('refused.csv', [stringify([header, ...rowsOfFile])])
    const trigger = refuseDecision(refused)
    await exec(trigger.create)
    const phases = new PhaseTimes()
    try {
      const { summary, errors } = await run('penalty', file, department.id, {
        batchSize: 100,
        phases,
      })
      expect(summary).toEqual({ created: 99, updated: 0, unchanged: 0, rejected: 1, total: 100 })
      expect(errors).toHaveLength(1)
      expect(errors[0]!.line).toBe(38)
      expect(errors[0]!.message).toMatch(/refused by the test trigger/)
      // Halving found the row: one Payload write (for the message), not a hundred.
      expect(phases.calls.get('rows through Payload')).toBe(1)
    } finally {
      await exec(trigger.drop)
    }
    const rows = await query(
      `SELECT decision_number FROM penalty_decisions WHERE department_id = $1`,
      [department.id],
    )
    expect(rows.map((r) => r.decision_number).sort()).toEqual(
      rowsOfFile
        .map(number)
        .filter((n) => n !== refused)
        .sort(),
    )
    // Nothing half-written: every landed decision has its version and its audit record.
    const [versions] = await query(
      `SELECT COUNT(*) AS n FROM _penalty_decisions_v v JOIN penalty_decisions d ON d.id = v.parent_id
       WHERE d.department_id = $1`,
      [department.id],
    )
    expect(Number(versions.n)).toBe(99)
    expect((await verifyAuditTrail(server.payload)).ok).toBe(true)
  })

  it('updates a decision whose row changed, through the workflow with a change note', async () => {
    const p = server.payload
    const department = await makeDepartment(p)
    const header = GENERATED_HEADER.licensing
    const rows = [1, 2, 3].map((n) => generatedRow('licensing', n, 5))
    const original = writeFile('v1.csv', [stringify([header, ...rows])])
    expect((await run('licensing', original, department.id)).summary.created).toBe(3)

    const changed = rows.map((r) => [...r])
    changed[1]![header.indexOf('XK_NR')] = '准予变更后的许可内容。'
    const update = writeFile('v2.csv', [stringify([header, ...changed])])

    // Without --publish: a working copy; the public still sees the published content.
    const draft = await run('licensing', update, department.id, { publish: false })
    expect(draft.summary).toMatchObject({ created: 0, updated: 1, unchanged: 2 })
    const number = rows[1]![header.indexOf('XK_WSH')]
    const find = async (draftMode: boolean) =>
      (
        await p.find({
          collection: 'licensing-decisions',
          where: { decisionNumber: { equals: number }, department: { equals: department.id } },
          draft: draftMode,
          overrideAccess: true,
          depth: 0,
        })
      ).docs[0] as any
    expect((await find(false)).content).not.toBe('准予变更后的许可内容。')
    const workingCopy = await find(true)
    expect(workingCopy.content).toBe('准予变更后的许可内容。')
    expect(workingCopy.workflowState).toBe('draft')
    expect(workingCopy.changeNote).toMatch(/v2\.csv 第3行/)

    // Importing it again changes nothing: the working copy has this row's data.
    expect(
      (await run('licensing', update, department.id, { publish: false })).summary,
    ).toMatchObject({ updated: 0, unchanged: 3 })

    // With --publish: published, the change note in the public change history.
    const published = await run('licensing', update, department.id, { publish: true })
    expect(published.summary).toMatchObject({ updated: 0, unchanged: 3 })
    const changed2 = changed.map((r) => [...r])
    changed2[1]![header.indexOf('XK_NR')] = '准予再次变更的许可内容。'
    const third = writeFile('v3.csv', [stringify([header, ...changed2])])
    expect((await run('licensing', third, department.id, { publish: true })).summary).toMatchObject(
      {
        updated: 1,
        unchanged: 2,
      },
    )
    const live = await find(false)
    expect(live.content).toBe('准予再次变更的许可内容。')
    expect(live.workflowState).toBe('published')
    expect(live.changeHistory.map((h: any) => h.note)).toEqual([
      expect.stringMatching(/v3\.csv 第3行/),
    ])
    const res = await fetch(`${server.url}/api/v1/documents/${live.uid}`)
    expect(res.status).toBe(200)
    expect(JSON.stringify(await res.json())).toContain('准予再次变更的许可内容。')
  })

  it('leaves a decision under review alone and reports the row', async () => {
    const p = server.payload
    const department = await makeDepartment(p)
    const header = GENERATED_HEADER.licensing
    const row = generatedRow('licensing', 1, 9)
    const file = writeFile('review-1.csv', [stringify([header, row])])
    await run('licensing', file, department.id, { publish: false })
    const doc = (
      await p.find({
        collection: 'licensing-decisions',
        where: { department: { equals: department.id } },
        draft: true,
        overrideAccess: true,
      })
    ).docs[0] as any
    await p.update({
      collection: 'licensing-decisions',
      id: doc.id,
      draft: true,
      data: { workflowState: 'in_review', _status: 'draft' } as any,
      context: { systemPatch: true },
      overrideAccess: true,
    })
    const changed = [...row]
    changed[header.indexOf('XK_NR')] = '审核中的文件不应被导入修改。'
    const second = writeFile('review-2.csv', [stringify([header, changed])])
    const { summary, errors } = await run('licensing', second, department.id, { publish: true })
    expect(summary).toMatchObject({ updated: 0, rejected: 1 })
    expect(errors[0]!.message).toMatch(/审核/)
    const after = (await p.findByID({
      collection: 'licensing-decisions',
      id: doc.id,
      draft: true,
      overrideAccess: true,
    })) as any
    expect(after.content).toBe(doc.content)
  })
})

describe('formats and clocks', () => {
  it('imports XLSX and JSON Lines as CSV, with the same columns', async () => {
    const department = await makeDepartment(server.payload)
    const header = GENERATED_HEADER.penalty
    const rows = [1, 2, 3].map((n) => generatedRow('penalty', n, 17))
    const workbook = new ExcelJS.Workbook()
    const sheet = workbook.addWorksheet('处罚')
    sheet.addRow(header)
    for (const row of rows) sheet.addRow(row)
    const xlsx = path.join(dir, 'decisions.xlsx')
    await workbook.xlsx.writeFile(xlsx)
    const fromXlsx = await importDecisions(server.payload, {
      kind: 'penalty',
      format: 'xlsx',
      source: xlsx,
      department: department.id,
      publish: true,
    })
    expect(fromXlsx.toJSON()).toMatchObject({ created: 3, rejected: 0 })

    // The same decisions as JSON Lines: nothing changed.
    const jsonl = writeFile(
      'decisions.jsonl',
      rows.map(
        (row) => JSON.stringify(Object.fromEntries(header.map((h, i) => [h, row[i]]))) + '\n',
      ),
    )
    const fromJsonl = await importDecisions(server.payload, {
      kind: 'penalty',
      format: 'jsonl',
      source: jsonl,
      department: department.id,
      publish: true,
    })
    expect(fromJsonl.toJSON()).toMatchObject({ created: 0, unchanged: 3, rejected: 0 })
  })

  it("starts an imported decision's 7-working-day clock from its decision date", async () => {
    const department = await makeDepartment(server.payload)
    const staff = await person(server, department, ['author'])
    const header = GENERATED_HEADER.penalty
    const row = generatedRow('penalty', 1, 19)
    row[header.indexOf('CF_JDRQ')] = '2026年11月20日'
    const file = writeFile('clock.csv', [stringify([header, row])])
    const { summary } = await run('penalty', file, department.id, { publish: false })
    expect(summary.created).toBe(1)
    const res = await call(server, staff, 'GET', '/api/clocks/dashboard?today=2026-11-26')
    expect(res.status).toBe(200)
    expect(res.body.items.map((i: any) => [i.collection, i.dueDate, i.state])).toEqual([
      ['penalty-decisions', '2026-12-01', 'due_soon'],
    ])
  })
})

describe('npm run import', () => {
  function cli(...args: string[]) {
    const run = spawnSync(
      process.execPath,
      ['--conditions=production', path.join(projectRoot, 'dist/cli.mjs'), 'import', ...args],
      {
        cwd: dir,
        encoding: 'utf8',
        env: {
          PATH: process.env.PATH,
          DATABASE_URL: server.databaseUrl,
          PAYLOAD_SECRET: server.secret,
          DATA_DIR: tempDir(),
          MEDIA_DIR: tempDir(),
        } as any,
      },
    )
    return { code: run.status, stderr: run.stderr }
  }

  it('imports a file, writes the rejected rows to a report, and says what it did', async () => {
    const department = await makeDepartment(server.payload)
    const header = GENERATED_HEADER.licensing
    const rows = [1, 2, 3, 4].map((n) => generatedRow('licensing', n, 13))
    rows[2]![header.indexOf('XK_JDRQ')] = '去年'
    const file = writeFile('cli.csv', [stringify([header, ...rows])])
    const report = path.join(dir, 'cli-errors.csv')
    const first = cli(
      'licensing',
      file,
      '--department',
      department.code,
      '--publish',
      '--errors',
      report,
    )
    expect(first.stderr).toContain('共 4 行：新增 3，更新 0，未变 0，拒绝 1')
    expect(first.code).toBe(3)
    const text = fs.readFileSync(report, 'utf8')
    expect(text.split('\r\n')[1]).toMatch(/^4,XK_JDRQ,去年,/)

    fs.rmSync(report)
    const again = cli('licensing', file, '--department', department.code, '--errors', report)
    expect(again.stderr).toContain('新增 0，更新 0，未变 3，拒绝 1')

    const usage = cli('permits', file)
    expect(usage.code).toBe(2)
    expect(usage.stderr).toMatch(/licensing or penalty/)
    const missing = cli('licensing', file, '--department', 'NO-SUCH')
    expect(missing.stderr).toMatch(/no department with code NO-SUCH/)
    const badHeader = writeFile('header.csv', [
      stringify([
        ['XK_XDR_MC', 'XK_WSH'],
        ['某公司', '某许〔2026〕1号'],
      ]),
    ])
    const header2 = cli('licensing', badHeader, '--department', department.code)
    expect(header2.code).toBe(2)
    expect(header2.stderr).toMatch(/XK_JDRQ|许可决定日期/)
  })
})
