/**
 * The annual report (annual.ts) as a printable, standalone HTML page and as CSV. Both are pure
 * functions of the report: the same report gives the same bytes (nothing time-dependent is added
 * unless `generatedAt` is passed). Row and column titles are those of the template of
 * 国办公开办函〔2021〕30号.
 *
 * HTML: lang zh-CN, inline print CSS, no external resources, every text escaped, each table with a
 * <caption> and <th scope>. The checks (the carried-over identity) are printed after the tables,
 * mismatches with both numbers.
 *
 * CSV: UTF-8 with a BOM (so spreadsheet programs read the Chinese), CRLF line ends, the sections one
 * after another, each introduced by a row holding its title and separated by an empty row; row
 * labels are repeated in every row (e.g. 三、本年度办理结果, （三）不予公开, 1.属于国家秘密) so the file
 * can be filtered. renderPerformanceCsv exports the performance figures (performance.ts) the same way.
 */
import { stringify } from 'csv-stringify/sync'

import { formatWan } from '../domain/amounts'
import {
  REQUEST_COLUMNS,
  type AnnualReport,
  type ColumnCounts,
  type ReportCheck,
  type ReviewCounts,
} from './annual'
import type { PerformanceFigures, PerformanceReport } from './performance'

export interface RenderOptions {
  /** Printed as 生成时间 when given (never taken from the clock). */
  generatedAt?: string
}

export const SECTION_TITLES = {
  proactive: '二、主动公开政府信息情况',
  requests: '三、收到和处理政府信息公开申请情况',
  reviews: '四、政府信息公开行政复议、行政诉讼情况',
  checks: '数据校验',
} as const

export const IDENTITY_NOTE = '（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）'

const LEGAL_PERSON = '法人或其他组织'
const REVIEW_COLUMNS = ['结果维持', '结果纠正', '其他结果', '尚未审结', '总计'] as const

/** The report's title: 「<name><year>年政府信息公开工作年度报告」. */
export function reportTitle(report: AnnualReport): string {
  return `${report.scope.name}${report.year}年政府信息公开工作年度报告`
}

/** 万元 without the unit (the column header carries it): 1.55, 0. */
export function wanNumber(value: number): string {
  return formatWan(value).replace(/万元$/, '')
}

function reviewValues(c: ReviewCounts): number[] {
  return [c.upheld, c.corrected, c.other, c.pending, c.total]
}

function columnValues(c: ColumnCounts): number[] {
  return REQUEST_COLUMNS.map((col) => c[col.key])
}

interface ProactivePart {
  caption: string
  header: string[]
  rows: Array<[string, ...Array<number | string>]>
}

function proactiveParts(report: AnnualReport): ProactivePart[] {
  const p = report.proactive
  return [
    {
      caption: '第二十条第（一）项',
      header: ['信息内容', '本年制发件数', '本年废止件数', '现行有效件数'],
      rows: [
        ['规章', p.regulations.issued, p.regulations.repealed, p.regulations.inForce],
        [
          '行政规范性文件',
          p.normativeDocuments.issued,
          p.normativeDocuments.repealed,
          p.normativeDocuments.inForce,
        ],
      ],
    },
    {
      caption: '第二十条第（五）项',
      header: ['信息内容', '本年处理决定数量'],
      rows: [['行政许可', p.licensing]],
    },
    {
      caption: '第二十条第（六）项',
      header: ['信息内容', '本年处理决定数量'],
      rows: [
        ['行政处罚', p.penalty],
        ['行政强制', p.coercion],
      ],
    },
    {
      caption: '第二十条第（八）项',
      header: ['信息内容', '本年收费金额（单位：万元）'],
      rows: [['行政事业性收费', wanNumber(p.feesWan)]],
    },
  ]
}

/** Table (3) as label triples and counts, in template order. */
function requestRows(report: AnnualReport): Array<{ labels: string[]; counts: ColumnCounts }> {
  const r = report.requests
  const handled = '三、本年度办理结果'
  const rows: Array<{ labels: string[]; counts: ColumnCounts }> = [
    { labels: ['一、本年新收政府信息公开申请数量'], counts: r.received },
    { labels: ['二、上年结转政府信息公开申请数量'], counts: r.carriedOver },
  ]
  for (const group of r.results) {
    if (group.reasons.length === 0) rows.push({ labels: [handled, group.zh], counts: group.counts })
    for (const reason of group.reasons)
      rows.push({ labels: [handled, group.zh, reason.zh], counts: reason.counts })
  }
  rows.push({ labels: [handled, '（七）总计'], counts: r.handledTotal })
  rows.push({ labels: ['四、结转下年度继续办理'], counts: r.carriedForward })
  return rows
}

function checkLine(check: ReportCheck): string {
  return `${check.ok ? '通过' : '不一致'}：${check.message}`
}

// ---------------------------------------------------------------- HTML

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}

export function escapeHtml(value: unknown): string {
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!)
}

const CSS = `
body { font-family: "Songti SC", "SimSun", "Noto Serif CJK SC", serif; color: #000; margin: 2rem; line-height: 1.5; }
h1 { font-size: 1.5rem; text-align: center; }
h2 { font-size: 1.15rem; margin-top: 2rem; }
table { border-collapse: collapse; width: 100%; margin: 0.75rem 0 1.25rem; font-size: 0.9rem; }
caption { font-weight: bold; text-align: left; padding: 0.25rem 0; caption-side: top; }
th, td { border: 1px solid #000; padding: 0.25rem 0.4rem; }
th { font-weight: normal; text-align: left; background: #f2f2f2; }
thead th { text-align: center; }
td { text-align: right; font-variant-numeric: tabular-nums; }
.checks li.fail { font-weight: bold; color: #a00; }
.meta { text-align: center; }
@media print {
  body { margin: 0; font-size: 10.5pt; }
  th { background: none; }
  table, tr { page-break-inside: avoid; break-inside: avoid; }
  h2 { page-break-after: avoid; break-after: avoid; }
  @page { size: A4; margin: 18mm 15mm; }
}
`.trim()

function th(text: string, attrs: string): string {
  return `<th ${attrs}>${escapeHtml(text)}</th>`
}

function tds(values: ReadonlyArray<number | string>): string {
  return values.map((v) => `<td>${escapeHtml(v)}</td>`).join('')
}

function proactiveHtml(report: AnnualReport): string {
  const tables = proactiveParts(report).map((part) =>
    [
      '<table>',
      `<caption>${escapeHtml(part.caption)}</caption>`,
      `<thead><tr>${part.header.map((h) => th(h, 'scope="col"')).join('')}</tr></thead>`,
      '<tbody>',
      ...part.rows.map(
        ([label, ...values]) => `<tr>${th(label, 'scope="row"')}${tds(values)}</tr>`,
      ),
      '</tbody>',
      '</table>',
    ].join('\n'),
  )
  return [
    '<section aria-labelledby="s-proactive">',
    `<h2 id="s-proactive">${escapeHtml(SECTION_TITLES.proactive)}</h2>`,
    ...tables,
    '</section>',
  ].join('\n')
}

function requestsHtml(report: AnnualReport): string {
  const r = report.requests
  const legal = REQUEST_COLUMNS.filter((c) => c.key !== 'natural_person' && c.key !== 'total')
  const natural = REQUEST_COLUMNS.find((c) => c.key === 'natural_person')!
  const head = [
    `<tr>${th(IDENTITY_NOTE, 'scope="col" colspan="3" rowspan="3"')}${th('申请人情况', `scope="colgroup" colspan="${REQUEST_COLUMNS.length}"`)}</tr>`,
    `<tr>${th(natural.zh, 'scope="col" rowspan="2"')}${th(LEGAL_PERSON, `scope="colgroup" colspan="${legal.length}"`)}${th('总计', 'scope="col" rowspan="2"')}</tr>`,
    `<tr>${legal.map((c) => th(c.zh, 'scope="col"')).join('')}</tr>`,
  ]
  const body: string[] = []
  const values = (c: ColumnCounts) => tds(columnValues(c))
  body.push(
    `<tr>${th('一、本年新收政府信息公开申请数量', 'scope="row" colspan="3"')}${values(r.received)}</tr>`,
  )
  body.push(
    `<tr>${th('二、上年结转政府信息公开申请数量', 'scope="row" colspan="3"')}${values(r.carriedOver)}</tr>`,
  )
  const handledRows = r.results.reduce((n, g) => n + Math.max(1, g.reasons.length), 0) + 1
  let first = true
  const lead = () => {
    if (!first) return ''
    first = false
    return th('三、本年度办理结果', `scope="rowgroup" rowspan="${handledRows}"`)
  }
  for (const group of r.results) {
    if (group.reasons.length === 0) {
      body.push(
        `<tr>${lead()}${th(group.zh, 'scope="row" colspan="2"')}${values(group.counts)}</tr>`,
      )
      continue
    }
    group.reasons.forEach((reason, i) => {
      const groupCell =
        i === 0 ? th(group.zh, `scope="rowgroup" rowspan="${group.reasons.length}"`) : ''
      body.push(
        `<tr>${lead()}${groupCell}${th(reason.zh, 'scope="row"')}${values(reason.counts)}</tr>`,
      )
    })
  }
  body.push(
    `<tr>${lead()}${th('（七）总计', 'scope="row" colspan="2"')}${values(r.handledTotal)}</tr>`,
  )
  body.push(
    `<tr>${th('四、结转下年度继续办理', 'scope="row" colspan="3"')}${values(r.carriedForward)}</tr>`,
  )
  return [
    '<section>',
    '<table class="requests">',
    `<caption>${escapeHtml(SECTION_TITLES.requests)}</caption>`,
    `<thead>\n${head.join('\n')}\n</thead>`,
    `<tbody>\n${body.join('\n')}\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n')
}

function reviewsHtml(report: AnnualReport): string {
  const v = report.reviews
  const five = REVIEW_COLUMNS.map((c) => th(c, 'scope="col"')).join('')
  const head = [
    `<tr>${th('行政复议', `scope="colgroup" colspan="5"`)}${th('行政诉讼', 'scope="colgroup" colspan="10"')}</tr>`,
    `<tr>${REVIEW_COLUMNS.map((c) => th(c, 'scope="col" rowspan="2"')).join('')}${th('未经复议直接起诉', 'scope="colgroup" colspan="5"')}${th('复议后起诉', 'scope="colgroup" colspan="5"')}</tr>`,
    `<tr>${five}${five}</tr>`,
  ]
  const row = [
    ...reviewValues(v.review),
    ...reviewValues(v.litigationDirect),
    ...reviewValues(v.litigationAfterReview),
  ]
  return [
    '<section>',
    '<table class="reviews">',
    `<caption>${escapeHtml(SECTION_TITLES.reviews)}</caption>`,
    `<thead>\n${head.join('\n')}\n</thead>`,
    `<tbody>\n<tr>${tds(row)}</tr>\n</tbody>`,
    '</table>',
    '</section>',
  ].join('\n')
}

function checksHtml(report: AnnualReport): string {
  const summary = report.ok
    ? '全部校验通过。'
    : `有 ${report.checks.filter((c) => !c.ok).length} 项校验不一致，数字如实列出，请核对原始数据。`
  return [
    '<section aria-labelledby="s-checks" class="checks">',
    `<h2 id="s-checks">${escapeHtml(SECTION_TITLES.checks)}</h2>`,
    `<p>${escapeHtml(summary)}</p>`,
    '<ul>',
    ...report.checks.map(
      (c) => `<li class="${c.ok ? 'ok' : 'fail'}">${escapeHtml(checkLine(c))}</li>`,
    ),
    '</ul>',
    '</section>',
  ].join('\n')
}

/** The report's sections (tables and checks) without a page around them, e.g. for the portal. */
export function renderAnnualReportBody(report: AnnualReport): string {
  return [
    proactiveHtml(report),
    requestsHtml(report),
    reviewsHtml(report),
    checksHtml(report),
  ].join('\n')
}

/** A full standalone page (zh-CN, print CSS, no external resources). */
export function renderAnnualReportHtml(report: AnnualReport, options: RenderOptions = {}): string {
  const title = reportTitle(report)
  const meta = [`统计期限：${report.year}年1月1日至${report.year}年12月31日`]
  if (options.generatedAt) meta.push(`生成时间：${options.generatedAt}`)
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(title)}</title>`,
    `<style>\n${CSS}\n</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<h1>${escapeHtml(title)}</h1>`,
    ...meta.map((m) => `<p class="meta">${escapeHtml(m)}</p>`),
    renderAnnualReportBody(report),
    '</main>',
    '</body>',
    '</html>',
    '',
  ].join('\n')
}

// ---------------------------------------------------------------- CSV

type Cell = string | number
const BOM = '\uFEFF'

/** Every section as rows (titles as rows of their own, an empty row between sections). */
export function annualReportRows(report: AnnualReport, options: RenderOptions = {}): Cell[][] {
  const rows: Cell[][] = [[reportTitle(report)]]
  rows.push([`统计期限：${report.year}年1月1日至${report.year}年12月31日`])
  if (options.generatedAt) rows.push([`生成时间：${options.generatedAt}`])
  rows.push([])

  rows.push([SECTION_TITLES.proactive])
  for (const part of proactiveParts(report)) {
    rows.push([part.caption])
    rows.push(part.header)
    for (const row of part.rows) rows.push(row)
  }
  rows.push([])

  rows.push([SECTION_TITLES.requests])
  rows.push([IDENTITY_NOTE, '', '', '申请人情况'])
  rows.push([
    '',
    '',
    '',
    ...REQUEST_COLUMNS.map((c) =>
      c.key === 'natural_person' || c.key === 'total' ? c.zh : LEGAL_PERSON,
    ),
  ])
  rows.push([
    '',
    '',
    '',
    ...REQUEST_COLUMNS.map((c) => (c.key === 'natural_person' || c.key === 'total' ? '' : c.zh)),
  ])
  for (const { labels, counts } of requestRows(report)) {
    const padded = [...labels, '', '', ''].slice(0, 3)
    rows.push([...padded, ...columnValues(counts)])
  }
  rows.push([])

  rows.push([SECTION_TITLES.reviews])
  rows.push([...Array<string>(5).fill('行政复议'), ...Array<string>(10).fill('行政诉讼')])
  rows.push([
    ...Array<string>(5).fill(''),
    ...Array<string>(5).fill('未经复议直接起诉'),
    ...Array<string>(5).fill('复议后起诉'),
  ])
  rows.push([...REVIEW_COLUMNS, ...REVIEW_COLUMNS, ...REVIEW_COLUMNS])
  rows.push([
    ...reviewValues(report.reviews.review),
    ...reviewValues(report.reviews.litigationDirect),
    ...reviewValues(report.reviews.litigationAfterReview),
  ])
  rows.push([])

  rows.push([SECTION_TITLES.checks])
  for (const c of report.checks) rows.push([c.ok ? '通过' : '不一致', c.message])
  return rows
}

/** UTF-8 CSV with a BOM and CRLF line ends. */
export function renderAnnualReportCsv(report: AnnualReport, options: RenderOptions = {}): string {
  return BOM + stringify(annualReportRows(report, options), { record_delimiter: 'windows' })
}

// ---------------------------------------------------------------- performance CSV

export const PERFORMANCE_HEADER = [
  '部门代码',
  '按时公开',
  '逾期公开',
  '超期未公开',
  '按时公开率',
  '公开用时中位数（工作日）',
  '按时答复申请',
  '逾期答复申请',
  '超期未答复申请',
  '按时答复率',
  '发布后更新的文件数',
] as const

/** 0.6667 → '66.7%'; null (nothing to rate) → ''. */
export function percent(rate: number | null): string {
  return rate === null ? '' : `${(Math.round(rate * 1000) / 10).toFixed(1)}%`
}

function performanceCells(code: string, f: PerformanceFigures): Cell[] {
  return [
    code,
    f.disclosuresOnTime,
    f.disclosuresLate,
    f.disclosuresOverdue,
    percent(f.disclosureOnTimeRate),
    f.medianWorkingDaysToPublish ?? '',
    f.requestsOnTime,
    f.requestsLate,
    f.requestsOverdue,
    percent(f.requestOnTimeRate),
    f.updatedAfterPublication,
  ]
}

/** Performance figures as CSV (BOM, CRLF): one row per department, then 合计, then refused events. */
export function renderPerformanceCsv(report: PerformanceReport): string {
  const rows: Cell[][] = [
    [`政务公开绩效：${report.period.from}至${report.period.to}`],
    [...PERFORMANCE_HEADER],
    ...report.departments.map((d) => performanceCells(d.departmentCode, d)),
    performanceCells('合计', report.total),
  ]
  if (report.errors.length > 0) {
    rows.push([], ['无法计算时限的申请'], ['申请', '部门代码', '原因'])
    for (const e of report.errors) rows.push([e.ref, e.departmentCode, e.message])
  }
  return BOM + stringify(rows, { record_delimiter: 'windows' })
}
