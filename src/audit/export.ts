import { pipeline, Readable } from 'node:stream'

import { stringify } from 'csv-stringify'
import type { Endpoint, Payload, Where } from 'payload'

import { isAuditAdmin } from '../access/predicates'
import { appendAuditAlone } from './append'

export const EXPORT_COLUMNS = [
  'seq',
  'at',
  'actor',
  'actorId',
  'ip',
  'department',
  'action',
  'collection',
  'targetId',
  'targetUid',
  'result',
  'changedFields',
  'detail',
  'prevHash',
  'hash',
] as const

const problem = (status: number, title: string, detail: string, extra: object = {}) =>
  Response.json(
    { type: 'about:blank', title, status, detail, ...extra },
    { status, headers: { 'content-type': 'application/problem+json' } },
  )

/** `from`/`to` (ISO dates or date-times, UTC), both optional; a bad one names itself. */
export function exportRange(params: URLSearchParams): { where: Where } | { invalid: string } {
  const and: Where[] = []
  for (const [name, op] of [
    ['from', 'greater_than_equal'],
    ['to', 'less_than'],
  ] as const) {
    const raw = params.get(name)
    if (raw === null) continue
    const date = /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z)?$/.test(raw) ? new Date(raw) : new Date(NaN)
    if (Number.isNaN(date.getTime())) return { invalid: name }
    and.push({ at: { [op]: date.toISOString() } })
  }
  return { where: and.length ? { and } : {} }
}

async function* rows(payload: Payload, where: Where, pageSize = 500) {
  let lastSeq = 0
  for (;;) {
    // Keyset pagination: constant cost per page however long the trail is.
    const { docs } = await payload.find({
      collection: 'audit-log',
      where: { and: [where, { seq: { greater_than: lastSeq } }] },
      sort: 'seq',
      limit: pageSize,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    for (const d of docs as any[]) {
      yield EXPORT_COLUMNS.map((c) => {
        const v = d[c]
        if (c === 'at') return new Date(v).toISOString()
        if (v === null || v === undefined) return ''
        return typeof v === 'object' ? JSON.stringify(v) : String(v)
      })
    }
    if (docs.length < pageSize) return
    lastSeq = (docs.at(-1) as any).seq
  }
}

/**
 * GET /api/audit-log/export[?from=…&to=…]: the trail as CSV (UTF-8 with BOM, so spreadsheet
 * programs read the Chinese), streamed page by page. Only the audit admin; the export itself is
 * recorded before the first byte is sent.
 */
export const auditExportEndpoint: Endpoint = {
  path: '/export',
  method: 'get',
  handler: async (req) => {
    if (!isAuditAdmin(req.user as any))
      return problem(403, 'Forbidden', 'only the audit administrator exports the audit trail')
    const params = new URL(req.url ?? 'http://x/').searchParams
    const range = exportRange(params)
    if ('invalid' in range)
      return problem(
        400,
        'Bad Request',
        `${range.invalid} must be a date (YYYY-MM-DD) or an ISO UTC time`,
        {
          parameter: range.invalid,
        },
      )
    await appendAuditAlone(req.payload, req, {
      action: 'audit.export',
      collection: 'audit-log',
      detail: { format: 'csv', from: params.get('from'), to: params.get('to') },
    })
    const csv = stringify({ header: true, columns: [...EXPORT_COLUMNS], bom: true })
    // An error while reading ends the download with an error, never with a silently short file.
    pipeline(Readable.from(rows(req.payload, range.where)), csv, (err) => {
      if (err) req.payload.logger.error({ err }, 'audit export failed')
    })
    const stamp = new Date().toISOString().slice(0, 19).replace(/[-:]/g, '')
    return new Response(Readable.toWeb(csv) as ReadableStream, {
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="audit-log-${stamp}.csv"`,
        'cache-control': 'no-store',
      },
    })
  },
}
