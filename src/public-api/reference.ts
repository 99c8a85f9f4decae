/** Reference data: departments and topics (public-api.md, "Reference data"). */
import express, { type Request, type Response, type Router } from 'express'
import type { Payload, Where } from 'payload'

import { publiclyVisible } from '../access/documents'
import { parseQuery, parseValue } from './params'
import { sendJson } from './http'
import { presentDepartment, presentTopic } from './presenters'
import { invalidParameters, notFound, sendProblem } from './problem'
import { DepartmentPath, DOCUMENT_TYPES, LocaleQuery } from './schemas'

/** The public type names and the collections behind them. */
export const COLLECTION_OF: Record<(typeof DOCUMENT_TYPES)[number], string> = {
  policy: 'policies',
  regulation: 'regulations',
  interpretation: 'interpretations',
  procedure: 'procedures',
  licensing: 'licensing-decisions',
  penalty: 'penalty-decisions',
}

const newest = (docs: Array<{ updatedAt?: string }>) =>
  docs.reduce<Date | null>((max, d) => {
    const t = d.updatedAt ? new Date(d.updatedAt) : null
    return t && (!max || t > max) ? t : max
  }, null)

async function all(payload: Payload, collection: 'departments' | 'topics', locale: 'zh' | 'en') {
  const { docs } = await payload.find({
    collection,
    locale,
    fallbackLocale: 'zh',
    depth: 0,
    pagination: false,
    sort: 'code',
    overrideAccess: false,
  })
  const codes = new Map(docs.map((d: any) => [String(d.id), d.code as string]))
  const codeOf = (id: unknown) =>
    codes.get(String(id && typeof id === 'object' ? (id as any).id : id)) ?? null
  return { docs: docs as any[], codeOf }
}

function query(req: Request, res: Response) {
  const parsed = parseQuery(LocaleQuery, req.query as Record<string, unknown>)
  if (!parsed.ok) sendProblem(res, invalidParameters(parsed.errors))
  return parsed.ok ? parsed.value : null
}

/** Every department, presented, by code (GET /departments and the portal's home page). */
export async function listDepartments(payload: Payload, locale: 'zh' | 'en') {
  const { docs, codeOf } = await all(payload, 'departments', locale)
  return {
    data: docs.map((d) => presentDepartment(d, locale, codeOf)),
    lastModified: newest(docs),
  }
}

export type DepartmentWithCounts = {
  department: ReturnType<typeof presentDepartment>
  /** Published documents of the department, by type. */
  counts: Record<(typeof DOCUMENT_TYPES)[number], number>
  updatedAt: Date | null
}

/** One department by code with counts of its published documents by type; null when unknown. */
export async function departmentWithCounts(
  payload: Payload,
  code: string,
  locale: 'zh' | 'en',
): Promise<DepartmentWithCounts | null> {
  const { docs, codeOf } = await all(payload, 'departments', locale)
  const department = docs.find((d) => d.code === code)
  if (!department) return null
  const counts = Object.fromEntries(
    await Promise.all(
      DOCUMENT_TYPES.map(async (type) => {
        const where: Where = {
          and: [
            publiclyVisible(),
            { workflowState: { equals: 'published' } },
            { department: { equals: department.id } },
          ],
        }
        const { totalDocs } = await payload.count({
          collection: COLLECTION_OF[type] as any,
          where,
          overrideAccess: false,
        })
        return [type, totalDocs]
      }),
    ),
  ) as DepartmentWithCounts['counts']
  return {
    department: presentDepartment(department, locale, codeOf),
    counts,
    updatedAt: department.updatedAt ? new Date(department.updatedAt) : null,
  }
}

export function referenceRoutes(payload: Payload): Router {
  const router = express.Router()

  router.get('/departments', async (req, res) => {
    const q = query(req, res)
    if (!q) return
    const { data, lastModified } = await listDepartments(payload, q.locale)
    sendJson(req, res, { data }, { lastModified })
  })

  router.get('/departments/:code', async (req, res) => {
    const q = query(req, res)
    if (!q) return
    const path = parseValue('code', DepartmentPath, { code: req.params.code })
    if (!path.ok) return sendProblem(res, invalidParameters(path.errors))
    const found = await departmentWithCounts(payload, path.value.code, q.locale)
    if (!found) return sendProblem(res, notFound(`No department with code ${path.value.code}`))
    sendJson(
      req,
      res,
      { data: { ...found.department, counts: found.counts } },
      { lastModified: found.updatedAt },
    )
  })

  router.get('/topics', async (req, res) => {
    const q = query(req, res)
    if (!q) return
    const { docs, codeOf } = await all(payload, 'topics', q.locale)
    sendJson(
      req,
      res,
      { data: docs.map((d) => presentTopic(d, q.locale, codeOf)) },
      {
        lastModified: newest(docs),
      },
    )
  })

  return router
}
