import { createClient } from '@libsql/client'
import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Logger } from '../logger'
import { closeSqliteSearch } from '../search/engines/sqlite-fts5'
import { SQLITE_BUSY_TIMEOUT_MS } from './adapter'
import { hardenSqliteClient } from './sqlite-client'

/**
 * Payload's `db.destroy()` forgets the schema but leaves the connection open (PostgreSQL pool,
 * libsql client); a graceful stop must close the connection itself.
 */
export async function closeDatabase(payload: Payload): Promise<void> {
  const db = payload.db as any
  switch (payload.db.name) {
    case 'postgres': {
      // Payload keeps one client checked out for ever (its reconnect watcher), and pool.end()
      // waits for every checked-out client: release those first (destroying them).
      const pool = db.pool
      if (!pool) break
      const idle = new Set((pool._idle ?? []).map((item: any) => item.client ?? item))
      for (const client of pool._clients ?? []) if (!idle.has(client)) client.release?.(true)
      let timer: NodeJS.Timeout | undefined
      await Promise.race([
        pool.end(),
        new Promise((resolve) => (timer = setTimeout(resolve, 5_000))),
      ]).finally(() => clearTimeout(timer))
      break
    }
    case 'sqlite':
      closeSqliteSearch(payload)
      db.client?.close()
      break
    default:
      break
  }
  await payload.db.destroy?.()
}

/**
 * Called once after Payload connects, before anything writes.
 *
 * SQLite: see sqlite-client.ts.
 * PostgreSQL: a server restart or an administrator terminating sessions makes idle pool clients
 * emit 'error'; unhandled, that would crash the process. Log it instead: the pool replaces the
 * client on the next query, and /healthz reports 503 until the database answers again.
 */
export function prepareDatabase(payload: Payload, logger: Logger): void {
  const db = payload.db as any
  if (payload.db.name === 'sqlite' && db.client) {
    const url: string | undefined = db.clientConfig?.url
    // A file database gets one long-lived writer connection (sqlite-client.ts); in memory, a
    // second connection would be a second database.
    const onFile = Boolean(url?.startsWith('file:') && !url.includes(':memory:'))
    hardenSqliteClient(
      db.client,
      SQLITE_BUSY_TIMEOUT_MS,
      onFile ? () => createClient(db.clientConfig) as any : undefined,
    )
  }
  if (payload.db.name === 'postgres' && db.pool) {
    db.pool.on('error', (err: Error) => logger.warn({ err }, 'database connection lost'))
  }
}

/**
 * SQLite plans queries without statistics until ANALYZE has run: it then takes any equality index
 * (say, on a low-cardinality state) over the index that serves ORDER BY … LIMIT, and sorts the
 * whole table per request. Statistics are refreshed at start (PostgreSQL's autovacuum does this
 * by itself). `PRAGMA optimize` only re-analyses tables whose statistics are missing or stale.
 */
export async function refreshStatistics(payload: Payload, logger: Logger): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const started = Date.now()
  try {
    const db = (payload.db as any).drizzle
    await db.run(sql`ANALYZE`)
    logger.debug({ ms: Date.now() - started }, 'sqlite statistics refreshed')
  } catch (err) {
    logger.warn({ err }, 'could not refresh SQLite statistics')
  }
}
