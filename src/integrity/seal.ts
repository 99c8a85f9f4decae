/**
 * Tamper evidence for published content (security-checks.md 22, 网页防篡改): every public
 * document's row carries a seal, an HMAC-SHA256 under a key derived from PAYLOAD_SECRET, of its
 * public form: the public row itself (what lists, search, feeds and sitemaps serve) and the
 * published record's own content (what the detail presents). The CMS seals whenever it writes a
 * public row (src/public-api/projection.ts, the import's bulk path); someone who changes either in
 * the database behind the CMS's back cannot make a matching seal without the key, and
 * `verifyPublishedContent` (verify.ts) finds the mismatch.
 *
 * Plain functions: what is sealed and how, nothing about where it is stored.
 */
import crypto from 'node:crypto'

import { canonical } from '../audit/chain'

export function sealKey(secret: string): Buffer {
  return Buffer.from(crypto.hkdfSync('sha256', secret, 'gongkai', 'content-seal/v1', 32))
}

/**
 * Fields of a published record that are not its public content: bookkeeping of the workflow, the
 * import and the system, and fields whose value is other documents (joins), which change when
 * those are written.
 */
const NOT_CONTENT = new Set([
  'id',
  'createdAt',
  'updatedAt',
  '_status',
  'workflowState',
  'publishAt',
  'submittedBy',
  'submittedAt',
  'reviewedBy',
  'reviewedAt',
  'reviewComment',
  'changeEditors',
  'majorChange',
  'changeNote',
  'importFingerprint',
  'importSource',
  'interpretations',
  'unpublishedReason',
  'unpublishedAt',
])

/** Fields of the public row that are bookkeeping, not content. */
const ROW_BOOKKEEPING = new Set(['id', 'createdAt', 'updatedAt', 'version', 'seal'])

const idOf = (value: unknown) =>
  value && typeof value === 'object' && 'id' in (value as any) ? (value as any).id : value

/** A value as sealed: ids for relations, instants for dates, no undefined, numbers as numbers. */
function normal(value: unknown): unknown {
  if (value === undefined || value === null || value === '') return null
  if (value instanceof Date) return value.toISOString()
  if (typeof value === 'string') {
    // Dates come back from the databases in more than one notation; one instant each.
    if (/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}|$)/.test(value)) {
      const t = Date.parse(value.replace(' ', 'T'))
      if (!Number.isNaN(t)) return new Date(t).toISOString()
    }
    return value
  }
  if (Array.isArray(value)) return value.length ? value.map((v) => normal(idOf(v))) : null
  if (typeof value === 'object') {
    if ('id' in (value as any) && 'updatedAt' in (value as any)) return normal((value as any).id)
    const out: Record<string, unknown> = {}
    for (const [k, v] of Object.entries(value as object)) {
      const n = normal(v)
      if (n !== null && !(k === 'id' && typeof v === 'string' && /^[0-9a-f]{24}$/.test(v)))
        out[k] = n
    }
    return Object.keys(out).length ? out : null
  }
  if (typeof value === 'bigint') return Number(value)
  return value
}

/**
 * The public form of a document: its public row and its published record's content (read with
 * every locale, depth 0). Empty values are left out, so a field added to a collection later does
 * not change the seal of documents that do not use it.
 */
export function sealedForm(
  row: Record<string, unknown>,
  published: Record<string, unknown>,
): Record<string, unknown> {
  const content: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(published)) {
    if (NOT_CONTENT.has(k)) continue
    const n = normal(v)
    if (n !== null) content[k] = n
  }
  const publicRow: Record<string, unknown> = {}
  for (const [k, v] of Object.entries(row)) {
    if (ROW_BOOKKEEPING.has(k)) continue
    const n = normal(v)
    if (n !== null) publicRow[k] = n
  }
  return { row: publicRow, content }
}

/** The seal of a public form (hex). */
export function sealOf(key: Buffer, form: Record<string, unknown>): string {
  return crypto.createHmac('sha256', key).update(canonical(form)).digest('hex')
}

/** Whether a stored seal matches (constant time). */
export function sealMatches(key: Buffer, form: Record<string, unknown>, stored: unknown): boolean {
  if (typeof stored !== 'string' || !/^[0-9a-f]{64}$/.test(stored)) return false
  return crypto.timingSafeEqual(Buffer.from(sealOf(key, form), 'hex'), Buffer.from(stored, 'hex'))
}
