/**
 * The facts search filters, counts and sorts by, for every public document, held in memory by
 * each process: type, department, topics, validity, publication and removal times. An engine
 * answers "which documents contain these words"; everything after that (filters, the five facet
 * counts, ranking, paging) runs here over plain arrays, the same for every engine, in a few
 * milliseconds even when a common word matches most of the corpus.
 *
 * Freshness: the snapshot follows the public generation (public-api/generation.ts). After a
 * commit in this process it is stale at once; another process's commit is noticed by reading the
 * generation at most every `checkMs`. A refresh reads only rows changed since the last one (by
 * `updatedAt`, with a margin for transactions that committed late), and everything every
 * `fullEveryMs`.
 */
import { and, gte } from '@payloadcms/db-sqlite/drizzle'
import type { Payload } from 'payload'

import { openRawReader } from '../db/raw-reader'
import { onPublicCommit, readGeneration } from '../public-api/generation'
import { DOCUMENT_TYPES } from '../public-api/schemas'

export const TYPES = DOCUMENT_TYPES
export const VALIDITIES = ['valid', 'expired', 'repealed'] as const

const NONE = 255

export class SearchSnapshot {
  /** Row id → slot: small integer ids (SQL) in a typed array (slot + 1), others in a map. */
  private slotByNumber = new Int32Array(1024)
  private slotByString = new Map<string, number>()
  ids: Array<number | string> = []
  uid: string[] = []
  type = new Uint8Array(1024)
  /**
   * Departments and topics are interned: per slot an index into `departmentIds` (-1: none) and
   * indexes into `topicCodes`, so that counting facets is array arithmetic, not map lookups.
   */
  departmentIds: string[] = []
  private departmentIndex = new Map<string, number>()
  department = new Int32Array(1024)
  topicCodes: string[] = []
  private topicIndex = new Map<string, number>()
  topics: Array<number[] | null> = []
  /** UTC year of publication (0: none). */
  year = new Uint16Array(1024)
  validity = new Uint8Array(1024)
  publishedAt = new Float64Array(1024)
  /** NaN when none. */
  unpublishAt = new Float64Array(1024)
  published = new Uint8Array(1024)
  size = 0
  /** Topic code → its name per locale (for facet labels). */
  topicNames = new Map<string, { zh: string | null; en: string | null }>()

  private grow(): void {
    const n = this.type.length * 2
    const copy = <T extends Uint8Array | Float64Array>(a: T, make: (n: number) => T) => {
      const b = make(n)
      b.set(a)
      return b
    }
    this.type = copy(this.type, (k) => new Uint8Array(k))
    this.department = copy(this.department as any, (k) => new Int32Array(k) as any) as any
    this.year = copy(this.year as any, (k) => new Uint16Array(k) as any) as any
    this.validity = copy(this.validity, (k) => new Uint8Array(k))
    this.publishedAt = copy(this.publishedAt, (k) => new Float64Array(k))
    this.unpublishAt = copy(this.unpublishAt, (k) => new Float64Array(k))
    this.published = copy(this.published, (k) => new Uint8Array(k))
  }

  /** The slot of a row id, or -1. */
  slot(id: number | string): number {
    const n = typeof id === 'number' ? id : NaN
    if (Number.isInteger(n) && n >= 0)
      return n < this.slotByNumber.length ? this.slotByNumber[n]! - 1 : -1
    return this.slotByString.get(String(id)) ?? -1
  }

  private assign(id: number | string, slot: number): void {
    const n = typeof id === 'number' ? id : /^\d{1,9}$/.test(id) ? Number(id) : NaN
    if (Number.isInteger(n) && n >= 0 && n < 1e9) {
      if (n >= this.slotByNumber.length) {
        const grown = new Int32Array(Math.max(n + 1, this.slotByNumber.length * 2))
        grown.set(this.slotByNumber)
        this.slotByNumber = grown
      }
      this.slotByNumber[n] = slot + 1
    } else this.slotByString.set(String(id), slot)
  }

  put(row: SnapshotRow): void {
    let slot = this.slot(
      typeof row.id === 'string' && /^\d{1,9}$/.test(row.id) ? Number(row.id) : row.id,
    )
    if (slot < 0) {
      slot = this.size++
      if (slot >= this.type.length) this.grow()
      this.assign(row.id, slot)
      this.ids[slot] = row.id
    }
    this.uid[slot] = row.uid
    const t = TYPES.indexOf(row.type as any)
    this.type[slot] = t < 0 ? NONE : t
    this.department[slot] = row.departmentId ? this.intern(row.departmentId, 'department') : -1
    this.topics[slot] = row.topicCodes
      ? [...new Set(row.topicCodes.trim().split(/\s+/))].map((c) => this.intern(c, 'topic'))
      : null
    const v = VALIDITIES.indexOf(row.validity as any)
    this.validity[slot] = v < 0 ? NONE : v
    this.publishedAt[slot] = row.publishedAt ? Date.parse(row.publishedAt) : NaN
    const published = this.publishedAt[slot]!
    this.year[slot] = Number.isNaN(published) ? 0 : new Date(published).getUTCFullYear()
    this.unpublishAt[slot] = row.unpublishAt ? Date.parse(row.unpublishAt) : NaN
    this.published[slot] = row.state === 'published' && t >= 0 ? 1 : 0
  }

  private intern(value: string, kind: 'department' | 'topic'): number {
    const map = kind === 'department' ? this.departmentIndex : this.topicIndex
    const list = kind === 'department' ? this.departmentIds : this.topicCodes
    let i = map.get(value)
    if (i === undefined) {
      i = list.length
      list.push(value)
      map.set(value, i)
    }
    return i
  }

  /** The interned index of a department id or topic code, or -1. */
  indexOf(value: string, kind: 'department' | 'topic'): number {
    return (kind === 'department' ? this.departmentIndex : this.topicIndex).get(value) ?? -1
  }

  /** Public now: published and not past its removal time. */
  visible(slot: number, now: number): boolean {
    if (!this.published[slot]) return false
    const until = this.unpublishAt[slot]!
    return Number.isNaN(until) || until > now
  }
}

export type SnapshotRow = {
  id: number | string
  uid: string
  type: string
  departmentId: string | null
  topicCodes: string | null
  validity: string | null
  state: string
  publishedAt: string | null
  unpublishAt: string | null
  updatedAt: string | null
}

const COLUMNS = [
  'id',
  'uid',
  'type',
  'departmentId',
  'topicCodes',
  'validity',
  'state',
  'publishedAt',
  'unpublishAt',
  'updatedAt',
] as const

/** Rows of public-documents changed since `since` (all when null), as plain objects. */
async function readRows(payload: Payload, since: string | null): Promise<SnapshotRow[]> {
  const adapter = payload.db as any
  const t = adapter.tables?.public_documents
  if (adapter.drizzle && t && COLUMNS.every((c) => t[c])) {
    const columns = Object.fromEntries(COLUMNS.map((c) => [c, t[c]]))
    const query = adapter.drizzle
      .select(columns)
      .from(t)
      .where(since ? and(gte(t.updatedAt, since)) : undefined)
    const raw = await openRawReader(payload)
    try {
      const rows = raw ? await raw.all(query, columns) : await query
      return rows as SnapshotRow[]
    } finally {
      raw?.close()
    }
  }
  const { docs } = await payload.find({
    collection: 'public-documents',
    where: since ? { updatedAt: { greater_than_equal: since } } : {},
    pagination: false,
    depth: 0,
    overrideAccess: true,
    select: Object.fromEntries(COLUMNS.filter((c) => c !== 'id').map((c) => [c, true])) as any,
  })
  return docs as any
}

export type SnapshotOptions = { checkMs: number; fullEveryMs: number; lateCommitMs: number }
const DEFAULTS: SnapshotOptions = { checkMs: 250, fullEveryMs: 10 * 60_000, lateCommitMs: 60_000 }

class Holder {
  snapshot = new SearchSnapshot()
  generation: string | null = null
  stale = true
  checkedAt = 0
  fullAt = 0
  /** When the last refresh started (its rows are read from `refreshedFrom` on). */
  refreshedFrom: number | null = null
  loading: Promise<SearchSnapshot> | null = null

  constructor(
    private payload: Payload,
    private options: SnapshotOptions,
  ) {
    onPublicCommit(payload, () => {
      this.stale = true
    })
  }

  async get(): Promise<SearchSnapshot> {
    const now = Date.now()
    if (!this.stale && now - this.checkedAt >= this.options.checkMs) {
      this.checkedAt = now
      const token = await readGeneration(this.payload)
      if (token !== this.generation) this.stale = true
    }
    if (!this.stale) return this.snapshot
    this.loading ??= this.refresh().finally(() => (this.loading = null))
    return this.loading
  }

  private async refresh(): Promise<SearchSnapshot> {
    this.stale = false
    const started = Date.now()
    this.checkedAt = started
    // Read the token first: a change committed during the read makes the next get() refresh again.
    this.generation = await readGeneration(this.payload)
    const full = this.refreshedFrom === null || started - this.fullAt >= this.options.fullEveryMs
    const since = full
      ? null
      : new Date(this.refreshedFrom! - this.options.lateCommitMs).toISOString()
    const rows = await readRows(this.payload, since)
    const target = full ? new SearchSnapshot() : this.snapshot
    for (const row of rows) target.put(row)
    const topics = await this.payload.find({
      collection: 'topics',
      pagination: false,
      depth: 0,
      locale: 'all' as any,
      overrideAccess: true,
      select: { code: true, name: true } as any,
    })
    target.topicNames = new Map(
      (topics.docs as any[]).map((t) => [
        t.code,
        typeof t.name === 'object' && t.name
          ? { zh: t.name.zh ?? null, en: t.name.en ?? null }
          : { zh: t.name ?? null, en: null },
      ]),
    )
    this.snapshot = target
    this.refreshedFrom = started
    if (full) this.fullAt = started
    return target
  }

  invalidate(): void {
    this.stale = true
  }
}

const holders = new WeakMap<Payload, Holder>()

export function searchSnapshot(
  payload: Payload,
  options: Partial<SnapshotOptions> = {},
): Promise<SearchSnapshot> {
  let holder = holders.get(payload)
  if (!holder) {
    holder = new Holder(payload, { ...DEFAULTS, ...options })
    holders.set(payload, holder)
  }
  return holder.get()
}

/** Marks the snapshot stale (the public cache's reset calls it, as it forgets departments). */
export function forgetSearchSnapshot(payload: Payload): void {
  holders.get(payload)?.invalidate()
}
