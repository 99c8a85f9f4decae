/**
 * The fast path of an import on the SQL databases: new decisions written a batch at a time, with
 * one multi-row INSERT per table instead of Payload's per-document create (which costs tens of
 * milliseconds a row in queries). Everything a create through Payload writes is written here too,
 * in the same transaction: the document and its locale and hasMany rows, its first version, and,
 * when published, its public projection, search index entry, removal job, webhook deliveries
 * and the public generation; then one audit record per decision, chained as appendAudit chains.
 *
 * The stored values come from the same code the collection runs (decisionPublicForms for the
 * public forms and title, the uid and publication rules as the hooks apply them on create).
 * test/int/import/bulk.test.ts imports one file both ways and compares every table row by row,
 * so a field or hook added to the collections that this path does not know fails that test.
 *
 * Updates of existing decisions stay on Payload's path (a working copy over a published version,
 * change notes: the workflow's rules), as does MongoDB.
 */

import type { Payload, PayloadRequest } from 'payload'

import { auditKey, chain, GENESIS, type AuditFields } from '../audit/chain'
import { actorOf, lockAuditTail } from '../audit/append'
import { directOf } from '../db/sqlite-client'
import { decisionPublicForms } from '../documents/decisions'
import { newUid } from '../fields/uid'
import { sealedForm, sealKey, sealOf } from '../integrity/seal'
import { bumpGeneration } from '../public-api/generation'
import { publicRowOf } from '../public-api/projection'
import { unpublishKey } from '../scheduler/jobs'
import { searchEngineOf } from '../search/engines'
import { searchTextOf } from '../search/entry'
import { matchingSubscriptions, deliveryRows } from '../webhooks/outbox'
import type { DecisionKind } from './columns'
import { type PhaseTimes, timed } from './phases'
import type { DecisionData } from './rows'

/** Payload's table and column naming: penaltyCategories → penalty_categories, a-b → a_b. */
const toSnakeCase = (name: string) =>
  name
    .replace(/-/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()

const TYPE_OF: Record<DecisionKind, string> = { licensing: 'licensing', penalty: 'penalty' }
const SLUG_OF: Record<DecisionKind, string> = {
  licensing: 'licensing-decisions',
  penalty: 'penalty-decisions',
}

/** Date fields of the decision collections (the version table stores them as ISO instants). */
const DATE_FIELDS = new Set([
  'decisionDate',
  'validFrom',
  'validUntil',
  'penaltyValidUntil',
  'publicationEndDate',
])
/** hasMany select fields: a child table of values. */
const MANY_FIELDS = new Set(['penaltyCategories'])
/** Localized fields: the `_locales` table, in the default locale. */
const LOCALIZED = new Set(['title'])

export type BulkContext = {
  department: { id: number | string; code: string | null }
  publish: boolean
  /** One time for the batch: createdAt, updatedAt and (published) publishedAt. */
  now: string
  /** Where the time goes (the benchmark's breakdown). */
  phases?: PhaseTimes
}

export type BulkItem = { data: DecisionData; fingerprint: string; source: string }

/** Whether this database can take the bulk path. */
export function canBulkWrite(payload: Payload): boolean {
  return payload.db.name === 'sqlite' || payload.db.name === 'postgres'
}

/**
 * A new decision as a create through Payload stores it: the imported fields, the defaults, the
 * system fields the hooks set on create, and the public forms.
 */
export function newDecisionDocument(
  kind: DecisionKind,
  item: BulkItem,
  context: BulkContext,
): Record<string, unknown> {
  const { publish, now } = context
  const doc: Record<string, unknown> = {
    uid: newUid(),
    publishedAt: publish ? now : null,
    publicUpdatedAt: publish ? now : null,
    unpublishAt: null,
    workflowState: publish ? 'published' : 'draft',
    publishAt: null,
    submittedBy: null,
    submittedAt: null,
    reviewedBy: null,
    reviewedAt: null,
    reviewComment: null,
    withdrawnNotice: null,
    withdrawnAt: null,
    unpublishedReason: null,
    unpublishedAt: null,
    importFingerprint: item.fingerprint,
    importSource: item.source,
    ...(kind === 'licensing' ? { licenseStatus: 'valid' } : {}),
    ...item.data,
    department: context.department.id,
    majorChange: false,
    changeNote: null,
    changeHistory: [],
    _status: publish ? 'published' : 'draft',
    createdAt: now,
    updatedAt: now,
  }
  if (kind === 'licensing' && (doc.licenseStatus === null || doc.licenseStatus === undefined))
    doc.licenseStatus = 'valid'
  decisionPublicForms(kind)({ data: doc, originalDoc: undefined } as any)
  return doc
}

type Table = Record<string, any>

/** The transaction's drizzle handle. */
async function dbOf(payload: Payload, req: PayloadRequest): Promise<any> {
  const adapter = payload.db as any
  const id = req.transactionID ? await req.transactionID : undefined
  return (id !== undefined && adapter.sessions?.[id]?.db) || adapter.drizzle
}

function tableOf(payload: Payload, name: string): { name: string; table: Table } {
  const adapter = payload.db as any
  const resolved = adapter.tableNameMap.get(name) ?? name
  const table = adapter.tables[resolved]
  if (!table) throw new Error(`no table ${name}`)
  return { name: resolved, table }
}

/**
 * Rows for a multi-row insert: the columns (drizzle property names) and, per row, their values in
 * that order (null where there is no value). Arrays rather than an object per row: fewer
 * allocations for tens of thousands of rows of sixty columns.
 */
type Rows = { keys: readonly string[]; values: unknown[][] }

/** Rows with every column of `keys`, each value read from its item. */
function rowsOf<T>(
  keys: readonly string[],
  items: readonly T[],
  value: (item: T, key: string) => unknown,
): Rows {
  return {
    keys,
    values: items.map((item) => {
      const row = new Array(keys.length)
      for (let i = 0; i < keys.length; i++) row[i] = value(item, keys[i]!) ?? null
      return row
    }),
  }
}

/** Rows of objects with the same keys (those of the first). */
function rowsOfObjects(objects: Array<Record<string, unknown>>): Rows {
  const keys = objects.length ? Object.keys(objects[0]!) : []
  return rowsOf(keys, objects, (object, key) => object[key])
}

/** Column keys (drizzle property names) of a table. */
function columnKeys(table: Table): string[] {
  const columns = (table as any)[Symbol.for('drizzle:Columns')] as
    Record<string, unknown> | undefined
  if (!columns) throw new Error('not a drizzle table')
  return Object.keys(columns)
}

/**
 * A multi-row INSERT through the transaction's own driver connection, bypassing drizzle's query
 * builder (building a 12,000-parameter statement through it cost more than running it). On
 * PostgreSQL the rows travel as one JSON parameter unpacked by json_populate_recordset (a short
 * statement, typed by the table itself); on SQLite, on the writer's own connection, one prepared
 * single-row INSERT kept there and run per row (src/db/sqlite-client.ts: @libsql/client prepared
 * each multi-row statement anew and wrapped every RETURNING row), else as VALUES tuples of
 * parameters (json_each with a `->>` per column re-parsed each row's JSON once per column: 10,000
 * rows took 40% longer).
 * Values go through each column's own driver mapping (booleans, numbers, JSON), so rows are
 * stored as Payload stores them. Returns the `returning` columns of the new rows.
 */
async function insertMany(
  payload: Payload,
  db: any,
  name: string,
  rows: Rows | Array<Record<string, unknown>>,
  returning: readonly string[] = [],
): Promise<Array<Record<string, any>>> {
  const { keys, values } = Array.isArray(rows) ? rowsOfObjects(rows) : rows
  if (!values.length) return []
  const postgres = payload.db.name === 'postgres'
  const table = (payload.db as any).tables[name]
  const columns = (table as any)[Symbol.for('drizzle:Columns')] as Record<string, any>
  const cols = keys.map((key) => {
    const column = columns[key]
    if (!column) throw new Error(`${name} has no column ${key}`)
    return column
  })
  const quote = (identifier: string) => `"${identifier.replace(/"/g, '""')}"`
  const schema = postgres ? (payload.db as any).schemaName : undefined
  const target = schema && schema !== 'public' ? `${quote(schema)}.${quote(name)}` : quote(name)
  const list = cols.map((c) => quote(c.name)).join(', ')
  const tail = returning.length
    ? ` RETURNING ${returning.map((key) => quote(columns[key].name)).join(', ')}`
    : ''
  // PostgreSQL reads JSON columns from the JSON itself; everything else as the driver would bind it.
  const encode = cols.map((c) =>
    postgres && /json/i.test(String(c.columnType))
      ? (value: unknown) => value
      : (value: unknown) => c.mapToDriverValue(value),
  )
  let result: { rows: any[] }
  if (postgres) {
    const payloadRows = values.map((row) => {
      const out: Record<string, unknown> = {}
      for (let i = 0; i < keys.length; i++) {
        const value = row[i]
        out[cols[i].name] = value === null || value === undefined ? null : encode[i]!(value)
      }
      return out
    })
    const text = `INSERT INTO ${target} (${list}) SELECT ${list} FROM json_populate_recordset(NULL::${target}, $1)${tail}`
    result = await db.session.client.query(text, [JSON.stringify(payloadRows)])
  } else {
    // As the driver binds them: booleans as 0 or 1 (toDriver, as @libsql/client's valueToSql).
    const bind = (row: unknown[]) => {
      const out = new Array(keys.length)
      for (let i = 0; i < keys.length; i++) {
        const value = row[i]
        out[i] = value === null || value === undefined ? null : toDriver(encode[i]!(value))
      }
      return out
    }
    const direct = await directOf(db)
    if (direct && returning.every((key) => key === 'id' || keys.includes(key))) {
      // One prepared single-row INSERT, kept on the connection, run per row: the new row's id
      // is its rowid, and the other returned columns are the values just written.
      const statement = direct.statement(
        `INSERT INTO ${target} (${list}) VALUES (${keys.map(() => '?').join(', ')})`,
      )
      const at = returning.map((key) => keys.indexOf(key))
      const out: Array<Record<string, any>> = []
      for (const row of values) {
        const info = statement.run(bind(row))
        if (!returning.length) continue
        const mapped: Record<string, any> = {}
        returning.forEach((key, j) => {
          mapped[key] = key === 'id' ? Number(info.lastInsertRowid) : row[at[j]!]
        })
        out.push(mapped)
      }
      return out
    }
    const client = db.session.tx ?? db.session.client
    result = { rows: [] }
    // SQLite takes at most 32,766 parameters a statement.
    const perStatement = Math.max(1, Math.floor(30_000 / keys.length))
    const tuple = `(${keys.map(() => '?').join(', ')})`
    for (let start = 0; start < values.length; start += perStatement) {
      const chunk = values.slice(start, start + perStatement).map(bind)
      const text = `INSERT INTO ${target} (${list}) VALUES ${chunk.map(() => tuple).join(', ')}${tail}`
      const part = await client.execute({ sql: text, args: chunk.flat() })
      result.rows.push(...(part.rows as any[]))
    }
  }
  if (!returning.length) return []
  return (result.rows as any[]).map((row) => {
    const mapped: Record<string, any> = {}
    for (const key of returning) mapped[key] = row[columns[key].name]
    return mapped
  })
}

/** A value as @libsql/client binds it (its valueToSql, in the default integer mode). */
function toDriver(value: unknown): unknown {
  if (value === null || value === undefined) return null
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new RangeError('not a finite number')
    return value
  }
  if (typeof value === 'boolean') return value ? 1 : 0
  if (value instanceof Date) return value.valueOf()
  if (value instanceof ArrayBuffer) return Buffer.from(value)
  return value
}

const isoDate = (value: unknown) =>
  value === null || value === undefined ? null : new Date(String(value)).toISOString()

/**
 * Creates the decisions of one batch in the request's transaction. Returns their ids in order.
 * Throws (and the caller rolls back and replays the batch through Payload) when the database
 * refuses any row.
 */
export async function bulkCreateDecisions(
  req: PayloadRequest,
  kind: DecisionKind,
  items: readonly BulkItem[],
  context: BulkContext,
): Promise<Array<number | string>> {
  if (!items.length) return []
  const { payload } = req
  const slug = SLUG_OF[kind]
  const base = toSnakeCase(slug)
  const db = await dbOf(payload, req)
  const locale = (payload.config.localization as any)?.defaultLocale ?? 'zh'
  const { phases } = context
  const docs = await timed(phases, 'build documents', async () =>
    items.map((item) => newDecisionDocument(kind, item, context)),
  )

  // The document rows.
  const main = tableOf(payload, base)
  const mainKeys = columnKeys(main.table).filter((k) => k !== 'id')
  const inserted = await timed(phases, 'document rows', () =>
    insertMany(
      payload,
      db,
      main.name,
      rowsOf(mainKeys, docs, (doc, k) => doc[k]),
      ['id', 'uid'],
    ),
  )
  const idByUid = new Map(inserted.map((row) => [row.uid, row.id]))
  const ids = docs.map((doc) => {
    const id = idByUid.get(doc.uid)
    if (id === undefined) throw new Error('an inserted decision did not come back')
    doc.id = id
    return id as number | string
  })
  await timed(phases, 'document child rows', () =>
    writeChildren(payload, db, base, docs, (doc) => doc.id, '', locale),
  )

  // Their first versions.
  const version = tableOf(payload, `_${base}_v`)
  const versionKeys = columnKeys(version.table).filter((k) => k !== 'id')
  const versions = await timed(phases, 'version rows', () =>
    insertMany(
      payload,
      db,
      version.name,
      rowsOf(versionKeys, docs, (doc, k) => {
        if (k === 'parent') return doc.id
        if (k === 'createdAt' || k === 'updatedAt') return context.now
        if (k === 'latest') return true
        if (k === 'snapshot' || k === 'publishedLocale' || k === 'autosave') return null
        if (!k.startsWith('version_')) return null
        const field = k.slice('version_'.length)
        return DATE_FIELDS.has(field) ? isoDate(doc[field]) : doc[field]
      }),
      ['id', 'parent'],
    ),
  )
  const versionIdOf = new Map(versions.map((row) => [row.parent, row.id]))
  await timed(phases, 'version child rows', () =>
    writeChildren(
      payload,
      db,
      `_${base}_v`,
      docs,
      (doc) => versionIdOf.get(doc.id),
      'version_',
      locale,
    ),
  )

  if (context.publish) await publishNew(req, db, kind, slug, docs, context)
  await timed(phases, 'audit records', () => auditCreated(req, slug, docs))
  return ids
}

/** Locale rows and hasMany value rows of documents (or of their versions). */
async function writeChildren(
  payload: Payload,
  db: any,
  base: string,
  docs: Array<Record<string, any>>,
  parentOf: (doc: Record<string, any>) => unknown,
  prefix: '' | 'version_',
  locale: string,
) {
  const locales = tableOf(payload, `${base}_locales`)
  const localeRows = docs.map((doc) => {
    const row: Record<string, unknown> = { _locale: locale, _parentID: parentOf(doc) }
    for (const field of LOCALIZED) row[`${prefix}${field}`] = doc[field] ?? null
    return row
  })
  await insertMany(payload, db, locales.name, localeRows)
  for (const field of MANY_FIELDS) {
    const rows = docs.flatMap((doc) =>
      Array.isArray(doc[field])
        ? (doc[field] as unknown[]).map((value, i) => ({
            order: i + 1,
            parent: parentOf(doc),
            value,
          }))
        : [],
    )
    if (!rows.length) continue
    const child = tableOf(payload, `${base}_${prefix}${toSnakeCase(field)}`)
    await insertMany(payload, db, child.name, rows)
  }
}

/** What a publication through Payload adds: projection, index, removal job, outbox, generation. */
async function publishNew(
  req: PayloadRequest,
  db: any,
  kind: DecisionKind,
  slug: string,
  docs: Array<Record<string, any>>,
  context: BulkContext,
) {
  const { payload } = req
  const type = TYPE_OF[kind]
  const published: Array<Record<string, any>> = docs.map((doc) => ({
    ...doc,
    title: { [localeOf(payload)]: doc.title },
  }))
  const projection = tableOf(payload, 'public_documents')
  const projectionKeys = columnKeys(projection.table).filter((k) => k !== 'id')
  const key = sealKey(payload.secret)
  const rows = published.map((doc) => {
    const row = publicRowOf(slug, doc.id, doc, { code: context.department.code }, [])
    return {
      ...row,
      seal: sealOf(key, sealedForm(row, doc)),
      version: 1,
      createdAt: context.now,
      updatedAt: context.now,
    }
  })
  const projected = await timed(context.phases, 'public projection', () =>
    insertMany(
      payload,
      db,
      projection.name,
      rowsOf(projectionKeys, rows, (row, k) => (row as any)[k]),
      ['id', 'key'],
    ),
  )
  const rowIdOf = new Map(projected.map((row) => [row.key, row.id]))
  const entries = await timed(context.phases, 'search text', async () =>
    published.map((doc) => ({
      id: rowIdOf.get(`${slug}:${doc.id}`),
      ...searchTextOf(type, doc),
    })),
  )
  await timed(context.phases, 'search index', () => searchEngineOf(payload).upsert(req, entries))

  // Removal at the end of publication (penalties): one pending job per decision.
  const removals = docs.filter((doc) => doc.unpublishAt)
  if (removals.length) {
    const jobs = tableOf(payload, 'scheduled_jobs')
    const jobKeys = columnKeys(jobs.table).filter((k) => k !== 'id')
    await insertMany(
      payload,
      db,
      jobs.name,
      rowsOf(
        jobKeys,
        removals.map((doc) => {
          const due = new Date(doc.unpublishAt).toISOString()
          const job: Record<string, unknown> = {
            key: unpublishKey(slug, doc.id),
            kind: 'unpublish',
            targetCollection: slug,
            targetId: String(doc.id),
            versionId: null,
            dueAt: due,
            runAfter: due,
            state: 'pending',
            attempts: 0,
            requestedBy: (req.user as any)?.email ?? null,
            createdAt: context.now,
            updatedAt: context.now,
          }
          return job
        }),
        (job, k) => job[k],
      ),
    )
  }

  // Department sites subscribed to this department hear of each new decision.
  const departmentId = String(context.department.id)
  const subscriptions = await matchingSubscriptions(req, 'document.published', departmentId)
  if (subscriptions.length) {
    const deliveries = tableOf(payload, 'webhook_deliveries')
    const deliveryKeys = columnKeys(deliveries.table).filter((k) => k !== 'id')
    await insertMany(
      payload,
      db,
      deliveries.name,
      rowsOf(
        deliveryKeys,
        published.flatMap((doc) =>
          deliveryRows(payload, 'document.published', subscriptions, {
            uid: doc.uid,
            type,
            version: 1,
            departmentId,
          }).map((row) => {
            const full: Record<string, unknown> = {
              ...row,
              createdAt: context.now,
              updatedAt: context.now,
            }
            return full
          }),
        ),
        (full, k) => full[k],
      ),
    )
  }
  await bumpGeneration(req)
}

function localeOf(payload: Payload): string {
  return (payload.config.localization as any)?.defaultLocale ?? 'zh'
}

/** One audit record per new decision, chained after the last one (as appendAudit does). */
async function auditCreated(req: PayloadRequest, slug: string, docs: Array<Record<string, any>>) {
  const { payload } = req
  const last = await lockAuditTail(req)
  let seq = last?.seq ?? 0
  let previous = last?.hash ?? GENESIS
  const key = auditKey(payload.config.secret)
  const actor = actorOf(req)
  const action = `workflow.${String(req.context?.workflowAction ?? 'import')}`
  const records = docs.map((doc) => {
    const fields: AuditFields = {
      seq: ++seq,
      at: new Date().toISOString(),
      ...actor,
      department: String(doc.department),
      collection: slug,
      targetId: String(doc.id),
      targetUid: doc.uid,
      result: 'success',
      action,
      changedFields: Object.keys(doc).filter(
        (k) => k !== 'createdAt' && k !== 'updatedAt' && doc[k] !== null && doc[k] !== undefined,
      ),
      detail: { status: doc._status ?? null, workflowState: doc.workflowState ?? null },
    } as AuditFields
    const record = chain(key, fields, previous)
    previous = record.hash
    return record
  })
  const audit = tableOf(payload, 'audit_log')
  const auditKeys = columnKeys(audit.table).filter((k) => k !== 'id')
  const db = await dbOf(payload, req)
  await insertMany(
    payload,
    db,
    audit.name,
    rowsOf(auditKeys, records, (record: any, k) =>
      k === 'createdAt' || k === 'updatedAt' ? record.at : record[k],
    ),
  )
}

/**
 * The latest version of every decision of a department (number, import fingerprint, workflow
 * state): what an import compares its rows with. One plain SELECT instead of Payload's draft query,
 * which runs every field's read hooks on tens of thousands of documents.
 */
export async function latestDecisionVersions(
  payload: Payload,
  kind: DecisionKind,
  department: number | string,
): Promise<
  Array<{
    id: number | string
    decisionNumber: string | null
    fingerprint: string | null
    workflowState: string | null
  }>
> {
  const postgres = payload.db.name === 'postgres'
  const base = toSnakeCase(SLUG_OF[kind])
  const { name } = tableOf(payload, `_${base}_v`)
  const text =
    `SELECT parent_id, version_decision_number, version_import_fingerprint, version_workflow_state ` +
    `FROM "${name}" WHERE latest = ${postgres ? 'true' : '1'} AND version_department_id = ${postgres ? '$1' : '?'}`
  const adapter = payload.db as any
  const result = postgres
    ? await adapter.pool.query(text, [department])
    : await adapter.client.execute({ sql: text, args: [department] })
  return (result.rows as any[]).map((row) => ({
    id: row.parent_id,
    decisionNumber: row.version_decision_number ?? null,
    fingerprint: row.version_import_fingerprint ?? null,
    workflowState: row.version_workflow_state ?? null,
  }))
}
