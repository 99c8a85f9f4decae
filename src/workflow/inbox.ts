import type { Endpoint, Payload } from 'payload'

import { departmentIdsOf, type SessionUser } from '../access/predicates'

/** Every document type that goes through the workflow. */
export const WORKFLOW_COLLECTIONS = [
  'policies',
  'regulations',
  'interpretations',
  'procedures',
  'licensing-decisions',
  'penalty-decisions',
] as const

export type InboxItem = {
  collection: string
  id: string | number
  title: string
  department: string | number | null
  state: 'in_review' | 'approved'
  /** When it started waiting for this person: submission (reviewers) or approval (publishers). */
  waitingSince: string | null
  publishAt: string | null
  /** The version to review, and the last published one to compare it with (null: never published). */
  versionId: string | null
  publishedVersionId: string | null
}

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/**
 * What waits for this person, oldest first, across their departments: changes to review (for
 * reviewers: not their own) and approved changes to publish (for publishers). Read with the
 * person's own access, so nothing of another department can appear.
 */
export async function inboxFor(payload: Payload, user: SessionUser): Promise<InboxItem[]> {
  const reviewIn = departmentIdsOf(user, 'reviewer')
  const publishIn = departmentIdsOf(user, 'publisher')
  const wanted: Array<{ state: 'in_review' | 'approved'; departments: string[] }> = [
    { state: 'in_review' as const, departments: reviewIn },
    { state: 'approved' as const, departments: publishIn },
  ].filter((w) => w.departments.length > 0)
  const items: InboxItem[] = []
  for (const collection of WORKFLOW_COLLECTIONS) {
    for (const { state, departments } of wanted) {
      const { docs } = await payload.find({
        collection,
        draft: true,
        where: {
          and: [{ workflowState: { equals: state } }, { department: { in: departments } }],
        },
        sort: state === 'in_review' ? 'submittedAt' : 'reviewedAt',
        limit: 200,
        depth: 0,
        overrideAccess: false,
        user: user as any,
      })
      for (const doc of docs as any[]) {
        if (
          state === 'in_review' &&
          (doc.changeEditors ?? []).map(idOf).map(String).includes(String(user!.id))
        )
          continue
        items.push({
          collection,
          id: doc.id,
          title: doc.title ?? doc.decisionNumber ?? String(doc.id),
          department: idOf(doc.department) ?? null,
          state,
          waitingSince:
            (state === 'in_review' ? doc.submittedAt : doc.reviewedAt) ?? doc.updatedAt ?? null,
          publishAt: doc.publishAt ?? null,
          versionId: null,
          publishedVersionId: null,
        })
      }
    }
  }
  items.sort((a, b) => String(a.waitingSince).localeCompare(String(b.waitingSince)))
  const shown = items.slice(0, 100)
  for (const item of shown) {
    const { docs } = await payload.findVersions({
      collection: item.collection as any,
      where: { parent: { equals: item.id } },
      sort: '-updatedAt',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    item.versionId = docs[0] ? String(docs[0].id) : null
    const published = (docs as any[]).find((v) => v.version?._status === 'published')
    item.publishedVersionId = published ? String(published.id) : null
  }
  return shown
}

/** GET /api/workflow/inbox: the signed-in person's inbox (the admin dashboard shows it). */
export const inboxEndpoint: Endpoint = {
  path: '/workflow/inbox',
  method: 'get',
  handler: async (req) => {
    if (!req.user) return Response.json({ errors: [{ message: 'Sign in first' }] }, { status: 401 })
    return Response.json({ items: await inboxFor(req.payload, req.user as any) })
  },
}
