import type { Payload } from 'payload'
import { commitTransaction, createLocalReq, initTransaction, killTransaction } from 'payload'

export type Migration = {
  name: string
  up: (args: { db: any; payload: Payload; req: any }) => Promise<void>
  down: (args: { db: any; payload: Payload; req: any }) => Promise<void>
}

export class MigrationError extends Error {
  override name = 'MigrationError'
  constructor(
    readonly migration: string,
    cause: unknown,
  ) {
    super(`migration ${migration} failed: ${describe(cause)}`, { cause })
  }
}

/** The database's own words: drizzle wraps them in "Failed query: <the whole SQL>". */
function describe(err: unknown): string {
  const e = err as { message?: string; cause?: { message?: string } }
  const text =
    e?.cause?.message && /^Failed query/.test(e.message ?? '')
      ? e.cause.message
      : (e?.message ?? String(err))
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > 300 ? `${oneLine.slice(0, 300)}…` : oneLine
}

// Any constant: it only has to be the same in every Gongkai process sharing a database.
const PG_MIGRATION_LOCK = 7_010_520_191

async function execute(payload: Payload, db: unknown, raw: string) {
  const adapter = payload.db as any
  return adapter.execute({ drizzle: db, raw }) as Promise<{ rows: Record<string, unknown>[] }>
}

async function migrationTableExists(payload: Payload, db: unknown): Promise<boolean> {
  const raw =
    payload.db.name === 'postgres'
      ? `SELECT to_regclass('"payload_migrations"') IS NOT NULL AS "exists"`
      : `SELECT COUNT(*) > 0 AS "exists" FROM sqlite_master WHERE type = 'table' AND name = 'payload_migrations'`
  const { rows } = await execute(payload, db, raw)
  return Boolean(rows[0]?.exists)
}

/**
 * Applies the pending migrations in ONE transaction: either all of them land or none does,
 * so a failed start never leaves a half-migrated database. On PostgreSQL an advisory lock
 * makes concurrent starters wait for each other instead of racing.
 *
 * Payload's own `migrate` calls process.exit(1) on failure; this throws instead, so the
 * server can report the cause in one line and exit 2.
 */
export async function runMigrations(
  payload: Payload,
  migrations: Migration[],
): Promise<{ applied: string[] }> {
  if (payload.db.name !== 'sqlite' && payload.db.name !== 'postgres') return { applied: [] }
  const req = await createLocalReq({}, payload)
  await initTransaction(req)
  const adapter = payload.db as any
  const db =
    (req.transactionID && adapter.sessions?.[await req.transactionID]?.db) || adapter.drizzle
  const applied: string[] = []
  let current = '(setup)'
  try {
    if (payload.db.name === 'postgres') {
      await execute(payload, db, `SELECT pg_advisory_xact_lock(${PG_MIGRATION_LOCK})`)
    }
    let done = new Set<string>()
    let batch = 1
    if (await migrationTableExists(payload, db)) {
      const { rows } = await execute(payload, db, `SELECT name, batch FROM payload_migrations`)
      done = new Set(rows.map((r) => String(r.name)))
      batch = Math.max(0, ...rows.map((r) => Number(r.batch) || 0)) + 1
    }
    for (const migration of migrations) {
      if (done.has(migration.name)) continue
      current = migration.name
      payload.logger.info({ msg: `Migrating: ${migration.name}` })
      await migration.up({ db, payload, req })
      await payload.create({
        collection: 'payload-migrations',
        data: { name: migration.name, batch },
        req,
      })
      applied.push(migration.name)
    }
    await commitTransaction(req)
  } catch (err) {
    await killTransaction(req)
    throw new MigrationError(current, err)
  }
  return { applied }
}
