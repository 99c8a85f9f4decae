/**
 * Keeps `public-documents` in step with what is public: after every write to a document (in the
 * same transaction), its row is rebuilt from the published version, or removed when nothing of
 * the document is public.
 */
import type { PayloadRequest } from 'payload'

import { docNumberKey } from '../domain/doc-number'
import { sealedForm, sealKey, sealOf } from '../integrity/seal'
import { searchTextOf } from '../search/entry'
import { searchEngineOf } from '../search/engines'
import { eventFor, type PublicStateName } from '../webhooks/events'
import { enqueueEvent } from '../webhooks/outbox'
import { bumpGeneration } from './generation'

const TYPE_OF: Record<string, string> = {
  policies: 'policy',
  regulations: 'regulation',
  interpretations: 'interpretation',
  procedures: 'procedure',
  'licensing-decisions': 'licensing',
  'penalty-decisions': 'penalty',
}

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)
const SLUG = 'public-documents' as const

export async function refreshPublicDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  const type = TYPE_OF[collection]
  if (!type) return
  const { payload } = req
  const key = `${collection}:${id}`
  const common = { req, overrideAccess: true, depth: 0 } as const
  const published = (await payload
    .findByID({
      ...common,
      collection: collection as any,
      id,
      draft: false,
      locale: 'all' as any,
      disableErrors: true,
    })
    .catch(() => null)) as any
  const existing = (
    await payload.find({ ...common, collection: SLUG, where: { key: { equals: key } }, limit: 1 })
  ).docs[0]
  const isPublic =
    published?._status === 'published' &&
    ['published', 'withdrawn'].includes(published.workflowState ?? 'published')
  if (!isPublic) {
    if (existing && existing.state !== 'removed') await tombstone(req, existing)
    return
  }
  const departmentId = idOf(published.department)
  const department = departmentId
    ? ((await payload
        .findByID({ ...common, collection: 'departments', id: departmentId, disableErrors: true })
        .catch(() => null)) as any)
    : null
  const topicIds = (published.topics ?? []).map(idOf).filter(Boolean)
  const topics = topicIds.length
    ? (
        await payload.find({
          ...common,
          collection: 'topics',
          where: { id: { in: topicIds } },
          pagination: false,
        })
      ).docs
    : []
  const data = publicRowOf(collection, id, published, department, topics)
  // Sealed as written: the row and the published record it shows.
  ;(data as Record<string, unknown>).seal = sealOf(
    sealKey(payload.secret),
    sealedForm(data, published),
  )
  const version = (existing?.version ?? 0) + 1
  const rowId = existing
    ? existing.id
    : (await payload.create({ ...common, collection: SLUG, data: { ...data, version } as any })).id
  if (existing)
    await payload.update({
      ...common,
      collection: SLUG,
      id: existing.id,
      data: { ...data, version } as any,
    })
  // The search index follows in the same transaction: what is published is searchable, a
  // withdrawn document is not.
  const engine = searchEngineOf(payload)
  if (data.state === 'published')
    await engine.upsert(req, [{ id: rowId, ...searchTextOf(type, published) }])
  else await engine.remove(req, [rowId])
  // What is public changed: every process's response cache must drop what it holds, and the
  // subscribed department sites hear of it (the outbox is written in this same transaction).
  await bumpGeneration(req)
  await announce(req, (existing?.state ?? null) as PublicStateName, data.state as PublicStateName, {
    uid: data.uid,
    type,
    version,
    departmentId: data.departmentId,
  })
}

/**
 * The `public-documents` row of a published document (read with every locale): what the public
 * list, search and feeds read. `department` and `topics` are the stored records it refers to.
 */
export function publicRowOf(
  collection: string,
  id: number | string,
  published: any,
  department: { code?: string | null } | null,
  topics: Array<{ code?: string | null }>,
) {
  const type = TYPE_OF[collection]!
  const key = `${collection}:${id}`
  const departmentId = idOf(published.department)
  const local = (value: any, locale: 'zh' | 'en') =>
    value && typeof value === 'object'
      ? (value[locale] ?? null)
      : locale === 'zh'
        ? (value ?? null)
        : null
  return {
    key,
    uid: published.uid,
    type,
    source: collection,
    sourceId: String(id),
    departmentId: departmentId !== undefined && departmentId !== null ? String(departmentId) : null,
    departmentCode: department?.code ?? null,
    topicCodes: topics.length ? ` ${topics.map((t: any) => t.code).join(' ')} ` : null,
    validity: published.validity ?? null,
    state: published.workflowState === 'withdrawn' ? 'withdrawn' : 'published',
    publishedAt: published.publishedAt ?? null,
    publicUpdatedAt: published.publicUpdatedAt ?? published.publishedAt ?? null,
    unpublishAt: published.unpublishAt ?? null,
    indexNumber: published.indexNumber ?? null,
    docNumber: published.docNumber ?? published.decisionNumber ?? null,
    docNumberKey:
      published.docNumberKey ??
      docNumberKey(published.docNumber ?? published.decisionNumber ?? null),
    titleZh: local(published.title, 'zh'),
    titleEn: local(published.title, 'en'),
    summaryZh: local(published.summary, 'zh'),
    summaryEn: local(published.summary, 'en'),
  }
}

/**
 * The row of a document that is no longer public stays, marked `removed` (every public read
 * filters on the state), so its version keeps counting if it is published again.
 */
async function tombstone(req: PayloadRequest, row: any): Promise<void> {
  const version = (row.version ?? 0) + 1
  await req.payload.update({
    collection: SLUG,
    id: row.id,
    data: { state: 'removed', version } as any,
    req,
    overrideAccess: true,
    depth: 0,
  })
  await searchEngineOf(req.payload).remove(req, [row.id])
  await bumpGeneration(req)
  await announce(req, row.state, 'removed', {
    uid: row.uid,
    type: row.type,
    version,
    departmentId: row.departmentId ?? null,
  })
}

/**
 * One event per document and transaction: a publication that also writes the document again (its
 * files, its relations) is announced once, as what it is overall.
 */
async function announce(
  req: PayloadRequest,
  before: PublicStateName,
  after: PublicStateName,
  doc: { uid: string; type: string; version: number; departmentId: string | null },
): Promise<void> {
  const seen = ((req.context.webhookStates as Record<string, PublicStateName>) ??= {})
  const first = doc.uid in seen ? seen[doc.uid]! : before
  seen[doc.uid] = first
  const event = eventFor(first, after)
  const announced = ((req.context.webhookAnnounced as Record<string, string>) ??= {})
  if (!event || announced[doc.uid] === event) return
  if (announced[doc.uid] === 'document.published' && event === 'document.updated') return
  announced[doc.uid] = event
  await enqueueEvent(req, event, doc)
}

export async function removePublicDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  const row = (
    await req.payload.find({
      collection: SLUG,
      where: { key: { equals: `${collection}:${id}` } },
      limit: 1,
      req,
      overrideAccess: true,
      depth: 0,
    })
  ).docs[0] as any
  if (row && row.state !== 'removed') await tombstone(req, row)
}
