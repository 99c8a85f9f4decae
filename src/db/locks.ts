import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

/**
 * A transaction-scoped lock shared by every process on the database. PostgreSQL: an advisory
 * lock, released at commit or rollback (also when the process dies, with its connection).
 * SQLite: every write transaction already holds the database's write lock (BEGIN IMMEDIATE),
 * so there is nothing to add. MongoDB: not available; callers rely on conditional updates.
 *
 * `wait: false` tries once and says whether the lock was taken.
 */
export async function transactionLock(
  req: PayloadRequest,
  space: number,
  key: number,
  { wait = true }: { wait?: boolean } = {},
): Promise<boolean> {
  const { payload } = req
  if (payload.db.name !== 'postgres') return true
  const adapter = payload.db as any
  const db =
    (req.transactionID && adapter.sessions?.[await req.transactionID]?.db) || adapter.drizzle
  const fn = wait ? 'pg_advisory_xact_lock' : 'pg_try_advisory_xact_lock'
  const result = await adapter.execute({
    drizzle: db,
    raw: `SELECT ${fn}(${Math.trunc(space) | 0}, ${Math.trunc(key) | 0}) AS locked`,
  })
  if (wait) return true
  return Boolean(result?.rows?.[0]?.locked)
}

/** Lock spaces (the first key of PostgreSQL's two-key advisory locks), one per purpose. */
export const LOCK_SPACE = {
  audit: 7010,
  scheduledJob: 7011,
  document: 7012,
  webhookDelivery: 7013,
} as const

/** A 32-bit key for one thing (a document, a job): a hash of its kind and id. */
export function lockKeyOf(kind: string, id: number | string): number {
  return crypto.createHash('sha256').update(`${kind}:${id}`).digest().readInt32BE(0)
}
