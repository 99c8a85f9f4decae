/**
 * Public search: the one service both `/api/v1/search` and the portal's search page call.
 * It sees only what is public (the `public-documents` projection), so neither can show more.
 *
 * PLACEHOLDER (issue 6 in progress): matches the query as one substring of the Chinese title.
 * The engines (SQLite FTS5, PostgreSQL, portable), ranking, facets and highlights replace it;
 * the types below are the contract and stay.
 */
import type { Payload, Where } from 'payload'

import { departmentsOf, presentSummary, where } from '../public-api/documents'
import type { DocumentSummary } from '../public-api/schemas'

export type SearchSort = 'relevance' | '-publishedAt' | 'publishedAt'

export interface SearchRequest {
  q: string
  type?: Array<'policy' | 'regulation' | 'interpretation' | 'procedure' | 'licensing' | 'penalty'>
  department?: string[]
  includeChildren?: 'true' | 'false'
  topic?: string
  validity?: 'valid' | 'expired' | 'repealed'
  from?: string
  to?: string
  year?: number
  sort: SearchSort
  page: number
  pageSize: number
  locale: 'zh' | 'en'
}

export interface SearchHit extends DocumentSummary {
  score: number
  /** HTML: matched terms in <mark>…</mark>, everything else escaped. */
  highlights: { title: string; snippet: string }
}

export interface FacetBucket {
  value: string
  count: number
  /** Departments and topics carry their display name. */
  name?: string
}

export interface SearchResult {
  data: SearchHit[]
  facets: {
    type: FacetBucket[]
    department: FacetBucket[]
    year: FacetBucket[]
    validity: FacetBucket[]
    topic: FacetBucket[]
  }
  meta: { total: number; page: number; pageSize: number; pages: number }
}

const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`)

export async function searchDocuments(payload: Payload, r: SearchRequest): Promise<SearchResult> {
  const departments = await departmentsOf(payload)
  const filter = where(
    {
      type: r.type,
      department: r.department,
      includeChildren: r.includeChildren,
      topic: r.topic,
      validity: r.validity,
      from: r.from,
      to: r.to,
      locale: r.locale,
    },
    departments,
    new Date(),
  ) as Where
  const result = await payload.find({
    collection: 'public-documents',
    where: { and: [filter, { titleZh: { contains: r.q } }] },
    sort: r.sort === 'publishedAt' ? 'publishedAt' : '-publishedAt',
    page: r.page,
    limit: r.pageSize,
    depth: 0,
    overrideAccess: true,
  })
  const byId = new Map(departments.map((d) => [String(d.id), d]))
  return {
    data: result.docs.map((row) => {
      const summary = presentSummary(row, r.locale, byId)
      return {
        ...summary,
        score: 1,
        highlights: {
          title: escapeHtml(summary.title ?? ''),
          snippet: escapeHtml(summary.summary ?? ''),
        },
      }
    }),
    facets: { type: [], department: [], year: [], validity: [], topic: [] },
    meta: {
      total: result.totalDocs,
      page: r.page,
      pageSize: r.pageSize,
      pages: Math.max(1, Math.ceil(result.totalDocs / r.pageSize)),
    },
  }
}
