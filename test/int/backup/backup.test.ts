/**
 * Backup and restore round trip on a real database, through the CLI an operator uses: a backup
 * taken while the server runs, restored into an empty instance, holds every row of every table
 * (documents, versions, audit records, search index, requests…) and every media file, byte for
 * byte. A non-empty target is refused unless forced; a damaged archive is refused before anything
 * is written.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import Database from 'libsql'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../../src/paths'
import { makeDepartment, makeDocument } from '../../support/factories'
import { minimalPdf } from '../../support/files'
import {
  createTestDatabase,
  dbKind,
  startTestServer,
  tempDir,
  type TestDatabase,
  type TestServer,
} from '../../support/harness'

let server: TestServer
const targets: TestDatabase[] = []
const backups = tempDir('gongkai-backups-')

function cli(database: string, mediaDir: string, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=production', 'dist/cli.mjs', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: database,
      MEDIA_DIR: mediaDir,
      DATA_DIR: tempDir(),
    } as any,
  })
  return { code: run.status, stderr: run.stderr }
}

/** Every row of every table, as sorted JSON lines per table. */
async function tables(url: string): Promise<Record<string, string[]>> {
  const out: Record<string, string[]> = {}
  if (url.startsWith('file:')) {
    const db = new Database(url.slice('file:'.length), { readonly: true })
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL%'",
      )
      .all() as Array<{ name: string }>
    for (const { name } of names) {
      const rows = db.prepare(`SELECT * FROM "${name}"`).all()
      out[name] = rows
        .map((r) => JSON.stringify(r, (_k, v) => (typeof v === 'bigint' ? String(v) : v)))
        .sort()
    }
    db.close()
    return out
  }
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  const { rows: names } = await client.query(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'",
  )
  for (const { table_name } of names) {
    const { rows } = await client.query(`SELECT * FROM public."${table_name}"`)
    out[table_name] = rows.map((r) => JSON.stringify(r)).sort()
  }
  await client.end()
  return out
}

function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {}
  const walk = (d: string) => {
    if (!fs.existsSync(d)) return
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      if (e.isDirectory()) walk(full)
      else
        out[path.relative(dir, full)] = crypto
          .createHash('sha256')
          .update(fs.readFileSync(full))
          .digest('hex')
    }
  }
  walk(dir)
  return out
}

beforeAll(async () => {
  server = await startTestServer()
  const p = server.payload
  const dept = await makeDepartment(p)
  const policy = await makeDocument(p, 'policies', dept.id)
  await p.update({
    collection: 'policies',
    id: policy.id,
    data: { summary: '修改后的摘要' } as any,
    draft: true,
  })
  await p.create({
    collection: 'attachments',
    data: { department: dept.id, title: '附件' } as any,
    file: {
      data: minimalPdf('附件正文'),
      mimetype: 'application/pdf',
      name: '附件.pdf',
      size: 0,
    } as any,
  })
  const res = await fetch(`${server.url}/api/v1/disclosure-requests`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      department: dept.code,
      applicantType: 'other',
      applicantName: '某协会',
      organizationCode: '51330000MJ0000000X',
      email: 'a@example.org',
      description: '请公开某事项。',
    }),
  })
  expect(res.status).toBe(201)
}, 180_000)

afterAll(async () => {
  await server?.stop()
  for (const t of targets) await t.drop()
})

describe(`backup and restore (${dbKind})`, () => {
  it('round-trips every row and every file into an empty instance; refuses a non-empty one unless forced', async () => {
    const backup = cli(server.databaseUrl, server.settings.mediaDir, 'backup', backups)
    expect(backup.stderr).toMatch(/backup written to /)
    expect(backup.code).toBe(0)
    const archive = /backup written to (\S+):/.exec(backup.stderr)![1]!
    const manifest = JSON.parse(fs.readFileSync(path.join(archive, 'manifest.json'), 'utf8'))
    expect(manifest.collections.policies).toBe(1)
    expect(manifest.collections['disclosure-requests']).toBe(1)
    expect(manifest.collections['audit-log']).toBeGreaterThan(0)
    expect(manifest.files.some((f: any) => f.path.startsWith('media/attachments/'))).toBe(true)

    const target = await createTestDatabase()
    targets.push(target)
    const media = tempDir()
    const restore = cli(target.url, media, 'restore', archive)
    expect(restore.stderr).toMatch(/row counts match the manifest/)
    expect(restore.code).toBe(0)

    const [before, after] = await Promise.all([tables(server.databaseUrl), tables(target.url)])
    expect(Object.keys(after).sort()).toEqual(Object.keys(before).sort())
    for (const name of Object.keys(before)) expect(after[name], name).toEqual(before[name])
    expect(after.audit_log!.length).toBeGreaterThan(0)
    expect(after._policies_v!.length).toBeGreaterThanOrEqual(2)
    expect(files(media)).toEqual(files(server.settings.mediaDir))
    expect(Object.keys(files(media)).length).toBe(manifest.files.length - 1)

    const again = cli(target.url, media, 'restore', archive)
    expect(again.code).toBe(2)
    expect(again.stderr).toMatch(
      /the target is not empty \(\d+ rows in \d+ tables, \d+ media files\)/,
    )
    const forced = cli(target.url, media, 'restore', archive, '--force')
    expect(forced.code).toBe(0)
    expect(await tables(target.url)).toEqual(before)
  }, 180_000)

  it('refuses a damaged archive before writing anything', async () => {
    const backup = cli(server.databaseUrl, server.settings.mediaDir, 'backup', backups)
    const archive = /backup written to (\S+):/.exec(backup.stderr)![1]!
    const manifest = JSON.parse(fs.readFileSync(path.join(archive, 'manifest.json'), 'utf8'))
    const media = manifest.files.find((f: any) => f.path.startsWith('media/'))!
    fs.appendFileSync(path.join(archive, media.path), 'tampered')
    fs.writeFileSync(path.join(archive, 'media', 'stowaway.txt'), 'x')

    const target = await createTestDatabase()
    targets.push(target)
    const dir = tempDir()
    const restore = cli(target.url, dir, 'restore', archive)
    expect(restore.code).toBe(2)
    expect(restore.stderr).toContain(`${media.path}: SHA-256 differs from the manifest`)
    expect(restore.stderr).toContain('media/stowaway.txt: not in the manifest')
    expect(Object.keys(files(dir))).toEqual([])
    const rows = Object.values(await tables(target.url)).reduce((n, r) => n + r.length, 0)
    expect(rows).toBe(0)
  }, 180_000)
})
