/**
 * Bulk reads on SQLite without the client's per-row objects. @libsql/client builds every result
 * row with Object.defineProperty for each column (dictionary-mode objects): on a 100,000-row
 * export that was most of the CPU and of the garbage that inflated the process's memory. For
 * such reads, a read-only connection of the same file returns plain arrays, which a compiled
 * mapper turns into small objects of one shape. Queries are built by drizzle (`toSQL()`), so the
 * table and column names stay Payload's.
 */
import Database from 'libsql'
import type { Payload } from 'payload'
import pg from 'pg'

type Column = { mapFromDriverValue?: (value: unknown) => unknown }
type Mapper = (row: unknown[], decode: Array<(value: unknown) => unknown>) => any

export type RawReader = {
  /**
   * Runs a drizzle select (anything with toSQL) of `columns` (name → drizzle column, in the order
   * of the select) and returns its rows as objects, values decoded as drizzle would.
   */
  all(
    query: { toSQL(): { sql: string; params: unknown[] } },
    columns: Record<string, Column>,
  ): Promise<any[]>
  close(): void
}

const mappers = new Map<string, Mapper>()

/** A function building `{ key0: decode[0](row[0]), … }`: one hidden class for every row. */
function mapperFor(keys: string[]): Mapper {
  const id = keys.join('\u0000')
  let mapper = mappers.get(id)
  if (!mapper) {
    const fields = keys.map((k, i) => `${JSON.stringify(k)}: decode[${i}](row[${i}])`)
    // Compiled once per column list; the keys are our column names, never request input.
    mapper = new Function('row', 'decode', `return {${fields.join(', ')}}`) as Mapper
    mappers.set(id, mapper)
  }
  return mapper
}

const asIs = (value: unknown) => value

function decoders(columns: Record<string, Column>) {
  return Object.keys(columns).map((k) => {
    const column = columns[k]!
    return column.mapFromDriverValue
      ? (value: unknown) => (value === null ? null : column.mapFromDriverValue!(value))
      : asIs
  })
}

/**
 * Dates and times as the text PostgreSQL sends, as drizzle's own driver setup has them (its
 * columns decode from text).
 */
const AS_TEXT = new Set([
  pg.types.builtins.TIMESTAMPTZ,
  pg.types.builtins.TIMESTAMP,
  pg.types.builtins.DATE,
  pg.types.builtins.INTERVAL,
])
const pgTypes = {
  getTypeParser: (oid: number, format?: any) =>
    AS_TEXT.has(oid) ? (value: string) => value : pg.types.getTypeParser(oid, format),
}

/** A raw reader for bulk reads (SQLite file or PostgreSQL pool behind Payload), else null. */
export async function openRawReader(payload: Payload): Promise<RawReader | null> {
  if (payload.db.name === 'postgres') {
    const pool = (payload.db as any).pool as pg.Pool | undefined
    if (!pool) return null
    // Each read through the pool (a client taken and given back per query), rows as arrays. Not
    // one client held for the whole export: with a client checked out for all of a 100,000-row
    // export, V8 promoted ~0.6 MB of each young-generation collection's garbage to the old
    // generation and the server's RSS grew by 100-108 MB before a full collection; through the
    // pool, 9 MB (measured with test/int/public-api/exports-memory.test.ts, server in its own
    // process). Named prepared statements made no difference either way (105.7 MB unnamed).
    return {
      async all(query, columns) {
        const { sql, params } = query.toSQL()
        const result = await pool.query({
          text: sql,
          values: params as any[],
          rowMode: 'array',
          types: pgTypes,
        })
        const map = mapperFor(Object.keys(columns))
        const decode = decoders(columns)
        return (result.rows as unknown[][]).map((row) => map(row, decode))
      },
      close() {},
    }
  }
  const url: string | undefined = (payload.db as any).clientConfig?.url
  if (payload.db.name !== 'sqlite' || !url?.startsWith('file:')) return null
  const db = new Database(url.slice('file:'.length), { readonly: true })
  db.exec('PRAGMA busy_timeout = 5000')
  // One prepared statement per SQL text, reused batch after batch: each prepared statement holds
  // native memory that only a garbage collection of its wrapper would free.
  const statements = new Map<string, any>()
  return {
    async all(query, columns) {
      const { sql, params } = query.toSQL()
      let statement = statements.get(sql)
      if (!statement) {
        // A long-lived reader sees many SQL texts (IN lists of any length): keep it bounded.
        if (statements.size >= 500) statements.clear()
        statement = db.prepare(sql)
        statement.raw(true)
        statements.set(sql, statement)
      }
      const map = mapperFor(Object.keys(columns))
      const decode = decoders(columns)
      return (statement.all(...(params as any[])) as unknown[][]).map((row) => map(row, decode))
    },
    close() {
      db.close()
    },
  }
}

const shared = new WeakMap<Payload, Promise<RawReader | null>>()

/**
 * One raw reader per Payload instance for short reads on every request (the public list), opened
 * on first use and closed by closeSharedRawReader at shutdown. On SQLite it is a read-only
 * connection in WAL mode: every statement sees the latest commit.
 */
export function sharedRawReader(payload: Payload): Promise<RawReader | null> {
  let reader = shared.get(payload)
  if (!reader) {
    reader = openRawReader(payload).catch(() => null)
    shared.set(payload, reader)
  }
  return reader
}

export async function closeSharedRawReader(payload: Payload): Promise<void> {
  const reader = shared.get(payload)
  shared.delete(payload)
  ;(await reader)?.close()
}
