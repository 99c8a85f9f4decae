/**
 * The check behind the seals (seal.ts): every public row is read with the published record it
 * shows, and its seal recomputed. A mismatch means the row or the record was changed without the
 * CMS (which seals whatever it writes): it is reported, recorded in the audit trail and raised as
 * an alert in the admin for every security admin, once per tampered state.
 * Run by each server process every INTEGRITY_CHECK_EVERY_MS (an hour by default) and by
 * `npm run content:verify`.
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import { appendAuditAlone } from '../audit/append'
import type { Logger } from '../logger'
import { claimPeriod, runPeriodically } from '../server/periodic'
import { sealedForm, sealKey, sealMatches, sealOf } from './seal'

export type SealMismatch = {
  uid: string
  type: string
  source: string
  sourceId: string
  title: string | null
  reason: 'changed' | 'record missing' | 'unsealed'
  seal: string | null
}

export type VerifyReport = { checked: number; mismatches: SealMismatch[] }

/**
 * The published records a page of public rows shows, read as projection.ts reads one when it
 * seals (draft: false, every locale), one query per collection rather than one per row: keyed
 * `source:sourceId`. A row whose record is not there has no entry.
 */
async function publishedRecordsOf(
  payload: Payload,
  rows: Array<{ source: string; sourceId: string | number }>,
  req?: PayloadRequest,
): Promise<Map<string, Record<string, unknown>>> {
  const bySource = new Map<string, string[]>()
  for (const row of rows) {
    const ids = bySource.get(row.source) ?? []
    ids.push(String(row.sourceId))
    bySource.set(row.source, ids)
  }
  const out = new Map<string, Record<string, unknown>>()
  for (const [source, ids] of bySource) {
    try {
      const { docs } = await payload.find({
        collection: source as any,
        where: { id: { in: ids } },
        draft: false,
        locale: 'all' as any,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        ...(req ? { req } : {}),
      })
      for (const doc of docs as any[]) out.set(`${source}:${doc.id}`, doc)
    } catch {
      // Not a collection (a row changed behind the CMS): its rows have no record.
    }
  }
  return out
}

const recordKey = (row: { source: string; sourceId: string | number }) =>
  `${row.source}:${row.sourceId}`

/** Checks every public row (published or withdrawn), `pageSize` at a time. */
export async function verifyPublishedContent(
  payload: Payload,
  options: {
    pageSize?: number
    onProgress?: (checked: number) => void
    /** Asked between pages: a process shutting down ends the check early (nothing is raised). */
    stopping?: () => boolean
  } = {},
): Promise<VerifyReport & { complete: boolean }> {
  const key = sealKey(payload.secret)
  const pageSize = options.pageSize ?? 200
  const mismatches: SealMismatch[] = []
  let checked = 0
  let after: number | string | null = null
  for (;;) {
    if (options.stopping?.()) return { checked, mismatches, complete: false }
    const where: any = { state: { in: ['published', 'withdrawn'] } }
    const page: { docs: any[] } = await payload.find({
      collection: 'public-documents',
      where: after === null ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: pageSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (!page.docs.length) break
    const records = await publishedRecordsOf(payload, page.docs)
    for (const row of page.docs) {
      after = row.id
      checked++
      const published = records.get(recordKey(row)) ?? null
      const mismatch = (reason: SealMismatch['reason']) =>
        mismatches.push({
          uid: row.uid,
          type: row.type,
          source: row.source,
          sourceId: String(row.sourceId),
          title: row.titleZh ?? null,
          reason,
          seal: row.seal ?? null,
        })
      if (!row.seal) mismatch('unsealed')
      else if (!published || published._status !== 'published') mismatch('record missing')
      else if (!sealMatches(key, sealedForm(row, published), row.seal)) mismatch('changed')
    }
    options.onProgress?.(checked)
    if (page.docs.length < pageSize) break
  }
  return { checked, mismatches, complete: true }
}

/**
 * Seals the public rows that have no seal yet, from what the database holds now: run once by the
 * migration that adds seals, so an upgraded instance starts with every public document sealed
 * (what was public at the upgrade is taken as published). Returns how many were sealed.
 */
export async function sealUnsealed(payload: Payload, req?: PayloadRequest): Promise<number> {
  const key = sealKey(payload.secret)
  let sealed = 0
  for (;;) {
    const page: { docs: any[] } = await payload.find({
      collection: 'public-documents',
      where: { and: [{ state: { in: ['published', 'withdrawn'] } }, { seal: { exists: false } }] },
      sort: 'id',
      limit: 200,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      ...(req ? { req } : {}),
    })
    let progressed = false
    const records = await publishedRecordsOf(payload, page.docs, req)
    for (const row of page.docs) {
      const published = records.get(recordKey(row))
      if (!published) continue
      await payload.update({
        collection: 'public-documents',
        id: row.id,
        data: { seal: sealOf(key, sealedForm(row, published)) } as any,
        overrideAccess: true,
        depth: 0,
        ...(req ? { req } : {}),
      })
      sealed++
      progressed = true
    }
    if (page.docs.length < 200 || !progressed) break
  }
  return sealed
}

/** Documents alerted one by one in a run; more are summed up in one alert (see raiseMismatches). */
export const ALERTS_PER_RUN = 20

const REASONS: Record<SealMismatch['reason'], string> = {
  changed: '公开内容与发布时不一致 (changed outside the CMS)',
  'record missing': '公开条目对应的已发布文件不存在 (its published record is missing)',
  unsealed: '公开条目没有校验值 (the entry has no seal)',
}

const alertKey = (m: SealMismatch, admin: number | string) =>
  `seal:${m.uid}:${m.seal ?? 'none'}:${admin}`

/** An alert for an admin, unless one with its key exists (the key is unique): true when new. */
async function alertOnce(payload: Payload, data: Record<string, unknown>): Promise<boolean> {
  try {
    await payload.create({
      collection: 'notifications',
      data: { kind: 'alert', ...data } as any,
      overrideAccess: true,
      depth: 0,
    })
    return true
  } catch {
    // Raised before (by this or another process): nothing new for this admin.
    return false
  }
}

/**
 * Raises each mismatch once: an alert for every security admin and an audit record, keyed by the
 * document and its stored seal (a later run finds the same state and raises nothing new; a
 * republication reseals the document, and a new tampering raises again). Returns how many were new.
 *
 * At most `limit` documents are alerted one by one in a run. Beyond that (a restored old backup,
 * a bulk change in the database: thousands of rows at once) the rest are one alert and one audit
 * record for the lot, naming the first of them: one alert per document kept every server process
 * writing for minutes, and an admin cannot read ten thousand alerts either. The lot is keyed by
 * its contents, so the same lot found again raises nothing new.
 */
export async function raiseMismatches(
  payload: Payload,
  mismatches: SealMismatch[],
  { limit = ALERTS_PER_RUN }: { limit?: number } = {},
): Promise<number> {
  if (!mismatches.length) return 0
  const { docs: admins } = await payload.find({
    collection: 'users',
    where: { platformRoles: { in: ['security_admin'] } },
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  // Raised before or not, the first `limit` go one by one (a failed create is all a known one
  // costs), the rest as a lot: the same state always splits the same way.
  const each = mismatches.slice(0, limit)
  const rest = mismatches.slice(limit)

  let raised = 0
  for (const m of each) {
    let isNew = admins.length === 0
    for (const admin of admins as any[]) {
      const created = await alertOnce(payload, {
        user: admin.id,
        title: `内容防篡改告警：${m.title ?? m.uid}`,
        body: `${REASONS[m.reason]}\nuid ${m.uid}（${m.source} #${m.sourceId}）。请核实并重新发布。`,
        link: `/admin/collections/${m.source}/${m.sourceId}`,
        key: alertKey(m, admin.id),
      })
      isNew ||= created
    }
    if (!isNew) continue
    raised++
    await appendAuditAlone(payload, null, {
      action: 'integrity.mismatch',
      actor: 'system',
      result: 'failure',
      collection: m.source,
      targetId: m.sourceId,
      targetUid: m.uid,
      detail: { reason: m.reason, seal: m.seal },
    })
  }
  if (!rest.length) return raised

  const lot = crypto
    .createHash('sha256')
    .update(rest.map((m) => `${m.uid}:${m.seal ?? 'none'}`).join('\n'))
    .digest('hex')
    .slice(0, 32)
  const reasons: Record<string, number> = {}
  for (const m of rest) reasons[m.reason] = (reasons[m.reason] ?? 0) + 1
  const named = rest.slice(0, 10).map((m) => `${m.uid}（${m.source} #${m.sourceId}）`)
  const body = [
    ...Object.entries(reasons).map(([r, n]) => `${REASONS[r as SealMismatch['reason']]}: ${n}`),
    `其中 (among them): ${named.join('，')}${rest.length > named.length ? ' …' : ''}`,
    '完整清单：npm run content:verify (the full list)。请核实并重新发布。',
  ].join('\n')
  let isNew = admins.length === 0
  for (const admin of admins as any[]) {
    const created = await alertOnce(payload, {
      user: admin.id,
      title: `内容防篡改告警：另有 ${rest.length} 个公开条目未通过校验 (${rest.length} more documents)`,
      body,
      link: '/admin/collections/audit-log',
      key: `seal-lot:${lot}:${admin.id}`,
    })
    isNew ||= created
  }
  if (!isNew) return raised
  await appendAuditAlone(payload, null, {
    action: 'integrity.mismatch',
    actor: 'system',
    result: 'failure',
    detail: {
      documents: rest.length,
      reasons,
      first: rest.slice(0, 100).map((m) => ({ uid: m.uid, source: m.source, id: m.sourceId })),
    },
  })
  return raised + rest.length
}

/**
 * Checks now and then every `everyMs` (first after `firstMs`, 30 s); returns a stop function.
 * Every server process schedules it; one check per period runs, in whichever process claims the
 * period first (claimPeriod): N processes used to read every published document N times an hour.
 */
export function startIntegrityChecks(
  payload: Payload,
  options: { everyMs: number; firstMs?: number; logger?: Logger },
): () => Promise<void> {
  return runPeriodically(
    async (stopping) => {
      if (!(await claimPeriod(payload, 'integrity-check', options.everyMs))) {
        options.logger?.debug('content integrity check: this period is checked by another run')
        return
      }
      const report = await verifyPublishedContent(payload, { stopping })
      if (!report.complete) return
      const raised = await raiseMismatches(payload, report.mismatches)
      if (report.mismatches.length)
        options.logger?.error(
          { checked: report.checked, mismatches: report.mismatches.length, raised },
          'published content changed outside the CMS',
        )
      else options.logger?.info({ checked: report.checked }, 'published content checked')
    },
    {
      everyMs: options.everyMs,
      firstMs: options.firstMs ?? 30_000,
      logger: options.logger,
      failure: 'content integrity check failed',
    },
  )
}
