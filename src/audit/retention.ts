import type { Payload } from 'payload'

import { inOwnTransaction } from '../db/transactions'
import { appendAudit } from './append'

/** MLPS level 3 and the Cybersecurity Law ask for at least six months of logs. */
export const RETENTION_DAYS = 180
const DAY = 24 * 60 * 60 * 1000

export class RetentionError extends Error {}

/** The newest moment a record may have been written and still be purged at `now`. */
export function purgeLimit(now: Date): Date {
  return new Date(now.getTime() - RETENTION_DAYS * DAY)
}

/**
 * Removes the records written before `before`, which must lie at least 180 days back. The purge
 * leaves its own record (who, when, through which sequence) carrying the hash of the last purged
 * record, so the remaining trail still verifies from that anchor. One transaction: either the
 * records are gone and the purge is recorded, or nothing happened.
 */
export async function purgeAuditTrail(
  payload: Payload,
  before: Date,
  { now = new Date(), actor = 'system' }: { now?: Date; actor?: string } = {},
): Promise<{ purged: number; throughSeq: number | null }> {
  if (Number.isNaN(before.getTime())) throw new RetentionError('the date is not a valid date')
  const limit = purgeLimit(now)
  if (before > limit) {
    throw new RetentionError(
      `records younger than ${RETENTION_DAYS} days cannot be purged: the date must be ${limit.toISOString().slice(0, 10)} or earlier`,
    )
  }
  return inOwnTransaction(payload, async (req) => {
    const where = { at: { less_than: before.toISOString() } }
    const { docs } = await payload.find({
      collection: 'audit-log',
      where,
      sort: '-seq',
      limit: 1,
      depth: 0,
      req,
      overrideAccess: true,
    })
    const last = docs[0] as { seq: number; hash: string } | undefined
    if (!last) return { purged: 0, throughSeq: null }
    // Everything up to the last old record goes, so the remaining trail has no holes.
    const through = { seq: { less_than_equal: last.seq } }
    const { totalDocs } = await payload.count({
      collection: 'audit-log',
      where: through,
      req,
      overrideAccess: true,
    })
    // The purge record is chained first (to the newest record), then the old records go.
    await appendAudit(req, {
      action: 'audit.purge',
      actor,
      collection: 'audit-log',
      detail: {
        before: before.toISOString(),
        throughSeq: last.seq,
        anchorHash: last.hash,
        purged: totalDocs,
      },
    })
    await payload.db.deleteMany({ collection: 'audit-log', where: through, req })
    return { purged: totalDocs, throughSeq: last.seq }
  })
}
