/** GET /api/v1/search: full-text search over published documents (public-api.md). */
import express, { type Router } from 'express'
import type { Payload } from 'payload'
import { z } from 'zod'

import { searchDocuments, SearchQueryError } from '../search/service'
import { DocumentListQuery } from './documents'
import { sendJson } from './http'
import { parseQuery } from './params'
import { invalidParameters, sendProblem } from './problem'
import { DocumentListResponse, DocumentSummarySchema } from './schemas'

const list = DocumentListQuery.shape

export const SearchSortParam = z.enum(['relevance', '-publishedAt', 'publishedAt'], {
  error: 'must be relevance, -publishedAt or publishedAt',
})

export const YearParam = z
  .string()
  .regex(/^\d{4}$/, { error: 'must be a year, YYYY' })
  .transform(Number)
  .pipe(
    z
      .number()
      .int()
      .min(1900, { error: 'must be between 1900 and 2999' })
      .max(2999, { error: 'must be between 1900 and 2999' }),
  )
  .describe('Published in this year')

export const SearchQuery = z.strictObject({
  q: z
    .string()
    .min(1, { error: 'must be 1 to 200 characters' })
    .max(200, { error: 'must be 1 to 200 characters' })
    .describe('Words are ANDed; "quoted phrase"; -word excludes. Chinese needs no spaces.'),
  type: list.type,
  department: list.department,
  includeChildren: list.includeChildren,
  topic: list.topic,
  validity: list.validity,
  from: list.from,
  to: list.to,
  year: YearParam.optional(),
  sort: SearchSortParam.default('relevance'),
  page: list.page,
  pageSize: list.pageSize,
  locale: list.locale,
})
export type SearchQueryInput = z.infer<typeof SearchQuery>

const Bucket = z.object({ value: z.string(), count: z.number().int().min(1) })
const NamedBucket = Bucket.extend({ name: z.string() })

export const SearchResponse = z
  .object({
    data: z.array(
      DocumentSummarySchema.required().extend({
        score: z.number().min(0).max(1).describe('Relevance from 0 to 1 (0 when sorted by date)'),
        highlights: z.object({
          title: z.string().describe('HTML: matches in <mark>, everything else escaped'),
          snippet: z.string().describe('HTML: text around the first match in the body'),
        }),
      }),
    ),
    facets: z
      .object({
        type: z.array(Bucket),
        department: z.array(NamedBucket),
        year: z.array(Bucket),
        validity: z.array(Bucket),
        topic: z.array(NamedBucket),
      })
      .describe("Each count is over the query with every filter applied except the facet's own"),
    meta: DocumentListResponse.shape.meta,
    links: DocumentListResponse.shape.links,
  })
  .meta({ id: 'SearchResults' })

/** Parses and checks the search parameters: the portal's search page uses it too. */
export function parseSearchParams(query: Record<string, unknown>) {
  const parsed = parseQuery(SearchQuery, query)
  if (!parsed.ok) return parsed
  const q = parsed.value
  if (q.from && q.to && q.from > q.to)
    return {
      ok: false as const,
      errors: [{ parameter: 'to', message: 'must not be before from' }],
    }
  return parsed
}

export function searchRoutes(payload: Payload): Router {
  const router = express.Router()
  router.get('/search', async (req, res) => {
    const parsed = parseSearchParams(req.query as Record<string, unknown>)
    if (!parsed.ok) return sendProblem(res, invalidParameters(parsed.errors))
    const q = parsed.value
    let result
    try {
      result = await searchDocuments(payload, q)
    } catch (error) {
      if (error instanceof SearchQueryError)
        return sendProblem(
          res,
          invalidParameters([{ parameter: error.parameter, message: error.message }]),
        )
      throw error
    }
    const link = (page: number | null) => {
      if (page === null) return null
      const params = new URLSearchParams(req.query as Record<string, string>)
      params.set('page', String(page))
      return `/api/v1/search?${params.toString()}`
    }
    const { pages } = result.meta
    sendJson(
      req,
      res,
      SearchResponse.parse({
        ...result,
        links: {
          self: link(q.page),
          first: link(1),
          prev: q.page > 1 ? link(Math.min(q.page - 1, pages)) : null,
          next: q.page < pages ? link(q.page + 1) : null,
          last: link(pages),
        },
      }),
    )
  })
  return router
}
