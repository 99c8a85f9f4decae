/**
 * GET /api/v1/exports/{type}.csv and .jsonl: every published document of one type, streamed in
 * constant memory: keyset pages over the public projection (by id), the published version of each
 * page's documents read in one query, written with backpressure. Masking of personal data is
 * decided by the column list (export-columns.ts), never here.
 *
 * No ETag: the body is produced while it is sent. Cache-Control is the contract's.
 */
import express, { type Request, type Response, type Router } from 'express'
import { and, asc, gt, inArray, isNull, or, eq } from '@payloadcms/db-sqlite/drizzle'
import { stringify } from 'csv-stringify/sync'
import type { CollectionSlug, Payload, Where } from 'payload'

import { openRawReader, type RawReader } from '../db/raw-reader'
import { departmentsOf, presentSummary, where } from './documents'
import {
  exportColumns,
  exportValues,
  jsonLine,
  sourceSelect,
  TYPE_COLUMNS,
  type ExportSummary,
  type ExportType,
  valueCells,
} from './export-columns'
import { CACHE_CONTROL } from './http'
import { publicOrigin } from './origin'
import { parseQuery } from './params'
import { invalidParameters, notFound, sendProblem } from './problem'
import { DOCUMENT_TYPES, LocaleQuery } from './schemas'

/**
 * Rows per read. Whatever is alive when the young generation is collected moves to the old one,
 * which is freed only by a full collection: a batch of 500 rows moved ~0.7 MB at a time and grew
 * a 100,000-row export by ~120 MB; 100 rows keep it near 10 MB (measured, node dist/server.mjs).
 */
export const EXPORT_BATCH = 100
/** Rows per write: about 16 KB of CSV for decisions. */
const WRITE_ROWS = 40

export const EXPORT_FORMATS = {
  csv: 'text/csv; charset=utf-8; header=present',
  jsonl: 'application/jsonl; charset=utf-8',
} as const
export type ExportFormat = keyof typeof EXPORT_FORMATS

const PROJECTION_SELECT = {
  uid: true,
  type: true,
  source: true,
  sourceId: true,
  departmentId: true,
  publishedAt: true,
  publicUpdatedAt: true,
  validity: true,
  indexNumber: true,
  docNumber: true,
  titleZh: true,
  titleEn: true,
  summaryZh: true,
  summaryEn: true,
} as const

/** Resolves when the response can take more, or has gone (the client left). */
function drained(res: Response): Promise<void> {
  return new Promise((resolve) => {
    const done = () => {
      res.off('drain', done)
      res.off('close', done)
      resolve()
    }
    res.on('drain', done)
    res.on('close', done)
  })
}

async function streamExport(
  payload: Payload,
  req: Request,
  res: Response,
  type: ExportType,
  format: ExportFormat,
  locale: 'zh' | 'en',
) {
  const departments = await departmentsOf(payload)
  const byId = new Map(departments.map((d) => [String(d.id), d]))
  const origin = publicOrigin(req, payload)
  const columns = exportColumns(type)
  const quotedNames = columns.map((name) => JSON.stringify(name))
  const now = new Date()
  const published = where({ locale, type: [type] }, departments, now)!

  res.status(200)
  res.set('content-type', EXPORT_FORMATS[format])
  res.set('content-disposition', `attachment; filename="gongkai-${type}.${format}"`)
  res.set('cache-control', CACHE_CONTROL)
  res.set('vary', 'Accept-Encoding')
  if (req.method === 'HEAD') return void res.end()

  let gone = false
  res.on('close', () => (gone = true))
  const write = async (chunk: string) => {
    if (!res.write(chunk) && !gone) await drained(res)
  }
  if (format === 'csv')
    await write('\ufeff' + stringify([columns], { record_delimiter: 'windows' }))

  let after: number | string | null = null
  const raw = await openRawReader(payload)
  try {
    while (!gone) {
      const rows = await readProjection(payload, published, type, after, now, raw)
      if (!rows.length) break
      after = rows[rows.length - 1].id

      const sources = await readSources(payload, rows, type, locale, raw)
      const policyUids =
        type === 'interpretation' ? await policyUidsOf(payload, sources) : new Map()
      const lookups = {
        departmentCode: (id: string) => byId.get(id)?.code ?? null,
        policyUid: (id: string) => policyUids.get(id) ?? null,
      }
      const records = rows.map((row) => {
        const summary = presentSummary(row, locale, byId)
        const exported: ExportSummary = {
          uid: row.uid,
          type: row.type,
          title: summary.title ?? null,
          summary: summary.summary ?? null,
          indexNumber: summary.indexNumber ?? null,
          docNumber: summary.docNumber ?? null,
          departmentCode: summary.department?.code ?? null,
          departmentName: summary.department?.name ?? null,
          publishedAt: summary.publishedAt ?? null,
          updatedAt: summary.updatedAt ?? null,
          validity: summary.validity ?? null,
          url: `${origin}${summary.url}`,
        }
        return exportValues(
          type,
          exported,
          sources.get(`${row.source}:${row.sourceId}`) ?? {},
          lookups,
        )
      })
      // Written in pieces of about 16 KB: a string of a whole batch (200 KB and more) would be
      // allocated in V8's large-object space, which only a full collection frees; over 100,000
      // rows those strings alone grew the process by more than 100 MB (measured).
      for (let from = 0; from < records.length; from += WRITE_ROWS) {
        const piece = records.slice(from, from + WRITE_ROWS)
        await write(
          format === 'csv'
            ? stringify(piece.map(valueCells), { record_delimiter: 'windows' })
            : piece.map((values) => jsonLine(quotedNames, values)).join(''),
        )
      }
    }
  } finally {
    raw?.close()
  }
  if (!gone) res.end()
}

/**
 * The next batch of the type's published projection rows after id `after`. On SQL adapters one
 * SELECT of the needed columns (the same filter as where(), written for drizzle): the Local API's
 * read costs several KB of short-lived objects per row, which V8 let pile up by hundreds of MB
 * over 100,000 rows before collecting (measured). Other adapters: payload.find.
 */
async function readProjection(
  payload: Payload,
  published: Where,
  type: ExportType,
  after: number | string | null,
  now: Date,
  raw: RawReader | null,
): Promise<any[]> {
  const adapter = payload.db as any
  const t = adapter.tables?.public_documents
  if (adapter.drizzle && t?.id && Object.keys(PROJECTION_SELECT).every((k) => t[k])) {
    const columns = Object.fromEntries([
      ['id', t.id],
      ['updatedAt', t.updatedAt],
      ...Object.keys(PROJECTION_SELECT).map((k) => [k, t[k]]),
    ])
    const query = adapter.drizzle
      .select(columns)
      .from(t)
      .where(
        and(
          eq(t.state, 'published'),
          eq(t.type, type),
          or(isNull(t.unpublishAt), gt(t.unpublishAt, now.toISOString())),
          after === null ? undefined : gt(t.id, after),
        ),
      )
      .orderBy(asc(t.id))
      .limit(EXPORT_BATCH)
    return raw ? raw.all(query, columns) : query
  }
  const page: Where =
    after === null ? published : { and: [published, { id: { greater_than: after } }] }
  const { docs } = await payload.find({
    collection: 'public-documents',
    where: page,
    sort: 'id',
    limit: EXPORT_BATCH,
    pagination: false,
    depth: 0,
    select: PROJECTION_SELECT,
    overrideAccess: true,
  })
  return docs
}

/** The published version of each row's source document, keyed "collection:id". */
async function readSources(
  payload: Payload,
  rows: any[],
  type: ExportType,
  locale: 'zh' | 'en',
  raw: RawReader | null,
) {
  const bySource = new Map<string, string[]>()
  for (const row of rows) {
    const ids = bySource.get(row.source)
    if (ids) ids.push(row.sourceId)
    else bySource.set(row.source, [row.sourceId])
  }
  const found = new Map<string, Record<string, unknown>>()
  for (const [collection, ids] of bySource) {
    const docs =
      (await readMainTable(payload, collection, type, ids, raw)) ??
      (
        await payload.find({
          collection: collection as CollectionSlug,
          where: { id: { in: ids } },
          draft: false,
          depth: 0,
          limit: ids.length,
          pagination: false,
          locale,
          fallbackLocale: 'zh',
          select: sourceSelect(type) as any,
          overrideAccess: true,
        })
      ).docs
    for (const doc of docs as any[]) found.set(`${collection}:${doc.id}`, doc)
  }
  return found
}

/**
 * When every export column of the type is a plain column of the collection's main table (SQL
 * adapters; the main table holds the published version), one SELECT of those columns reads a
 * batch. Measured on 30,000 licensing decisions: the Local API's read built and dropped enough
 * objects per document that the heap grew by ~250 MB before V8 collected it, and took ~0.3 s per
 * 500 documents. Localized, hasMany and relationship fields live in other tables: those types
 * (undefined here) go through payload.find.
 */
async function readMainTable(
  payload: Payload,
  collection: string,
  type: ExportType,
  ids: string[],
  raw: RawReader | null,
): Promise<Record<string, unknown>[] | undefined> {
  const adapter = payload.db as any
  const table = adapter.tables?.[collection.replaceAll('-', '_')]
  if (!adapter.drizzle || !table?.id) return undefined
  const fields = TYPE_COLUMNS[type].map((c) => c.path ?? c.name)
  if (fields.some((f) => f.includes('.') || !table[f])) return undefined
  const columns = Object.fromEntries([['id', table.id], ...fields.map((f) => [f, table[f]])])
  const query = adapter.drizzle
    .select(columns)
    .from(table)
    .where(
      inArray(
        table.id,
        ids.map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
      ),
    )
  return raw ? raw.all(query, columns) : query
}

/** Public uids of the policies interpretations point at (only policies the public can see). */
async function policyUidsOf(payload: Payload, sources: Map<string, Record<string, unknown>>) {
  const ids = [...new Set([...sources.values()].map((s: any) => s.interprets?.id ?? s.interprets))]
    .filter((id) => id !== null && id !== undefined)
    .map(String)
  if (!ids.length) return new Map<string, string>()
  const { docs } = await payload.find({
    collection: 'public-documents',
    where: { and: [{ source: { equals: 'policies' } }, { sourceId: { in: ids } }] },
    limit: ids.length,
    pagination: false,
    depth: 0,
    select: { uid: true, sourceId: true },
    overrideAccess: true,
  })
  return new Map((docs as any[]).map((d) => [String(d.sourceId), String(d.uid)]))
}

export function exportRoutes(payload: Payload): Router {
  const router = express.Router()
  router.get('/exports/:file', async (req, res) => {
    const match = /^([a-z]+)\.(csv|jsonl)$/.exec(req.params.file)
    const type = match?.[1] as ExportType | undefined
    if (!match || !type || !(DOCUMENT_TYPES as readonly string[]).includes(type))
      return sendProblem(
        res,
        notFound(
          `No export ${req.params.file}: use <type>.csv or <type>.jsonl, type one of ${DOCUMENT_TYPES.join(', ')}`,
        ),
      )
    const parsed = parseQuery(LocaleQuery, req.query as Record<string, unknown>)
    if (!parsed.ok) return sendProblem(res, invalidParameters(parsed.errors))
    try {
      await streamExport(payload, req, res, type, match[2] as ExportFormat, parsed.value.locale)
    } catch (err) {
      req.log?.error({ err }, 'export failed')
      // Once the body has started, the only honest signal left is a broken transfer.
      if (res.headersSent) res.destroy(err as Error)
      else throw err
    }
  })
  return router
}
