/**
 * The columns of the open-data exports (GET /api/v1/exports/{type}.csv|.jsonl), per type: the
 * summary fields of every document, then the public fields of its type. Plain data and pure
 * functions, no framework import, so what leaves the building can be reviewed in one place.
 *
 * Decisions (licensing, penalty): the party's name, ID number and legal representative are read
 * ONLY from their public forms (`partyNamePublic`, `idNumberPublic`, `legalRepresentativePublic`,
 * masked at write time for natural persons). The raw fields are never read: see FORBIDDEN_FIELDS.
 */
import type { DOCUMENT_TYPES } from './schemas'

export type ExportType = (typeof DOCUMENT_TYPES)[number]
export type ExportValue = string | number | boolean | string[] | null

/**
 * How a source value becomes an export value:
 * text as it is; `date` a day (YYYY-MM-DD); `list` an array of strings; `department` a department
 * id (or ids) turned into codes; `policy` a policy id turned into its public uid.
 */
export type ColumnKind = 'text' | 'number' | 'boolean' | 'date' | 'list' | 'department' | 'policy'
export type Column = {
  name: string
  kind: ColumnKind
  /** dotted path in the source */ path?: string
}

export const SUMMARY_COLUMNS = [
  'uid',
  'type',
  'title',
  'summary',
  'indexNumber',
  'docNumber',
  'departmentCode',
  'departmentName',
  'publishedAt',
  'updatedAt',
  'validity',
  'url',
] as const
export type ExportSummary = Record<(typeof SUMMARY_COLUMNS)[number], string | null>

/** Personal data of natural persons: never a column, never read from the source. */
export const FORBIDDEN_FIELDS = ['partyName', 'idNumber', 'legalRepresentative'] as const

const col = (name: string, kind: ColumnKind = 'text', path?: string): Column =>
  path ? { name, kind, path } : { name, kind }

const LEGAL: Column[] = [
  col('issuingOrgans', 'department'),
  col('signedDate', 'date'),
  col('genre'),
  col('expiredOn', 'date'),
  col('repealedOn', 'date'),
  col('keywords', 'list'),
]

const PARTY: Column[] = [
  col('partyNamePublic'),
  col('partyType'),
  col('creditCode'),
  col('businessRegNo'),
  col('orgCode'),
  col('taxRegNo'),
  col('institutionCertNo'),
  col('socialOrgRegNo'),
  col('legalRepresentativePublic'),
  col('idType'),
  col('idNumberPublic'),
]

const DECISION_SOURCE: Column[] = [
  col('authority'),
  col('authorityCode'),
  col('dataSource'),
  col('dataSourceCode'),
  col('remarks'),
]

export const TYPE_COLUMNS: Record<ExportType, Column[]> = {
  policy: LEGAL,
  regulation: [...LEGAL, col('effectiveDate', 'date')],
  interpretation: [
    col('interprets', 'policy'),
    col('form'),
    col('authorOrgan', 'department'),
    col('videoUrl'),
    col('keywords', 'list'),
  ],
  procedure: [
    col('itemCode'),
    col('implementationCode'),
    col('itemType'),
    col('implementingBody'),
    col('implementingBodyNature'),
    col('serviceObjects', 'list'),
    col('legalTimeLimit', 'number'),
    col('promisedTimeLimit', 'number'),
    col('onSiteVisits', 'number'),
    col('feeCharged', 'boolean', 'fee.charged'),
    col('location'),
    col('hours'),
    col('onlineUrl'),
    col('consultPhone'),
    col('complaintPhone'),
    col('keywords', 'list'),
  ],
  licensing: [
    ...PARTY,
    col('decisionDocName'),
    col('decisionNumber'),
    col('licenseCategory'),
    col('licenseName'),
    col('licenseNumber'),
    col('content'),
    col('decisionDate', 'date'),
    col('validFrom', 'date'),
    col('validUntil', 'date'),
    col('licenseStatus'),
    ...DECISION_SOURCE,
  ],
  penalty: [
    ...PARTY,
    col('decisionNumber'),
    col('violationType'),
    col('violationFacts'),
    col('legalBasis'),
    col('penaltyCategories', 'list'),
    col('penaltyContent'),
    col('fineAmount', 'number'),
    col('confiscatedAmount', 'number'),
    col('suspendedLicense'),
    col('decisionDate', 'date'),
    col('penaltyValidUntil', 'date'),
    col('publicationEndDate', 'date'),
    ...DECISION_SOURCE,
  ],
}

/** The header of an export: summary columns, then the type's. */
export function exportColumns(type: ExportType): string[] {
  return [...SUMMARY_COLUMNS, ...TYPE_COLUMNS[type].map((c) => c.name)]
}

/** The top-level source fields an export of the type reads (a Payload `select`). */
export function sourceSelect(type: ExportType): Record<string, true> {
  return Object.fromEntries(
    TYPE_COLUMNS[type].map((c) => [(c.path ?? c.name).split('.')[0]!, true as const]),
  )
}

export type Lookups = {
  departmentCode: (id: string) => string | null
  policyUid: (id: string) => string | null
}

const idOf = (v: unknown): string | null =>
  v === null || v === undefined
    ? null
    : typeof v === 'object'
      ? idOf((v as { id?: unknown }).id)
      : String(v)

function read(source: Record<string, unknown>, path: string): unknown {
  let value: unknown = source
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return null
    value = (value as Record<string, unknown>)[key]
  }
  return value ?? null
}

function convert(kind: ColumnKind, value: unknown, lookups: Lookups): ExportValue {
  if (value === null || value === undefined || value === '') return kind === 'list' ? [] : null
  switch (kind) {
    case 'text':
      return typeof value === 'object' ? JSON.stringify(value) : String(value)
    case 'number':
      return typeof value === 'number' ? value : Number(value)
    case 'boolean':
      return Boolean(value)
    case 'date':
      return (value instanceof Date ? value.toISOString() : String(value)).slice(0, 10)
    case 'list':
      return (Array.isArray(value) ? value : [value]).map(String)
    case 'department': {
      const ids = Array.isArray(value) ? value : [value]
      const codes = ids.map((v) => lookups.departmentCode(idOf(v) ?? '')).filter(Boolean)
      return Array.isArray(value) ? (codes as string[]) : (codes[0] ?? null)
    }
    case 'policy':
      return lookups.policyUid(idOf(value) ?? '')
  }
}

/**
 * One export record's values in column order (exportColumns): the summary, then the type's public
 * fields. An array, not an object with dozens of keys added one by one: over 100,000 rows such
 * objects cost ~60 µs each and most of the export's garbage (measured).
 */
export function exportValues(
  type: ExportType,
  summary: ExportSummary,
  source: Record<string, unknown>,
  lookups: Lookups,
): ExportValue[] {
  const values: ExportValue[] = SUMMARY_COLUMNS.map((name) => summary[name])
  for (const column of TYPE_COLUMNS[type])
    values.push(convert(column.kind, read(source, column.path ?? column.name), lookups))
  return values
}

/** One export record as an object (column name → value). */
export function exportRow(
  type: ExportType,
  summary: ExportSummary,
  source: Record<string, unknown>,
  lookups: Lookups,
): Record<string, ExportValue> {
  const columns = exportColumns(type)
  const values = exportValues(type, summary, source, lookups)
  return Object.fromEntries(columns.map((name, i) => [name, values[i]!]))
}

/** A JSON Lines record written from values, with the column names quoted once per export. */
export function jsonLine(quotedNames: string[], values: ExportValue[]): string {
  let line = '{'
  for (let i = 0; i < values.length; i++)
    line += `${i ? ',' : ''}${quotedNames[i]}:${JSON.stringify(values[i] ?? null)}`
  return `${line}}\n`
}

/** CSV cells of values: lists joined with "; ", nothing as an empty cell. */
export function valueCells(values: ExportValue[]): string[] {
  return values.map((v) => (v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v)))
}

/** A record as CSV cells: lists joined with "; ", nothing as an empty cell. */
export function csvCells(row: Record<string, ExportValue>): string[] {
  return Object.values(row).map((v) =>
    v === null ? '' : Array.isArray(v) ? v.join('; ') : String(v),
  )
}
