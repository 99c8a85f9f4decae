/**
 * The SQLite engine: FTS5 over the tokeniser's streams (tokenize.ts), one row per public document
 * (rowid = its public-documents id), columns `title` and `body`:
 *   - `search_fts` holds the streams with positions. A query term is an FTS5 phrase of its tokens,
 *     so matching is exact by construction: phrases need consecutive positions, and the streams
 *     make consecutive positions mean consecutive text.
 *   - `search_title` holds the title streams again, alone: ranking asks, per term, which matches
 *     have it in the title, and a column filter on search_fts would walk the body's positions too.
 *   - `search_chars` holds each field's distinct CJK characters, without positions
 *     (detail=column): a one-character term is a lookup there. (A prefix index on the streams
 *     would serve it too, at the cost of a second copy of every position: it doubled the index
 *     and halved the build rate.) A longer term ending in one CJK character after a number or word
 *     (47号) keeps its prefix token, which FTS5 answers from the term list.
 * Both are contentless (nothing stored twice); the public text for snippets is in `search_text`.
 * The tables come from the migration.
 *
 * Writes go through the request's transaction. Reads use a read-only connection of the same file
 * that returns bare rowids (the client's row objects cost more than the search on large results).
 * On a large index each read is split at the middle rowid between that connection and a second
 * one in a worker thread (sqlite-split.ts), so one search uses both cores.
 */
import { sql } from '@payloadcms/db-sqlite/drizzle'
import Database from 'libsql'
import type { Payload } from 'payload'

import { directOf, type DirectConnection } from '../../db/sqlite-client'
import type { IdList, SearchEngine, SearchEntry, SearchField } from '../engine'
import { parseIdLists, parseIds } from '../ids'
import { indexStream, type ParsedQuery, type QueryTerm, segments } from '../tokenize'
import { SplitWorker } from './sqlite-split'

type Req = { payload: Payload; transactionID?: any }

/** Rows per multi-row statement (3 parameters each: well under SQLite's 32,766). */
const BATCH = 200
const chunks = <T>(items: T[], size: number): T[][] =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )

async function writer(req: Req): Promise<any> {
  const adapter = req.payload.db as any
  const id = req.transactionID ? await req.transactionID : undefined
  return (id && adapter.sessions?.[id]?.db) || adapter.drizzle
}

/** An FTS5 phrase: tokens are letters, digits or CJK only, so they never need quoting inside. */
export function ftsPhrase(term: QueryTerm): string {
  return `"${term.tokens.join(' ')}"${term.prefix ? ' *' : ''}`
}

/** A term that is one CJK character alone: answered by `search_chars`. */
const isCharacter = (term: QueryTerm) => term.prefix && term.tokens.length === 1

/**
 * The distinct CJK characters of a text in order of first appearance, as `search_chars` holds
 * them: the readable form; writes take them from indexStream's one pass (tested to agree).
 */
export function charsOf(text: string): string {
  const set = new Set<string>()
  for (const s of segments(text)) if (s.kind === 'cjk') for (const c of s.text) set.add(c)
  return [...set].join(' ')
}

/**
 * The SELECT of a query: phrase terms against search_fts, single characters against
 * search_chars, intersected; excluded terms subtracted: excluded phrases by NOT inside
 * search_fts's expression when it has one (else by EXCEPT), excluded characters by EXCEPT (in
 * titles only, `field: 'title'` looks at the title column and ignores exclusions, as the
 * interface allows). Parameters are numbered: the MATCH expressions (`params`), then the two
 * bounds of the rowid range every part reads, `rowid > lower AND rowid <= upper` (CAST: the
 * driver binds a JavaScript number as REAL, and FTS5 uses a rowid range only when it is an
 * integer).
 */
export function matchQuery(
  query: ParsedQuery,
  field: SearchField,
): { sql: string; params: string[] } {
  const parts: string[] = []
  const params: string[] = []
  const add = (op: string, table: string, terms: QueryTerm[], join: string, not?: QueryTerm[]) => {
    if (!terms.length) return
    let expression = terms.map(ftsPhrase).join(join)
    // Exclusions in the same table go into the expression (FTS5 walks both doclists together);
    // an SQL EXCEPT would copy every row of both sides into temporary b-trees first.
    if (not?.length) expression = `(${expression}) NOT (${not.map(ftsPhrase).join(' OR ')})`
    // search_title has the one column; the others are filtered to theirs for a title search.
    params.push(
      field === 'title' && table !== 'search_title' ? `{title} : (${expression})` : expression,
    )
    parts.push(
      `${parts.length ? `${op} ` : ''}SELECT rowid FROM ${table} WHERE ${table} MATCH ?${params.length} AND rowid > CAST(?L AS INTEGER) AND rowid <= CAST(?U AS INTEGER)`,
    )
  }
  const chars = (terms: QueryTerm[]) =>
    terms.filter(isCharacter).map((t) => ({ ...t, prefix: false }))
  const phrases = (terms: QueryTerm[]) => terms.filter((t) => !isCharacter(t))
  const all = phrases(query.all)
  const inline = field === 'any' && all.length > 0
  add(
    'INTERSECT',
    field === 'title' ? 'search_title' : 'search_fts',
    all,
    ' AND ',
    inline ? phrases(query.none) : undefined,
  )
  add('INTERSECT', 'search_chars', chars(query.all), ' AND ')
  if (field === 'any') {
    if (!inline) add('EXCEPT', 'search_fts', phrases(query.none), ' OR ')
    add('EXCEPT', 'search_chars', chars(query.none), ' OR ')
  }
  const bounds = (text: string) =>
    text.replaceAll('?L', `?${params.length + 1}`).replaceAll('?U', `?${params.length + 2}`)
  // The ids as the bytes of one comma-separated list (ids.ts says why bytes). As TEXT,
  // json_group_array was the faster of the two aggregates; as a BLOB, group_concat is: 91,549
  // ids of 老年人 in 22.4 ms against 27.8 ms for json_group_array's TEXT (18.3 ms to count them).
  return {
    sql: bounds(`SELECT CAST(group_concat(rowid) AS BLOB) FROM (${parts.join(' ')})`),
    params,
  }
}

/**
 * Read connections map the file (up to SQLite's default limit of 2 GB) rather than copy every
 * page they read into their own cache: a common word's doclists are megabytes, read again by
 * each search. Measured on the 100k bench index, eight common words: 6–12% faster.
 */
export const READER_MMAP_BYTES = 2_147_418_112

/** The rowid range of a read of the whole index. */
const EVERY_ROW = [Number.MIN_SAFE_INTEGER, Number.MAX_SAFE_INTEGER] as const

/**
 * Reads are split between two threads when the index's largest rowid is at least this (below,
 * a read takes a few milliseconds at most and the hand-over to the worker would be a visible
 * share of it). setSqliteSearchSplit changes it per instance (tests split small indexes).
 */
const SPLIT_FROM_ROWID = 20_000

type Reader = {
  ids(query: { sql: string; params: string[] }): IdList | Promise<IdList>
  /** Rows [id, title, body] of search_text. */
  texts(ids: number[]): Array<[number, string, string]>
  /** Reads split between the two threads so far. */
  splits: number
  close(): void
}
const readers = new WeakMap<Payload, Reader | null>()
const splitFrom = new WeakMap<Payload, number | null>()

/**
 * From which largest rowid this instance splits its reads between two threads (null: never).
 * Takes effect on the next read.
 */
export function setSqliteSearchSplit(payload: Payload, fromRowid: number | null): void {
  splitFrom.set(payload, fromRowid)
}

/** How many reads of this instance were split between two threads (tests check it happens). */
export function sqliteSearchSplits(payload: Payload): number {
  return readers.get(payload)?.splits ?? 0
}

function readerOf(payload: Payload): Reader | null {
  if (readers.has(payload)) return readers.get(payload)!
  const url: string | undefined = (payload.db as any).clientConfig?.url
  let reader: Reader | null = null
  if (url?.startsWith('file:')) {
    const file = url.slice('file:'.length)
    const db = new Database(file, { readonly: true })
    db.exec(`PRAGMA busy_timeout = 5000; PRAGMA mmap_size = ${READER_MMAP_BYTES}`)
    // One value of ids rather than a row per match: on a common word that is tens of thousands
    // of rows, and the driver's per-row cost was most of the query's time. A few shapes of
    // statement exist (which tables, which exclusions): each is prepared once.
    const statements = new Map<string, any>()
    const first = (text: string, params: unknown[]): Uint8Array | null => {
      let statement = statements.get(text)
      if (!statement) {
        statement = db.prepare(text)
        statement.raw(true)
        statements.set(text, statement)
      }
      return (statement.get(...params) as [Uint8Array | null] | undefined)?.[0] ?? null
    }
    const largest = db.prepare('SELECT max(id) FROM search_text').raw(true)
    let worker: SplitWorker | null = null
    const texts = db
      .prepare(
        'SELECT id, title, body FROM search_text WHERE id IN (SELECT value FROM json_each(?))',
      )
      .raw(true)
    reader = {
      splits: 0,
      texts: (ids) => texts.all(JSON.stringify(ids)) as Array<[number, string, string]>,
      ids: ({ sql: text, params }) => {
        const from = splitFrom.has(payload) ? splitFrom.get(payload)! : SPLIT_FROM_ROWID
        const max = from === null ? 0 : Number((largest.get() as [number | null])[0] ?? 0)
        if (from === null || max < from || worker?.broken)
          return parseIds(first(text, [...params, ...EVERY_ROW]))
        worker ??= new SplitWorker(file, READER_MMAP_BYTES)
        // Halves by rowid: ids are dense, so the halves hold about as many documents each.
        const middle = Math.floor(max / 2)
        const upperBounds = [...params, middle, EVERY_ROW[1]]
        const upper = worker.read(text, upperBounds)
        upper.catch(() => {})
        // The lower half here, while the worker reads the upper one.
        const lower = first(text, [...params, EVERY_ROW[0], middle])
        reader!.splits++
        return upper.then(
          (bytes) => parseIdLists([lower, bytes]),
          // The worker failed (it is not used again): the upper half here as well.
          () => parseIdLists([lower, first(text, upperBounds)]),
        )
      },
      close: () => {
        worker?.close()
        db.close()
      },
    }
  }
  readers.set(payload, reader)
  return reader
}

/** Closes the read connection (the database's own connection is closed by its owner). */
export function closeSqliteSearch(payload: Payload): void {
  readers.get(payload)?.close()
  readers.delete(payload)
}

/**
 * upsert on the writer's own connection: the same statements, prepared once and kept, one row
 * each (the client prepared every multi-row statement again and built it through drizzle).
 */
function upsertDirect(direct: DirectConnection, entries: SearchEntry[]) {
  for (const batch of chunks(entries, BATCH)) {
    const ids = batch.map((e) => Number(e.id))
    const marks = ids.map(() => '?').join(', ')
    const existing = direct
      .statement(`SELECT id FROM search_text WHERE id IN (${marks})`)
      .raw(true)
      .all(ids) as Array<[number]>
    if (existing.length) {
      const old = existing.map((r) => Number(r[0]))
      const list = old.map(() => '?').join(', ')
      direct.statement(`DELETE FROM search_fts WHERE rowid IN (${list})`).run(old)
      direct.statement(`DELETE FROM search_title WHERE rowid IN (${list})`).run(old)
      direct.statement(`DELETE FROM search_chars WHERE rowid IN (${list})`).run(old)
    }
  }
  const fts = direct.statement('INSERT INTO search_fts (rowid, title, body) VALUES (?, ?, ?)')
  const titles = direct.statement('INSERT INTO search_title (rowid, title) VALUES (?, ?)')
  const chars = direct.statement('INSERT INTO search_chars (rowid, title, body) VALUES (?, ?, ?)')
  const texts = direct.statement(
    `INSERT INTO search_text (id, title, body) VALUES (?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body`,
  )
  for (const e of entries) {
    const id = Number(e.id)
    // Each text is tokenised once, its characters collected in the same pass.
    const title = indexStream(e.title)
    const body = indexStream(e.body)
    fts.run([id, title.stream, body.stream])
    titles.run([id, title.stream])
    chars.run([id, title.chars, body.chars])
    texts.run([id, e.title, e.body])
  }
}

/** Page cache of a writing connection, in KiB (negative: SQLite's unit for KiB). */
const CACHE_KIB = -65536

export function sqliteFts5Engine(): SearchEngine {
  return {
    name: 'sqlite-fts5',

    async upsert(req, entries: SearchEntry[]) {
      if (!entries.length) return
      const db = await writer(req as Req)
      // The client opens a new connection for each transaction, with SQLite's default 2 MB page
      // cache: FTS5's automerges then read segment pages again and again through system calls.
      // A larger cache for this connection (filled only as pages are read).
      await db.run(sql.raw(`PRAGMA cache_size = ${CACHE_KIB}`))
      // Last one wins when an id comes twice; a contentless index needs the old row deleted
      // first, and only ids already indexed have one (a fresh build skips the deletes).
      const byId = new Map<number, SearchEntry>()
      for (const e of entries) byId.set(Number(e.id), e)
      const direct = await directOf(db)
      if (direct) return upsertDirect(direct, [...byId.values()])
      for (const batch of chunks([...byId.values()], BATCH)) {
        const ids = batch.map((e) => Number(e.id))
        const idList = sql.join(
          ids.map((id) => sql`${id}`),
          sql`, `,
        )
        const existing = await db.all(sql`SELECT id FROM search_text WHERE id IN (${idList})`)
        if (existing.length) {
          const old = sql.join(
            existing.map((r: any) => sql`${Number(Array.isArray(r) ? r[0] : r.id)}`),
            sql`, `,
          )
          await db.run(sql`DELETE FROM search_fts WHERE rowid IN (${old})`)
          await db.run(sql`DELETE FROM search_title WHERE rowid IN (${old})`)
          await db.run(sql`DELETE FROM search_chars WHERE rowid IN (${old})`)
        }
        // Each text is tokenised once, its characters collected in the same pass.
        const tokens = batch.map((e) => {
          const title = indexStream(e.title)
          const body = indexStream(e.body)
          return {
            id: Number(e.id),
            title: title.stream,
            body: body.stream,
            titleChars: title.chars,
            bodyChars: body.chars,
          }
        })
        const streams = sql.join(
          tokens.map((t) => sql`(${t.id}, ${t.title}, ${t.body})`),
          sql`, `,
        )
        await db.run(sql`INSERT INTO search_fts (rowid, title, body) VALUES ${streams}`)
        const titles = sql.join(
          tokens.map((t) => sql`(${t.id}, ${t.title})`),
          sql`, `,
        )
        await db.run(sql`INSERT INTO search_title (rowid, title) VALUES ${titles}`)
        const chars = sql.join(
          tokens.map((t) => sql`(${t.id}, ${t.titleChars}, ${t.bodyChars})`),
          sql`, `,
        )
        await db.run(sql`INSERT INTO search_chars (rowid, title, body) VALUES ${chars}`)
        const texts = sql.join(
          batch.map((e) => sql`(${Number(e.id)}, ${e.title}, ${e.body})`),
          sql`, `,
        )
        await db.run(
          sql`INSERT INTO search_text (id, title, body) VALUES ${texts}
              ON CONFLICT (id) DO UPDATE SET title = excluded.title, body = excluded.body`,
        )
      }
    },

    async remove(req, ids) {
      if (!ids.length) return
      const db = await writer(req as Req)
      for (const batch of chunks(ids.map(Number), BATCH)) {
        const list = sql.join(
          batch.map((id) => sql`${id}`),
          sql`, `,
        )
        const existing = await db.all(sql`SELECT id FROM search_text WHERE id IN (${list})`)
        if (!existing.length) continue
        await db.run(sql`DELETE FROM search_fts WHERE rowid IN (${list})`)
        await db.run(sql`DELETE FROM search_title WHERE rowid IN (${list})`)
        await db.run(sql`DELETE FROM search_chars WHERE rowid IN (${list})`)
        await db.run(sql`DELETE FROM search_text WHERE id IN (${list})`)
      }
    },

    async match(payload, query, field = 'any') {
      if (!query.all.length) return []
      const q = matchQuery(query, field)
      const reader = readerOf(payload)
      if (reader) return reader.ids(q)
      // No file to open a reader on (an in-memory database): the statement with its values
      // written in, through the client.
      const values = [...q.params.map((p) => `'${p.replace(/'/g, "''")}'`), ...EVERY_ROW]
      const rows = await (payload.db as any).drizzle.all(
        sql.raw(q.sql.replace(/\?(\d+)/g, (_, n: string) => String(values[Number(n) - 1]))),
      )
      const list = rows[0] && (Array.isArray(rows[0]) ? rows[0][0] : Object.values(rows[0])[0])
      return parseIds(
        list instanceof ArrayBuffer
          ? new Uint8Array(list)
          : list instanceof Uint8Array || typeof list === 'string'
            ? list
            : null,
      )
    },

    async texts(payload, ids) {
      const out = new Map<string, { title: string; body: string }>()
      if (!ids.length) return out
      const reader = readerOf(payload)
      if (reader) {
        for (const [id, title, body] of reader.texts(ids.map(Number)))
          out.set(String(id), { title, body })
        return out
      }
      const list = sql.join(
        ids.map((id) => sql`${Number(id)}`),
        sql`, `,
      )
      const rows = await (payload.db as any).drizzle.all(
        sql`SELECT id, title, body FROM search_text WHERE id IN (${list})`,
      )
      for (const r of rows) {
        const [id, title, body] = Array.isArray(r) ? r : [r.id, r.title, r.body]
        out.set(String(id), { title, body })
      }
      return out
    },

    async clear(payload) {
      const db = (payload.db as any).drizzle
      await db.run(sql`INSERT INTO search_fts (search_fts) VALUES ('delete-all')`)
      await db.run(sql`INSERT INTO search_title (search_title) VALUES ('delete-all')`)
      await db.run(sql`INSERT INTO search_chars (search_chars) VALUES ('delete-all')`)
      await db.run(sql`DELETE FROM search_text`)
    },

    async count(payload) {
      const rows = await (payload.db as any).drizzle.all(sql`SELECT count(*) AS n FROM search_text`)
      const r = rows[0]
      return Number(Array.isArray(r) ? r[0] : r.n)
    },
  }
}
