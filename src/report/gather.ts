/**
 * The annual report and the performance figures from the database: the rows of a scope (one
 * department, optionally with the departments below it, or the whole government) read through
 * Payload's Local API page by page, mapped to the plain inputs of annual.ts and performance.ts.
 *
 * - Table (2) counts what the public sees: documents and decisions whose published version exists
 *   (`_status` published); drafts never published do not count. 规章 = every regulation,
 *   行政规范性文件 = a policy marked `normative`; 制发 date = 成文日期, else the publication date.
 * - Table (3) counts every request of the scope (applicant data is not read: only its type).
 * - `previous` is the published report of the same scope for the year before, when there is one.
 * Nothing here checks access: the endpoints do (report.ts in this folder).
 */
import type { CollectionSlug, Payload, PayloadRequest, Where } from 'payload'

import { chinaDate, type IsoDate } from '../clocks/calendar'
import { loadCalendar } from '../clocks/store'
import { clockEventsOf, type StoredEvent } from '../requests/handling'
import type { ApplicantType, OutcomeValue } from '../requests/model'
import {
  computeAnnualReport,
  type AnnualReport,
  type DecisionRow,
  type DocumentRow,
  type PreviousReport,
  type RequestRow,
  type ReviewRow,
} from './annual'
import {
  computePerformance,
  type DisclosureRow,
  type PerformanceReport,
  type RequestEventsRow,
} from './performance'

const PAGE = 200
const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** A resolved scope: the department (null: the whole government) and the ids it covers. */
export interface GatherScope {
  department: { id: number | string; code: string; name: string } | null
  /** Department ids whose rows count (null: every row). */
  departmentIds: Array<number | string> | null
  includeChildren: boolean
}

/** Every page of a query, one page in memory at a time. */
async function eachPage(
  payload: Payload,
  args: {
    collection: CollectionSlug
    where: Where
    select?: Record<string, unknown>
    draft?: boolean
    req?: PayloadRequest
  },
  visit: (doc: any) => void,
): Promise<void> {
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: args.collection,
      where: args.where,
      ...(args.select ? { select: args.select as any } : {}),
      ...(args.draft !== undefined ? { draft: args.draft } : {}),
      depth: 0,
      limit: PAGE,
      page,
      sort: 'id',
      overrideAccess: true,
      ...(args.req ? { req: args.req } : {}),
    } as any)
    for (const doc of result.docs) visit(doc)
    if (!result.hasNextPage) return
  }
}

/** The department with this code and, when asked, every department below it. */
export async function resolveScope(
  payload: Payload,
  code: string | null,
  includeChildren = false,
  req?: PayloadRequest,
): Promise<GatherScope | null> {
  if (code === null) return { department: null, departmentIds: null, includeChildren: false }
  const { docs } = await payload.find({
    collection: 'departments',
    where: { code: { equals: code } },
    depth: 0,
    limit: 1,
    locale: 'zh',
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const found: any = docs[0]
  if (!found) return null
  const ids: Array<number | string> = [found.id]
  if (includeChildren) {
    const children = new Map<string, Array<number | string>>()
    await eachPage(
      payload,
      { collection: 'departments', where: {}, select: { parent: true }, req },
      (d) => {
        const parent = idOf(d.parent)
        if (parent === undefined || parent === null) return
        const list = children.get(String(parent)) ?? []
        list.push(d.id)
        children.set(String(parent), list)
      },
    )
    const seen = new Set([String(found.id)])
    for (let i = 0; i < ids.length; i++) {
      for (const child of children.get(String(ids[i])) ?? []) {
        if (seen.has(String(child))) continue
        seen.add(String(child))
        ids.push(child)
      }
    }
  }
  return {
    department: { id: found.id, code: found.code, name: String(found.name ?? found.code) },
    departmentIds: ids,
    includeChildren,
  }
}

const inScope = (scope: GatherScope, field = 'department'): Where[] =>
  scope.departmentIds ? [{ [field]: { in: scope.departmentIds } }] : []

const dateOf = (value: unknown): IsoDate | null =>
  typeof value === 'string' && value
    ? /^\d{4}-\d{2}-\d{2}$/.test(value)
      ? value
      : chinaDate(value)
    : null

export const GOVERNMENT_NAME = '本级政府'

export interface ManualFigures {
  coercion?: number | null
  feesWan?: number | null
}

/** The report's rows for a scope and year, read from the database. */
export async function gatherAnnualInput(
  payload: Payload,
  scope: GatherScope,
  year: number,
  req?: PayloadRequest,
) {
  const first = `${year}-01-01`
  const last = `${year}-12-31`
  const published: Where = { _status: { equals: 'published' } }

  const documents: DocumentRow[] = []
  for (const [collection, type] of [
    ['policies', 'normative'],
    ['regulations', 'regulation'],
  ] as const) {
    const where: Where = {
      and: [
        published,
        ...inScope(scope),
        ...(collection === 'policies' ? [{ normative: { equals: true } }] : []),
      ],
    }
    await eachPage(
      payload,
      {
        collection,
        where,
        draft: false,
        select: {
          signedDate: true,
          publishedAt: true,
          validity: true,
          repealedOn: true,
          expiredOn: true,
        },
        req,
      },
      (d) =>
        documents.push({
          type,
          issuedOn: dateOf(d.signedDate) ?? dateOf(d.publishedAt),
          validity: d.validity ?? 'valid',
          repealedOn: dateOf(d.repealedOn),
          expiredOn: dateOf(d.expiredOn),
        }),
    )
  }

  const decisions: DecisionRow[] = []
  for (const [collection, kind] of [
    ['licensing-decisions', 'licensing'],
    ['penalty-decisions', 'penalty'],
  ] as const) {
    await eachPage(
      payload,
      {
        collection,
        where: { and: [published, ...inScope(scope)] },
        draft: false,
        select: { decisionDate: true },
        req,
      },
      (d) => {
        const on = dateOf(d.decisionDate)
        if (on) decisions.push({ kind, decisionDate: on })
      },
    )
  }

  // Requests received by the year's end and not answered before it began.
  const requests: RequestRow[] = []
  await eachPage(
    payload,
    {
      collection: 'disclosure-requests',
      where: {
        and: [
          ...inScope(scope),
          { receivedOn: { less_than_equal: last } },
          {
            or: [{ answeredOn: { exists: false } }, { answeredOn: { greater_than_equal: first } }],
          },
        ],
      },
      select: {
        trackingCode: true,
        receivedOn: true,
        answeredOn: true,
        outcome: true,
        outcomeReason: true,
        applicant: { type: true },
      },
      req,
    },
    (d) => {
      const stored = typeof d.outcomeReason === 'string' ? d.outcomeReason : ''
      const dot = stored.indexOf('.')
      requests.push({
        ref: d.trackingCode ?? String(d.id),
        applicantType: d.applicant?.type as ApplicantType,
        receivedOn: d.receivedOn,
        answeredOn: d.answeredOn || null,
        outcome: (d.outcome ?? null) as OutcomeValue | null,
        reason: dot >= 0 ? stored.slice(dot + 1) : null,
      })
    },
  )

  const reviews: ReviewRow[] = []
  await eachPage(
    payload,
    {
      collection: 'review-cases',
      where: { and: [...inScope(scope), { year: { equals: year } }] },
      select: { kind: true, result: true, year: true },
      req,
    },
    (d) => reviews.push({ kind: d.kind, result: d.result, year: d.year }),
  )

  const previousDoc = await publishedReport(payload, scope, year - 1, req)
  const previous: PreviousReport | null =
    previousDoc?.tables?.requests?.carriedForward != null
      ? {
          year: previousDoc.year,
          requests: { carriedForward: previousDoc.tables.requests.carriedForward },
        }
      : null

  return { documents, decisions, fees: [], requests, reviews, previous }
}

/** The published report of a scope and year, if any. */
export async function publishedReport(
  payload: Payload,
  scope: GatherScope,
  year: number,
  req?: PayloadRequest,
): Promise<any | null> {
  const { docs } = await payload.find({
    collection: 'annual-reports',
    where: {
      and: [
        { year: { equals: year } },
        scope.department
          ? { department: { equals: scope.department.id } }
          : { department: { exists: false } },
        { publishedAt: { exists: true } },
      ],
    },
    depth: 0,
    limit: 1,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  return docs[0] ?? null
}

/** The report of a scope and year as the data gives it, with the hand-entered figures put in. */
export async function buildAnnualReport(
  payload: Payload,
  scope: GatherScope,
  year: number,
  manual: ManualFigures = {},
  req?: PayloadRequest,
): Promise<AnnualReport> {
  const input = await gatherAnnualInput(payload, scope, year, req)
  const report = computeAnnualReport({
    year,
    scope: scope.department
      ? { code: scope.department.code, name: scope.department.name }
      : { code: null, name: GOVERNMENT_NAME },
    ...input,
  })
  if (manual.coercion != null) report.proactive.coercion = manual.coercion
  if (manual.feesWan != null) report.proactive.feesWan = manual.feesWan
  return report
}

const DISCLOSURE_SOURCES = [
  ['policies', 'proactive', 'signedDate'],
  ['regulations', 'proactive', 'signedDate'],
  ['licensing-decisions', 'decision', 'decisionDate'],
  ['penalty-decisions', 'decision', 'decisionDate'],
] as const

/**
 * Performance figures of a scope for a period: documents (start = 成文日期 or decision date,
 * published = first publication; a document never published counts from its start date),
 * requests by their handling events, documents updated after publication (the public index).
 */
export async function buildPerformance(
  payload: Payload,
  scope: GatherScope,
  period: { from: IsoDate; to: IsoDate },
  req?: PayloadRequest,
): Promise<PerformanceReport> {
  const codes = new Map<string, string>()
  await eachPage(
    payload,
    { collection: 'departments', where: {}, select: { code: true }, req },
    (d) => codes.set(String(d.id), d.code),
  )
  const codeOf = (id: unknown) => codes.get(String(idOf(id))) ?? '—'

  const disclosures: DisclosureRow[] = []
  for (const [collection, kind, startField] of DISCLOSURE_SOURCES) {
    await eachPage(
      payload,
      {
        collection,
        where: {
          and: [
            ...inScope(scope),
            { [startField]: { less_than_equal: `${period.to}T23:59:59.999Z` } },
          ],
        },
        select: { department: true, [startField]: true, publishedAt: true, _status: true },
        req,
      },
      (d) => {
        const start = dateOf(d[startField])
        if (!start) return
        disclosures.push({
          departmentCode: codeOf(d.department),
          kind,
          start,
          publishedOn: d._status === 'published' ? dateOf(d.publishedAt) : null,
        })
      },
    )
  }

  const requests: RequestEventsRow[] = []
  await eachPage(
    payload,
    {
      collection: 'disclosure-requests',
      where: {
        and: [
          ...inScope(scope),
          { receivedOn: { less_than_equal: period.to } },
          {
            or: [
              { answeredOn: { exists: false } },
              { answeredOn: { greater_than_equal: period.from } },
            ],
          },
        ],
      },
      select: { trackingCode: true, department: true, events: true },
      req,
    },
    (d) =>
      requests.push({
        ref: d.trackingCode ?? String(d.id),
        departmentCode: codeOf(d.department),
        events: clockEventsOf((d.events ?? []) as StoredEvent[]),
      }),
  )

  const updated = new Map<string, number>()
  await eachPage(
    payload,
    {
      collection: 'public-documents',
      where: {
        and: [
          ...(scope.departmentIds
            ? [{ departmentId: { in: scope.departmentIds.map(String) } }]
            : []),
          { state: { equals: 'published' } },
          { publicUpdatedAt: { greater_than_equal: `${period.from}T00:00:00+08:00` } },
          { publicUpdatedAt: { less_than_equal: `${period.to}T23:59:59.999+08:00` } },
        ],
      },
      select: { departmentCode: true, publishedAt: true, publicUpdatedAt: true },
      req,
    },
    (d) => {
      if (!d.publishedAt || d.publicUpdatedAt === d.publishedAt) return
      const code = d.departmentCode ?? '—'
      updated.set(code, (updated.get(code) ?? 0) + 1)
    },
  )

  const calendar = await loadCalendar(payload, req)
  return computePerformance({
    calendar,
    period,
    disclosures,
    requests,
    updatedAfterPublication: [...updated].map(([departmentCode, count]) => ({
      departmentCode,
      count,
    })),
  })
}
