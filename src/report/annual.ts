/**
 * The annual transparency report (政府信息公开工作年度报告, domain.md "Annual report") as plain
 * functions: the caller passes plain rows (no database here), the result is the data of the fixed
 * tables of 国办公开办函〔2021〕30号 — (2) 主动公开政府信息情况, (3) 收到和处理政府信息公开申请情况,
 * (4) 政府信息公开行政复议、行政诉讼情况 — plus checks. render.ts turns it into HTML and CSV.
 *
 * Which row counts where (all dates are calendar dates 'YYYY-MM-DD', the year is Jan 1 – Dec 31):
 * - Documents (表二, 规章 = `regulation`, 行政规范性文件 = `normative`; other types are ignored):
 *   本年制发件数 = issuedOn in the year; 本年废止件数 = validity `repealed` with repealedOn in the year
 *   (失效 `expired` is not 废止); 现行有效件数 = in force at the end of the year: issued by Dec 31 and
 *   neither repealed nor expired on or before Dec 31 (a document repealed later still counts, so the
 *   figure does not move when the report is regenerated next year). A `repealed`/`expired` row
 *   without its date counts as not in force.
 * - Decisions: 本年处理决定数量 = decisionDate in the year, per kind (licensing, penalty, coercion).
 * - 行政事业性收费: the sum in 万元 of the fee rows dated in the year (rounded, see amounts.ts).
 * - Requests (表三), per applicant column and in 总计:
 *   一、本年新收 = receivedOn in the year;
 *   二、上年结转 = receivedOn before Jan 1 and not answered before Jan 1 (answeredOn null or ≥ Jan 1);
 *   三、本年度办理结果 = answeredOn in the year, in the row of its outcome (and reason); （七）总计 is the
 *   sum of those rows, so a request answered without a valid outcome/reason is in no row and shows
 *   up both as an `unclassified` check and as an identity mismatch;
 *   四、结转下年度继续办理 = receivedOn by Dec 31 and not answered by Dec 31 (answeredOn null or after).
 *   A request whose applicantType is not in the vocabulary is counted nowhere and listed in an
 *   `unknown_applicant_type` check.
 *   The identity 上年结转 + 本年新收 = 办理结果总计 + 结转下年度 is checked per column, and with `previous`
 *   this year's 上年结转 must equal the previous report's 结转下年度 per column. Mismatches are checks
 *   with both numbers (shown in the rendered report), never exceptions.
 * - Reviews and litigation (表四): rows whose `year` is the report year, by kind and result.
 * - Scope: for a department, rows that carry a `departmentCode` different from the scope's code are
 *   left out (rows without one are taken as already scoped by the caller); 'all' or a scope with
 *   `code: null` (the whole government) takes every row.
 */
import { dayNumber, type IsoDate } from '../clocks/calendar'
import { roundWan } from '../domain/amounts'
import { APPLICANT_TYPES, OUTCOMES, type ApplicantType, type OutcomeValue } from '../requests/model'

/** A department, the whole government by name (`code: null`), or 'all' (named 全部). */
export type ReportScope = { code: string | null; name: string } | 'all'

export interface DocumentRow {
  /** 'regulation' (规章) and 'normative' (行政规范性文件) are counted; anything else is ignored. */
  type: string
  /** 制发 date (the caller decides: 成文日期 or first publication). */
  issuedOn: IsoDate | null
  validity: 'valid' | 'expired' | 'repealed'
  repealedOn?: IsoDate | null
  expiredOn?: IsoDate | null
  departmentCode?: string | null
}

export interface DecisionRow {
  kind: 'licensing' | 'penalty' | 'coercion'
  decisionDate: IsoDate
  departmentCode?: string | null
}

export interface FeeRow {
  /** The day the fee was collected (or the closing day of the period it sums). */
  on: IsoDate
  amountWan: number
  departmentCode?: string | null
}

export interface RequestRow {
  /** Shown in checks when the row cannot be placed (tracking code or id). */
  ref?: string
  applicantType: ApplicantType
  receivedOn: IsoDate
  answeredOn: IsoDate | null
  outcome: OutcomeValue | null
  reason: string | null
  departmentCode?: string | null
}

export type ReviewKind = 'review' | 'litigation_direct' | 'litigation_after_review'
export type ReviewResult = 'upheld' | 'corrected' | 'other' | 'pending'

export interface ReviewRow {
  kind: ReviewKind
  result: ReviewResult
  year: number
  departmentCode?: string | null
}

export type ColumnKey = ApplicantType | 'total'
export type ColumnCounts = Record<ColumnKey, number>

/** What is needed of the previous year's stored report (a whole AnnualReport fits). */
export interface PreviousReport {
  year: number
  requests: { carriedForward: ColumnCounts }
}

export interface AnnualReportInput {
  year: number
  scope: ReportScope
  documents: readonly DocumentRow[]
  decisions: readonly DecisionRow[]
  fees: readonly FeeRow[]
  requests: readonly RequestRow[]
  reviews: readonly ReviewRow[]
  previous?: PreviousReport | null
}

export interface DocumentCounts {
  issued: number
  repealed: number
  inForce: number
}

/** 表二 主动公开政府信息情况 */
export interface ProactiveTable {
  regulations: DocumentCounts
  normativeDocuments: DocumentCounts
  licensing: number
  penalty: number
  coercion: number
  feesWan: number
}

export interface ResultRow {
  /** The row title as in the template, e.g. '1.属于国家秘密' or '（一）予以公开'. */
  zh: string
  counts: ColumnCounts
}

export interface ResultGroup {
  outcome: OutcomeValue
  /** '（三）不予公开' etc. */
  zh: string
  /** Sum of the group (the template prints only the reason rows of groups that have reasons). */
  counts: ColumnCounts
  reasons: Array<ResultRow & { reason: string }>
}

/** 表三 收到和处理政府信息公开申请情况 */
export interface RequestsTable {
  received: ColumnCounts
  carriedOver: ColumnCounts
  results: ResultGroup[]
  handledTotal: ColumnCounts
  carriedForward: ColumnCounts
}

export interface ReviewCounts {
  upheld: number
  corrected: number
  other: number
  pending: number
  total: number
}

/** 表四 政府信息公开行政复议、行政诉讼情况 */
export interface ReviewsTable {
  review: ReviewCounts
  litigationDirect: ReviewCounts
  litigationAfterReview: ReviewCounts
}

export type ReportCheck =
  | {
      kind: 'identity'
      column: ColumnKey
      ok: boolean
      /** 上年结转 + 本年新收 */
      expected: number
      /** 办理结果总计 + 结转下年度 */
      actual: number
      message: string
    }
  | {
      kind: 'carried_over'
      column: ColumnKey
      ok: boolean
      /** The previous report's 结转下年度 */
      expected: number
      /** This report's 上年结转 */
      actual: number
      message: string
    }
  | { kind: 'previous_year'; ok: boolean; expected: number; actual: number; message: string }
  | { kind: 'unclassified'; ok: false; refs: string[]; message: string }
  | { kind: 'unknown_applicant_type'; ok: false; refs: string[]; message: string }

export interface AnnualReport {
  year: number
  scope: { code: string | null; name: string }
  proactive: ProactiveTable
  requests: RequestsTable
  reviews: ReviewsTable
  checks: ReportCheck[]
  /** Every check passed. */
  ok: boolean
}

/** The columns of table (3) in template order, then 总计. */
export const REQUEST_COLUMNS: ReadonlyArray<{ key: ColumnKey; zh: string }> = [
  ...APPLICANT_TYPES.map((t) => ({ key: t.value as ColumnKey, zh: t.zh })),
  { key: 'total', zh: '总计' },
]

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十']

/** The template writes 危及“三安全一稳定” with Chinese quotation marks; the vocabulary has ASCII ones. */
export function templateText(zh: string): string {
  let open = true
  return zh.replace(/"/g, () => {
    const mark = open ? '“' : '”'
    open = !open
    return mark
  })
}

/** Extra words the template adds to a row title. */
const TITLE_NOTES: Partial<Record<OutcomeValue, string>> = {
  partly_disclosed: '（区分处理的，只计这一情形，不计其他情形）',
}

function zeros(): ColumnCounts {
  return Object.fromEntries(REQUEST_COLUMNS.map((c) => [c.key, 0])) as ColumnCounts
}

function bump(counts: ColumnCounts, column: ApplicantType): void {
  counts[column]++
  counts.total++
}

function sum(into: ColumnCounts, from: ColumnCounts): void {
  for (const c of REQUEST_COLUMNS) into[c.key] += from[c.key]
}

function inScope(scope: ReportScope, row: { departmentCode?: string | null }): boolean {
  if (scope === 'all' || scope.code === null) return true
  return row.departmentCode == null || row.departmentCode === scope.code
}

export function computeAnnualReport(input: AnnualReportInput): AnnualReport {
  const { year, scope } = input
  if (!Number.isInteger(year) || year < 1000 || year > 9999)
    throw new RangeError(`not a year: ${year}`)
  const first = dayNumber(`${year}-01-01`)
  const last = dayNumber(`${year}-12-31`)
  const inYear = (d: IsoDate | null | undefined) =>
    d != null && dayNumber(d) >= first && dayNumber(d) <= last
  const pick = <T extends { departmentCode?: string | null }>(rows: readonly T[]) =>
    rows.filter((r) => inScope(scope, r))

  // 表二
  const documents = pick(input.documents)
  const countDocuments = (type: string): DocumentCounts => {
    const rows = documents.filter((d) => d.type === type)
    const endedBy = (d: DocumentRow): boolean => {
      if (d.validity === 'valid') return false
      const on = d.validity === 'repealed' ? d.repealedOn : d.expiredOn
      return on == null || dayNumber(on) <= last
    }
    return {
      issued: rows.filter((d) => inYear(d.issuedOn)).length,
      repealed: rows.filter((d) => d.validity === 'repealed' && inYear(d.repealedOn)).length,
      inForce: rows.filter(
        (d) => d.issuedOn != null && dayNumber(d.issuedOn) <= last && !endedBy(d),
      ).length,
    }
  }
  const decisions = pick(input.decisions).filter((d) => inYear(d.decisionDate))
  const decided = (kind: DecisionRow['kind']) => decisions.filter((d) => d.kind === kind).length
  const proactive: ProactiveTable = {
    regulations: countDocuments('regulation'),
    normativeDocuments: countDocuments('normative'),
    licensing: decided('licensing'),
    penalty: decided('penalty'),
    coercion: decided('coercion'),
    feesWan: roundWan(
      pick(input.fees)
        .filter((f) => inYear(f.on))
        .reduce((total, f) => total + f.amountWan, 0),
    ),
  }

  // 表三
  const received = zeros()
  const carriedOver = zeros()
  const carriedForward = zeros()
  const results: ResultGroup[] = OUTCOMES.map((o, i) => ({
    outcome: o.value as OutcomeValue,
    zh: `（${NUMERALS[i]}）${o.zh}${TITLE_NOTES[o.value as OutcomeValue] ?? ''}`,
    counts: zeros(),
    reasons: o.reasons.map((r, j) => ({
      reason: r.value,
      zh: `${j + 1}.${templateText(r.zh)}`,
      counts: zeros(),
    })),
  }))
  const unclassified: string[] = []
  const unknownApplicant: string[] = []
  pick(input.requests).forEach((r, index) => {
    const receivedDay = dayNumber(r.receivedOn)
    const answeredDay = r.answeredOn == null ? null : dayNumber(r.answeredOn)
    const column = r.applicantType
    if (!APPLICANT_TYPES.some((t) => t.value === column)) {
      unknownApplicant.push(r.ref ?? `#${index + 1}`)
      return
    }
    if (receivedDay >= first && receivedDay <= last) bump(received, column)
    if (receivedDay < first && (answeredDay == null || answeredDay >= first))
      bump(carriedOver, column)
    if (receivedDay <= last && (answeredDay == null || answeredDay > last))
      bump(carriedForward, column)
    if (answeredDay != null && answeredDay >= first && answeredDay <= last) {
      const group = results.find((g) => g.outcome === r.outcome)
      const row =
        group && group.reasons.length > 0
          ? group.reasons.find((x) => x.reason === r.reason)
          : group && !r.reason
            ? group
            : undefined
      if (!group || !row) {
        unclassified.push(r.ref ?? `#${index + 1}`)
        return
      }
      bump(row.counts, column)
      if (row !== group) bump(group.counts, column)
    }
  })
  const handledTotal = zeros()
  for (const g of results) sum(handledTotal, g.counts)
  const requests: RequestsTable = { received, carriedOver, results, handledTotal, carriedForward }

  // 表四
  const reviewRows = pick(input.reviews).filter((r) => r.year === year)
  const reviewCounts = (kind: ReviewKind): ReviewCounts => {
    const rows = reviewRows.filter((r) => r.kind === kind)
    const n = (result: ReviewResult) => rows.filter((r) => r.result === result).length
    return {
      upheld: n('upheld'),
      corrected: n('corrected'),
      other: n('other'),
      pending: n('pending'),
      total: rows.length,
    }
  }
  const reviews: ReviewsTable = {
    review: reviewCounts('review'),
    litigationDirect: reviewCounts('litigation_direct'),
    litigationAfterReview: reviewCounts('litigation_after_review'),
  }

  const checks: ReportCheck[] = []
  for (const { key, zh } of REQUEST_COLUMNS) {
    const expected = carriedOver[key] + received[key]
    const actual = handledTotal[key] + carriedForward[key]
    checks.push({
      kind: 'identity',
      column: key,
      ok: expected === actual,
      expected,
      actual,
      message: `${zh}：上年结转 ${carriedOver[key]} + 本年新收 ${received[key]} = ${expected}，办理结果总计 ${handledTotal[key]} + 结转下年度 ${carriedForward[key]} = ${actual}`,
    })
  }
  if (unknownApplicant.length > 0) {
    checks.push({
      kind: 'unknown_applicant_type',
      ok: false,
      refs: unknownApplicant,
      message: `申请人类型无法归入表三、未计入任何一行的申请：${unknownApplicant.join('、')}`,
    })
  }
  if (unclassified.length > 0) {
    checks.push({
      kind: 'unclassified',
      ok: false,
      refs: unclassified,
      message: `本年答复但办理结果或理由无法归入表三的申请：${unclassified.join('、')}`,
    })
  }
  const previous = input.previous
  if (previous) {
    checks.push({
      kind: 'previous_year',
      ok: previous.year === year - 1,
      expected: year - 1,
      actual: previous.year,
      message: `上年报告年度应为 ${year - 1}，实为 ${previous.year}`,
    })
    for (const { key, zh } of REQUEST_COLUMNS) {
      const expected = previous.requests.carriedForward[key] ?? 0
      const actual = carriedOver[key]
      checks.push({
        kind: 'carried_over',
        column: key,
        ok: expected === actual,
        expected,
        actual,
        message: `${zh}：${previous.year}年报告结转下年度 ${expected}，本年上年结转 ${actual}`,
      })
    }
  }

  return {
    year,
    scope: scope === 'all' ? { code: null, name: '全部' } : { code: scope.code, name: scope.name },
    proactive,
    requests,
    reviews,
    checks,
    ok: checks.every((c) => c.ok),
  }
}

export {
  computePerformance,
  type PerformanceInput,
  type PerformanceReport,
  type PerformanceFigures,
  type DepartmentPerformance,
  type DisclosureRow,
  type RequestEventsRow,
} from './performance'
