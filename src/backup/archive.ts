/**
 * Backup and restore (issue 8): a backup is a directory holding a consistent copy of the database,
 * every media file, and `manifest.json` with the SHA-256 and size of each file and the row count
 * of every table.
 *
 * Consistency while the server runs:
 * - SQLite: `VACUUM INTO` writes a transactionally consistent copy (a read transaction over the
 *   WAL database; writers go on).
 * - PostgreSQL: a REPEATABLE READ transaction exports its snapshot; `pg_dump --snapshot` dumps
 *   exactly that snapshot and the row counts are taken inside the same transaction.
 * Media files are copied after the database: a file uploaded meanwhile is extra, never missing.
 *
 * Restore verifies every file against the manifest first, refuses a target that holds data
 * (unless forced), then loads the database (copy, or `pg_restore`) and the media, and checks the
 * row counts against the manifest.
 */
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { pipeline } from 'node:stream/promises'

import Database from 'libsql'
import pg from 'pg'

import type { DatabaseSettings } from '../config/settings'

export const FORMAT = 'gongkai-backup/1'

export class BackupError extends Error {}

export interface ManifestFile {
  path: string
  size: number
  sha256: string
}

export interface Manifest {
  format: typeof FORMAT
  createdAt: string
  database: 'sqlite' | 'postgres'
  /** Row counts of every table in the copy (collections, versions, relations, audit, search…). */
  tables: Record<string, number>
  /** Rows per collection (the main table of each), for people reading the manifest. */
  collections: Record<string, number>
  files: ManifestFile[]
}

export type SqlSettings = Extract<DatabaseSettings, { kind: 'sqlite' | 'postgres' }>

const DB_FILE = { sqlite: 'database.sqlite', postgres: 'database.pgdump' } as const

/** Debian's PostgreSQL client programs (pg_dump, pg_restore), newest version first. */
export function postgresBin(program: 'pg_dump' | 'pg_restore'): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin', program)))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (versions[0]) return path.join(root, versions[0], 'bin', program)
  const onPath = spawnSync('which', [program], { encoding: 'utf8' })
  if (onPath.status === 0 && onPath.stdout.trim()) return onPath.stdout.trim()
  throw new BackupError(`${program} not found (apt-get install postgresql-client)`)
}

async function sha256File(file: string): Promise<string> {
  const hash = crypto.createHash('sha256')
  await pipeline(fs.createReadStream(file), hash)
  return hash.digest('hex')
}

function walk(dir: string, base = dir): string[] {
  if (!fs.existsSync(dir)) return []
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name)
    if (entry.isDirectory()) return walk(full, base)
    return entry.isFile() ? [path.relative(base, full)] : []
  })
}

const quoteIdent = (name: string) => `"${name.replaceAll('"', '""')}"`

function sqliteCounts(file: string): Record<string, number> {
  const db = new Database(file, { readonly: true })
  try {
    const names = db
      .prepare(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
      )
      .all() as Array<{ name: string }>
    const counts: Record<string, number> = {}
    for (const { name } of names) {
      // FTS5 shadow tables are counted through their virtual table.
      const row = db.prepare(`SELECT count(*) AS n FROM ${quoteIdent(name)}`).get() as { n: number }
      counts[name] = Number(row.n)
    }
    return counts
  } finally {
    db.close()
  }
}

async function postgresCounts(client: pg.Client): Promise<Record<string, number>> {
  const { rows } = await client.query<{ table_name: string }>(
    "SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' ORDER BY table_name",
  )
  const counts: Record<string, number> = {}
  for (const { table_name } of rows) {
    const result = await client.query<{ n: string }>(
      `SELECT count(*) AS n FROM public.${quoteIdent(table_name)}`,
    )
    counts[table_name] = Number(result.rows[0]!.n)
  }
  return counts
}

/** The table of a collection in Payload's SQL adapters. */
export const tableOf = (slug: string) => slug.replaceAll('-', '_')

function stamp(date: Date): string {
  return date.toISOString().replace(/[-:]/g, '').replace('T', '-').slice(0, 15)
}

export async function createBackup(options: {
  database: SqlSettings
  mediaDir: string
  into: string
  collections: readonly string[]
  now?: Date
  say?: (line: string) => void
}): Promise<{ dir: string; manifest: Manifest }> {
  const now = options.now ?? new Date()
  const dir = path.join(path.resolve(options.into), `gongkai-backup-${stamp(now)}`)
  if (fs.existsSync(dir)) throw new BackupError(`${dir} already exists`)
  fs.mkdirSync(dir, { recursive: true })
  const say = options.say ?? (() => {})
  const dbFile = path.join(dir, DB_FILE[options.database.kind])
  let tables: Record<string, number>
  try {
    if (options.database.kind === 'sqlite') {
      if (!fs.existsSync(options.database.file))
        throw new BackupError(`no SQLite database at ${options.database.file}`)
      const db = new Database(options.database.file)
      try {
        db.exec(`VACUUM INTO '${dbFile.replaceAll("'", "''")}'`)
      } finally {
        db.close()
      }
      tables = sqliteCounts(dbFile)
    } else {
      const client = new pg.Client({ connectionString: options.database.url })
      await client.connect()
      try {
        await client.query('BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY')
        const { rows } = await client.query<{ id: string }>('SELECT pg_export_snapshot() AS id')
        const dump = spawnSync(
          postgresBin('pg_dump'),
          [
            '--format=custom',
            '--no-owner',
            '--no-privileges',
            `--snapshot=${rows[0]!.id}`,
            `--file=${dbFile}`,
            `--dbname=${options.database.url}`,
          ],
          { encoding: 'utf8' },
        )
        if (dump.status !== 0) throw new BackupError(`pg_dump failed: ${dump.stderr.trim()}`)
        tables = await postgresCounts(client)
        await client.query('COMMIT')
      } finally {
        await client.end()
      }
    }
    say(`database copied (${Object.keys(tables).length} tables)`)

    const media = walk(options.mediaDir)
    for (const rel of media) {
      const target = path.join(dir, 'media', rel)
      fs.mkdirSync(path.dirname(target), { recursive: true })
      fs.copyFileSync(path.join(options.mediaDir, rel), target)
    }
    say(`${media.length} media files copied`)

    const files: ManifestFile[] = []
    for (const rel of [path.basename(dbFile), ...media.map((m) => path.join('media', m))]) {
      const full = path.join(dir, rel)
      files.push({
        path: rel.split(path.sep).join('/'),
        size: fs.statSync(full).size,
        sha256: await sha256File(full),
      })
    }
    const manifest: Manifest = {
      format: FORMAT,
      createdAt: now.toISOString(),
      database: options.database.kind,
      tables,
      collections: Object.fromEntries(
        options.collections
          .filter((slug) => tableOf(slug) in tables)
          .map((slug) => [slug, tables[tableOf(slug)]!]),
      ),
      files,
    }
    fs.writeFileSync(path.join(dir, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`)
    return { dir, manifest }
  } catch (error) {
    // A failed backup leaves no directory that could pass for a backup.
    fs.rmSync(dir, { recursive: true, force: true })
    throw error
  }
}

/** Every file as the manifest lists it, and nothing else: [] when the archive is intact. */
export async function verifyArchive(
  dir: string,
): Promise<{ manifest?: Manifest; problems: string[] }> {
  const manifestFile = path.join(dir, 'manifest.json')
  if (!fs.existsSync(manifestFile))
    return { problems: [`${dir} has no manifest.json: not a Gongkai backup`] }
  let manifest: Manifest
  try {
    manifest = JSON.parse(fs.readFileSync(manifestFile, 'utf8'))
  } catch {
    return { problems: ['manifest.json is not valid JSON'] }
  }
  if (manifest.format !== FORMAT)
    return { problems: [`manifest.json: unknown format ${String(manifest.format)}`] }
  const problems: string[] = []
  const listed = new Set(manifest.files.map((f) => f.path))
  for (const file of manifest.files) {
    const full = path.join(dir, ...file.path.split('/'))
    if (file.path.includes('..') || !fs.existsSync(full)) {
      problems.push(`${file.path}: missing`)
      continue
    }
    if (fs.statSync(full).size !== file.size || (await sha256File(full)) !== file.sha256)
      problems.push(`${file.path}: SHA-256 differs from the manifest (changed or damaged)`)
  }
  for (const rel of walk(dir)) {
    const posix = rel.split(path.sep).join('/')
    if (posix !== 'manifest.json' && !listed.has(posix))
      problems.push(`${posix}: not in the manifest`)
  }
  return { manifest, problems }
}

/** What the target holds: rows in any table (SQLite, PostgreSQL) or files in the media folder. */
async function targetContents(database: SqlSettings, mediaDir: string): Promise<string[]> {
  const found: string[] = []
  let counts: Record<string, number> = {}
  if (database.kind === 'sqlite') {
    if (fs.existsSync(database.file)) counts = sqliteCounts(database.file)
  } else {
    const client = new pg.Client({ connectionString: database.url })
    await client.connect()
    try {
      counts = await postgresCounts(client)
    } finally {
      await client.end()
    }
  }
  const rows = Object.values(counts).reduce((a, b) => a + b, 0)
  if (rows) found.push(`${rows} rows in ${Object.values(counts).filter(Boolean).length} tables`)
  const files = walk(mediaDir).length
  if (files) found.push(`${files} media files`)
  return found
}

export async function restoreBackup(options: {
  archive: string
  database: SqlSettings
  mediaDir: string
  force?: boolean
  say?: (line: string) => void
}): Promise<Manifest> {
  const say = options.say ?? (() => {})
  const dir = path.resolve(options.archive)
  const { manifest, problems } = await verifyArchive(dir)
  if (!manifest || problems.length)
    throw new BackupError(`the archive does not match its manifest:\n  ${problems.join('\n  ')}`)
  if (manifest.database !== options.database.kind)
    throw new BackupError(
      `the archive holds a ${manifest.database} database; DATABASE_URL is ${options.database.kind}`,
    )
  say(`archive verified: ${manifest.files.length} files`)
  const contents = await targetContents(options.database, options.mediaDir)
  if (contents.length && !options.force)
    throw new BackupError(
      `the target is not empty (${contents.join(', ')}); restore into an empty instance, or pass --force to replace it`,
    )

  const dbFile = path.join(dir, DB_FILE[manifest.database])
  if (options.database.kind === 'sqlite') {
    const target = options.database.file
    fs.mkdirSync(path.dirname(target), { recursive: true })
    for (const suffix of ['', '-wal', '-shm']) fs.rmSync(`${target}${suffix}`, { force: true })
    fs.copyFileSync(dbFile, target)
  } else {
    if (contents.length) {
      const client = new pg.Client({ connectionString: options.database.url })
      await client.connect()
      try {
        await client.query('DROP SCHEMA public CASCADE; CREATE SCHEMA public')
      } finally {
        await client.end()
      }
    }
    const run = spawnSync(
      postgresBin('pg_restore'),
      [
        '--no-owner',
        '--no-privileges',
        '--exit-on-error',
        `--dbname=${options.database.url}`,
        dbFile,
      ],
      { encoding: 'utf8' },
    )
    if (run.status !== 0) throw new BackupError(`pg_restore failed: ${run.stderr.trim()}`)
  }
  say('database restored')

  if (options.force) fs.rmSync(options.mediaDir, { recursive: true, force: true })
  for (const file of manifest.files.filter((f) => f.path.startsWith('media/'))) {
    const target = path.join(options.mediaDir, ...file.path.split('/').slice(1))
    fs.mkdirSync(path.dirname(target), { recursive: true })
    fs.copyFileSync(path.join(dir, ...file.path.split('/')), target)
  }
  say(`${manifest.files.filter((f) => f.path.startsWith('media/')).length} media files restored`)

  // The restored database must hold what the backup counted, table by table.
  let restored: Record<string, number>
  if (options.database.kind === 'sqlite') restored = sqliteCounts(options.database.file)
  else {
    const client = new pg.Client({ connectionString: options.database.url })
    await client.connect()
    try {
      restored = await postgresCounts(client)
    } finally {
      await client.end()
    }
  }
  const differ = Object.keys({ ...manifest.tables, ...restored }).filter(
    (t) => manifest.tables[t] !== restored[t],
  )
  if (differ.length)
    throw new BackupError(
      `restored row counts differ from the manifest: ${differ.map((t) => `${t} ${restored[t] ?? 'missing'} ≠ ${manifest.tables[t] ?? 'absent'}`).join(', ')}`,
    )
  say(`row counts match the manifest (${Object.keys(restored).length} tables)`)
  return manifest
}
