import type { Payload, PayloadRequest } from 'payload'

import { LOCK_SPACE, transactionLock } from '../db/locks'
import { inOwnTransaction } from '../db/transactions'
import { type AuditFields, auditKey, chain, GENESIS } from './chain'

export type AuditEvent = Partial<Omit<AuditFields, 'seq' | 'at'>> & { action: string }

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** Who did it, from where: the signed-in person and the client address the server saw. */
export function actorOf(req: PayloadRequest): Pick<AuditFields, 'actor' | 'actorId' | 'ip'> {
  const user = req.user as any
  return {
    // Server-side work names itself (the scheduler); otherwise it is the system.
    actor: user?.email ?? (req.context?.auditActor as string | undefined) ?? 'system',
    actorId: user?.id !== undefined ? String(user.id) : null,
    // Set by our Express bridge from the socket (never taken from the client).
    ip: req.headers?.get?.('x-gongkai-client-ip') ?? null,
  }
}

/**
 * Appends one record to the chain inside the request's transaction: it commits or rolls back with
 * the change it records. On PostgreSQL an advisory lock orders concurrent appends; on SQLite
 * writes are serialized anyway.
 */
export async function appendAudit(req: PayloadRequest, event: AuditEvent): Promise<void> {
  const { payload } = req
  const last = await lockAuditTail(req)
  const fields: AuditFields = {
    seq: (last?.seq ?? 0) + 1,
    at: new Date().toISOString(),
    ...actorOf(req),
    department: null,
    collection: null,
    targetId: null,
    targetUid: null,
    result: 'success',
    changedFields: [],
    detail: null,
    ...stripUndefined(event),
  } as AuditFields
  fields.department = fields.department !== null ? String(idOf(fields.department)) : null
  const record = chain(auditKey(payload.config.secret), fields, last?.hash ?? GENESIS)
  await payload.create({
    collection: 'audit-log',
    data: record as any,
    req,
    overrideAccess: true,
    depth: 0,
    context: { audit: true },
  })
}

/**
 * Takes the audit trail's append lock for the request's transaction (appends from every process
 * are ordered: each links to the one before) and returns the last record, if any.
 */
export async function lockAuditTail(
  req: PayloadRequest,
): Promise<{ seq: number; hash: string } | undefined> {
  await transactionLock(req, LOCK_SPACE.audit, 0)
  const { docs } = await req.payload.find({
    collection: 'audit-log',
    sort: '-seq',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] as any
}

/** For events outside any write (a failed login): the record gets its own transaction. */
export async function appendAuditAlone(
  payload: Payload,
  from: PayloadRequest | null,
  event: AuditEvent,
): Promise<void> {
  await inOwnTransaction(payload, (req) => appendAudit(req, event), {
    prepare: (req) => {
      if (!from) return
      ;(req as any).user = from.user
      ;(req as any).headers = from.headers
    },
  })
}

function stripUndefined<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined)) as Partial<T>
}
