/**
 * The portal's query parameters. The search page takes exactly the parameters of
 * GET /api/v1/search (public-api.md), from the API's own schema, with two differences: `q` is
 * optional (without it the page lists the documents matching the filters, newest first), and so
 * the default order depends on whether there is a query.
 */
import { z } from 'zod'

import { localeParam } from '../public-api/params'
import { SearchQuery, SearchSortParam } from '../public-api/search'

export const PortalSearchQuery = SearchQuery.extend({
  q: z
    .string()
    .max(200, { error: 'must be at most 200 characters' })
    .transform((v) => v.trim())
    .optional(),
  sort: SearchSortParam.optional(),
})
export type PortalSearch = z.infer<typeof PortalSearchQuery>

/** Pages other than search take only the language. */
export const PortalLocaleQuery = z.strictObject({ locale: localeParam })
