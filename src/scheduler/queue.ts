import type { PayloadRequest } from 'payload'

import { type JobKind, publishKey, unpublishKey } from './jobs'

const SLUG = 'scheduled-jobs' as const

/** The id of a document's newest version (the working copy a schedule refers to). */
export async function latestVersionId(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<string | null> {
  const { docs } = await req.payload.findVersions({
    collection: collection as any,
    where: { and: [{ parent: { equals: id } }, { latest: { equals: true } }] },
    sort: '-updatedAt',
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
    pagination: false,
  })
  return docs[0] ? String(docs[0].id) : null
}

async function cancelPending(
  req: PayloadRequest,
  kind: JobKind,
  collection: string,
  id: number | string,
  outcome: string,
) {
  await req.payload.update({
    collection: SLUG,
    where: {
      and: [
        { kind: { equals: kind } },
        { targetCollection: { equals: collection } },
        { targetId: { equals: String(id) } },
        { state: { equals: 'pending' } },
      ],
    },
    data: { state: 'cancelled', outcome, finishedAt: new Date().toISOString() },
    req,
    overrideAccess: true,
    depth: 0,
  })
}

/**
 * Schedules the publication of the document's current (approved) version at `at`, in the
 * request's transaction. A new schedule replaces any earlier one for the document.
 */
export async function schedulePublication(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  at: string,
): Promise<void> {
  const versionId = await latestVersionId(req, collection, id)
  if (!versionId) throw new Error(`no version of ${collection} ${id} to schedule`)
  await cancelPending(req, 'publish', collection, id, 'rescheduled')
  await upsertJob(req, {
    key: publishKey(collection, id, versionId),
    kind: 'publish',
    targetCollection: collection,
    targetId: String(id),
    versionId,
    dueAt: at,
  })
}

export async function unschedulePublication(
  req: PayloadRequest,
  collection: string,
  id: number | string,
): Promise<void> {
  await cancelPending(req, 'publish', collection, id, 'unscheduled')
}

/**
 * Keeps a published document's removal job in step with its `unpublishAt` (set by an editor, or
 * by a penalty's publication end date): one job per document, moved when the time moves.
 */
export async function syncRemoval(
  req: PayloadRequest,
  collection: string,
  id: number | string,
  unpublishAt: string | null | undefined,
): Promise<void> {
  const key = unpublishKey(collection, id)
  const { docs } = await req.payload.find({
    collection: SLUG,
    where: { key: { equals: key } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const job = docs[0] as any
  if (!unpublishAt) {
    if (job?.state === 'pending')
      await cancelPending(req, 'unpublish', collection, id, 'unscheduled')
    return
  }
  const due = new Date(unpublishAt).toISOString()
  if (job && job.state !== 'cancelled' && new Date(job.dueAt).toISOString() === due) return
  await upsertJob(req, {
    key,
    kind: 'unpublish',
    targetCollection: collection,
    targetId: String(id),
    versionId: null,
    dueAt: due,
  })
}

/** Creates the job with this key, or resets the existing one to pending at the new time. */
async function upsertJob(
  req: PayloadRequest,
  job: {
    key: string
    kind: JobKind
    targetCollection: string
    targetId: string
    versionId: string | null
    dueAt: string
  },
): Promise<void> {
  const { docs } = await req.payload.find({
    collection: SLUG,
    where: { key: { equals: job.key } },
    limit: 1,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const data = {
    ...job,
    runAfter: job.dueAt,
    state: 'pending',
    attempts: 0,
    leaseOwner: null,
    leaseUntil: null,
    lastError: null,
    outcome: null,
    finishedAt: null,
    requestedBy: (req.user as any)?.email ?? null,
  }
  const common = { collection: SLUG, req, overrideAccess: true, depth: 0 } as const
  if (docs[0]) await req.payload.update({ ...common, id: docs[0].id, data: data as any })
  else await req.payload.create({ ...common, data: data as any })
}
