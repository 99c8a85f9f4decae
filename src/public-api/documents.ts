/** GET /api/v1/documents: one list over every published document type (public-api.md). */
import {
  and,
  asc,
  count,
  desc,
  eq,
  gt,
  gte,
  inArray,
  isNull,
  lt,
  or,
  Placeholder,
  sql,
} from '@payloadcms/db-sqlite/drizzle'
import express, { type Router } from 'express'
import type { Payload, Where } from 'payload'
import { z } from 'zod'

import { sharedRawReader } from '../db/raw-reader'
import { docNumberKey, isPlausibleDocNumber } from '../domain/doc-number'
import { sendJson } from './http'
import { departmentCode, localeParam, parseQuery } from './params'
import { text } from './presenters'
import { invalidParameters, type ParameterError, sendProblem } from './problem'
import {
  DOCUMENT_TYPES,
  DocumentListResponse,
  SUMMARY_FIELDS,
  type DocumentSummary,
} from './schemas'

const commaList = <T extends z.ZodType<unknown, string>>(item: T, name: string) =>
  z
    .string()
    .transform((value) => value.split(',').map((v) => v.trim()))
    .pipe(z.array(item).min(1, { error: `give at least one ${name}` }))

export const dateParam = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date, YYYY-MM-DD' })
  .refine(
    (v) => {
      const t = Date.parse(`${v}T00:00:00Z`)
      return !Number.isNaN(t) && new Date(t).toISOString().startsWith(v)
    },
    { error: 'is not a calendar date' },
  )
  // Both databases take these years; a date outside them cannot match a publication anyway.
  .refine((v) => v >= '1900-01-01' && v <= '2999-12-31', {
    error: 'must be between 1900-01-01 and 2999-12-31',
  })

const integer = (min: number, max: number, fallback: number) =>
  z
    .string()
    .regex(/^\d{1,9}$/, { error: 'must be a whole number' })
    .transform(Number)
    .pipe(
      z
        .number()
        .int()
        .min(min, { error: `must be between ${min} and ${max}` })
        .max(max, { error: `must be between ${min} and ${max}` }),
    )
    .default(fallback)

export const DocumentListQuery = z.strictObject({
  type: commaList(
    z.enum(DOCUMENT_TYPES, { error: `must be one of ${DOCUMENT_TYPES.join(', ')}` }),
    'type',
  )
    .optional()
    .describe('One or more types, comma-separated'),
  department: commaList(departmentCode, 'department')
    .optional()
    .describe('Department codes, comma-separated'),
  includeChildren: z.enum(['true', 'false'], { error: 'must be true or false' }).optional(),
  topic: z
    .string()
    .regex(/^[0-9A-Za-z_.-]{1,40}$/, { error: 'must be a topic code' })
    .optional(),
  validity: z
    .enum(['valid', 'expired', 'repealed'], { error: 'must be valid, expired or repealed' })
    .optional(),
  from: dateParam.optional().describe('Published on or after (inclusive)'),
  to: dateParam.optional().describe('Published on or before (inclusive)'),
  indexNumber: z.string().min(1).max(100).optional(),
  docNumber: z
    .string()
    .min(1)
    .max(100)
    .optional()
    .describe('Matched after normalisation of brackets and digits'),
  sort: z
    .enum(['-publishedAt', 'publishedAt', 'title'], {
      error: 'must be -publishedAt, publishedAt or title',
    })
    .default('-publishedAt'),
  page: integer(1, 1_000_000, 1),
  pageSize: integer(1, 100, 20),
  fields: commaList(
    z.enum(SUMMARY_FIELDS, { error: `must be among ${SUMMARY_FIELDS.join(', ')}` }),
    'field',
  ).optional(),
  locale: localeParam,
})

export type DocumentListParams = z.infer<typeof DocumentListQuery>
type Query = DocumentListParams
/** The filtering part of the list query (shared with the feeds). */
export type DocumentFilter = Omit<Query, 'sort' | 'page' | 'pageSize' | 'fields'>

const departmentLists = new WeakMap<Payload, Promise<any[]>>()

/**
 * Every department (all locales), read once and kept until the public generation changes: every
 * department write bumps it (generation.ts), and the cache's reset calls forgetDepartments.
 */
export function departmentsOf(payload: Payload): Promise<any[]> {
  let list = departmentLists.get(payload)
  if (!list) {
    list = payload
      .find({
        collection: 'departments',
        depth: 0,
        pagination: false,
        locale: 'all' as any,
        overrideAccess: true,
      })
      .then(({ docs }) => docs as any[])
    list.catch(() => departmentLists.delete(payload))
    departmentLists.set(payload, list)
  }
  return list
}

export function forgetDepartments(payload: Payload): void {
  departmentLists.delete(payload)
}

/**
 * The ids of the departments with these codes, and of all their descendants when asked. By id,
 * not by the code copied into projection rows: a department's code may change.
 */
export function departmentIdsFor(
  codes: string[],
  includeChildren: boolean,
  departments: any[],
): string[] {
  const wanted = new Set(codes)
  if (includeChildren) {
    // Add descendants, level by level.
    let added = true
    while (added) {
      added = false
      for (const d of departments) {
        const parent = departments.find((p) => String(p.id) === String(d.parent?.id ?? d.parent))
        if (parent && wanted.has(parent.code) && !wanted.has(d.code)) {
          wanted.add(d.code)
          added = true
        }
      }
    }
  }
  return departments.filter((d) => wanted.has(d.code)).map((d) => String(d.id))
}

/** Published and not (yet) unpublished, with the filters of q; null when docNumber cannot match. */
export function where(q: DocumentFilter, departments: any[], now: Date): Where | null {
  const and: Where[] = [
    { state: { equals: 'published' } },
    {
      or: [
        { unpublishAt: { exists: false } },
        { unpublishAt: { greater_than: now.toISOString() } },
      ],
    },
  ]
  if (q.type) and.push({ type: { in: q.type } })
  if (q.department) {
    const ids = departmentIdsFor(q.department, q.includeChildren === 'true', departments)
    and.push({ departmentId: { in: ids.length ? ids : ['-'] } })
  }
  if (q.topic) and.push({ topicCodes: { like: ` ${q.topic} ` } })
  if (q.validity) and.push({ validity: { equals: q.validity } })
  if (q.from) and.push({ publishedAt: { greater_than_equal: `${q.from}T00:00:00.000Z` } })
  if (q.to)
    and.push({
      publishedAt: {
        less_than: new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString(),
      },
    })
  if (q.indexNumber) and.push({ indexNumber: { equals: q.indexNumber } })
  if (q.docNumber) {
    const key = isPlausibleDocNumber(q.docNumber) ? docNumberKey(q.docNumber) : null
    if (!key) return null
    and.push({ docNumberKey: { equals: key } })
  }
  return { and }
}

export function presentSummary(
  row: any,
  locale: 'zh' | 'en',
  departments: Map<string, any>,
): DocumentSummary {
  const department = departments.get(String(row.departmentId))
  const website = department?.websites?.[0]?.url?.replace(/\/+$/, '')
  return {
    uid: row.uid,
    type: row.type,
    title: (locale === 'en' ? row.titleEn : null) ?? row.titleZh ?? '',
    summary: (locale === 'en' ? row.summaryEn : null) ?? row.summaryZh ?? null,
    indexNumber: row.indexNumber ?? null,
    docNumber: row.docNumber ?? null,
    department: department
      ? { code: department.code, name: text(department.name, locale) ?? '' }
      : null,
    publishedAt: row.publishedAt ? new Date(row.publishedAt).toISOString() : null,
    updatedAt: row.publicUpdatedAt ? new Date(row.publicUpdatedAt).toISOString() : null,
    validity: row.validity ?? null,
    url: `/api/v1/documents/${row.uid}`,
    webUrl: website ? `${website}/documents/${row.uid}` : null,
  }
}

export type DocumentList = {
  data: DocumentSummary[]
  meta: { total: number; page: number; pageSize: number; pages: number }
  /** The latest change among the listed rows (Last-Modified). */
  newest: Date | null
}

/**
 * The list of public documents for a validated query: what GET /api/v1/documents answers and
 * what the portal shows. Errors that need the whole query (from after to, a docNumber that
 * cannot match) come back as parameter errors.
 */
export async function listDocuments(
  payload: Payload,
  q: Query,
): Promise<{ ok: true; value: DocumentList } | { ok: false; errors: ParameterError[] }> {
  if (q.from && q.to && q.from > q.to)
    return { ok: false, errors: [{ parameter: 'to', message: 'must not be before from' }] }
  const departments = await departmentsOf(payload)
  const filter = where(q, departments, new Date())
  if (!filter)
    return { ok: false, errors: [{ parameter: 'docNumber', message: 'is not a document number' }] }
  const result =
    (await listRows(payload, q, departments, new Date())) ??
    (await payload.find({
      collection: 'public-documents',
      where: filter,
      // The tie-break runs the same way as the sort, so one index (publishedAt, uid) serves both.
      sort:
        q.sort === 'title'
          ? ['titleZh', 'uid']
          : q.sort === 'publishedAt'
            ? ['publishedAt', 'uid']
            : ['-publishedAt', '-uid'],
      page: q.page,
      limit: q.pageSize,
      depth: 0,
      overrideAccess: true,
    }))
  const byId = new Map(departments.map((d) => [String(d.id), d]))
  const data = result.docs.map((row) => {
    const summary = presentSummary(row, q.locale, byId)
    return q.fields
      ? (Object.fromEntries(
          Object.entries(summary).filter(([k]) => q.fields!.includes(k as any)),
        ) as DocumentSummary)
      : summary
  })
  const pages = Math.max(1, Math.ceil(result.totalDocs / q.pageSize))
  const newest = result.docs.reduce<Date | null>((max, r: any) => {
    const t = r.updatedAt ? new Date(r.updatedAt) : null
    return t && (!max || t > max) ? t : max
  }, null)
  return {
    ok: true,
    value: {
      data,
      meta: { total: result.totalDocs, page: q.page, pageSize: q.pageSize, pages },
      newest,
    },
  }
}

const LIST_COLUMNS = [
  'id',
  'uid',
  'type',
  'departmentId',
  'validity',
  'publishedAt',
  'publicUpdatedAt',
  'indexNumber',
  'docNumber',
  'titleZh',
  'titleEn',
  'summaryZh',
  'summaryEn',
  'updatedAt',
] as const

/**
 * The page of projection rows and their total on SQL adapters: two SELECTs of the columns the
 * summary needs, the same filter as where() written for drizzle, run through the raw reader
 * (prepared statements, rows as arrays) where there is one. payload.find cost ~15 ms per list on
 * 10,200 rows (Payload's query building and afterRead, drizzle's, the client's row objects); the
 * two statements themselves ~0.8 ms (measured, SQLite). Null when the adapter has no tables
 * (MongoDB) or the query filters by topic (a LIKE, left to Payload): then payload.find.
 *
 * Drizzle builds the two statements once per shape of query (which filters, how many values in
 * each list, the order) with stand-ins for the values, and each request puts its values in:
 * building them per request was ~0.3 ms of the ~1.1 ms the list took without its cache.
 */
async function listRows(
  payload: Payload,
  q: Query,
  departments: any[],
  now: Date,
): Promise<{ docs: any[]; totalDocs: number } | null> {
  const adapter = payload.db as any
  const t = adapter.tables?.public_documents
  if (!adapter.drizzle || !t || q.topic || !LIST_COLUMNS.every((c) => t[c])) return null
  const values: unknown[] = []
  /** A stand-in for `v` (its value kept in `values`), or `v` itself when building to run once. */
  let literal = false
  const value = <T>(v: T): T => {
    if (literal) return v
    values.push(v)
    return `${STAND_IN}${values.length - 1}` as T
  }
  const departmentIds = q.department
    ? departmentIdsFor(q.department, q.includeChildren === 'true', departments)
    : null
  const docNumberKeyOf = q.docNumber
    ? isPlausibleDocNumber(q.docNumber)
      ? docNumberKey(q.docNumber)
      : null
    : undefined
  if (docNumberKeyOf === null) return { docs: [], totalDocs: 0 }
  const shape = [
    q.type?.length ?? 0,
    departmentIds ? Math.max(1, departmentIds.length) : 0,
    q.validity ? 1 : 0,
    q.from ? 1 : 0,
    q.to ? 1 : 0,
    q.indexNumber ? 1 : 0,
    docNumberKeyOf ? 1 : 0,
    q.sort,
  ].join(',')
  // The values, in the order the builder below asks for them (the same order every time).
  const conditions = () => {
    const list = [
      eq(t.state, 'published'),
      or(isNull(t.unpublishAt), gt(t.unpublishAt, value(now.toISOString()))),
    ]
    if (q.type)
      list.push(
        inArray(
          t.type,
          q.type.map((type) => value(type)),
        ),
      )
    if (departmentIds)
      list.push(
        inArray(
          t.departmentId,
          (departmentIds.length ? departmentIds : ['-']).map((id) => value(id)),
        ),
      )
    if (q.validity) list.push(eq(t.validity, value(q.validity)))
    if (q.from) list.push(gte(t.publishedAt, value(`${q.from}T00:00:00.000Z`)))
    if (q.to)
      list.push(
        lt(
          t.publishedAt,
          value(new Date(Date.parse(`${q.to}T00:00:00Z`) + 86_400_000).toISOString()),
        ),
      )
    if (q.indexNumber) list.push(eq(t.indexNumber, value(q.indexNumber)))
    if (docNumberKeyOf) list.push(eq(t.docNumberKey, value(docNumberKeyOf)))
    return and(...list)
  }
  const columns = Object.fromEntries(LIST_COLUMNS.map((c) => [c, t[c]]))
  const counted = { total: count() }
  const build = () => {
    const order =
      q.sort === 'title'
        ? [asc(t.titleZh), asc(t.uid)]
        : q.sort === 'publishedAt'
          ? [asc(t.publishedAt), asc(t.uid)]
          : [desc(t.publishedAt), desc(t.uid)]
    const filter = conditions()
    return {
      page: adapter.drizzle
        .select(columns)
        .from(t)
        .where(filter)
        .orderBy(...order)
        // Placeholders: drizzle leaves out a limit that is not a number or an SQL object.
        .limit(literal ? q.pageSize : sql.placeholder('limit'))
        .offset(literal ? (q.page - 1) * q.pageSize : sql.placeholder('offset')),
      total: adapter.drizzle.select(counted).from(t).where(filter),
    }
  }
  const raw = await sharedRawReader(payload)
  if (!raw) {
    // No raw reader (an in-memory SQLite): drizzle runs the builders, values in place.
    literal = true
    const direct = build()
    const [docs, totals] = await Promise.all([direct.page, direct.total])
    return { docs, totalDocs: Number(totals[0]?.total ?? 0) }
  }
  let built = listStatements.get(adapter)?.get(shape)
  if (!built) {
    const builders = build()
    built = { page: builders.page.toSQL(), total: builders.total.toSQL() }
    let shapes = listStatements.get(adapter)
    if (!shapes) listStatements.set(adapter, (shapes = new Map()))
    // Shapes are few (filters × list lengths); keep the map bounded all the same.
    if (shapes.size >= 500) shapes.clear()
    shapes.set(shape, built)
  } else {
    // The values of this request, in the builder's order.
    conditions()
  }
  const named = { limit: q.pageSize, offset: (q.page - 1) * q.pageSize }
  const [docs, totals] = [
    await raw.all(filled(built.page, values, named), columns),
    await raw.all(filled(built.total, values, named), counted as any),
  ]
  return { docs, totalDocs: Number(totals[0]?.total ?? 0) }
}

/**
 * The projection rows of these ids with the columns a summary needs (and `state`), in no order,
 * on SQL adapters: one SELECT through the raw reader. Search presents its page of hits with it:
 * payload.find took ~5 ms for 20 rows, most of a search's time after the match (measured,
 * SQLite, 100k corpus); this statement ~0.5 ms. Null where there are no tables (MongoDB): then
 * payload.find.
 */
export async function summaryRows(
  payload: Payload,
  ids: Array<number | string>,
): Promise<any[] | null> {
  const adapter = payload.db as any
  const t = adapter.tables?.public_documents
  if (!adapter.drizzle || !t || !SUMMARY_ROW_COLUMNS.every((c) => t[c])) return null
  if (!ids.length) return []
  const columns = Object.fromEntries(SUMMARY_ROW_COLUMNS.map((c) => [c, t[c]]))
  const query = adapter.drizzle.select(columns).from(t).where(inArray(t.id, ids))
  const raw = await sharedRawReader(payload)
  return raw ? raw.all(query, columns) : query
}

const SUMMARY_ROW_COLUMNS = [...LIST_COLUMNS, 'state'] as const

/** A statement built once, with this request's values in place of stand-ins and placeholders. */
function filled(
  statement: { sql: string; params: unknown[] },
  values: unknown[],
  named: Record<string, unknown>,
) {
  return {
    toSQL: () => ({
      sql: statement.sql,
      params: statement.params.map((p) =>
        typeof p === 'string' && p.startsWith(STAND_IN)
          ? values[Number(p.slice(STAND_IN.length))]
          : p instanceof Placeholder
            ? named[p.name]
            : p,
      ),
    }),
  }
}

/** Marks a value in a statement built once (listRows); never in request input (NUL). */
const STAND_IN = '\u0000v'
const listStatements = new WeakMap<
  object,
  Map<
    string,
    { page: { sql: string; params: unknown[] }; total: { sql: string; params: unknown[] } }
  >
>()

/** A list query with every default applied, for callers other than the route (the portal). */
export function listQuery(q: Partial<Query> = {}): Query {
  return { ...DocumentListQuery.parse({}), ...q }
}

export function documentRoutes(payload: Payload): Router {
  const router = express.Router()
  router.get('/documents', async (req, res) => {
    const parsed = parseQuery(DocumentListQuery, req.query as Record<string, unknown>)
    if (!parsed.ok) return sendProblem(res, invalidParameters(parsed.errors))
    const q = parsed.value
    const listed = await listDocuments(payload, q)
    if (!listed.ok) return sendProblem(res, invalidParameters(listed.errors))
    const { data, meta, newest } = listed.value
    const link = (page: number | null) => {
      if (page === null) return null
      const params = new URLSearchParams(req.query as Record<string, string>)
      params.set('page', String(page))
      return `/api/v1/documents?${params.toString()}`
    }
    sendJson(
      req,
      res,
      DocumentListResponse.parse({
        data,
        meta,
        links: {
          self: link(q.page),
          first: link(1),
          prev: q.page > 1 ? link(Math.min(q.page - 1, meta.pages)) : null,
          next: q.page < meta.pages ? link(q.page + 1) : null,
          last: link(meta.pages),
        },
      }),
      { lastModified: newest },
    )
  })
  return router
}
