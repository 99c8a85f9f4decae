/**
 * The rules of scheduled jobs, as plain functions: when a job may be claimed, how long to wait
 * before a retry, and whether a scheduled publication may still go ahead.
 */
export type JobState = 'pending' | 'running' | 'done' | 'failed' | 'cancelled'
export type JobKind = 'publish' | 'unpublish'

export type Job = {
  id: number | string
  key: string
  kind: JobKind
  targetCollection: string
  targetId: string
  versionId?: string | null
  dueAt: string
  runAfter: string
  state: JobState
  attempts: number
  leaseOwner?: string | null
  leaseUntil?: string | null
}

/** After this many attempts a job fails for good (and says so in the admin and the audit log). */
export const MAX_ATTEMPTS = 5
export const BACKOFF_BASE_MS = 2_000
const BACKOFF_CAP_MS = 5 * 60_000

export const publishKey = (collection: string, id: string | number, versionId: string | number) =>
  `publish:${collection}:${id}:${versionId}`
export const unpublishKey = (collection: string, id: string | number) =>
  `unpublish:${collection}:${id}`

/** Due and waiting, or claimed by a runner whose lease ran out (it died or hung). */
export function claimable(job: Pick<Job, 'state' | 'runAfter' | 'leaseUntil'>, now: Date): boolean {
  if (job.state === 'pending') return new Date(job.runAfter) <= now
  if (job.state === 'running') return !job.leaseUntil || new Date(job.leaseUntil) < now
  return false
}

/** Delay before attempt n+1 after n failed attempts: 2 s, 4 s, 8 s, … capped at 5 minutes. */
export function backoffMs(failedAttempts: number, baseMs = BACKOFF_BASE_MS): number {
  return Math.min(baseMs * 2 ** Math.max(0, failedAttempts - 1), BACKOFF_CAP_MS)
}

export type Verdict = { go: true } | { go: false; reason: string }

/**
 * A scheduled publication goes ahead only for the version that was approved and scheduled: if
 * anyone changed, published, unscheduled or rescheduled the document since, the job stands down.
 */
export function publishVerdict(
  job: Pick<Job, 'versionId' | 'dueAt'>,
  doc: { workflowState?: string | null; publishAt?: string | null } | null,
  latestVersionId: string | number | null,
): Verdict {
  if (!doc) return { go: false, reason: 'the document no longer exists' }
  if (doc.workflowState !== 'approved')
    return { go: false, reason: `the document is ${doc.workflowState ?? 'draft'}, not approved` }
  if (String(latestVersionId) !== String(job.versionId))
    return { go: false, reason: 'the document changed after it was scheduled' }
  if (!doc.publishAt || new Date(doc.publishAt).getTime() !== new Date(job.dueAt).getTime())
    return { go: false, reason: 'the publication was unscheduled or rescheduled' }
  return { go: true }
}

/** A scheduled removal goes ahead while the document is public and still due at that time. */
export function unpublishVerdict(
  job: Pick<Job, 'dueAt'>,
  published: {
    _status?: string | null
    workflowState?: string | null
    unpublishAt?: string | null
  } | null,
): Verdict {
  if (!published || published._status !== 'published')
    return { go: false, reason: 'the document is not published' }
  if (published.workflowState === 'unpublished')
    return { go: false, reason: 'the document was already unpublished' }
  if (
    !published.unpublishAt ||
    new Date(published.unpublishAt).getTime() !== new Date(job.dueAt).getTime()
  )
    return { go: false, reason: 'the removal time was changed' }
  return { go: true }
}
