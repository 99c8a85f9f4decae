/**
 * What every search engine does, whatever database it runs on. An engine keeps one entry per
 * public document (keyed by the id of its `public-documents` row), written in the transaction of
 * the change, and answers one question: which entries match these terms? Filters, facets,
 * ranking, paging and highlights are the service's (service.ts), the same for every engine.
 */
import type { Payload, PayloadRequest } from 'payload'

import type { ParsedQuery } from './tokenize'

export type EntryId = number | string

/**
 * The ids a match returns. The SQL engines return an Int32Array: on a common word that is tens
 * of thousands of ids, and filling a typed array costs a fraction of growing a plain one.
 */
export type IdList = ArrayLike<EntryId> & Iterable<EntryId>

export interface SearchEntry {
  /** The id of the document's `public-documents` row. */
  id: EntryId
  /** Every title of the document (each locale), as public text. */
  title: string
  /** Everything else that is public and searchable: number, summary, body, fields (masked). */
  body: string
}

export type SearchField = 'any' | 'title'

export interface SearchEngine {
  readonly name: 'sqlite-fts5' | 'postgres' | 'portable'
  /** Writes (replaces) entries, in req's transaction when there is one. */
  upsert(req: Partial<PayloadRequest> & { payload: Payload }, entries: SearchEntry[]): Promise<void>
  remove(req: Partial<PayloadRequest> & { payload: Payload }, ids: EntryId[]): Promise<void>
  /**
   * The ids of entries where every term of `query.all` occurs and none of `query.none` does,
   * exactly (tokenize.ts: a term occurs where termPattern finds it). `field: 'title'` looks
   * in titles only. `query.all` is never empty.
   */
  match(payload: Payload, query: ParsedQuery, field?: SearchField): Promise<IdList>
  /** The stored public text of entries (for snippets), keyed by String(id); unknown ids absent. */
  texts(payload: Payload, ids: EntryId[]): Promise<Map<string, { title: string; body: string }>>
  /** Drops every entry (before a full rebuild). */
  clear(payload: Payload): Promise<void>
  /** How many entries the index holds. */
  count(payload: Payload): Promise<number>
}
