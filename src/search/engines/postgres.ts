/**
 * The PostgreSQL search engine: our own token streams (tokenize.ts) stored as tsvector literals
 * with positions, GIN indexes, and every query term as a tsquery phrase (`'行政' <-> '政许' <->
 * '许可'`, a one-character term as the prefix `'许':*`). PostgreSQL's own parser never runs
 * (to_tsvector does not segment CJK as we do), so what the index holds is exactly indexTokens().
 *
 * Tables (src/migrations/postgres/20261127_074029_search_index.ts):
 *   search_pg_docs(id, title, body, title_tsv, tsv)
 *     the original texts (for snippets), the title's stream, and `tsv`: the title's stream, one
 *     unused position, then the body's stream — so a phrase never spans title and body, and a
 *     query over title and body is one tsquery (`a & b & !c`) evaluated on one tsvector.
 *   search_pg_chunks(doc_id, title, n, tsv)
 *     streams too long for one tsvector, in overlapping chunks; the document's own column is
 *     then NULL. A tsvector keeps positions up to 16383 only (larger ones are clamped) and at most
 *     256 positions per lexeme (later ones are dropped): either would make a phrase miss, so a
 *     chunk ends before it reaches either limit, and the next one starts OVERLAP tokens earlier,
 *     so that every phrase of up to OVERLAP + 1 tokens lies whole in some chunk. A document then
 *     matches a term when one of its chunks does: AND and NOT are evaluated per document (GROUP
 *     BY, EXCEPT), over these few documents only.
 *
 * Terms longer than OVERLAP + 1 tokens (a 200-character query word) are exact on single-vector
 * documents; on chunked ones their first OVERLAP + 1 tokens select candidates that termPattern
 * then confirms on the stored text.
 */
import crypto from 'node:crypto'

import { sql } from '@payloadcms/db-postgres/drizzle'
import type { Payload, PayloadRequest } from 'payload'
import type pg from 'pg'

import type { EntryId, SearchEngine, SearchEntry, SearchField } from '../engine'
import { parseIds } from '../ids'
import { fold, indexTokens, type QueryTerm, termPattern } from '../tokenize'

/** Positions in one tsvector (PostgreSQL clamps positions above 16383). */
export const CHUNK_POSITIONS = 16_000
/** Positions one lexeme may have in a tsvector (PostgreSQL keeps the first 256). */
export const LEXEME_POSITIONS = 256
/** Tokens two consecutive chunks share: phrases of up to OVERLAP + 1 tokens are never cut. */
export const OVERLAP = 200
/** Longer tokens are stored and searched as a hash (a lexeme is at most 2047 bytes). */
const LONG_TOKEN = 64

const lexemeOf = (token: string) =>
  token.length > LONG_TOKEN
    ? `#${crypto.createHash('sha256').update(token).digest('base64url')}`
    : token

/** A quoted lexeme for tsvector and tsquery input: ' doubled, \ escaped. */
const quote = (lexeme: string) =>
  lexeme.includes("'") || lexeme.includes('\\')
    ? `'${lexeme.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`
    : `'${lexeme}'`

/** The tsvector literal of lexemes and their positions: `'a':1,5 'b':2 `. */
function literalOf(positions: Map<string, number[]>): string {
  // Parts joined once: one flat string (`+=` builds a rope that is flattened again on send).
  const parts: string[] = new Array(positions.size)
  let k = 0
  for (const [lexeme, list] of positions) parts[k++] = `${quote(lexeme)}:${list.join(',')} `
  return parts.join('')
}

/**
 * The tsvector literals of a token stream (null: a position left empty), cut into chunks as
 * described above. An empty stream is one empty tsvector.
 */
export function tsvectorChunks(
  stream: Array<string | null>,
  limits: { positions?: number; perLexeme?: number; overlap?: number } = {},
): string[] {
  const { positions = CHUNK_POSITIONS, perLexeme = LEXEME_POSITIONS } = limits
  // Most documents fit one tsvector: one pass collects every lexeme's positions, and the chunked
  // path below (which gives the same literal for such a stream) runs only when a limit is hit.
  if (stream.length <= positions) {
    const seen = new Map<string, number[]>()
    let fits = true
    for (let i = 0; i < stream.length; i++) {
      const token = stream[i]
      if (token === null || token === undefined) continue
      const lexeme = lexemeOf(token)
      let list = seen.get(lexeme)
      if (!list) seen.set(lexeme, (list = []))
      else if (list.length === perLexeme) {
        fits = false
        break
      }
      list.push(i + 1)
    }
    if (fits) return [literalOf(seen)]
  }
  const lexemes = stream.map((t) => (t === null ? null : lexemeOf(t)))
  return chunkRanges(lexemes, limits).map(([start, end]) => {
    const seen = new Map<string, number[]>()
    for (let i = start; i < end; i++) {
      const lexeme = lexemes[i]
      if (lexeme === null || lexeme === undefined) continue
      let list = seen.get(lexeme)
      if (!list) seen.set(lexeme, (list = []))
      list.push(i - start + 1)
    }
    return literalOf(seen)
  })
}

/** The [start, end) token ranges of the chunks of a stream of lexemes (null: an empty position). */
export function chunkRanges(
  lexemes: Array<string | null>,
  { positions = CHUNK_POSITIONS, perLexeme = LEXEME_POSITIONS, overlap = OVERLAP } = {},
): Array<[number, number]> {
  const out: Array<[number, number]> = []
  let start = 0
  while (true) {
    const counts = new Map<string, number>()
    let end = start
    for (; end < lexemes.length; end++) {
      if (end - start + 1 > positions) break
      const lexeme = lexemes[end]
      if (lexeme === null || lexeme === undefined) continue
      const n = counts.get(lexeme) ?? 0
      if (n === perLexeme) break
      counts.set(lexeme, n + 1)
    }
    out.push([start, end])
    if (end >= lexemes.length) return out
    // A chunk is longer than the overlap (positions and perLexeme both exceed it): progress.
    start = end - overlap
  }
}

/** The tsquery of one term: its tokens as a phrase, the last one a prefix when the term says so. */
export function termQuery(term: QueryTerm, maxTokens = Infinity): string {
  const tokens = term.tokens.slice(0, maxTokens)
  const prefix = term.prefix && tokens.length === term.tokens.length
  return tokens
    .map((t, i) => quote(lexemeOf(t)) + (prefix && i === tokens.length - 1 ? ':*' : ''))
    .join(' <-> ')
}

const and = (parts: string[]) => parts.map((p) => `(${p})`).join(' & ')
const or = (parts: string[]) => parts.map((p) => `(${p})`).join(' | ')

function entryId(id: EntryId): number {
  const n = typeof id === 'number' ? id : Number(id)
  if (!Number.isSafeInteger(n)) throw new Error(`search entry id is not an integer: ${id}`)
  return n
}

const idList = (ids: EntryId[]) => `{${ids.map(entryId).join(',')}}`

/** A PostgreSQL array literal (one text parameter): elements quoted, " and \\ escaped. */
function pgArray(values: Array<string | number | boolean | null>): string {
  const items = values.map((v) =>
    v === null
      ? 'NULL'
      : typeof v === 'string'
        ? // tsvector literals (most of the bytes) never hold either character: no copy then.
          v.includes('"') || v.includes('\\')
          ? `"${v.replace(/[\\"]/g, '\\$&')}"`
          : `"${v}"`
        : String(v),
  )
  return `{${items.join(',')}}`
}

type Req = Partial<PayloadRequest> & { payload: Payload }

/** The drizzle instance of req's transaction, else the adapter's own. */
async function writerOf(req: Req): Promise<{ execute: (query: any) => Promise<any> }> {
  const adapter = req.payload.db as any
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}

function poolOf(payload: Payload): pg.Pool {
  const pool = (payload.db as any).pool as pg.Pool | undefined
  if (!pool)
    throw new Error('the postgres search engine needs the pg pool of @payloadcms/db-postgres')
  return pool
}

/**
 * A read that must use the GIN indexes. For a common term the planner prefers a sequential scan,
 * which detoasts every tsvector (tens of times slower than the bitmap scan, which needs the
 * tsvector only to recheck a phrase); and JIT compilation of such a plan alone costs more than
 * the whole search. Both are turned off for this statement's transaction only.
 */
async function indexRead(pool: pg.Pool, query: pg.QueryConfig & { rowMode: 'array' }) {
  const client = await pool.connect()
  try {
    await client.query('BEGIN READ ONLY; SET LOCAL enable_seqscan = off; SET LOCAL jit = off')
    const result = await client.query(query)
    await client.query('COMMIT')
    return result
  } catch (err) {
    await client.query('ROLLBACK').catch(() => {})
    throw err
  } finally {
    client.release()
  }
}

export function postgresEngine(): SearchEngine {
  async function texts(payload: Payload, ids: EntryId[]) {
    const out = new Map<string, { title: string; body: string }>()
    if (!ids.length) return out
    const result = await poolOf(payload).query({
      text: 'SELECT id, title, body FROM search_pg_docs WHERE id = ANY($1::int[])',
      values: [idList(ids)],
      rowMode: 'array',
    })
    for (const [id, title, body] of result.rows as Array<[number, string, string]>) {
      out.set(String(id), { title, body })
    }
    return out
  }

  return {
    name: 'postgres',

    async upsert(req, entries) {
      if (!entries.length) return
      // Last one wins when an id comes twice (one INSERT may not update a row twice).
      const byId = new Map<number, SearchEntry>()
      for (const e of entries) byId.set(entryId(e.id), e)
      const ids: number[] = []
      const titles: string[] = []
      const bodies: string[] = []
      const titleTsv: Array<string | null> = []
      const tsv: Array<string | null> = []
      const chunks: { id: number[]; title: boolean[]; n: number[]; tsv: string[] } = {
        id: [],
        title: [],
        n: [],
        tsv: [],
      }
      const chunk = (id: number, title: boolean, vectors: string[]) =>
        vectors.forEach((v, n) => {
          chunks.id.push(id)
          chunks.title.push(title)
          chunks.n.push(n)
          chunks.tsv.push(v)
        })
      for (const [id, e] of byId) {
        const titleTokens = indexTokens(e.title ?? '')
        const title = tsvectorChunks(titleTokens)
        const both = tsvectorChunks([...titleTokens, null, ...indexTokens(e.body ?? '')])
        ids.push(id)
        titles.push(e.title ?? '')
        bodies.push(e.body ?? '')
        titleTsv.push(title.length === 1 ? title[0]! : null)
        tsv.push(both.length === 1 ? both[0]! : null)
        if (title.length > 1) chunk(id, true, title)
        if (both.length > 1) chunk(id, false, both)
      }
      const db = await writerOf(req)
      // One statement: old chunks out, documents in (or replaced), new chunks in. The DELETE
      // runs on the statement's snapshot, so it never sees the chunks this statement inserts.
      // Values go as array parameters (five, whatever the batch size).
      await db.execute(sql`
        WITH dropped AS (
          DELETE FROM search_pg_chunks WHERE doc_id = ANY(${pgArray(ids)}::int[])
        ), written AS (
          INSERT INTO search_pg_docs (id, title, body, title_tsv, tsv)
          SELECT * FROM unnest(${pgArray(ids)}::int[], ${pgArray(titles)}::text[],
            ${pgArray(bodies)}::text[], ${pgArray(titleTsv)}::tsvector[], ${pgArray(tsv)}::tsvector[])
          ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body,
            title_tsv = excluded.title_tsv, tsv = excluded.tsv
        )
        INSERT INTO search_pg_chunks (doc_id, title, n, tsv)
        SELECT * FROM unnest(${pgArray(chunks.id)}::int[], ${pgArray(chunks.title)}::boolean[],
          ${pgArray(chunks.n)}::int[], ${pgArray(chunks.tsv)}::tsvector[])`)
    },

    async remove(req, ids) {
      if (!ids.length) return
      const db = await writerOf(req)
      const list = idList(ids)
      await db.execute(sql`
        WITH dropped AS (DELETE FROM search_pg_chunks WHERE doc_id = ANY(${list}::int[]))
        DELETE FROM search_pg_docs WHERE id = ANY(${list}::int[])`)
    },

    async clear(payload) {
      await (payload.db as any).drizzle.execute(sql`TRUNCATE search_pg_docs, search_pg_chunks`)
    },

    async count(payload) {
      const result = await poolOf(payload).query('SELECT count(*)::int AS n FROM search_pg_docs')
      return result.rows[0].n as number
    },

    async match(payload, query, field: SearchField = 'any') {
      if (!query.all.length) return []
      const pool = poolOf(payload)
      const titleOnly = field === 'title'
      const none = titleOnly ? [] : query.none
      const long = (t: QueryTerm) => t.tokens.length > OVERLAP + 1
      const shortNone = none.filter((t) => !long(t))
      const values: string[] = []
      const param = (tsquery: string) => {
        values.push(tsquery)
        return `$${values.length}::tsquery`
      }
      // Documents whose streams fit one tsvector: one tsquery, every term exact. Excluded terms
      // are taken away with EXCEPT rather than written as `!term` into the tsquery: a GIN scan
      // with such "exclude-only" keys once answered as if the positive term were absent (seen
      // once under load on PostgreSQL 15: '优' & !('监' <-> '督') matched nearly every document).
      const column = titleOnly ? 'title_tsv' : 'tsv'
      let docs = `SELECT id FROM search_pg_docs WHERE ${column} @@ ${param(and(query.all.map((t) => termQuery(t))))}`
      if (none.length) {
        docs += ` EXCEPT SELECT id FROM search_pg_docs WHERE ${column} @@ ${param(or(none.map((t) => termQuery(t))))}`
      }
      // Chunked documents: a term matches when one chunk does (long terms: candidates).
      const positives = query.all.map((t) => termQuery(t, OVERLAP + 1))
      const kind = titleOnly ? 'title' : 'NOT title'
      let chunked = `SELECT doc_id FROM search_pg_chunks WHERE ${kind} AND tsv @@ ${param(or(positives))} GROUP BY doc_id`
      if (positives.length > 1) {
        chunked += ` HAVING ${positives.map((p) => `bool_or(tsv @@ ${param(p)})`).join(' AND ')}`
      }
      if (shortNone.length) {
        chunked = `(${chunked} EXCEPT SELECT doc_id FROM search_pg_chunks WHERE ${kind} AND tsv @@ ${param(or(shortNone.map((t) => termQuery(t))))})`
      }
      const result = await indexRead(pool, {
        text: `SELECT (SELECT string_agg(id::text, ',') FROM (${docs}) a),
          (SELECT string_agg(doc_id::text, ',') FROM (${chunked}) b)`,
        values,
        rowMode: 'array',
      })
      // ids from `string_agg(id::text, ',')`: one row instead of one per match.
      const ids = parseIds(result.rows[0]?.[0] ?? null)
      const maybe = parseIds(result.rows[0]?.[1] ?? null)
      if (!maybe.length) return ids
      const longAll = query.all.filter(long)
      const longNone = none.filter(long)
      const both = (extra: ArrayLike<number>) => {
        const out = new Float64Array(ids.length + extra.length)
        out.set(ids)
        out.set(extra, ids.length)
        return out
      }
      if (!longAll.length && !longNone.length) return both(maybe)
      const found = await texts(payload, Array.from(maybe))
      const occurs = (term: QueryTerm, text: string) => {
        const re = termPattern(term)
        return re.test(fold(text))
      }
      const confirmed: number[] = []
      for (const [id, { title, body }] of found) {
        const inDoc = (t: QueryTerm) => occurs(t, title) || (!titleOnly && occurs(t, body))
        if (longAll.every(inDoc) && !longNone.some(inDoc)) confirmed.push(Number(id))
      }
      return both(confirmed)
    },

    texts,
  }
}
