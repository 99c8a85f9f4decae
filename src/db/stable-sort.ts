import type { DatabaseAdapterObj } from 'payload'

/**
 * A sort that orders every row: the one asked, then createdAt (what Payload adds), then id.
 *
 * Payload's SQL adapters break ties by createdAt and stop there. A bulk import writes one
 * createdAt for a whole batch, so hundreds of decisions tie on every column a list sorts by, and
 * PostgreSQL returns tied rows in whatever order each query's plan gives (a top-N sort does not
 * keep it from one LIMIT/OFFSET to the next): paging the admin list or REST showed some decisions
 * twice and others never. The id, unique, makes the order total.
 *
 * `sort` is what Payload hands its adapter: undefined, one field, or a list; `-` means descending.
 */
export function totalOrder(
  sort: string | string[] | null | undefined,
  /** Fields whose values are unique (besides id): ordering by one is already total. */
  unique: ReadonlySet<string> = new Set(),
): string[] {
  const asked = (Array.isArray(sort) ? sort : sort ? [sort] : []).filter(Boolean)
  const fields = asked.map((s) => (s.startsWith('-') ? s.slice(1) : s))
  const order = asked.length ? [...asked] : ['-createdAt']
  if (fields.some((f) => f === 'id' || unique.has(f))) return order
  if (asked.length && !fields.includes('createdAt')) order.push('-createdAt')
  order.push('-id')
  return order
}

type Adapter = Record<string, any>

/**
 * The adapter, with a total order on every list read of documents and versions (find,
 * findVersions, queryDrafts, findGlobalVersions). For the SQL adapters: a column Payload cannot
 * resolve (a table without createdAt) is skipped by their order builder, as before.
 */
export function withTotalOrder(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => {
      const adapter = adapterObj.init(args) as unknown as Adapter
      const configOf = (collection: string | undefined) =>
        collection ? adapter.payload?.collections?.[collection]?.config : undefined
      const uniques = new Map<string, Set<string>>()
      const uniqueFieldsOf = (collection: string | undefined): Set<string> => {
        if (!collection) return new Set()
        let found = uniques.get(collection)
        if (!found) {
          const fields: any[] = configOf(collection)?.flattenedFields ?? []
          found = new Set(fields.filter((f) => f.unique && f.name).map((f) => f.name as string))
          uniques.set(collection, found)
        }
        return found
      }
      for (const method of ['find', 'findVersions', 'queryDrafts', 'findGlobalVersions']) {
        const original = adapter[method]
        if (typeof original !== 'function') continue
        adapter[method] = function (this: Adapter, query: Adapter) {
          // find and findVersions fall back to the collection's defaultSort, as Payload does.
          const asked =
            query.sort ??
            (method === 'find' || method === 'findVersions'
              ? configOf(query.collection)?.defaultSort
              : undefined)
          // A unique field orders documents totally; in versions tables nothing is unique.
          const unique = method === 'find' ? uniqueFieldsOf(query.collection) : undefined
          return original.call(this, { ...query, sort: totalOrder(asked, unique) })
        }
      }
      return adapter as any
    },
  }
}
