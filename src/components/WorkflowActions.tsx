'use client'
/**
 * The workflow buttons in the document editor, in place of Payload's "Publish" button: what the
 * signed-in person may do now (from GET …/workflow), each action a POST to …/workflow. Actions that
 * need words (a rejection comment, a withdrawal notice, a reason) or a time ask for them inline.
 */
import { useConfig, useDocumentInfo, useTranslation } from '@payloadcms/ui'
import React, { useCallback, useEffect, useState } from 'react'

type Status = {
  workflowState: string
  publishedState: string | null
  publishAt: string | null
  reviewComment: string | null
  actions: string[]
}

const LABELS: Record<string, [string, string]> = {
  submit: ['提交审核', 'Submit for review'],
  recall: ['撤回提交', 'Recall'],
  reject: ['退回修改', 'Reject'],
  approve: ['审核通过', 'Approve'],
  publish: ['立即发布', 'Publish now'],
  schedule: ['定时发布', 'Schedule'],
  unschedule: ['取消定时', 'Cancel schedule'],
  withdraw: ['撤回（保留公告）', 'Withdraw'],
  unpublish: ['撤销发布', 'Unpublish'],
}

const STATES: Record<string, [string, string]> = {
  draft: ['草稿', 'Draft'],
  in_review: ['待审核', 'In review'],
  approved: ['已审核待发布', 'Approved'],
  published: ['已发布', 'Published'],
  withdrawn: ['已撤回', 'Withdrawn'],
  unpublished: ['已撤销发布', 'Unpublished'],
}

const NEEDS: Record<string, ['comment' | 'notice' | 'reason' | 'publishAt', string, string]> = {
  reject: ['comment', '退回意见', 'Comment'],
  withdraw: ['notice', '撤回公告（公开显示）', 'Public withdrawal notice'],
  unpublish: ['reason', '撤销原因（记入审计日志）', 'Reason (kept in the audit log)'],
  schedule: ['publishAt', '发布时间', 'Publication time'],
}

export function WorkflowActions() {
  const { id, collectionSlug } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const t = (pair: [string, string]) => (zh ? pair[0] : pair[1])
  const url = `${config.serverURL ?? ''}${config.routes.api}/${collectionSlug}/${id}/workflow`
  const [status, setStatus] = useState<Status | null>(null)
  const [pending, setPending] = useState<string | null>(null)
  const [value, setValue] = useState('')
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  const load = useCallback(async () => {
    if (!id) return
    const res = await fetch(url, { credentials: 'include' })
    if (res.ok) setStatus(await res.json())
  }, [url, id])

  useEffect(() => {
    void load()
  }, [load])

  if (!id) {
    return (
      <span className="gk-workflow__hint">
        {zh ? '先保存草稿，再提交审核' : 'Save a draft first, then submit it'}
      </span>
    )
  }

  async function run(action: string) {
    const need = NEEDS[action]
    if (need && pending !== action) {
      setPending(action)
      setValue('')
      setError(null)
      return
    }
    setBusy(true)
    setError(null)
    const body: Record<string, string> = { action }
    if (need)
      body[need[0]] = need[0] === 'publishAt' && value ? new Date(value).toISOString() : value
    const res = await fetch(url, {
      method: 'POST',
      credentials: 'include',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
    })
    setBusy(false)
    if (res.ok) {
      window.location.reload()
      return
    }
    const problem = await res.json().catch(() => null)
    setError(problem?.errors?.[0]?.message ?? `${res.status}`)
  }

  const need = pending ? NEEDS[pending] : undefined
  return (
    <div className="gk-workflow field-type" data-state={status?.workflowState}>
      <span className="field-label">{zh ? '发布流程' : 'Workflow'}</span>
      {status && (
        <span className="gk-workflow__state" role="status">
          {t(STATES[status.workflowState] ?? [status.workflowState, status.workflowState])}
          {status.publishedState && status.workflowState !== status.publishedState
            ? ` · ${zh ? '公开版本' : 'public'}: ${t(STATES[status.publishedState] ?? [status.publishedState, status.publishedState])}`
            : ''}
          {status.publishAt
            ? ` · ${zh ? '定时' : 'at'} ${new Date(status.publishAt).toLocaleString(zh ? 'zh-CN' : 'en')}`
            : ''}
        </span>
      )}
      {status?.actions.map((action) => (
        <button
          key={action}
          type="button"
          className={`btn btn--size-medium ${action === 'publish' || action === 'approve' || action === 'submit' ? 'btn--style-primary' : 'btn--style-secondary'}`}
          data-action={action}
          disabled={busy}
          onClick={() => void run(action)}
        >
          {t(LABELS[action] ?? [action, action])}
        </button>
      ))}
      {pending && need && (
        <span className="gk-workflow__input">
          <label>
            {t([need[1], need[2]])}
            {need[0] === 'publishAt' ? (
              <input
                type="datetime-local"
                name={need[0]}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            ) : (
              <textarea
                name={need[0]}
                rows={2}
                value={value}
                onChange={(e) => setValue(e.target.value)}
              />
            )}
          </label>
          <button
            type="button"
            className="btn btn--size-medium btn--style-primary"
            data-confirm={pending}
            disabled={busy}
            onClick={() => void run(pending)}
          >
            {zh ? '确定' : 'Confirm'}
          </button>
        </span>
      )}
      {error && (
        <span className="gk-workflow__error" role="alert">
          {error}
        </span>
      )}
    </div>
  )
}

/** Replaces Payload's "Publish" button, which would bypass review: people save drafts only. */
export function NoPublishButton() {
  return null
}
