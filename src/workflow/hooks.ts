import {
  APIError,
  type CollectionAfterChangeHook,
  type CollectionAfterDeleteHook,
  NotFound,
  type CollectionBeforeChangeHook,
  type CollectionBeforeOperationHook,
  type PayloadRequest,
} from 'payload'

import { departmentIdsOf, isAuthenticated } from '../access/predicates'
import { LOCK_SPACE, lockKeyOf, transactionLock } from '../db/locks'
import { message } from '../fields/labels'
import { refreshPublicDocument, removePublicDocument } from '../public-api/projection'
import { syncRemoval } from '../scheduler/queue'
import { checkBase, declaredBase } from './concurrency'

/** Set by the workflow endpoint and the scheduler: this write IS a transition, already checked. */
export const WORKFLOW_ACTION = 'workflowAction'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** Writes made by trusted server code on the workflow's behalf, or system patches of status fields. */
export function isTrustedWrite(req: PayloadRequest): boolean {
  return Boolean(
    req.context?.[WORKFLOW_ACTION] || req.context?.systemPatch || req.context?.relationUpdate,
  )
}

/** A person is acting (REST, GraphQL, admin, or the Local API on their behalf). */
function personActing(req: PayloadRequest): boolean {
  return isAuthenticated(req.user as any) && !isTrustedWrite(req)
}

/**
 * A person's save is always a working copy: only the workflow publishes. Whatever a client sends
 * as `_status` (REST, GraphQL, the admin's publish button, a bulk edit), the save becomes a draft
 * version and the public keeps the last published version. A change under review is frozen.
 */
export const draftsOnlyForPeople: CollectionBeforeOperationHook = async ({
  args: incoming,
  operation,
  req,
  collection,
}) => {
  const args = incoming as any
  if ((operation !== 'create' && operation !== 'update') || !personActing(req)) return args
  if (operation === 'update' && args.id === undefined) {
    throw new APIError(
      message(req, '公开内容不支持批量修改', 'Documents cannot be edited in bulk'),
      403,
    )
  }
  args.draft = true
  if (args.data) args.data._status = 'draft'
  if (operation === 'update') {
    // Edits of one document are serialized, so two edits on the same base cannot both pass.
    await transactionLock(req, LOCK_SPACE.document, lockKeyOf(collection.slug, args.id))
    // Read as the person: what they cannot read does not exist for them, the same 404 as a missing
    // id (Payload itself would answer 403, which tells that the document exists).
    const current: any = await req.payload
      .findByID({
        collection: collection.slug,
        id: args.id,
        draft: true,
        depth: 0,
        req,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })
      .catch(() => null)
    if (!current) throw new NotFound(req.t)
    // A document stays within the person's departments: it cannot be handed to another.
    const target = args.data?.department
    if (
      target !== undefined &&
      !departmentIdsOf(req.user as any, 'author').includes(String(idOf(target)))
    ) {
      throw new APIError(
        message(
          req,
          '只能把文件放在本人所在的部门',
          'A document can only belong to one of your departments',
        ),
        403,
        { field: 'department' },
      )
    }
    const base = checkBase(
      declaredBase(req.headers?.get?.('if-match'), args.data?.updatedAt),
      current.updatedAt,
    )
    if (!base.ok) {
      throw new APIError(
        base.reason === 'invalid'
          ? message(req, 'updatedAt 不是有效的时间', 'updatedAt is not a valid time')
          : message(
              req,
              '此文件在您打开后已被他人修改。请重新加载，再次进行您的修改。',
              'This document was changed by someone else after you opened it. Reload it and make your change again.',
            ),
        base.reason === 'invalid' ? 400 : 409,
        {
          field: 'updatedAt',
          code: base.reason === 'invalid' ? 'invalid' : 'stale_version',
          current: current.updatedAt,
        },
      )
    }
    if (current.workflowState === 'in_review') {
      throw new APIError(
        message(
          req,
          '文件正在审核中，不能修改；请先撤回提交或等待审核结果',
          'The document is under review and cannot be edited; recall it first',
        ),
        409,
      )
    }
  }
  return args
}

/**
 * The workflow fields on every save. A person's edit starts or continues a change: state draft,
 * approvals and schedules void (an approval was for other content), the editor recorded. A
 * transition writes exactly what the workflow decided. Server code writing without a person
 * (seed, import, tests) gets the state that matches the publication status.
 */
export const workflowRecord: CollectionBeforeChangeHook = ({ data, originalDoc, req }) => {
  if (isTrustedWrite(req)) return data
  if (personActing(req)) {
    const continuing =
      originalDoc?.workflowState === 'draft' || originalDoc?.workflowState === 'approved'
    const editors = new Set<string | number>(
      continuing ? (originalDoc?.changeEditors ?? []).map(idOf) : [],
    )
    editors.add(req.user!.id)
    Object.assign(data, {
      workflowState: 'draft',
      publishAt: null,
      submittedBy: null,
      submittedAt: null,
      reviewedBy: null,
      reviewedAt: null,
      reviewComment: originalDoc?.reviewComment ?? null,
      changeEditors: [...editors],
      withdrawnNotice: originalDoc?.withdrawnNotice ?? null,
      withdrawnAt: originalDoc?.withdrawnAt ?? null,
      unpublishedReason: originalDoc?.unpublishedReason ?? null,
      unpublishedAt: originalDoc?.unpublishedAt ?? null,
    })
    return data
  }
  if (data.workflowState === undefined || data.workflowState === null) {
    data.workflowState =
      (data._status ?? originalDoc?._status) === 'published' ? 'published' : 'draft'
  }
  return data
}

/**
 * A publication with a removal time (`unpublishAt`, a penalty's publication end) keeps one
 * scheduled removal job in step with it, in the same transaction.
 */
export const scheduleRemoval: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (doc._status !== 'published' || context?.systemPatch) return doc
  await syncRemoval(req, collection.slug, doc.id, doc.unpublishAt)
  return doc
}

const idsOf = (value: unknown): Array<string | number> =>
  (Array.isArray(value) ? value : []).map(idOf).filter((v) => v !== undefined && v !== null)

/** Publishing a document makes the files it uses public (their bytes too), in the same transaction. */
export const publishFiles: CollectionAfterChangeHook = async ({ doc, req }) => {
  if (doc._status !== 'published') return doc
  for (const [collection, ids] of [
    ['attachments', idsOf(doc.attachments)],
    ['media', idsOf(doc.images)],
  ] as const) {
    if (!ids.length) continue
    await req.payload.update({
      collection,
      where: {
        and: [
          { id: { in: ids } },
          { public: { not_equals: true } },
          // Only the document's own department's files: an id of another's is no licence.
          { department: { equals: idOf(doc.department) } },
        ],
      },
      data: { public: true } as any,
      req,
      overrideAccess: true,
      depth: 0,
      context: { systemPatch: true },
    })
  }
  return doc
}

/** The public projection follows every write, in the same transaction (src/public-api/projection.ts). */
export const projectPublic: CollectionAfterChangeHook = async ({ doc, req, collection }) => {
  // A draft save leaves the published version as it was; patches of the published row call
  // refreshPublicDocument themselves (src/documents/published.ts).
  if (doc._status === 'published') await refreshPublicDocument(req, collection.slug, doc.id)
  return doc
}

export const unprojectPublic: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  await removePublicDocument(req, collection.slug, doc.id)
  return doc
}
