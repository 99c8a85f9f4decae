/**
 * The audit trail's tamper evidence, as plain functions: every record carries the HMAC of its own
 * content and of the previous record's hash, keyed with a secret the database does not hold. An
 * edit, insertion or deletion made directly in the database breaks the chain at that record, and
 * nobody with only database access can recompute it.
 */
import crypto from 'node:crypto'

export type AuditFields = {
  seq: number
  at: string
  actor: string
  actorId: string | null
  ip: string | null
  department: string | null
  action: string
  collection: string | null
  targetId: string | null
  targetUid: string | null
  result: 'success' | 'failure'
  changedFields: string[]
  detail: Record<string, unknown> | null
}

export type ChainedRecord = AuditFields & { prevHash: string; hash: string }

export const GENESIS = '0'.repeat(64)

/** JSON with sorted keys: the same record always hashes the same, whatever the key order. */
export function canonical(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value ?? null)
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`
  // One string built in a loop (seals and audit records of an import run this 100,000 times).
  const keys = Object.keys(value as object).sort()
  let out = '{'
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!
    const v = (value as any)[k]
    if (v === undefined) continue
    if (out.length > 1) out += ','
    out += `${JSON.stringify(k)}:${canonical(v)}`
  }
  return `${out}}`
}

export function auditKey(secret: string): Buffer {
  return crypto.createHash('sha256').update(`gongkai-audit:${secret}`).digest()
}

export function recordHash(key: Buffer, fields: AuditFields, prevHash: string): string {
  const content = canonical({ ...fields, changedFields: [...fields.changedFields].sort() })
  return crypto
    .createHmac('sha256', key)
    .update(prevHash)
    .update('\n')
    .update(content)
    .digest('hex')
}

export function chain(key: Buffer, fields: AuditFields, prevHash: string): ChainedRecord {
  return { ...fields, prevHash, hash: recordHash(key, fields, prevHash) }
}

export type VerifyResult =
  | { ok: true; records: number; firstSeq: number | null; lastSeq: number | null }
  | {
      ok: false
      records: number
      seq: number
      problem: 'hash_mismatch' | 'broken_link' | 'sequence_gap'
    }

/**
 * Checks records in sequence order. The first record links to GENESIS unless the trail was
 * purged before it (`anchor`: the hash the first remaining record must link to).
 */
export function verifyChain(
  key: Buffer,
  records: ChainedRecord[],
  anchor: string = GENESIS,
): VerifyResult {
  let prev = anchor
  let expectedSeq: number | null = null
  for (const record of records) {
    if (expectedSeq !== null && record.seq !== expectedSeq)
      return { ok: false, records: records.length, seq: record.seq, problem: 'sequence_gap' }
    if (record.prevHash !== prev)
      return { ok: false, records: records.length, seq: record.seq, problem: 'broken_link' }
    const { prevHash, hash, ...fields } = record
    if (recordHash(key, fields, prevHash) !== hash)
      return { ok: false, records: records.length, seq: record.seq, problem: 'hash_mismatch' }
    prev = hash
    expectedSeq = record.seq + 1
  }
  return {
    ok: true,
    records: records.length,
    firstSeq: records[0]?.seq ?? null,
    lastSeq: records.at(-1)?.seq ?? null,
  }
}
