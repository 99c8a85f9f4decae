/**
 * The portal's query parameters. The search page takes exactly the parameters of
 * GET /api/v1/search (public-api.md); this schema is the one place that says so, built from the
 * list endpoint's own validators, and is to be replaced by the API's search schema once it lands.
 */
import { z } from 'zod'

import { DocumentListQuery } from '../public-api/documents'
import { localeParam } from '../public-api/params'

const list = DocumentListQuery.shape

export const PortalSearchQuery = z.strictObject({
  // Optional here: without q the page lists documents by the filters (a browsable list).
  q: z
    .string()
    .max(200, { error: 'must be at most 200 characters' })
    .transform((v) => v.trim())
    .optional(),
  type: list.type,
  department: list.department,
  includeChildren: list.includeChildren,
  topic: list.topic,
  validity: list.validity,
  from: list.from,
  to: list.to,
  year: z
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
    .optional(),
  sort: z
    .enum(['relevance', '-publishedAt', 'publishedAt'], {
      error: 'must be relevance, -publishedAt or publishedAt',
    })
    .optional(),
  page: list.page,
  pageSize: list.pageSize,
  locale: localeParam,
})
export type PortalSearch = z.infer<typeof PortalSearchQuery>

/** Pages other than search take only the language. */
export const PortalLocaleQuery = z.strictObject({ locale: localeParam })
