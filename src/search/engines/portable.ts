/**
 * The portable engine: only Payload's query API, so it runs on every adapter (it is the engine
 * for MongoDB, where no database-native index is wired). Each public document has one entry in
 * the `search-entries` collection with its public text and its distinct tokens plus single CJK
 * characters (`terms`, indexed). A query finds candidates holding every token of every term
 * (`all`), then a final check runs each term's pattern (tokenize.ts) over the folded text, so
 * the result is exact: the tokens only narrow the candidates down.
 */
import type { PayloadRequest } from 'payload'

import type { EntryId, SearchEngine, SearchEntry, SearchField } from '../engine'
import { fold, indexTerms, termPattern, type QueryTerm } from '../tokenize'

const SLUG = 'search-entries' as const

const common = (req: Partial<PayloadRequest>) => ({ req, overrideAccess: true, depth: 0 }) as const

/** The tokens a matching entry must hold: a prefix character is held as a single character. */
const requiredTerms = (term: QueryTerm) => [...new Set(term.tokens)]

const occurs = (term: QueryTerm, folded: string) => {
  const re = termPattern(term)
  return re.test(folded)
}

export function portableEngine(): SearchEngine {
  return {
    name: 'portable',

    async upsert(req, entries: SearchEntry[]) {
      const { payload } = req
      for (const e of entries) {
        const doc = String(e.id)
        const data = {
          doc,
          title: e.title,
          body: e.body,
          terms: [...new Set([...indexTerms(e.title), ...indexTerms(e.body)])],
        }
        const existing = (
          await payload.find({
            ...common(req),
            collection: SLUG,
            where: { doc: { equals: doc } },
            limit: 1,
            pagination: false,
            select: { doc: true },
          })
        ).docs[0]
        if (existing)
          await payload.update({ ...common(req), collection: SLUG, id: existing.id, data })
        else await payload.create({ ...common(req), collection: SLUG, data })
      }
    },

    async remove(req, ids) {
      if (!ids.length) return
      await req.payload.delete({
        ...common(req),
        collection: SLUG,
        where: { doc: { in: ids.map(String) } },
      })
    },

    async match(payload, query, field: SearchField = 'any') {
      if (!query.all.length) return []
      // Candidates: entries holding every token, one indexed query per token (the SQL adapters
      // have no `all` for hasMany fields), intersected here; stop as soon as none is left.
      let candidates = null as Set<string> | null
      for (const token of new Set(query.all.flatMap(requiredTerms))) {
        const { docs } = await payload.find({
          collection: SLUG,
          where: { terms: { equals: token } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { doc: true },
        })
        const ids = new Set<string>((docs as any[]).map((d) => d.doc as string))
        const before: Set<string> | null = candidates
        candidates = before ? new Set([...before].filter((id) => ids.has(id))) : ids
        if (!candidates.size) return []
      }
      // The final check, on the folded text of each candidate.
      const out: EntryId[] = []
      const list = [...candidates!]
      for (let i = 0; i < list.length; i += 500) {
        const { docs } = await payload.find({
          collection: SLUG,
          where: { doc: { in: list.slice(i, i + 500) } },
          pagination: false,
          depth: 0,
          overrideAccess: true,
          select: { doc: true, title: true, body: true },
        })
        for (const d of docs as any[]) {
          const title = fold(d.title ?? '')
          const body = field === 'title' ? '' : fold(d.body ?? '')
          const hit = (t: QueryTerm) => occurs(t, title) || (field === 'any' && occurs(t, body))
          if (!query.all.every(hit)) continue
          if (field === 'any' && query.none.some(hit)) continue
          out.push(/^\d+$/.test(d.doc) ? Number(d.doc) : d.doc)
        }
      }
      return out
    },

    async texts(payload, ids) {
      const out = new Map<string, { title: string; body: string }>()
      if (!ids.length) return out
      const { docs } = await payload.find({
        collection: SLUG,
        where: { doc: { in: ids.map(String) } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { doc: true, title: true, body: true },
      })
      for (const d of docs as any[]) out.set(d.doc, { title: d.title ?? '', body: d.body ?? '' })
      return out
    },

    async clear(payload) {
      await payload.delete({
        collection: SLUG,
        where: { doc: { exists: true } },
        overrideAccess: true,
      })
    },

    async count(payload) {
      return (await payload.count({ collection: SLUG, overrideAccess: true })).totalDocs
    },
  }
}
