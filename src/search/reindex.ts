/**
 * Rebuilds the search index from what is public (`npm run search:reindex`): every published row
 * of `public-documents`, read with its published document, in batches, each batch in its own
 * transaction. The index is emptied first, so searches are incomplete until the rebuild ends.
 */
import type { Payload, PayloadRequest } from 'payload'

import { inOwnTransaction } from '../db/transactions'
import type { SearchEntry } from './engine'
import { searchEngineOf } from './engines'
import { searchTextOf } from './entry'

export type ReindexProgress = (done: number, total: number) => void

export async function reindexSearch(
  payload: Payload,
  { batchSize = 200, onProgress }: { batchSize?: number; onProgress?: ReindexProgress } = {},
): Promise<{ indexed: number; ms: number }> {
  const started = Date.now()
  const engine = searchEngineOf(payload)
  const where = { state: { equals: 'published' } } as const
  const total = (
    await payload.count({ collection: 'public-documents', where, overrideAccess: true })
  ).totalDocs
  await engine.clear(payload)
  onProgress?.(0, total)
  let indexed = 0
  let after: number | string | null = null
  for (;;) {
    const { docs }: { docs: any[] } = await payload.find({
      collection: 'public-documents',
      where: after === null ? where : { and: [where, { id: { greater_than: after } }] },
      sort: 'id',
      limit: batchSize,
      pagination: false,
      depth: 0,
      overrideAccess: true,
    })
    if (!docs.length) break
    after = (docs.at(-1) as any).id
    await inOwnTransaction(payload, async (req) => {
      const entries = await entriesOf(req, docs as any[])
      await engine.upsert(req, entries)
      indexed += entries.length
    })
    onProgress?.(Math.min(indexed, total), total)
  }
  return { indexed, ms: Date.now() - started }
}

/** The entries of projection rows: their published documents read per collection, in one query each. */
async function entriesOf(req: PayloadRequest, rows: any[]): Promise<SearchEntry[]> {
  const bySource = new Map<string, any[]>()
  for (const row of rows) bySource.set(row.source, [...(bySource.get(row.source) ?? []), row])
  const entries: SearchEntry[] = []
  for (const [collection, group] of bySource) {
    const { docs } = await req.payload.find({
      collection: collection as any,
      where: { id: { in: group.map((r) => r.sourceId) } },
      draft: false,
      locale: 'all' as any,
      pagination: false,
      depth: 0,
      overrideAccess: true,
      req,
    })
    const byId = new Map((docs as any[]).map((d) => [String(d.id), d]))
    for (const row of group) {
      const doc = byId.get(String(row.sourceId))
      if (doc) entries.push({ id: row.id, ...searchTextOf(row.type, doc) })
    }
  }
  return entries
}
