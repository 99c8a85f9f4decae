import { sql } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import type { Logger } from '../logger'
import { closeSqliteSearch } from '../search/engines/sqlite-fts5'
import { SQLITE_BUSY_TIMEOUT_MS } from './adapter'
import { hardenSqliteClient, openWriterClient, reopenWriter } from './sqlite-client'

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
 * client on the next query, and /healthz reports 503 until the database answers again. The pool
 * listens only to its idle clients: a client checked out (a transaction, a search between BEGIN
 * and its query) whose connection drops while no query runs on it emits 'error' with nobody
 * listening, and the server died of that once in test/int/security/database-outage. So every
 * client gets a listener of its own for its whole life; its next query fails and the pool drops it.
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
      onFile ? () => openWriterClient(db.clientConfig) : undefined,
    )
  }
  if (payload.db.name === 'postgres' && db.pool) {
    db.pool.on('error', (err: Error) => logger.warn({ err }, 'database connection lost'))
    const guard = (client: { on: (event: 'error', listener: (err: Error) => void) => void }) =>
      client.on('error', (err) => logger.warn({ err }, 'database connection lost (client in use)'))
    db.pool.on('connect', guard)
    // Clients connected before this point (migrations): pg-pool keeps them in _clients.
    for (const client of db.pool._clients ?? []) guard(client)
  }
}

/**
 * SQLite plans queries without statistics until ANALYZE has run: it then takes any equality index
 * (say, on a low-cardinality state) over the index that serves ORDER BY … LIMIT, and sorts the
 * whole table per request. Statistics are refreshed at start (PostgreSQL's autovacuum does this
 * by itself).
 *
 * Only ordinary tables are analysed, never the shadow tables of the FTS5 search index
 * (search_fts_data, _idx, …): statistics taken while the index was small (at the first start,
 * before any import) made every later index write read segment pages over and over: indexing
 * 1,000 documents into a 100,000-document index took 6.9 s instead of 0.36 s. FTS5's own queries
 * are planned well without statistics. Rows an earlier version wrote for shadow tables are
 * deleted; SQLite loads statistics when a connection opens, so the writer connection (opened by
 * the migrations) is reopened.
 */
export async function refreshStatistics(payload: Payload, logger: Logger): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const started = Date.now()
  try {
    const db = (payload.db as any).drizzle
    const tables = analysedTables(await db.all(sql`PRAGMA main.table_list`))
    for (const name of tables) await db.run(sql.raw(`ANALYZE main."${name.replace(/"/g, '""')}"`))
    const stat = await db.all(
      sql`SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'sqlite_stat1'`,
    )
    if (stat.length && tables.length) {
      const keep = sql.join(
        tables.map((t) => sql`${t}`),
        sql`, `,
      )
      await db.run(sql`DELETE FROM sqlite_stat1 WHERE tbl NOT IN (${keep})`)
    }
    await reopenWriter((payload.db as any).client)
    logger.debug({ ms: Date.now() - started, tables: tables.length }, 'sqlite statistics refreshed')
  } catch (err) {
    logger.warn({ err }, 'could not refresh SQLite statistics')
  }
}

/**
 * The tables worth statistics, from `PRAGMA table_list` rows: ordinary tables, not SQLite's own,
 * not virtual tables and not their shadow tables.
 */
export function analysedTables(rows: unknown[]): string[] {
  const out: string[] = []
  for (const row of rows) {
    const r = Array.isArray(row)
      ? { schema: row[0], name: row[1], type: row[2] }
      : (row as { schema?: unknown; name?: unknown; type?: unknown })
    if (r.type !== 'table' || typeof r.name !== 'string') continue
    if (r.schema !== undefined && r.schema !== 'main') continue
    if (r.name.startsWith('sqlite_')) continue
    out.push(r.name)
  }
  return out
}
