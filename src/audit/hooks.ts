import type {
  AfterErrorHook,
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  CollectionAfterOperationHook,
  PayloadRequest,
} from 'payload'

import { WORKFLOW_ACTION } from '../workflow/hooks'
import { appendAudit, appendAuditAlone } from './append'

const IGNORED = new Set(['updatedAt', 'createdAt', 'sessions', 'loginAttempts', 'lockUntil'])

/** Top-level fields whose stored value changed. */
export function changedFields(
  doc: Record<string, unknown>,
  previous: Record<string, unknown> | undefined,
): string[] {
  if (!previous || Object.keys(previous).length === 0)
    return Object.keys(doc).filter(
      (k) => !IGNORED.has(k) && doc[k] !== null && doc[k] !== undefined,
    )
  const keys = new Set([...Object.keys(doc), ...Object.keys(previous)])
  return [...keys]
    .filter(
      (k) =>
        !IGNORED.has(k) && JSON.stringify(doc[k] ?? null) !== JSON.stringify(previous[k] ?? null),
    )
    .sort()
}

const skip = (req: PayloadRequest, context: Record<string, unknown> | undefined) =>
  Boolean(context?.audit || req.context?.audit)

/** Every write to a document, in its transaction: create, edit (a draft), workflow transition. */
export const auditDocumentChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  collection,
  context,
}) => {
  if (skip(req, context)) return doc
  const transition = (context?.[WORKFLOW_ACTION] ?? req.context?.[WORKFLOW_ACTION]) as
    string | undefined
  await appendAudit(req, {
    action: transition ? `workflow.${transition}` : operation,
    collection: collection.slug,
    targetId: String(doc.id),
    targetUid: doc.uid ?? null,
    department: doc.department ?? null,
    changedFields: changedFields(doc, previousDoc),
    detail: { status: doc._status ?? null, workflowState: doc.workflowState ?? null },
  })
  return doc
}

export const auditDocumentDelete: CollectionAfterDeleteHook = async ({ doc, req, collection }) => {
  if (skip(req, undefined)) return doc
  await appendAudit(req, {
    action: 'delete',
    collection: collection.slug,
    targetId: String(doc.id),
    targetUid: doc.uid ?? null,
    department: doc.department ?? null,
    detail: { title: doc.title ?? doc.filename ?? null },
  })
  return doc
}

/** Accounts: creation, changes, and role changes flagged as such (who gave whom which role). */
export const auditUserChange: CollectionAfterChangeHook = async ({
  doc,
  previousDoc,
  operation,
  req,
  context,
}) => {
  if (skip(req, context)) return doc
  const changed = changedFields(doc, previousDoc).filter(
    (f) => !['hash', 'salt', 'password'].includes(f),
  )
  const roles = changed.includes('memberships') || changed.includes('platformRoles')
  await appendAudit(req, {
    action: roles ? 'user.roles' : `user.${operation}`,
    collection: 'users',
    targetId: String(doc.id),
    changedFields: changed,
    detail: roles
      ? {
          email: doc.email,
          platformRoles: {
            before: previousDoc?.platformRoles ?? [],
            after: doc.platformRoles ?? [],
          },
          memberships: {
            before: (previousDoc?.memberships ?? []).map((m: any) => [
              m.department?.id ?? m.department,
              m.roles,
            ]),
            after: (doc.memberships ?? []).map((m: any) => [
              m.department?.id ?? m.department,
              m.roles,
            ]),
          },
        }
      : { email: doc.email, disabled: doc.disabled ?? false },
  })
  return doc
}

/** Sign-ins and unlocks. (Failed sign-ins are recorded by the config's afterError hook.) */
export const auditAuthOperation: CollectionAfterOperationHook = async ({
  operation,
  result,
  req,
  args,
}) => {
  if (operation === 'login') {
    const user = (result as any)?.user
    // Inside the login's own transaction (afterOperation runs before it commits).
    await appendAudit(req, {
      action: 'login',
      actor: user?.email,
      actorId: user ? String(user.id) : null,
      collection: 'users',
      targetId: user ? String(user.id) : null,
    })
  }
  if (operation === 'unlock') {
    // Payload runs this hook after the unlock committed: the record gets its own transaction.
    await appendAuditAlone(req.payload, req, {
      action: 'user.unlock',
      collection: 'users',
      detail: { email: (args as any)?.data?.email ?? null },
    })
  }
  return result
}

/** A refused sign-in leaves a record too (its own transaction: the login's was rolled back). */
export const auditFailedLogin: AfterErrorHook = async ({ error, req, collection }) => {
  const path = req?.pathname ?? (req?.url ? new URL(req.url).pathname : '')
  if (!req || collection?.slug !== 'users' || !/\/users\/login\/?$/.test(path)) return
  const status = (error as { status?: number })?.status
  if (status !== 401 && status !== 403 && status !== 429) return
  const email =
    typeof (req.data as any)?.email === 'string'
      ? String((req.data as any).email).slice(0, 200)
      : 'unknown'
  await appendAuditAlone(req.payload, req, {
    action: 'login',
    actor: email,
    actorId: null,
    result: 'failure',
    collection: 'users',
    detail: { reason: (error as Error)?.name ?? 'error', status },
  }).catch((err) => req.payload.logger.error({ err }, 'could not record a failed sign-in'))
}
