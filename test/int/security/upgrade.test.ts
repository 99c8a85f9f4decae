/**
 * Upgrade (security-checks.md 28): the previous release's database, with its demo content, is
 * migrated by this release with no data lost. The previous release is built from git history
 * (`git archive`, compiled with its own scripts/build.mjs, on this checkout's node_modules),
 * started on a fresh database so that it migrates and seeds it as a real instance would, and
 * stopped; then this release starts on the same database. Every table the old release had keeps
 * every row, and every column it had keeps its values; the public API serves the same documents.
 *
 * PREVIOUS_RELEASE is the last commit that landed before the newest migrations (the version-index
 * and content-seal migrations of 2026-12-03); move it forward when a release is cut.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { createClient } from '@libsql/client'
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../../src/paths'
import {
  createTestDatabase,
  dbKind,
  spawnServer,
  type SpawnedServer,
  stopSpawned,
  tempDir,
  type TestDatabase,
} from '../../support/harness'

const PREVIOUS_RELEASE = 'f568729'

/** Columns a migration of this release rewrites on purpose, with the reason. */
const REWRITTEN: Record<string, string> = {
  'public_documents.updated_at':
    'the content-seal migration seals every public row (an update, which stamps the row)',
}

type Snapshot = Map<string, { columns: string[]; rows: Map<string, string> }>

/** Every table's rows by primary key (or the whole row), as JSON of the columns it has. */
async function snapshot(db: TestDatabase): Promise<Snapshot> {
  const tables: Snapshot = new Map()
  const read = async (query: (sql: string) => Promise<Record<string, unknown>[]>) => {
    const names =
      db.database.kind === 'postgres'
        ? (
            await query(
              `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'`,
            )
          ).map((r) => String(r.name))
        : (
            await query(
              `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' AND sql NOT LIKE 'CREATE VIRTUAL TABLE%'`,
            )
          )
            .map((r) => String(r.name))
            // FTS5's shadow tables belong to its virtual tables: their content is the index.
            .filter((name) => !/_(data|idx|content|docsize|config)$/.test(name))
    for (const name of names) {
      const rows = await query(`SELECT * FROM "${name}"`)
      const columns = rows[0] ? Object.keys(rows[0]) : []
      const byKey = new Map<string, string>()
      for (const row of rows) {
        const value = JSON.stringify(row, (_k, v) =>
          typeof v === 'bigint' ? String(v) : v instanceof Date ? v.toISOString() : v,
        )
        const key =
          'id' in row ? String(row.id) : crypto.createHash('sha1').update(value).digest('hex')
        byKey.set(key, value)
      }
      tables.set(name, { columns, rows: byKey })
    }
  }
  if (db.database.kind === 'postgres') {
    const client = new pg.Client({ connectionString: db.url })
    await client.connect()
    try {
      await read(async (sql) => (await client.query(sql)).rows)
    } finally {
      await client.end()
    }
  } else {
    const client = createClient({ url: db.url })
    try {
      await read(async (sql) => (await client.execute(sql)).rows.map((r) => ({ ...r })))
    } finally {
      client.close()
    }
  }
  return tables
}

/** The old row's columns, with the values they have in the new row. */
function sameColumns(table: string, oldJson: string, newJson: string | undefined): string[] {
  if (newJson === undefined) return ['(row missing)']
  const before = JSON.parse(oldJson)
  const after = JSON.parse(newJson)
  return Object.keys(before).filter(
    (column) =>
      !REWRITTEN[`${table}.${column}`] &&
      JSON.stringify(before[column]) !== JSON.stringify(after[column]),
  )
}

let db: TestDatabase
let oldRoot: string
const children: SpawnedServer[] = []
const env = () => ({
  DATABASE_URL: db.url,
  PAYLOAD_SECRET: 'upgrade-test-secret-upgrade-test-secret',
  DATA_DIR: tempDir(),
  MEDIA_DIR: tempDir(),
  ADMIN_PASSWORD: 'correct horse battery staple',
  LOG_LEVEL: 'warn',
  SCHEDULER: 'false',
  WEBHOOKS: 'false',
})

beforeAll(async () => {
  // The previous release's source, compiled by its own build script.
  oldRoot = tempDir('gongkai-previous-')
  const archive = execFileSync('git', ['archive', '--format=tar', PREVIOUS_RELEASE], {
    cwd: projectRoot,
    maxBuffer: 512 * 1024 * 1024,
  })
  execFileSync('tar', ['-x', '-C', oldRoot], { input: archive })
  fs.symlinkSync(path.join(projectRoot, 'node_modules'), path.join(oldRoot, 'node_modules'))
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: oldRoot, stdio: 'pipe' })
  db = await createTestDatabase()
}, 180_000)
afterAll(async () => {
  await Promise.all(children.map((c) => stopSpawned(c, 'SIGKILL')))
  await db?.drop()
  if (oldRoot) fs.rmSync(oldRoot, { recursive: true, force: true })
})

async function start(root: string, extra: Record<string, string> = {}) {
  const server = await spawnServer({ ...env(), ...extra }, 120_000, root)
  if (!server.url) throw new Error(`server in ${root} did not start:\n${server.stderr()}`)
  children.push(server)
  return server
}

async function publicDocuments(server: SpawnedServer) {
  const res = await fetch(`${server.url}/api/v1/documents?pageSize=100&sort=-publishedAt`)
  expect(res.status).toBe(200)
  const body = await res.json()
  return { total: body.meta.total as number, uids: (body.data as any[]).map((d) => d.uid).sort() }
}

describe(`upgrade from the previous release (${PREVIOUS_RELEASE}) on ${dbKind}`, () => {
  it('migrates its database with every row and value kept, and serves the same documents', async () => {
    // The previous release creates and seeds the instance, as a fresh install would.
    const old = await start(oldRoot, { SEED_DEMO: 'true' })
    const servedBefore = await publicDocuments(old)
    expect(servedBefore.total, 'the old release seeded its demo content').toBeGreaterThan(10)
    expect((await stopSpawned(old)).code).toBe(0)
    const before = await snapshot(db)
    expect(before.get('policies')?.rows.size).toBeGreaterThan(0)

    // This release starts on it: it migrates (nothing is seeded twice on a used database).
    const current = await start(projectRoot, { SEED_DEMO: 'true' })
    expect(current.stderr()).not.toMatch(/\berror\b/i)
    const servedAfter = await publicDocuments(current)
    expect(servedAfter).toEqual(servedBefore)
    expect((await stopSpawned(current)).code).toBe(0)
    const after = await snapshot(db)

    const lost: string[] = []
    let compared = 0
    for (const [table, { rows }] of before) {
      if (table === 'payload_migrations') continue
      const now = after.get(table)
      if (!now) {
        lost.push(`${table}: table gone`)
        continue
      }
      for (const [key, row] of rows) {
        compared++
        const changed = sameColumns(table, row, now.rows.get(key))
        if (changed.length) lost.push(`${table} ${key}: ${changed.join(', ')}`)
      }
    }
    expect(lost.slice(0, 20), `${lost.length} rows changed`).toEqual([])
    expect(compared).toBeGreaterThan(1000)
    // What the upgrade added works on the old content: every public document is sealed.
    const verify = spawnSync(
      process.execPath,
      ['--conditions=production', 'dist/cli.mjs', 'content:verify'],
      {
        cwd: projectRoot,
        encoding: 'utf8',
        env: { PATH: process.env.PATH, ...env() } as unknown as NodeJS.ProcessEnv,
      },
    )
    expect(verify.status, verify.stdout + verify.stderr).toBe(0)
    // And the new migrations are recorded, after the old ones.
    const migrations = (t: Snapshot) => t.get('payload_migrations')!.rows.size
    expect(migrations(after)).toBeGreaterThan(migrations(before))
  }, 600_000)
})
