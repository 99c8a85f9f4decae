/**
 * Public search: the one service both `/api/v1/search` and the portal's search page call. It sees
 * only what is public (the search index holds published documents only; the snapshot re-checks
 * state and removal time), so neither can show more than the API.
 *
 * 1. The engine (engines/) finds the documents containing every term and none excluded, exactly.
 * 2. The snapshot (snapshot.ts) applies the filters and counts the facets, each facet over the
 *    matches with every filter applied except its own.
 * 3. Relevance: a term found in the title weighs more than the body; all terms adjacent, as typed,
 *    above the same terms scattered; newer above older on ties.
 * 4. The page's rows are read and presented like /documents, with highlighted title and snippet.
 */
import type { Payload } from 'payload'

import {
  departmentIdsFor,
  departmentsOf,
  presentSummary,
  summaryRows,
} from '../public-api/documents'
import { text } from '../public-api/presenters'
import type { DocumentSummary } from '../public-api/schemas'
import type { IdList } from './engine'
import { searchEngineOf } from './engines'
import { highlightTitle, snippet } from './highlight'
import { firstInOrder } from './top'
import { searchSnapshot, TYPES, VALIDITIES, type SearchSnapshot } from './snapshot'
import { parseSearchQuery, termOf, type ParsedQuery, type QueryTerm } from './tokenize'

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

/** The query has nothing to search for (only punctuation, or only exclusions). */
export class SearchQueryError extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message)
  }
}

// Filter bits: a document passes a facet's count when it passes every filter but that facet's.
const F_TYPE = 1
const F_DEPARTMENT = 2
const F_YEAR = 4
const F_VALIDITY = 8
const F_TOPIC = 16
const F_DATES = 32
const ALL = 63

const DAY = 86_400_000

/** The non-zero counters as facet buckets (`describe` null: left out). */
function buckets(
  counts: Uint32Array,
  describe: (index: number) => { value: string; name?: string } | null,
): FacetBucket[] {
  const out: FacetBucket[] = []
  counts.forEach((count, i) => {
    if (!count) return
    const d = describe(i)
    if (d) out.push({ ...d, count })
  })
  return out
}

/** Score weights: any title term outranks the phrase bonus, which outranks nothing. */
const TITLE_WEIGHT = 10
const PHRASE_WEIGHT = 5

/** The terms typed next to each other as one phrase: CJK runs join without a space. */
export function adjacentPhrase(terms: QueryTerm[]): QueryTerm | null {
  if (terms.length < 2) return null
  const cjk = /[\p{Script=Han}]$/u
  let joined = terms[0]!.raw
  for (const t of terms.slice(1))
    joined += cjk.test(joined) && /^[\p{Script=Han}]/u.test(t.raw) ? t.raw : ` ${t.raw}`
  return termOf(joined)
}

export async function searchDocuments(payload: Payload, r: SearchRequest): Promise<SearchResult> {
  const query = parseSearchQuery(r.q)
  if (!query.all.length)
    throw new SearchQueryError(
      'q',
      'must contain a word to search for (letters, digits or Chinese characters), not only exclusions',
    )
  const engine = searchEngineOf(payload)
  const [snapshot, departments, matched] = await Promise.all([
    searchSnapshot(payload),
    departmentsOf(payload),
    engine.match(payload, query, 'any'),
  ])
  const now = Date.now()

  // Filters, as bit tests per slot.
  const typeSet = r.type ? new Set(r.type.map((t) => TYPES.indexOf(t))) : null
  const departmentSet = r.department
    ? new Set(departmentIdsFor(r.department, r.includeChildren === 'true', departments))
    : null
  const validity = r.validity ? VALIDITIES.indexOf(r.validity) : -1
  const fromMs = r.from ? Date.parse(`${r.from}T00:00:00Z`) : -Infinity
  const toMs = r.to ? Date.parse(`${r.to}T00:00:00Z`) + DAY : Infinity
  const yearFrom = r.year ? Date.UTC(r.year, 0, 1) : -Infinity
  const yearTo = r.year ? Date.UTC(r.year + 1, 0, 1) : Infinity

  const s = snapshot
  // Counters by interned index (snapshot.ts): array arithmetic in the loop below.
  const typeCounts = new Uint32Array(TYPES.length)
  const departmentCounts = new Uint32Array(s.departmentIds.length)
  const yearCounts = new Uint32Array(3000)
  const validityCounts = new Uint32Array(VALIDITIES.length)
  const topicCounts = new Uint32Array(s.topicCodes.length)
  const departmentAllowed = departmentSet
    ? Uint8Array.from(s.departmentIds, (id) => (departmentSet.has(id) ? 1 : 0))
    : null
  const topic = r.topic ? s.indexOf(r.topic, 'topic') : -1

  // Slots of the documents that pass every filter (a typed array: see IdList). The loop runs once
  // per match (tens of thousands on a common word): the snapshot's arrays and the request's
  // switches are read into locals once, not per match.
  const hits = new Int32Array(matched.length)
  let hitCount = 0
  const byYear = !!r.year
  const byTopic = !!r.topic
  const byDates = !!(r.from || r.to)
  const { publishedAt, department: departmentOf, topics: topicsOf, type: typeOf, year: yearOf } = s
  const validities = s.validity
  for (let i = 0; i < matched.length; i++) {
    const slot = s.slot(matched[i]!)
    if (slot < 0 || !s.visible(slot, now)) continue
    const published = publishedAt[slot]!
    const department = departmentOf[slot]!
    const type = typeOf[slot]!
    const validityOf = validities[slot]!
    let pass = 0
    if (typeSet === null || typeSet.has(type)) pass |= F_TYPE
    if (departmentAllowed === null || (department >= 0 && departmentAllowed[department]))
      pass |= F_DEPARTMENT
    if (!byYear || (published >= yearFrom && published < yearTo)) pass |= F_YEAR
    if (validity < 0 || validityOf === validity) pass |= F_VALIDITY
    if (!byTopic || (topic >= 0 && topicsOf[slot]?.includes(topic))) pass |= F_TOPIC
    if (!byDates || (published >= fromMs && published < toMs)) pass |= F_DATES
    if (pass === ALL) hits[hitCount++] = slot
    // A facet counts the documents that pass every filter but its own: none fails two.
    const missing = pass ^ ALL
    if (missing & (missing - 1)) continue
    if ((missing & ~F_TYPE) === 0 && type < TYPES.length) typeCounts[type]!++
    if ((missing & ~F_DEPARTMENT) === 0 && department >= 0) departmentCounts[department]!++
    if ((missing & ~F_YEAR) === 0) {
      const year = yearOf[slot]!
      if (year) yearCounts[year]!++
    }
    if ((missing & ~F_VALIDITY) === 0 && validityOf < VALIDITIES.length)
      validityCounts[validityOf]!++
    if ((missing & ~F_TOPIC) === 0) {
      const topics = topicsOf[slot]
      if (topics) for (let t = 0; t < topics.length; t++) topicCounts[topics[t]!]!++
    }
  }

  const found = hits.subarray(0, hitCount)
  const score =
    r.sort === 'relevance' && hitCount
      ? await scoreHits(payload, query, snapshot, found)
      : new Uint32Array(0)
  const newest = (a: number, b: number) =>
    (s.publishedAt[b] || 0) - (s.publishedAt[a] || 0) || (s.uid[b]! < s.uid[a]! ? -1 : 1)
  const order =
    r.sort === 'relevance'
      ? (a: number, b: number) => score[b]! - score[a]! || newest(a, b)
      : r.sort === '-publishedAt'
        ? newest
        : (a: number, b: number) => -newest(a, b)

  const total = hitCount
  const pages = Math.max(1, Math.ceil(total / r.pageSize))
  const pageSlots = firstInOrder(found, r.page * r.pageSize, order).slice((r.page - 1) * r.pageSize)
  const data = await presentHits(payload, r, query, snapshot, pageSlots, departments, score)

  const byDepartment = new Map(departments.map((d) => [String(d.id), d]))
  const sortBuckets = (a: FacetBucket, b: FacetBucket) =>
    b.count - a.count || (a.value < b.value ? -1 : 1)
  return {
    data,
    facets: {
      type: buckets(typeCounts, (i) => ({ value: TYPES[i]! })).sort(sortBuckets),
      department: buckets(departmentCounts, (i) => {
        const d = byDepartment.get(s.departmentIds[i]!)
        return d ? { value: d.code as string, name: text(d.name, r.locale) ?? '' } : null
      }).sort(sortBuckets),
      year: buckets(yearCounts, (y) => ({ value: String(y) })).sort((a, b) =>
        a.value < b.value ? 1 : -1,
      ),
      validity: buckets(validityCounts, (i) => ({ value: VALIDITIES[i]! })).sort(sortBuckets),
      topic: buckets(topicCounts, (i) => {
        const code = s.topicCodes[i]!
        const names = s.topicNames.get(code)
        return { value: code, name: (r.locale === 'en' ? names?.en : null) ?? names?.zh ?? code }
      }).sort(sortBuckets),
    },
    meta: { total, page: r.page, pageSize: r.pageSize, pages },
  }
}

/**
 * Title terms and the adjacent phrase, as extra engine queries over the matches: the score of
 * each hit, by slot (a typed array: a common word has tens of thousands of hits, and a Map's
 * per-entry cost was a visible share of the query).
 */
async function scoreHits(
  payload: Payload,
  query: ParsedQuery,
  s: SearchSnapshot,
  hits: Int32Array,
): Promise<Uint32Array> {
  const engine = searchEngineOf(payload)
  const phrase = adjacentPhrase(query.all)
  const none: QueryTerm[] = []
  const [titleSets, phraseIds] = await Promise.all([
    Promise.all(query.all.map((t) => engine.match(payload, { all: [t], none }, 'title'))),
    phrase ? engine.match(payload, { all: [phrase], none }, 'any') : Promise.resolve([]),
  ])
  // Only the hits get a score (the engine's sets may hold filtered-out documents).
  const hit = new Uint8Array(s.size)
  for (let i = 0; i < hits.length; i++) hit[hits[i]!] = 1
  const score = new Uint32Array(s.size)
  const add = (ids: IdList, weight: number) => {
    for (let i = 0; i < ids.length; i++) {
      const slot = s.slot(ids[i]!)
      if (slot >= 0 && hit[slot]) score[slot]! += weight
    }
  }
  for (const ids of titleSets) add(ids, TITLE_WEIGHT)
  add(phraseIds, PHRASE_WEIGHT)
  return score
}

async function presentHits(
  payload: Payload,
  r: SearchRequest,
  query: ParsedQuery,
  s: SearchSnapshot,
  slots: number[],
  departments: any[],
  score: Uint32Array,
): Promise<SearchHit[]> {
  if (!slots.length) return []
  const ids = slots.map((slot) => s.ids[slot]!)
  const engine = searchEngineOf(payload)
  const [rows, texts] = await Promise.all([
    summaryRows(payload, ids).then(
      async (rows) =>
        rows ??
        (
          await payload.find({
            collection: 'public-documents',
            where: { id: { in: ids } },
            pagination: false,
            depth: 0,
            overrideAccess: true,
          })
        ).docs,
    ),
    engine.texts(payload, ids),
  ])
  const rowById = new Map((rows as any[]).map((row) => [String(row.id), row]))
  const byDepartment = new Map(departments.map((d) => [String(d.id), d]))
  const max = TITLE_WEIGHT * query.all.length + PHRASE_WEIGHT
  const out: SearchHit[] = []
  for (const slot of slots) {
    const id = String(s.ids[slot])
    const row = rowById.get(id)
    // Changed between the snapshot and this read: leave it out rather than show a stale row.
    if (!row || row.state !== 'published') continue
    const summary = presentSummary(row, r.locale, byDepartment)
    const body = texts.get(id)?.body ?? ''
    out.push({
      ...summary,
      score: r.sort === 'relevance' ? Math.round(((score[slot] ?? 0) / max) * 1000) / 1000 : 0,
      highlights: {
        title: highlightTitle(summary.title ?? '', query.all),
        snippet: snippet(body, query.all),
      },
    })
  }
  return out
}
