import { sql } from '@payloadcms/db-sqlite'
import type { PayloadRequest } from 'payload'

/**
 * The next value of a named counter, atomically, inside the request's transaction: an upsert
 * that takes the row lock on PostgreSQL and runs under the write lock on SQLite, so concurrent
 * publications never draw the same number. A rolled-back transaction returns its number; a
 * committed one is never handed out again.
 */
export async function nextSequence(req: PayloadRequest, key: string): Promise<number> {
  const adapter = req.payload.db as any
  const name = req.payload.db.name
  if (name === 'sqlite' || name === 'postgres') {
    const db =
      (req.transactionID && adapter.sessions?.[await req.transactionID]?.db) || adapter.drizzle
    const now = new Date().toISOString()
    const result = await adapter.execute({
      drizzle: db,
      sql: sql`INSERT INTO "sequences" ("key", "value", "updated_at", "created_at")
        VALUES (${key}, 1, ${now}, ${now})
        ON CONFLICT ("key") DO UPDATE SET "value" = "sequences"."value" + 1, "updated_at" = ${now}
        RETURNING "value"`,
    })
    return Number(result.rows[0].value)
  }
  if (name === 'mongoose') {
    const model = adapter.collections.sequences
    const session = req.transactionID ? adapter.sessions?.[await req.transactionID] : undefined
    const doc = await model.findOneAndUpdate(
      { key },
      {
        $inc: { value: 1 },
        $setOnInsert: { createdAt: new Date() },
        $set: { updatedAt: new Date() },
      },
      { upsert: true, new: true, session },
    )
    return Number(doc.value)
  }
  throw new Error(`no sequence support for database adapter ${name}`)
}
