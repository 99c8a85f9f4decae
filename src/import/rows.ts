/**
 * One imported row → the data of a licensing or penalty decision, validated as the collection
 * would validate it (so a row either imports or is reported, never half-fails in the database),
 * or the list of what is wrong with it, each problem naming the file's own column title.
 *
 * Values are normalised on the way: dates in the common forms (2026-11-02, 2026/11/2, 20261102,
 * 2026年11月2日, 2026.11.2, with or without a time) become YYYY-MM-DD; amounts are 万元 (a trailing
 * 万元 is accepted, thousands separators dropped); labels (自然人, 核准, 罚款、警告) become option
 * values; full-width ASCII is folded in codes and numbers. The fingerprint of the normalised data
 * makes re-imports idempotent.
 */
import { createHash } from 'node:crypto'

import { isValidWanAmount, roundWan } from '../domain/amounts'
import { docNumberKey, toHalfWidth } from '../domain/doc-number'
import { isNaturalPerson } from '../domain/masking'
import { isValidResidentId } from '../domain/resident-id'
import {
  COLUMNS,
  type ColumnSpec,
  type DecisionKind,
  describeColumn,
  type HeaderMapping,
  ID_TYPE_LABELS,
  LICENSE_CATEGORY_LABELS,
  LICENSE_STATUS_LABELS,
  mapHeader,
  normaliseLabel,
  PARTY_TYPE_LABELS,
  PENALTY_CATEGORY_LABELS,
} from './columns'

export type RowError = {
  /** The row number as a person sees it in the file. */
  line: number
  /** The file's own column title ('' for a problem with the whole row). */
  column: string
  /** The value as it was in the file. */
  value: string
  message: string
}

export type DecisionData = Record<string, string | number | string[] | null>

export type RowResult =
  | {
      ok: true
      line: number
      data: DecisionData
      /** The decision number as given (trimmed), the idempotency key with the department. */
      decisionNumber: string
      /** The decision number's comparison key (widths, brackets and spaces folded). */
      decisionKey: string
      fingerprint: string
    }
  | { ok: false; line: number; errors: RowError[] }

/** Largest amount the collections accept (万元). */
export const MAX_WAN = 10_000_000

const CREDIT_CODE = /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/

/* ----------------------------------------------------------------------------------- values */

/**
 * A date in one of the forms people and business systems write: YYYY-MM-DD, YYYY/M/D, YYYY.M.D,
 * YYYYMMDD, YYYY年M月D日, each optionally followed by a time (ignored), or a Date. Returns
 * YYYY-MM-DD, or null when it is not a real calendar date.
 */
export function parseDate(value: unknown): string | null {
  if (value instanceof Date) {
    return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10)
  }
  if (value === null || value === undefined) return null
  const text = toHalfWidth(String(value)).trim()
  const match =
    /^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[T\s].*)?$/.exec(text) ??
    /^(\d{4})(\d{2})(\d{2})(?:[T\s].*)?$/.exec(text)
  if (!match) return null
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])]
  if (y < 1949 || y > 2200 || m < 1 || m > 12 || d < 1) return null
  const date = new Date(Date.UTC(y, m - 1, d))
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null
  return date.toISOString().slice(0, 10)
}

/**
 * An amount in 万元: a number, or text such as "1.5", "1,234.5", "１２万元", "0.2万". Yuan are not
 * guessed: "2000元" is refused, since the column is in 万元. Returns null when it is not an amount.
 */
export function parseAmount(value: unknown): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null
  if (value === null || value === undefined) return null
  let text = toHalfWidth(String(value)).replace(/\s+/g, '')
  text = text.replace(/万元?$/, '')
  if (!/^\d{1,3}(,\d{3})+(\.\d+)?$|^\d+(\.\d+)?$|^\.\d+$/.test(text)) return null
  return Number(text.replace(/,/g, ''))
}

/** "长期", "长期有效", "无固定期限", "-" and friends: no end date. */
const OPEN_ENDED = new Set([
  '长期',
  '长期有效',
  '无期限',
  '无固定期限',
  '永久',
  '永久有效',
  '-',
  '/',
  '无',
])

function isBlank(value: unknown): boolean {
  return value === null || value === undefined || String(value).trim() === ''
}

function display(value: unknown): string {
  if (value === null || value === undefined) return ''
  if (value instanceof Date) return value.toISOString()
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/* ------------------------------------------------------------------------------------ rows */

type Cell = { spec: ColumnSpec; title: string; value: unknown }

/**
 * Validates one record (keyed by the file's column titles). `mapping` is the file's header
 * mapping (CSV, XLSX); without one (JSON Lines) each record's keys are mapped on their own.
 */
export function validateRow(
  kind: DecisionKind,
  item: { line: number; record: Record<string, unknown> },
  mapping?: HeaderMapping,
): RowResult {
  const { line, record } = item
  const map = mapping ?? mapHeader(kind, Object.keys(record), { requireAll: false })
  const cells = new Map<string, Cell>()
  for (const [title, spec] of map.columns) {
    if (!cells.has(spec.code)) cells.set(spec.code, { spec, title, value: record[title] })
  }
  const errors: RowError[] = []
  const data: DecisionData = {}
  const titleOf = (field: string) => {
    const spec = COLUMNS[kind].find((s) => s.field === field)!
    return cells.get(spec.code)?.title ?? describeColumn(spec)
  }
  const valueOf = (field: string) => {
    const spec = COLUMNS[kind].find((s) => s.field === field)!
    return display(cells.get(spec.code)?.value)
  }
  const fail = (field: string, message: string) =>
    errors.push({ line, column: titleOf(field), value: valueOf(field), message })

  for (const spec of COLUMNS[kind]) {
    if (!spec.field) continue
    const cell = cells.get(spec.code)
    const raw = cell?.value
    if (isBlank(raw)) {
      if (spec.required) fail(spec.field, '必填 (required)')
      continue
    }
    const converted = convert(spec, raw)
    if ('error' in converted) fail(spec.field, converted.error)
    else if (converted.value !== undefined) data[spec.field] = converted.value
  }

  // The rules the collections check across fields.
  if (isNaturalPerson(data.partyType as string)) {
    if (!data.idType && !errors.some((e) => e.column === titleOf('idType')))
      fail('idType', '自然人须填写证件类型 (a natural person needs an ID type)')
    if (!data.idNumber && !errors.some((e) => e.column === titleOf('idNumber')))
      fail('idNumber', '自然人须填写证件号码 (a natural person needs an ID number)')
    if (data.idNumber && data.idType === 'resident_id') {
      data.idNumber = String(data.idNumber).replace(/\s+/g, '').toUpperCase()
      if (!isValidResidentId(data.idNumber)) {
        fail(
          'idNumber',
          '居民身份证号码无效（18位，校验位不符或出生日期有误）(not a valid resident ID number)',
        )
      }
    }
  }
  if (data.creditCode !== undefined) {
    data.creditCode = String(data.creditCode).replace(/\s+/g, '').toUpperCase()
    if (!CREDIT_CODE.test(data.creditCode)) {
      fail(
        'creditCode',
        '统一社会信用代码应为18位（数字或大写字母）(a unified social credit code has 18 characters)',
      )
    }
  }
  if (kind === 'licensing') {
    if (data.validUntil && data.validFrom && data.validUntil < data.validFrom)
      fail('validUntil', '有效期至不能早于有效期自 (valid until is before valid from)')
  } else {
    if (
      data.publicationEndDate &&
      data.decisionDate &&
      data.publicationEndDate <= data.decisionDate
    )
      fail(
        'publicationEndDate',
        '公示截止期应晚于处罚决定日期 (publication must end after the decision date)',
      )
    const categories = (data.penaltyCategories as string[] | undefined) ?? []
    if (categories.includes('fine') && data.fineAmount === undefined && !hasError('fineAmount'))
      fail('fineAmount', '处罚类别含罚款时须填写罚款金额（万元）(a fine needs its amount)')
  }

  function hasError(field: string) {
    return errors.some((e) => e.column === titleOf(field))
  }

  if (errors.length) return { ok: false, line, errors }
  const decisionNumber = String(data.decisionNumber)
  return {
    ok: true,
    line,
    data,
    decisionNumber,
    decisionKey: docNumberKey(decisionNumber)!,
    fingerprint: fingerprint(kind, data),
  }
}

type Converted = { value: DecisionData[string] | undefined } | { error: string }

function convert(spec: ColumnSpec, raw: unknown): Converted {
  switch (spec.type) {
    case 'text':
    case 'longText': {
      let text = (
        typeof raw === 'object' && !(raw instanceof Date) ? JSON.stringify(raw) : String(raw)
      )
        .replace(/\r\n?/g, '\n')
        .trim()
      if (spec.type === 'text') text = text.replace(/\s*\n\s*/g, ' ')
      if (spec.maxLength && text.length > spec.maxLength)
        return { error: `超过${spec.maxLength}字 (longer than ${spec.maxLength} characters)` }
      return { value: text }
    }
    case 'date': {
      if (spec.field === 'validUntil' || spec.field === 'penaltyValidUntil') {
        if (OPEN_ENDED.has(normaliseLabel(String(raw)))) return { value: undefined }
      }
      const date = parseDate(raw)
      return date
        ? { value: date }
        : { error: '日期无效，应如 2026-11-02、2026/11/2、20261102 或 2026年11月2日 (not a date)' }
    }
    case 'amount': {
      const amount = parseAmount(raw)
      if (amount === null)
        return { error: '金额应为数字，单位万元 (an amount in 万元, e.g. 0.2 for 2,000 yuan)' }
      if (amount > MAX_WAN || !isValidWanAmount(amount))
        return { error: '金额须为0至1000万万元之间、最多6位小数 (≥ 0, at most 6 decimals)' }
      return { value: roundWan(amount) }
    }
    case 'partyType':
      return label(PARTY_TYPE_LABELS, raw, '法人及非法人组织、个体工商户、自然人')
    case 'idType':
      return label(
        ID_TYPE_LABELS,
        raw,
        '身份证、护照、港澳居民来往内地通行证、台湾居民来往大陆通行证、外国人永久居留身份证、其他',
      )
    case 'licenseCategory':
      return label(LICENSE_CATEGORY_LABELS, raw, '普通、特许、认可、核准、登记、其他')
    case 'licenseStatus':
      return label(LICENSE_STATUS_LABELS, raw, '有效(1)、无效(2)、撤销')
    case 'penaltyCategories': {
      const names = toHalfWidth(String(raw))
        .split(/[、,;/|\s]+/)
        .filter(Boolean)
      const values: string[] = []
      for (const name of names) {
        const value = lookupLabel(PENALTY_CATEGORY_LABELS, name)
        if (!value) return { error: `未知的处罚类别“${name}” (unknown penalty category)` }
        if (!values.includes(value)) values.push(value)
      }
      values.sort((a, b) => CATEGORY_ORDER.indexOf(a) - CATEGORY_ORDER.indexOf(b))
      return values.length ? { value: values } : { error: '必填 (required)' }
    }
  }
}

/** Penalty categories in the order of the collection's options (a stable fingerprint). */
const CATEGORY_ORDER = [...new Set(PENALTY_CATEGORY_LABELS.values())]

/** A label, or "其他-具体类别" (the standard's way to name another category), to its value. */
function lookupLabel(labels: Map<string, string>, raw: unknown): string | undefined {
  const text = normaliseLabel(String(raw))
  return labels.get(text) ?? (/^其他[-:：(（]/.test(text) ? labels.get('其他') : undefined)
}

function label(labels: Map<string, string>, raw: unknown, allowed: string): Converted {
  const value = lookupLabel(labels, raw)
  return value ? { value } : { error: `无法识别“${String(raw).trim()}”，应为：${allowed}` }
}

/* ------------------------------------------------------------------------------ idempotency */

/** Keys sorted at every level, so the same data always serialises the same way. */
function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort()
        .map((k) => [k, canonical((value as Record<string, unknown>)[k])]),
    )
  }
  return value
}

/** SHA-256 (hex) of the normalised decision data: equal data, equal fingerprint. */
export function fingerprint(kind: DecisionKind, data: DecisionData): string {
  const present = Object.fromEntries(
    Object.entries(data).filter(([, v]) => v !== undefined && v !== null && v !== ''),
  )
  return createHash('sha256')
    .update(JSON.stringify(canonical({ kind, data: present })))
    .digest('hex')
}

export type Outcome = 'create' | 'update' | 'unchanged'

/**
 * What importing a valid row does, given the decision already stored under its number in the
 * department (if any) and the fingerprint recorded at its last import (null: edited by hand).
 */
export function outcomeOf(
  existing: { fingerprint?: string | null } | null | undefined,
  rowFingerprint: string,
): Outcome {
  if (!existing) return 'create'
  return existing.fingerprint === rowFingerprint ? 'unchanged' : 'update'
}
