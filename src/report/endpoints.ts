/**
 * The annual report and performance figures over HTTP, for staff (the admin links to them):
 *
 * - GET  /api/reports/annual?department=CODE|all&year=YYYY[&includeChildren=true][&coercion=N]
 *   [&feesWan=N][&format=html|csv|json] — the report as the data gives it now (HTML printable by
 *   default), with the hand-entered figures when given; json adds whether it is published.
 * - POST /api/reports/annual/publish {department, year, includeChildren?, coercion?, feesWan?} —
 *   freezes the tables into `annual-reports` with publishedAt; a second publication of the same
 *   department and year is refused (409).
 * - GET  /api/reports/performance?department=CODE|all&from=YYYY-MM-DD&to=YYYY-MM-DD
 *   [&includeChildren=true][&format=json|csv|html]
 *
 * Who: a department's staff (any role) for their department; system admins for any department and
 * for the whole government (`all`). Publishing takes a department_admin of the department (or a
 * system admin), as the `annual-reports` collection's access does. Only counts leave: applicant
 * data is never read beyond the applicant's type.
 */
import type { Endpoint, PayloadRequest } from 'payload'

import { dayNumber, isIsoDate } from '../clocks/calendar'
import { departmentIdsOf, isSystemAdmin } from '../access/predicates'
import {
  buildAnnualReport,
  buildPerformance,
  publishedReport,
  resolveScope,
  type GatherScope,
} from './gather'
import {
  escapeHtml,
  percent,
  PERFORMANCE_HEADER,
  renderAnnualReportCsv,
  renderAnnualReportHtml,
  renderPerformanceCsv,
  reportTitle,
} from './render'
import { PUBLISHING } from './freeze'
import type { PerformanceReport } from './performance'

type ParamError = { parameter: string; message: string }

const problem = (status: number, errors: ParamError[]) =>
  Response.json({ errors }, { status, headers: { 'cache-control': 'no-store' } })

const FORMATS = ['html', 'csv', 'json'] as const
type Format = (typeof FORMATS)[number]

function queryOf(req: PayloadRequest): Record<string, string | undefined> {
  const q = (req.query ?? {}) as Record<string, unknown>
  const out: Record<string, string | undefined> = {}
  for (const [k, v] of Object.entries(q)) out[k] = typeof v === 'string' ? v : undefined
  return out
}

function parseYear(value: unknown, errors: ParamError[]): number {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  if (!Number.isInteger(n) || n < 2000 || n > 2999) {
    errors.push({ parameter: 'year', message: 'year must be a whole year from 2000 to 2999' })
    return NaN
  }
  return n
}

function parseCount(name: string, value: unknown, errors: ParamError[], integer: boolean) {
  if (value === undefined || value === null || value === '') return null
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN
  if (!Number.isFinite(n) || n < 0 || (integer && !Number.isInteger(n))) {
    errors.push({
      parameter: name,
      message: `${name} must be a ${integer ? 'whole ' : ''}number, 0 or more`,
    })
    return null
  }
  return n
}

function parseBool(name: string, value: unknown, errors: ParamError[]): boolean {
  if (value === undefined || value === null || value === '' || value === false || value === 'false')
    return false
  if (value === true || value === 'true') return true
  errors.push({ parameter: name, message: `${name} must be true or false` })
  return false
}

function parseFormat(value: unknown, fallback: Format, errors: ParamError[]): Format {
  if (value === undefined || value === '') return fallback
  if (!FORMATS.includes(value as Format)) {
    errors.push({ parameter: 'format', message: `format must be one of ${FORMATS.join(', ')}` })
    return fallback
  }
  return value as Format
}

function parseDepartment(value: unknown, errors: ParamError[]): string | null {
  if (typeof value !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(value)) {
    errors.push({
      parameter: 'department',
      message: 'department must be a department code, or all for the whole government',
    })
    return null
  }
  return value
}

/** The scope the caller may see, or the refusal to send. */
async function authorizedScope(
  req: PayloadRequest,
  code: string,
  includeChildren: boolean,
  publish = false,
): Promise<GatherScope | Response> {
  const user = req.user as any
  if (!user) return problem(401, [{ parameter: 'user', message: 'Sign in first' }])
  const admin = isSystemAdmin(user)
  if (code === 'all') {
    if (!admin)
      return problem(403, [
        {
          parameter: 'department',
          message: 'Only a system admin reports for the whole government',
        },
      ])
    return (await resolveScope(req.payload, null, false, req))!
  }
  const scope = await resolveScope(req.payload, code, includeChildren, req)
  if (!scope) return problem(404, [{ parameter: 'department', message: `No department ${code}` }])
  const mine = publish ? departmentIdsOf(user, 'department_admin') : departmentIdsOf(user)
  if (!admin && !mine.includes(String(scope.department!.id)))
    return problem(403, [
      {
        parameter: 'department',
        message: publish
          ? 'Only the department’s admins publish its report'
          : 'Not one of your departments',
      },
    ])
  return scope
}

const fileName = (base: string, ext: string) =>
  `attachment; filename="${base}.${ext}"; filename*=UTF-8''${encodeURIComponent(base)}.${ext}`

function send(body: string, type: string, disposition?: string) {
  return new Response(body, {
    status: 200,
    headers: {
      'content-type': type,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
      ...(disposition ? { 'content-disposition': disposition } : {}),
    },
  })
}

/** GET /api/reports/annual */
export const annualReportEndpoint: Endpoint = {
  path: '/reports/annual',
  method: 'get',
  handler: async (req) => {
    const q = queryOf(req)
    const errors: ParamError[] = []
    const code = parseDepartment(q.department, errors)
    const year = parseYear(q.year, errors)
    const includeChildren = parseBool('includeChildren', q.includeChildren, errors)
    const coercion = parseCount('coercion', q.coercion, errors, true)
    const feesWan = parseCount('feesWan', q.feesWan, errors, false)
    const format = parseFormat(q.format, 'html', errors)
    if (errors.length) return problem(400, errors)
    const scope = await authorizedScope(req, code!, includeChildren)
    if (scope instanceof Response) return scope
    const report = await buildAnnualReport(req.payload, scope, year, { coercion, feesWan }, req)
    const base = `${scope.department?.code ?? 'all'}-${year}-annual-report`
    if (format === 'csv')
      return send(renderAnnualReportCsv(report), 'text/csv; charset=utf-8', fileName(base, 'csv'))
    if (format === 'json') {
      const published = await publishedReport(req.payload, scope, year, req)
      return Response.json(
        {
          report,
          published: published
            ? { id: published.id, publishedAt: published.publishedAt, title: published.title }
            : null,
        },
        { headers: { 'cache-control': 'no-store' } },
      )
    }
    return send(renderAnnualReportHtml(report), 'text/html; charset=utf-8')
  },
}

/** POST /api/reports/annual/publish */
export const publishAnnualReportEndpoint: Endpoint = {
  path: '/reports/annual/publish',
  method: 'post',
  handler: async (req) => {
    let body: Record<string, unknown> = {}
    try {
      body = req.json ? ((await req.json()) ?? {}) : {}
    } catch {
      return problem(400, [{ parameter: 'body', message: 'The body must be JSON' }])
    }
    if (!body || typeof body !== 'object' || Array.isArray(body))
      return problem(400, [{ parameter: 'body', message: 'The body must be a JSON object' }])
    const errors: ParamError[] = []
    const code = parseDepartment(body.department, errors)
    const year = parseYear(body.year, errors)
    const includeChildren = parseBool('includeChildren', body.includeChildren, errors)
    const coercion = parseCount('coercion', body.coercion, errors, true)
    const feesWan = parseCount('feesWan', body.feesWan, errors, false)
    if (errors.length) return problem(400, errors)
    const scope = await authorizedScope(req, code!, includeChildren, true)
    if (scope instanceof Response) return scope
    if (await publishedReport(req.payload, scope, year, req))
      return problem(409, [
        {
          parameter: 'year',
          message: `The ${year} report of this department is published already`,
        },
      ])
    const report = await buildAnnualReport(req.payload, scope, year, { coercion, feesWan }, req)
    try {
      const doc = await req.payload.create({
        collection: 'annual-reports',
        data: {
          title: reportTitle(report),
          year,
          department: scope.department?.id ?? null,
          manual: { coercion, feesWan },
          tables: { ...report, includeChildren: scope.includeChildren },
          publishedAt: new Date().toISOString(),
        } as any,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        context: { [PUBLISHING]: true },
      })
      return Response.json({ doc }, { status: 201 })
    } catch (error: any) {
      // The (department, year) unique index: another publication got there first.
      if (await publishedReport(req.payload, scope, year))
        return problem(409, [
          {
            parameter: 'year',
            message: `The ${year} report of this department is published already`,
          },
        ])
      if (error?.status === 403)
        return problem(403, [{ parameter: 'department', message: 'Not allowed to publish' }])
      throw error
    }
  },
}

function performanceHtml(report: PerformanceReport, title: string): string {
  const row = (label: string, f: PerformanceReport['total']) =>
    `<tr><th scope="row">${escapeHtml(label)}</th>${[
      f.disclosuresOnTime,
      f.disclosuresLate,
      f.disclosuresOverdue,
      percent(f.disclosureOnTimeRate),
      f.medianWorkingDaysToPublish ?? '',
      f.requestsOnTime,
      f.requestsLate,
      f.requestsOverdue,
      percent(f.requestOnTimeRate),
      f.updatedAfterPublication,
    ]
      .map((v) => `<td>${escapeHtml(v)}</td>`)
      .join('')}</tr>`
  const errors = report.errors.length
    ? `<h2>无法计算时限的申请</h2><ul>${report.errors
        .map((e) => `<li>${escapeHtml(`${e.ref}（${e.departmentCode}）：${e.message}`)}</li>`)
        .join('')}</ul>`
    : ''
  return `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title>
<style>body{font-family:serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #000;padding:.25rem .4rem}td{text-align:right}</style>
</head><body><main><h1>${escapeHtml(title)}</h1>
<table><thead><tr>${PERFORMANCE_HEADER.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>
<tbody>${report.departments.map((d) => row(d.departmentCode, d)).join('')}${row('合计', report.total)}</tbody></table>
${errors}</main></body></html>
`
}

/** GET /api/reports/performance */
export const performanceEndpoint: Endpoint = {
  path: '/reports/performance',
  method: 'get',
  handler: async (req) => {
    const q = queryOf(req)
    const errors: ParamError[] = []
    const code = parseDepartment(q.department, errors)
    for (const name of ['from', 'to'] as const)
      if (!isIsoDate(q[name]))
        errors.push({ parameter: name, message: `${name} must be a date, YYYY-MM-DD` })
    if (!errors.length && dayNumber(q.to!) < dayNumber(q.from!))
      errors.push({ parameter: 'to', message: 'to must not be before from' })
    const includeChildren = parseBool('includeChildren', q.includeChildren, errors)
    const format = parseFormat(q.format, 'json', errors)
    if (errors.length) return problem(400, errors)
    const scope = await authorizedScope(req, code!, includeChildren)
    if (scope instanceof Response) return scope
    const period = { from: q.from!, to: q.to! }
    const report = await buildPerformance(req.payload, scope, period, req)
    const base = `${scope.department?.code ?? 'all'}-${period.from}-${period.to}-performance`
    if (format === 'csv')
      return send(renderPerformanceCsv(report), 'text/csv; charset=utf-8', fileName(base, 'csv'))
    if (format === 'html')
      return send(
        performanceHtml(
          report,
          `${scope.department?.name ?? '本级政府'}政务公开绩效（${period.from}至${period.to}）`,
        ),
        'text/html; charset=utf-8',
      )
    return Response.json(report, { headers: { 'cache-control': 'no-store' } })
  },
}

export const reportEndpoints: Endpoint[] = [
  annualReportEndpoint,
  publishAnnualReportEndpoint,
  performanceEndpoint,
]
