'use client'
/**
 * Above the import runs' list: department staff upload a decision file (CSV, XLSX, JSON Lines)
 * into one of the departments where they are authors, as licensing or penalty decisions, published
 * at once only when they are also the department's publisher. A progress bar follows the upload,
 * then the import (GET /api/import-runs/:id every second), then the summary and, when rows were
 * rejected, the link to the error report. Data from POST /api/import-runs/upload; the server
 * checks everything again.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import React, { useEffect, useRef, useState } from 'react'

type Department = { id: string; code: string; name: string; roles: string[] }
type Run = {
  id: string | number
  status: 'queued' | 'running' | 'done' | 'failed'
  fileName: string
  rows?: number | null
  bytes?: number | null
  totalBytes?: number | null
  created?: number | null
  updated?: number | null
  unchanged?: number | null
  rejected?: number | null
  unknownColumns?: string | null
  error?: string | null
}
type Phase =
  | { kind: 'idle' }
  | { kind: 'uploading'; loaded: number; total: number }
  | { kind: 'importing'; run: Run }
  | { kind: 'finished'; run: Run }

const text = (v: unknown, zh: boolean) =>
  typeof v === 'string' ? v : ((v as Record<string, string> | null)?.[zh ? 'zh' : 'en'] ?? '')
const idOf = (v: any) => String(v && typeof v === 'object' ? v.id : v)
const n = (v: number | null | undefined) => Number(v ?? 0)

/** POST with upload progress (fetch cannot report it). */
function send(
  url: string,
  form: FormData,
  onProgress: (loaded: number, total: number) => void,
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest()
    xhr.open('POST', url)
    xhr.withCredentials = true
    xhr.upload.onprogress = (e) => onProgress(e.loaded, e.lengthComputable ? e.total : 0)
    xhr.onload = () => {
      let body: any = null
      try {
        body = JSON.parse(xhr.responseText)
      } catch {
        body = null
      }
      resolve({ status: xhr.status, body })
    }
    xhr.onerror = () => reject(new Error('network error'))
    xhr.send(form)
  })
}

export function ImportUpload() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const router = useRouter()
  const zh = i18n.language !== 'en'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [departments, setDepartments] = useState<Department[] | null>(null)
  const [department, setDepartment] = useState('')
  const [kind, setKind] = useState<'licensing' | 'penalty'>('licensing')
  const [publish, setPublish] = useState(false)
  const [file, setFile] = useState<File | null>(null)
  const [phase, setPhase] = useState<Phase>({ kind: 'idle' })
  const [errors, setErrors] = useState<string[]>([])
  const fileInput = useRef<HTMLInputElement>(null)

  useEffect(() => {
    void (async () => {
      const me = await fetch(`${api}/users/me`, { credentials: 'include' }).then((r) => r.json())
      const roles = new Map<string, string[]>()
      for (const m of me?.user?.memberships ?? []) {
        const id = idOf(m.department)
        roles.set(id, [...(roles.get(id) ?? []), ...(m.roles ?? [])])
      }
      const authorIn = [...roles.entries()].filter(([, r]) => r.includes('author'))
      if (!authorIn.length) return setDepartments([])
      const query = new URLSearchParams({ depth: '0', limit: '1000', sort: 'code' })
      authorIn.forEach(([id], i) => query.set(`where[id][in][${i}]`, id))
      const found = await fetch(`${api}/departments?${query}`, { credentials: 'include' }).then(
        (r) => r.json(),
      )
      const list: Department[] = (found?.docs ?? []).map((d: any) => ({
        id: String(d.id),
        code: d.code,
        name: text(d.name, zh) || d.code,
        roles: roles.get(String(d.id)) ?? [],
      }))
      setDepartments(list)
      setDepartment((current) => current || list[0]?.id || '')
    })().catch(() => setErrors([zh ? '无法读取部门' : 'Could not read the departments']))
  }, [api, zh])

  const runId = phase.kind === 'importing' ? phase.run.id : null
  useEffect(() => {
    if (runId === null) return
    let stopped = false
    const timer = setInterval(async () => {
      try {
        const res = await fetch(`${api}/import-runs/${runId}?depth=0`, { credentials: 'include' })
        if (!res.ok || stopped) return
        const run: Run = await res.json()
        if (stopped) return
        if (run.status === 'done' || run.status === 'failed') {
          stopped = true
          setPhase({ kind: 'finished', run })
          // The list below shows the new run.
          router.refresh()
        } else setPhase({ kind: 'importing', run })
      } catch {
        // The next poll tries again.
      }
    }, 1_000)
    return () => {
      stopped = true
      clearInterval(timer)
    }
  }, [api, runId, router])

  const chosen = departments?.find((d) => d.id === department)
  const canPublish = Boolean(chosen?.roles.includes('publisher'))
  const busy = phase.kind === 'uploading' || phase.kind === 'importing'

  async function upload(e: React.FormEvent) {
    e.preventDefault()
    if (!file || !department) return
    setErrors([])
    const form = new FormData()
    // The fields first: the server refuses a file it would not import before storing it.
    form.append('kind', kind)
    form.append('department', department)
    form.append('publish', String(canPublish && publish))
    form.append('file', file)
    setPhase({ kind: 'uploading', loaded: 0, total: file.size })
    try {
      const res = await send(`${api}/import-runs/upload`, form, (loaded, total) =>
        setPhase({ kind: 'uploading', loaded, total: total || file.size }),
      )
      if (res.status !== 202) {
        setPhase({ kind: 'idle' })
        setErrors(
          (res.body?.errors ?? [{ message: `HTTP ${res.status}` }]).map((err: any) =>
            err.field ? `${err.field}: ${err.message}` : err.message,
          ),
        )
        return
      }
      setPhase({
        kind: 'importing',
        run: { id: res.body.id, status: 'queued', fileName: file.name, totalBytes: file.size },
      })
      setFile(null)
      if (fileInput.current) fileInput.current.value = ''
    } catch {
      setPhase({ kind: 'idle' })
      setErrors([zh ? '上传失败，请检查网络后重试' : 'The upload failed; try again'])
    }
  }

  const STATUS: Record<Run['status'], string> = zh
    ? { queued: '排队中', running: '导入中', done: '导入完成', failed: '导入失败' }
    : { queued: 'Queued', running: 'Importing', done: 'Import finished', failed: 'Import failed' }

  let progress: React.ReactNode = null
  if (phase.kind === 'uploading') {
    const pct = phase.total ? Math.floor((phase.loaded / phase.total) * 100) : 0
    progress = (
      <div className="gk-import__progress">
        <label htmlFor="gk-import-progress">
          {zh ? '上传文件' : 'Uploading the file'} {pct}%
        </label>
        <br />
        <progress id="gk-import-progress" max={phase.total || 1} value={phase.loaded} />
      </div>
    )
  } else if (phase.kind === 'importing' || phase.kind === 'finished') {
    const run = phase.run
    const total = n(run.totalBytes) || 1
    const read = run.status === 'done' ? total : Math.min(n(run.bytes), total)
    const pct = Math.floor((read / total) * 100)
    progress = (
      <div className="gk-import__progress">
        <label htmlFor="gk-import-progress">
          {zh ? '导入进度' : 'Import progress'}：{run.fileName} {pct}%
        </label>
        <br />
        <progress id="gk-import-progress" max={total} value={read} />
        <p role="status" aria-live="polite">
          {STATUS[run.status]}
          {run.status === 'running' || run.status === 'queued'
            ? zh
              ? `，已读 ${n(run.rows)} 行`
              : `, ${n(run.rows)} rows read`
            : null}
        </p>
        {phase.kind === 'finished' && run.status === 'done' ? (
          <p className="gk-import__summary">
            {zh
              ? `新增 ${n(run.created)}，更新 ${n(run.updated)}，未变 ${n(run.unchanged)}，拒绝 ${n(run.rejected)}`
              : `${n(run.created)} created, ${n(run.updated)} updated, ${n(run.unchanged)} unchanged, ${n(run.rejected)} rejected`}
          </p>
        ) : null}
        {phase.kind === 'finished' && run.status === 'failed' ? (
          <p role="alert" style={{ color: '#a00', whiteSpace: 'pre-wrap' }}>
            {run.error}
          </p>
        ) : null}
        {run.unknownColumns ? (
          <p>
            {zh ? '未导入的列（无法识别）：' : 'Columns not imported (unknown): '}
            {run.unknownColumns}
          </p>
        ) : null}
        {phase.kind === 'finished' && n(run.rejected) > 0 ? (
          <p>
            <a href={`${api}/import-runs/${run.id}/errors.csv`} download>
              {zh
                ? `下载错误报告（${n(run.rejected)} 行被拒绝）`
                : `Download the error report (${n(run.rejected)} rows rejected)`}
            </a>
          </p>
        ) : null}
      </div>
    )
  }

  return (
    <section
      className="gk-import"
      aria-labelledby="gk-import-title"
      style={{ marginBottom: '1.5rem' }}
    >
      <h2 id="gk-import-title">{zh ? '批量导入双公示决定' : 'Import decisions from a file'}</h2>
      {departments && !departments.length ? (
        <p>
          {zh
            ? '只有部门的编辑可以导入决定。'
            : 'Only an author of a department can import decisions.'}
        </p>
      ) : (
        <form onSubmit={(e) => void upload(e)}>
          <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
            <label>
              {zh ? '部门' : 'Department'}
              <br />
              <select
                name="department"
                value={department}
                disabled={busy}
                onChange={(e) => setDepartment(e.target.value)}
              >
                {(departments ?? []).map((d) => (
                  <option key={d.id} value={d.id}>
                    {d.name} ({d.code})
                  </option>
                ))}
              </select>
            </label>
            <label>
              {zh ? '类型' : 'Kind'}
              <br />
              <select
                name="kind"
                value={kind}
                disabled={busy}
                onChange={(e) => setKind(e.target.value as 'licensing' | 'penalty')}
              >
                <option value="licensing">{zh ? '行政许可' : 'Licensing decisions'}</option>
                <option value="penalty">{zh ? '行政处罚' : 'Penalty decisions'}</option>
              </select>
            </label>
            {canPublish ? (
              <label>
                <input
                  type="checkbox"
                  name="publish"
                  checked={publish}
                  disabled={busy}
                  onChange={(e) => setPublish(e.target.checked)}
                />{' '}
                {zh ? '导入后直接公开' : 'Publish on import'}
              </label>
            ) : null}
            <label>
              {zh ? '文件（CSV、XLSX 或 JSON Lines）' : 'File (CSV, XLSX or JSON Lines)'}
              <br />
              <input
                ref={fileInput}
                type="file"
                name="file"
                accept=".csv,.xlsx,.jsonl"
                disabled={busy}
                onChange={(e) => setFile(e.target.files?.[0] ?? null)}
              />
            </label>
            <button
              type="submit"
              className="btn btn--style-primary btn--size-small"
              disabled={busy || !file || !department}
            >
              {zh ? '上传并导入' : 'Upload and import'}
            </button>
          </div>
          <p style={{ opacity: 0.8 }}>
            {canPublish && publish
              ? zh
                ? '导入的决定将直接公开。'
                : 'Imported decisions will be published at once.'
              : zh
                ? '导入的决定保存为草稿，经审核后公开。'
                : 'Imported decisions are saved as drafts for review.'}{' '}
            {zh
              ? '同一文书号再次导入时，数据未变的行不会改变。'
              : 'Importing a decision number again leaves unchanged rows as they are.'}
          </p>
        </form>
      )}
      {errors.length ? (
        <div role="alert" style={{ color: '#a00' }}>
          <ul>
            {errors.map((e, i) => (
              <li key={i}>{e}</li>
            ))}
          </ul>
        </div>
      ) : null}
      {progress}
    </section>
  )
}
