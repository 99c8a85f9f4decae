'use client'
/**
 * Above the annual reports' list: pick a department (one of the signed-in person's, or the whole
 * government for a system admin) and a year, see the report's checks as the data gives them now
 * (a mismatch is listed in red with both numbers, never hidden), open the printable HTML or the CSV,
 * the year's performance figures, and publish the report with the figures entered by hand.
 * Data from GET /api/reports/annual and POST /api/reports/annual/publish.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

type Department = { id: string | number; code: string; name: string }
type Check = { kind: string; ok: boolean; message: string }
type Result = {
  report: {
    ok: boolean
    checks: Check[]
    requests: { received: { total: number }; handledTotal: { total: number } }
  }
  published: { id: string | number; publishedAt: string; title: string } | null
}

const text = (v: unknown, zh: boolean) =>
  typeof v === 'string' ? v : ((v as Record<string, string> | null)?.[zh ? 'zh' : 'en'] ?? '')

export function AnnualReportPanel() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const [departments, setDepartments] = useState<Department[]>([])
  const [admin, setAdmin] = useState(false)
  const [department, setDepartment] = useState('')
  const [year, setYear] = useState(String(new Date().getFullYear() - 1))
  const [includeChildren, setIncludeChildren] = useState(false)
  const [coercion, setCoercion] = useState('')
  const [feesWan, setFeesWan] = useState('')
  const [result, setResult] = useState<Result | null>(null)
  const [message, setMessage] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)

  useEffect(() => {
    void (async () => {
      const me = await fetch(`${api}/users/me`, { credentials: 'include' }).then((r) => r.json())
      const user = me?.user
      const isAdmin = Boolean(user?.platformRoles?.includes('system_admin'))
      const mine = new Set(
        (user?.memberships ?? []).map((m: any) =>
          String(m.department && typeof m.department === 'object' ? m.department.id : m.department),
        ),
      )
      const all = await fetch(`${api}/departments?limit=1000&depth=0&sort=code`, {
        credentials: 'include',
      }).then((r) => r.json())
      const list: Department[] = (all?.docs ?? [])
        .filter((d: any) => isAdmin || mine.has(String(d.id)))
        .map((d: any) => ({ id: d.id, code: d.code, name: text(d.name, zh) || d.code }))
      setAdmin(isAdmin)
      setDepartments(list)
      setDepartment(list[0]?.code ?? (isAdmin ? 'all' : ''))
    })().catch(() => setMessage(zh ? '无法读取部门' : 'Could not read the departments'))
  }, [api, zh])

  const query = (format: string) => {
    const q = new URLSearchParams({ department, year, format })
    if (includeChildren) q.set('includeChildren', 'true')
    if (coercion) q.set('coercion', coercion)
    if (feesWan) q.set('feesWan', feesWan)
    return `${api}/reports/annual?${q}`
  }
  const errorsOf = (body: any) =>
    (body?.errors ?? []).map((e: any) => `${e.parameter ?? ''} ${e.message}`).join('; ')

  async function check() {
    setBusy(true)
    setMessage(null)
    try {
      const res = await fetch(query('json'), { credentials: 'include' })
      const body = await res.json()
      if (!res.ok) {
        setResult(null)
        setMessage(errorsOf(body))
      } else setResult(body)
    } finally {
      setBusy(false)
    }
  }

  async function publish() {
    if (
      !window.confirm(zh ? '发布后报表数据将冻结，不能再次发布。确定发布？' : 'Publish and freeze?')
    )
      return
    setBusy(true)
    try {
      const res = await fetch(`${api}/reports/annual/publish`, {
        method: 'POST',
        credentials: 'include',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          department,
          year: Number(year),
          includeChildren,
          ...(coercion ? { coercion: Number(coercion) } : {}),
          ...(feesWan ? { feesWan: Number(feesWan) } : {}),
        }),
      })
      const body = await res.json()
      setMessage(res.ok ? `${zh ? '已发布：' : 'Published: '}${body.doc.title}` : errorsOf(body))
      if (res.ok) await check()
    } finally {
      setBusy(false)
    }
  }

  const failing = result?.report.checks.filter((c) => !c.ok) ?? []
  return (
    <section
      className="gk-annual"
      aria-labelledby="gk-annual-title"
      style={{ marginBottom: '1.5rem' }}
    >
      <h2 id="gk-annual-title">{zh ? '生成年度报告' : 'Generate an annual report'}</h2>
      <div style={{ display: 'flex', gap: '1rem', flexWrap: 'wrap', alignItems: 'end' }}>
        <label>
          {zh ? '部门' : 'Department'}
          <br />
          <select value={department} onChange={(e) => setDepartment(e.target.value)}>
            {admin ? (
              <option value="all">{zh ? '本级政府（全部）' : 'Whole government'}</option>
            ) : null}
            {departments.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name} ({d.code})
              </option>
            ))}
          </select>
        </label>
        <label>
          {zh ? '年度' : 'Year'}
          <br />
          <input
            type="number"
            min={2000}
            max={2999}
            value={year}
            onChange={(e) => setYear(e.target.value)}
          />
        </label>
        <label>
          <input
            type="checkbox"
            checked={includeChildren}
            onChange={(e) => setIncludeChildren(e.target.checked)}
          />{' '}
          {zh ? '含下级部门' : 'With child departments'}
        </label>
        <label>
          {zh ? '行政强制（件）' : 'Coercion decisions'}
          <br />
          <input
            type="number"
            min={0}
            value={coercion}
            onChange={(e) => setCoercion(e.target.value)}
          />
        </label>
        <label>
          {zh ? '行政事业性收费（万元）' : 'Fees (10,000 yuan)'}
          <br />
          <input
            type="number"
            min={0}
            step="0.01"
            value={feesWan}
            onChange={(e) => setFeesWan(e.target.value)}
          />
        </label>
        <button
          type="button"
          className="btn btn--style-secondary btn--size-small"
          disabled={busy || !department}
          onClick={() => void check()}
        >
          {zh ? '生成并校验' : 'Generate and check'}
        </button>
      </div>
      {message ? <p role="status">{message}</p> : null}
      {result ? (
        <div>
          <p>
            <a href={query('html')} target="_blank" rel="noreferrer">
              {zh ? '打印版（HTML）' : 'Printable (HTML)'}
            </a>
            {' · '}
            <a href={query('csv')}>CSV</a>
            {' · '}
            <a
              href={`${api}/reports/performance?${new URLSearchParams({ department, from: `${year}-01-01`, to: `${year}-12-31`, format: 'html', ...(includeChildren ? { includeChildren: 'true' } : {}) })}`}
              target="_blank"
              rel="noreferrer"
            >
              {zh ? '年度绩效' : 'Performance'}
            </a>
          </p>
          <p>
            {zh ? '本年新收' : 'Received'} {result.report.requests.received.total} ·{' '}
            {zh ? '办理结果总计' : 'Handled'} {result.report.requests.handledTotal.total}
          </p>
          {result.report.ok ? (
            <p style={{ color: '#0a6b2d' }}>{zh ? '全部校验通过。' : 'Every check passed.'}</p>
          ) : (
            <div role="alert" style={{ color: '#a00' }}>
              <strong>
                {zh
                  ? `有 ${failing.length} 项校验不一致：`
                  : `${failing.length} check(s) do not agree:`}
              </strong>
              <ul>
                {failing.map((c, i) => (
                  <li key={i}>{c.message}</li>
                ))}
              </ul>
            </div>
          )}
          {result.published ? (
            <p>
              {zh ? '已发布：' : 'Published: '}
              {result.published.title} ({result.published.publishedAt.slice(0, 10)})
            </p>
          ) : (
            <button
              type="button"
              className="btn btn--style-primary btn--size-small"
              disabled={busy}
              onClick={() => void publish()}
            >
              {zh ? '发布年度报告' : 'Publish the report'}
            </button>
          )}
        </div>
      ) : null}
    </section>
  )
}
