/**
 * Keeps `public-documents` in step with what is public: after every write to a document (in the
 * same transaction), its row is rebuilt from the published version, or removed when nothing of
 * the document is public.
 */
import type { PayloadRequest } from 'payload'

import { docNumberKey } from '../domain/doc-number'
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
    if (existing) {
      await payload.delete({ ...common, collection: SLUG, id: existing.id })
      await bumpGeneration(req)
    }
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
  const local = (value: any, locale: 'zh' | 'en') =>
    value && typeof value === 'object'
      ? (value[locale] ?? null)
      : locale === 'zh'
        ? (value ?? null)
        : null
  const data = {
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
  if (existing)
    await payload.update({ ...common, collection: SLUG, id: existing.id, data: data as any })
  else await payload.create({ ...common, collection: SLUG, data: data as any })
  // What is public changed: every process's response cache must drop what it holds.
  await bumpGeneration(req)
}

export async function removePublicDocument(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  await req.payload.delete({
    collection: SLUG,
    where: { key: { equals: `${collection}:${id}` } },
    req,
    overrideAccess: true,
  })
  await bumpGeneration(req)
}
