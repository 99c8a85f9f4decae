/**
 * Queries Payload cannot run are refused with a 400 before they reach the database
 * (security-checks.md 2; test/int/security/payload-fuzz.test.ts).
 *
 * Payload 3.90 checks that a `where` path exists and may be read, but not that the operator and
 * the value suit the field's column: on SQLite and PostgreSQL the database then throws and the
 * client gets a 500 — anonymously, on every collection's REST list, /count, /versions and the
 * GraphQL list queries. Each rule below is such a 500 seen on one or both databases:
 *
 * - `near`, `within`, `intersects` on anything but a point field; `all` on any field (SQL);
 * - an array or object where the operator takes one value (`equals[0]=a&equals[1]=b`);
 * - a value an id or relationship column cannot hold (`department equals abc`, `id in abc`,
 *   `id equals 1.5` on PostgreSQL), `like`/`greater_than` on a relationship; a polymorphic
 *   relationship asked without `{ relationTo, value }` (even `exists`);
 * - a date that is no date (`createdAt greater_than abc`, `0000-00-00T00:00:00Z`);
 * - on PostgreSQL, a select value outside its options (an enum column), a checkbox value that is
 *   no boolean, a string with a NUL byte; `like`/`in`/… on a select or checkbox;
 * - a path into a JSON or rich-text value (`body.root.children…`, SQLite and PostgreSQL differ on
 *   which fail): only `exists` on the field itself is allowed;
 * - a `limit` or `page` that is no safe integer (`limit=1.5`, `page=1e20`), a negative `limit`
 *   or a `page` below 1 (a negative OFFSET, which PostgreSQL refuses).
 *
 * `refuseUnrunnableQueries()` is a Payload plugin adding the check as the first beforeOperation
 * hook of every collection, so REST (lists, /count, /versions, bulk update and delete), GraphQL and
 * Local API calls made for a user are covered alike; queries the server makes for itself
 * (overrideAccess) are left alone. Wiring, in src/config/build-config.ts:
 *   plugins: [refuseUnrunnableQueries()],
 * (`?where=x`, a where that is not JSON, fails in Payload's REST handler before any hook: that is
 * src/server/payload-limits.ts's unparseableBodiesAreClientErrors.)
 */
import type {
  CollectionBeforeOperationHook,
  Config,
  FlattenedField,
  Payload,
  SanitizedCollectionConfig,
} from 'payload'
import { APIError } from 'payload'

/** Payload's operators (payload/src/types/constants.ts validOperators). */
const OPERATORS = new Set([
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
])
/** Operators taking a list (an array, or a comma-separated string). */
const LIST_OPERATORS = new Set(['in', 'not_in', 'all'])
const COMPARISONS = ['greater_than', 'greater_than_equal', 'less_than', 'less_than_equal']
const GEO = new Set(['near', 'within', 'intersects'])

/** Which operators each kind of column answers (what is not listed, the database throws on). */
const ALLOWED: Record<string, Set<string>> = {
  text: new Set([
    'equals',
    'not_equals',
    'in',
    'not_in',
    'exists',
    'like',
    'not_like',
    'contains',
    ...COMPARISONS,
  ]),
  number: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...COMPARISONS]),
  date: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', ...COMPARISONS]),
  id: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'like', ...COMPARISONS]),
  relationship: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains']),
  polymorphic: new Set(['equals', 'not_equals', 'in', 'not_in']),
  select: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists', 'contains']),
  checkbox: new Set(['equals', 'not_equals', 'in', 'not_in', 'exists']),
  json: new Set(['exists']),
  point: new Set(['equals', 'not_equals', 'exists', 'near', 'within', 'intersects']),
}

const TEXT_TYPES = new Set(['text', 'textarea', 'email', 'code'])

type Target =
  | { kind: 'unknown' }
  | { kind: 'id'; idType: string }
  | { kind: 'relationship'; idType: string; hasMany: boolean }
  | { kind: 'polymorphic'; relationTo: string[] }
  | { kind: 'select'; options: Set<string>; hasMany: boolean }
  | { kind: 'json'; nested: boolean }
  | { kind: 'text' | 'number' | 'date' | 'checkbox' | 'point' }

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const collectionConfig = (payload: Payload, slug: string) =>
  (payload.collections as Record<string, { config: SanitizedCollectionConfig } | undefined>)[slug]
    ?.config
const idTypeOf = (payload: Payload, slug: string): string =>
  (collectionConfig(payload, slug) as any)?.customIDType ?? payload.db.defaultIDType

/** The column a `where` path ends on, following groups, arrays, locales and relationships. */
function resolve(
  payload: Payload,
  config: SanitizedCollectionConfig,
  rawPath: string,
  locales: string[],
): Target {
  const segments = rawPath.replace(/__/g, '.').split('.')
  let fields: FlattenedField[] = config.flattenedFields
  let collection = config
  // A versions query names the document's fields under `version.`, the document as `parent`,
  // and has flags of its own. (On the documents themselves Payload refuses these paths.)
  const own = (name: string) => fields.some((f) => f.name === name)
  if (config.versions && segments.length > 1 && segments[0] === 'version' && !own('version'))
    segments.shift()
  else if (config.versions && segments.length === 1 && !own(segments[0]!)) {
    if (segments[0] === 'parent')
      return { kind: 'relationship', idType: idTypeOf(payload, config.slug), hasMany: false }
    if (['latest', 'autosave', 'snapshot'].includes(segments[0]!)) return { kind: 'checkbox' }
  }

  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!
    const last = i === segments.length - 1
    if (segment === 'id' && !fields.some((f) => f.name === 'id'))
      return last ? { kind: 'id', idType: idTypeOf(payload, collection.slug) } : { kind: 'unknown' }
    const field = fields.find((f) => f.name === segment)
    if (!field) return { kind: 'unknown' }
    // `title.zh`: the locale names a column of the same field.
    if ((field as any).localized && locales.includes(segments[i + 1] ?? '')) i++
    const end = i === segments.length - 1
    switch (field.type) {
      case 'group':
      case 'array':
      case 'tab':
        if (end) return { kind: 'unknown' }
        fields = (field as any).flattenedFields
        continue
      case 'relationship':
      case 'upload': {
        const relationTo = (field as any).relationTo as string | string[]
        if (Array.isArray(relationTo)) {
          if (end) return { kind: 'polymorphic', relationTo }
          const next = segments[i + 1]
          if (next === 'relationTo' && i + 1 === segments.length - 1)
            return { kind: 'select', options: new Set(relationTo), hasMany: false }
          if (next === 'value' && i + 1 === segments.length - 1)
            return {
              kind: 'relationship',
              idType: idTypeOf(payload, relationTo[0]!),
              hasMany: Boolean((field as any).hasMany),
            }
          return { kind: 'unknown' }
        }
        if (end || (segments[i + 1] === 'id' && i + 1 === segments.length - 1))
          return {
            kind: 'relationship',
            idType: idTypeOf(payload, relationTo),
            hasMany: Boolean((field as any).hasMany),
          }
        const related = collectionConfig(payload, relationTo)
        if (!related) return { kind: 'unknown' }
        collection = related
        fields = related.flattenedFields
        continue
      }
      case 'json':
      case 'richText':
        return { kind: 'json', nested: !end }
      default:
        if (!end) return { kind: 'unknown' }
        if (TEXT_TYPES.has(field.type)) return { kind: 'text' }
        if (field.type === 'select' || field.type === 'radio')
          return {
            kind: 'select',
            options: new Set(
              ((field as any).options ?? []).map((o: any) => (typeof o === 'string' ? o : o.value)),
            ),
            hasMany: Boolean((field as any).hasMany),
          }
        if (field.type === 'number' || field.type === 'date' || field.type === 'checkbox')
          return { kind: field.type }
        if (field.type === 'point') return { kind: 'point' }
        return { kind: 'unknown' }
    }
  }
  return { kind: 'unknown' }
}

const INTEGER = /^-?\d{1,15}$/
const NUMBER = /^-?(\d+\.?\d*|\.\d+)(e[-+]?\d+)?$/i

function isInteger(v: unknown) {
  return typeof v === 'number' ? Number.isSafeInteger(v) : typeof v === 'string' && INTEGER.test(v)
}
const isNull = (v: unknown) => v === null || v === 'null'

/** Why a value cannot be compared with the target's column, or null when it can. */
function valueProblem(target: Target, op: string, v: unknown, sql: boolean): string | null {
  if (typeof v === 'string' && v.includes('\u0000')) return 'a NUL character'
  if (!sql) return null
  switch (target.kind) {
    case 'id':
    case 'relationship':
      if (target.idType !== 'number') return null
      if (isInteger(v) || (isNull(v) && op !== 'like')) return null
      return 'not an id'
    case 'number':
      if (isNull(v)) return null
      return (typeof v === 'number' && Number.isFinite(v)) ||
        (typeof v === 'string' && NUMBER.test(v) && Number.isFinite(Number(v)))
        ? null
        : 'not a number'
    case 'date': {
      if (isNull(v)) return null
      if (typeof v !== 'string' && typeof v !== 'number') return 'not a date'
      const time = new Date(v).getTime()
      const year = new Date(time).getUTCFullYear()
      return Number.isFinite(time) && year >= 1 && year <= 9999 ? null : 'not a date'
    }
    case 'select':
      return isNull(v) || target.options.has(String(v)) ? null : 'not one of the options'
    case 'checkbox':
      return isNull(v) || ['true', 'false', true, false].includes(v as any) ? null : 'not a boolean'
    case 'polymorphic':
      return isPlainObject(v) &&
        target.relationTo.includes(String(v.relationTo)) &&
        (isInteger(v.value) || typeof v.value !== 'string')
        ? null
        : 'not { relationTo, value }'
    default:
      return null
  }
}

/** Why one `path: { op: operand }` condition cannot run, or null. */
function conditionProblem(target: Target, op: string, operand: unknown, sql: boolean) {
  if (!OPERATORS.has(op)) return null // Payload refuses it (400) itself
  if (GEO.has(op) && target.kind !== 'point') return `${op} needs a point field`
  if (op === 'all' && sql) return 'all is not supported on this database'
  if (target.kind === 'unknown') return null // Payload refuses unknown paths itself
  if (target.kind === 'json' && (target.nested || op !== 'exists'))
    return 'JSON and rich text can only be asked whether they exist'
  if (!ALLOWED[target.kind]!.has(op)) return `${op} does not apply to this field`
  if (op === 'exists')
    return Array.isArray(operand) || isPlainObject(operand) ? 'not a boolean' : null
  if (op === 'contains' && isPlainObject(operand)) return null // nested relationship query: Payload checks it
  if (target.kind === 'polymorphic')
    return LIST_OPERATORS.has(op)
      ? ((Array.isArray(operand) ? operand : [operand])
          .map((v) => valueProblem(target, op, v, sql))
          .find(Boolean) ?? null)
      : valueProblem(target, op, operand, sql)
  let values: unknown[]
  if (LIST_OPERATORS.has(op)) {
    if (isPlainObject(operand)) return 'not a list'
    values = Array.isArray(operand)
      ? operand
      : typeof operand === 'string'
        ? operand.split(',')
        : [operand]
    if (values.some((v) => Array.isArray(v) || isPlainObject(v))) return 'not a list of values'
  } else {
    if (Array.isArray(operand) || isPlainObject(operand)) return 'not a single value'
    values = [operand]
  }
  for (const v of values) {
    const problem = valueProblem(target, op, v, sql)
    if (problem) return problem
  }
  return null
}

/** The first problem in a `where` (and/or nested to any depth), as `path op: reason`. */
export function whereProblem(
  payload: Payload,
  config: SanitizedCollectionConfig,
  where: unknown,
): string | null {
  if (where === undefined || where === null) return null
  if (!isPlainObject(where)) return 'where: not an object'
  const sql = payload.db.name !== 'mongoose'
  const locales = (payload.config.localization || undefined)?.localeCodes ?? []
  for (const [key, constraint] of Object.entries(where)) {
    if (['and', 'or'].includes(key.toLowerCase())) {
      const list = Array.isArray(constraint)
        ? constraint
        : isPlainObject(constraint)
          ? Object.values(constraint)
          : null
      if (!list) return `${key}: not a list of conditions`
      for (const inner of list) {
        const problem = whereProblem(payload, config, inner)
        if (problem) return problem
      }
      continue
    }
    if (!isPlainObject(constraint)) continue // Payload refuses it (400) itself
    const target = resolve(payload, config, key, locales)
    for (const [op, operand] of Object.entries(constraint)) {
      const problem = conditionProblem(target, op, operand, sql)
      if (problem) return `${key.slice(0, 100)} ${op.slice(0, 30)}: ${problem}`
    }
  }
  return null
}

/** `limit` and `page` that a database can use (Payload passes non-integers through). */
export function paginationProblem(args: { limit?: unknown; page?: unknown }): string | null {
  for (const name of ['limit', 'page'] as const) {
    const v = args[name]
    if (v !== undefined && v !== null && !Number.isSafeInteger(v)) return `${name}: not an integer`
  }
  // Either reaches the database as a negative OFFSET (PostgreSQL refuses it).
  if (Number(args.limit ?? 0) < 0) return 'limit: negative'
  if (Number(args.page ?? 1) < 1) return 'page: below 1'
  const limit = Number(args.limit ?? 0)
  const page = Number(args.page ?? 1)
  if (!Number.isSafeInteger(Math.abs(limit) * Math.max(page - 1, 0))) return 'page: too far'
  return null
}

const guard: CollectionBeforeOperationHook = ({ args, collection, overrideAccess, req }) => {
  if (overrideAccess) return args
  const asked = (args ?? {}) as { where?: unknown; limit?: unknown; page?: unknown }
  const problem = whereProblem(req.payload, collection, asked.where) ?? paginationProblem(asked)
  if (problem) throw new APIError(`Invalid query: ${problem}`, 400, undefined, true)
  return args
}

/** A Payload plugin: the guard as the first beforeOperation hook of every collection. */
export function refuseUnrunnableQueries() {
  return (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) => ({
      ...collection,
      hooks: {
        ...collection.hooks,
        beforeOperation: [guard, ...(collection.hooks?.beforeOperation ?? [])],
      },
    })),
  })
}
