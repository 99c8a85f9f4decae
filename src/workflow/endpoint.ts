import {
  addDataAndFileToRequest,
  commitTransaction,
  type Endpoint,
  initTransaction,
  killTransaction,
  type PayloadRequest,
} from 'payload'

import { rolesIn } from '../access/predicates'
import { patchPublishedVersion } from '../documents/published'
import { schedulePublication, unschedulePublication } from '../scheduler/queue'
import { failpoint } from '../server/failpoints'
import { WORKFLOW_ACTION } from './hooks'
import { type Action, ACTIONS, availableActions, decide, type State } from './transitions'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)
const text = (v: unknown) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 5000) : null)

type Body = {
  action?: string
  comment?: string
  notice?: string
  reason?: string
  publishAt?: string
}

const STATUS: Record<string, number> = {
  unknown_action: 400,
  missing_input: 400,
  invalid_input: 400,
  wrong_state: 409,
  forbidden: 403,
  own_change: 403,
  not_own_submission: 403,
}

function problem(
  req: PayloadRequest,
  status: number,
  message: { zh: string; en: string },
  extra: object = {},
) {
  const text = req.i18n?.language === 'en' ? message.en : message.zh
  return Response.json({ errors: [{ message: text, ...extra }] }, { status })
}

/** The document as the caller may see it (another department's work is null: a 404). */
function readAsCaller(req: PayloadRequest, slug: string, id: string, draft: boolean) {
  return req.payload
    .findByID({
      collection: slug as any,
      id,
      draft,
      depth: 0,
      req,
      overrideAccess: false,
      user: req.user,
      disableErrors: true,
    })
    .catch(() => null) as Promise<any>
}

/** Actions taken on the published version rather than on the working copy. */
const ON_PUBLISHED: readonly Action[] = ['withdraw', 'unpublish']

/**
 * POST /api/<collection>/:id/workflow  { action, comment?, notice?, reason?, publishAt? }
 *
 * The only way a document changes workflow state. Reads the document as the caller (so another
 * department's work is a 404), asks the transition table, and applies the decision in one
 * transaction. The write itself runs with the workflow's authority (`context.workflowAction`).
 */
export const workflowEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'post',
  handler: async (req) => {
    const slug = req.routeParams?.collection as string
    const id = req.routeParams?.id as string
    const user = req.user as any
    if (!user) return problem(req, 401, { zh: '请先登录', en: 'Sign in first' })
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as Body
    const action = body.action as Action
    if (!ACTIONS.includes(action)) {
      return problem(
        req,
        400,
        { zh: `未知操作：${String(body.action)}`, en: `Unknown action: ${String(body.action)}` },
        { field: 'action' },
      )
    }

    const shouldCommit = await initTransaction(req)
    try {
      const read = (draft: boolean) => readAsCaller(req, slug, id, draft)
      const latest = await read(true)
      if (!latest) {
        if (shouldCommit) await killTransaction(req)
        return problem(req, 404, { zh: '没有这个文件', en: 'No such document' })
      }
      const current = ON_PUBLISHED.includes(action) ? ((await read(false)) ?? latest) : latest
      const decision = decide({
        state: (current.workflowState ?? 'draft') as State,
        action,
        roles: rolesIn(user, current.department),
        ownChange: (latest.changeEditors ?? []).map(idOf).map(String).includes(String(user.id)),
        ownSubmission: String(idOf(latest.submittedBy)) === String(user.id),
        input: {
          comment: body.comment,
          notice: body.notice,
          reason: body.reason,
          publishAt: body.publishAt,
        },
      })
      if (!decision.ok) {
        if (shouldCommit) await killTransaction(req)
        return problem(req, STATUS[decision.code] ?? 400, decision.message, {
          code: decision.code,
          ...(decision.field ? { field: decision.field } : {}),
        })
      }

      const now = new Date().toISOString()
      const common = {
        collection: slug as any,
        id,
        req,
        depth: 0,
        overrideAccess: true,
        context: { [WORKFLOW_ACTION]: action },
      }
      const draftUpdate = (data: Record<string, unknown>) =>
        req.payload.update({ ...common, draft: true, data: { ...data, _status: 'draft' } as any })

      switch (action) {
        case 'submit':
          await draftUpdate({ workflowState: 'in_review', submittedBy: user.id, submittedAt: now })
          break
        case 'recall':
          await draftUpdate({ workflowState: 'draft', submittedBy: null, submittedAt: null })
          break
        case 'reject':
          await draftUpdate({
            workflowState: 'draft',
            reviewedBy: user.id,
            reviewedAt: now,
            reviewComment: text(body.comment),
          })
          break
        case 'approve':
          await draftUpdate({
            workflowState: 'approved',
            reviewedBy: user.id,
            reviewedAt: now,
            reviewComment: text(body.comment),
          })
          break
        case 'schedule': {
          const at = new Date(String(body.publishAt)).toISOString()
          await draftUpdate({ publishAt: at })
          // The job names the version just saved: exactly what was approved is what goes out.
          await schedulePublication(req, slug, id, at)
          break
        }
        case 'unschedule':
          await draftUpdate({ publishAt: null })
          await unschedulePublication(req, slug, id)
          break
        case 'publish':
          await publishApproved(req, slug, id, action)
          break
        case 'withdraw':
          await patchPublishedVersion(
            req,
            slug as any,
            id,
            { workflowState: 'withdrawn', withdrawnNotice: text(body.notice), withdrawnAt: now },
            {
              [WORKFLOW_ACTION]: action,
            },
          )
          break
        case 'unpublish':
          await patchPublishedVersion(
            req,
            slug as any,
            id,
            {
              workflowState: 'unpublished',
              unpublishedReason: text(body.reason),
              unpublishedAt: now,
            },
            { [WORKFLOW_ACTION]: action },
          )
          break
      }
      // Test-only: die with every write of a publication done and none committed.
      if (action === 'publish' && failpoint('exit-before-commit'))
        process.kill(process.pid, 'SIGKILL')
      if (shouldCommit) await commitTransaction(req)
    } catch (err) {
      if (shouldCommit) await killTransaction(req)
      throw err
    }
    const after: any = await req.payload.findByID({
      collection: slug as any,
      id,
      draft: true,
      depth: 0,
      req,
      overrideAccess: true,
    })
    return Response.json({
      id: after.id,
      uid: after.uid,
      workflowState: after.workflowState,
      publishAt: after.publishAt ?? null,
    })
  },
}

/**
 * GET /api/<collection>/:id/workflow → { workflowState, publishedState, publishAt, actions }
 * What the caller may do now: the admin's workflow buttons are built from this.
 */
export const workflowStatusEndpoint: Endpoint = {
  path: '/:id/workflow',
  method: 'get',
  handler: async (req) => {
    const slug = req.routeParams?.collection as string
    const id = req.routeParams?.id as string
    const user = req.user as any
    if (!user) return problem(req, 401, { zh: '请先登录', en: 'Sign in first' })
    const read = (draft: boolean) => readAsCaller(req, slug, id, draft)
    const latest = await read(true)
    if (!latest) return problem(req, 404, { zh: '没有这个文件', en: 'No such document' })
    const published = latest._status === 'published' ? latest : await read(false)
    const base = {
      roles: rolesIn(user, latest.department),
      ownChange: (latest.changeEditors ?? []).map(idOf).map(String).includes(String(user.id)),
      ownSubmission: String(idOf(latest.submittedBy)) === String(user.id),
    }
    const onLatest = availableActions({ ...base, state: latest.workflowState ?? 'draft' }).filter(
      (a) => !ON_PUBLISHED.includes(a),
    )
    const onPublished =
      published?._status === 'published'
        ? availableActions({ ...base, state: published.workflowState ?? 'published' }).filter((a) =>
            ON_PUBLISHED.includes(a),
          )
        : []
    return Response.json({
      workflowState: latest.workflowState ?? 'draft',
      publishedState:
        published?._status === 'published' ? (published.workflowState ?? 'published') : null,
      publishAt: latest.publishAt ?? null,
      reviewComment: latest.reviewComment ?? null,
      actions: [...onLatest, ...onPublished],
    })
  },
}

/** Publishes the approved working copy, exactly as approved. */
export async function publishApproved(
  req: PayloadRequest,
  slug: string,
  id: number | string,
  action: string,
) {
  await req.payload.update({
    collection: slug as any,
    id,
    req,
    depth: 0,
    overrideAccess: true,
    draft: false,
    context: { [WORKFLOW_ACTION]: action },
    data: {
      _status: 'published',
      workflowState: 'published',
      publishAt: null,
      changeEditors: [],
      withdrawnNotice: null,
      withdrawnAt: null,
      unpublishedReason: null,
      unpublishedAt: null,
    } as any,
  })
}
