import type { Payload } from 'payload'

import { auditKey, type ChainedRecord, GENESIS, verifyChain, type VerifyResult } from './chain'

/** Reads the whole trail in sequence order (in pages, constant memory per page). */
async function* records(payload: Payload, pageSize = 1000): AsyncGenerator<ChainedRecord[]> {
  let page = 1
  for (;;) {
    const { docs, hasNextPage } = await payload.find({
      collection: 'audit-log',
      sort: 'seq',
      limit: pageSize,
      page,
      depth: 0,
      overrideAccess: true,
    })
    yield docs.map((d: any) => ({
      seq: d.seq,
      at: new Date(d.at).toISOString(),
      actor: d.actor,
      actorId: d.actorId ?? null,
      ip: d.ip ?? null,
      department: d.department ?? null,
      action: d.action,
      collection: d.collection ?? null,
      targetId: d.targetId ?? null,
      targetUid: d.targetUid ?? null,
      result: d.result,
      changedFields: d.changedFields ?? [],
      detail: d.detail ?? null,
      prevHash: d.prevHash,
      hash: d.hash,
    }))
    if (!hasNextPage) return
    page += 1
  }
}

/**
 * Verifies the trail. After a purge the first remaining record links to the hash the purge
 * recorded (its `audit.purge` record names the last purged sequence and its hash).
 */
export async function verifyAuditTrail(payload: Payload): Promise<VerifyResult> {
  const all: ChainedRecord[] = []
  for await (const page of records(payload)) all.push(...page)
  let anchor = GENESIS
  if (all.length && all[0]!.seq > 1) {
    const purge = all.find(
      (r) => r.action === 'audit.purge' && (r.detail as any)?.throughSeq === all[0]!.seq - 1,
    )
    anchor = ((purge?.detail as any)?.anchorHash as string) ?? 'missing-purge-record'
  }
  return verifyChain(auditKey(payload.config.secret), all, anchor)
}
