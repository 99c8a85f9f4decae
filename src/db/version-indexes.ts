/**
 * Fewer indexes on version tables. Payload gives a collection's version table (`_<slug>_v`) an
 * index for every indexed field of the collection, as `version_<field>`, plus `snapshot` and
 * `published_locale`. The version table keeps history and working copies; what is looked up by a
 * field (published documents, uids, dates) is read from the collection's own table or the public
 * projection. Every index is written on every save, so the ones no query uses only cost: a bulk
 * import of decisions wrote 21 indexes per version row.
 *
 * Kept: `parent` (a document's versions), `latest` (working copies), `created_at` / `updated_at`
 * (history order), unique and multi-column indexes (declared on purpose, e.g. a department's
 * decision numbers), and the columns the staff's draft queries filter on: `_status`,
 * `workflow_state` (review inboxes), `department` (every staff list is per department).
 */
type RawIndex = { name: string; on: string | string[]; unique?: boolean }
type RawTable = { name: string; indexes?: Record<string, RawIndex> }

/** Column names (database names) of single-column version indexes that stay. */
const KEPT_VERSION_COLUMNS = new Set([
  'parent_id',
  'latest',
  'created_at',
  'updated_at',
  'version__status',
  'version_workflow_state',
  'version_department_id',
])

/** Whether a version table's index is one that stays. */
export function keepsVersionIndex(index: RawIndex, column: (key: string) => string): boolean {
  if (index.unique) return true
  if (Array.isArray(index.on)) {
    if (index.on.length !== 1) return true
    return KEPT_VERSION_COLUMNS.has(column(index.on[0]!))
  }
  return KEPT_VERSION_COLUMNS.has(column(index.on))
}

/** Removes the unused indexes of version tables from Payload's raw schema (beforeSchemaInit). */
export function pruneVersionIndexes({ adapter }: { adapter: any }) {
  const tables = adapter.rawTables as Record<string, RawTable & { columns: Record<string, any> }>
  for (const table of Object.values(tables)) {
    if (!/^_.+_v$/.test(table.name) || !table.indexes) continue
    const column = (key: string) => table.columns?.[key]?.name ?? key
    for (const [key, index] of Object.entries(table.indexes))
      if (!keepsVersionIndex(index, column)) delete table.indexes[key]
  }
  return {
    enums: adapter.enums,
    relations: adapter.relations,
    tables: adapter.tables,
  }
}
