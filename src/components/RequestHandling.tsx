'use client'
/**
 * Handling a disclosure request in the admin: its clock (status, due date, state), and the events
 * the handling department can record now (补正, consultation, extension, reassignment, the answer
 * with its outcome, reason and response files), each a small form posting to
 * POST /api/disclosure-requests/:id/events. The server checks everything again.
 */
import { useConfig, useDocumentInfo, useFormFields, useTranslation } from '@payloadcms/ui'
import React, { useState } from 'react'

import { clockStateLabel } from '../clocks/states'
import { availableEvents, EVENT_INPUTS, type StaffEvent } from '../requests/actions'
import { HANDLING_EVENTS, OUTCOMES, REQUEST_STATUSES } from '../requests/model'
import { useHydrated } from './use-hydrated'

const pick = (
  list: ReadonlyArray<{ value: string; zh: string; en: string }>,
  value: string,
  zh: boolean,
) => {
  const found = list.find((o) => o.value === value)
  return found ? (zh ? found.zh : found.en) : value
}

export function RequestHandling() {
  const { id } = useDocumentInfo()
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const status = useFormFields(([fields]) => fields.status?.value as string | undefined)
  const dueDate = useFormFields(([fields]) => fields.dueDate?.value as string | undefined)
  const clockState = useFormFields(([fields]) => fields.clockState?.value as string | undefined)
  const department = useFormFields(
    ([fields]) => fields.department?.value as string | number | undefined,
  )
  const extensionDays = useFormFields(([fields]) => Number(fields.extensionDays?.value ?? 0))
  const [event, setEvent] = useState<StaffEvent | null>(null)
  const [values, setValues] = useState<Record<string, string>>({})
  const [files, setFiles] = useState<FileList | null>(null)
  const [busy, setBusy] = useState(false)
  const [errors, setErrors] = useState<Array<{ field?: string; message: string }>>([])
  const hydrated = useHydrated()
  const api = `${config.serverURL ?? ''}${config.routes.api}`

  if (!id) {
    return (
      <p className="gk-workflow__hint">
        {zh ? '保存后可记录办理过程' : 'Save first, then record the handling'}
      </p>
    )
  }
  const set =
    (name: string) =>
    (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement | HTMLSelectElement>) =>
      setValues((v) => ({ ...v, [name]: e.target.value }))

  async function submit() {
    if (!event) return
    setBusy(true)
    setErrors([])
    try {
      const responseFiles: Array<string | number> = []
      for (const file of Array.from(files ?? [])) {
        const form = new FormData()
        form.append('file', file)
        form.append('_payload', JSON.stringify({ purpose: 'response', department }))
        const res = await fetch(`${api}/request-files`, {
          method: 'POST',
          credentials: 'include',
          body: form,
        })
        const body = await res.json().catch(() => null)
        if (!res.ok) {
          setErrors(body?.errors ?? [{ message: `${file.name}: ${res.status}` }])
          return
        }
        responseFiles.push(body.doc.id)
      }
      const [outcome, reason] = (values.outcome ?? '').split('.')
      const res = await fetch(`${api}/disclosure-requests/${id}/events`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          type: event,
          date: values.date || undefined,
          reason: values.reason,
          days: values.days ? Number(values.days) : undefined,
          approver: values.approver,
          note: values.note,
          outcome: outcome || undefined,
          outcomeReason: reason || undefined,
          answer: values.answer,
          department: values.department || undefined,
          responseFiles,
        }),
      })
      if (res.ok) {
        window.location.reload()
        return
      }
      const body = await res.json().catch(() => null)
      setErrors(body?.errors ?? [{ message: String(res.status) }])
    } finally {
      setBusy(false)
    }
  }

  const inputs = event ? EVENT_INPUTS[event] : []
  const label = (zhText: string, enText: string) => (zh ? zhText : enText)
  return (
    <div className="gk-workflow field-type gk-request" data-status={status}>
      <span className="field-label">{label('办理', 'Handling')}</span>
      <span className="gk-workflow__state" role="status">
        {pick(REQUEST_STATUSES, status ?? '', zh)}
        {dueDate ? ` · ${label('期限', 'due')} ${dueDate}` : ''}
        {clockState ? ` · ${clockStateLabel(clockState, zh)}` : ''}
      </span>
      {availableEvents(status, extensionDays).map((type) => (
        <button
          key={type}
          type="button"
          className={`btn btn--size-medium ${type === 'answered' ? 'btn--style-primary' : 'btn--style-secondary'}`}
          data-event={type}
          aria-pressed={event === type}
          disabled={busy || !hydrated}
          onClick={() => {
            setEvent(event === type ? null : type)
            setErrors([])
          }}
        >
          {pick(HANDLING_EVENTS, type, zh)}
        </button>
      ))}
      {event && (
        <fieldset className="gk-workflow__input">
          <legend>{pick(HANDLING_EVENTS, event, zh)}</legend>
          <label>
            {label('日期（默认今天）', 'Date (today if empty)')}
            <input type="date" name="date" value={values.date ?? ''} onChange={set('date')} />
          </label>
          {inputs.includes('days') && (
            <label>
              {label('延长工作日（1–20）', 'Working days (1–20)')}
              <input
                type="number"
                min={1}
                max={20}
                name="days"
                value={values.days ?? ''}
                onChange={set('days')}
              />
            </label>
          )}
          {inputs.includes('approver') && (
            <label>
              {label('批准人（机关负责人）', 'Approved by (head of the body)')}
              <input
                type="text"
                name="approver"
                value={values.approver ?? ''}
                onChange={set('approver')}
              />
            </label>
          )}
          {inputs.includes('reason') && (
            <label>
              {label('理由', 'Reason')}
              <textarea
                name="reason"
                rows={2}
                value={values.reason ?? ''}
                onChange={set('reason')}
              />
            </label>
          )}
          {inputs.includes('outcome') && (
            <label>
              {label('办理结果', 'Outcome')}
              <select name="outcome" value={values.outcome ?? ''} onChange={set('outcome')}>
                <option value="">{label('请选择', 'Choose')}</option>
                {OUTCOMES.flatMap((o) =>
                  o.reasons.length
                    ? o.reasons.map((r) => (
                        <option key={`${o.value}.${r.value}`} value={`${o.value}.${r.value}`}>
                          {o.zh}：{r.zh}
                        </option>
                      ))
                    : [
                        <option key={o.value} value={o.value}>
                          {zh ? o.zh : `${o.zh} (${o.en})`}
                        </option>,
                      ],
                )}
              </select>
            </label>
          )}
          {inputs.includes('answer') && (
            <label>
              {label('答复内容', 'Answer')}
              <textarea
                name="answer"
                rows={4}
                value={values.answer ?? ''}
                onChange={set('answer')}
              />
            </label>
          )}
          {inputs.includes('files') && (
            <label>
              {label(
                '答复文件（PDF、OFD、DOCX、ODT、JPEG、PNG）',
                'Response files (PDF, OFD, DOCX, ODT, JPEG, PNG)',
              )}
              <input type="file" name="files" multiple onChange={(e) => setFiles(e.target.files)} />
            </label>
          )}
          {inputs.includes('department') && (
            <label>
              {label('转办部门代码', 'Department code to reassign to')}
              <input
                type="text"
                name="department"
                value={values.department ?? ''}
                onChange={set('department')}
              />
            </label>
          )}
          {inputs.includes('note') && (
            <label>
              {label('备注', 'Note')}
              <textarea name="note" rows={2} value={values.note ?? ''} onChange={set('note')} />
            </label>
          )}
          <button
            type="button"
            className="btn btn--size-medium btn--style-primary"
            data-confirm={event}
            disabled={busy}
            onClick={() => void submit()}
          >
            {label('记录', 'Record')}
          </button>
        </fieldset>
      )}
      {errors.length > 0 && (
        <ul className="gk-workflow__error" role="alert">
          {errors.map((e, i) => (
            <li key={i}>
              {e.field ? `${e.field}: ` : ''}
              {e.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  )
}
