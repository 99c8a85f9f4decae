/**
 * What an import tells the person who ran it: the summary counts, and the error report, a CSV
 * (UTF-8 with a byte order mark, so Excel on Windows opens it as UTF-8) with one line per problem:
 * row, column, value, message. The report is produced line by line, as rows are rejected, so a
 * file with many bad rows does not build it in memory.
 */
import { stringify } from 'csv-stringify/sync'

import type { Outcome, RowError } from './rows'

export const BOM = '\uFEFF'

export const ERROR_REPORT_HEADER = ['行号 (row)', '列 (column)', '值 (value)', '问题 (message)']

/** One CSV line of the error report (with its CRLF). */
export function errorReportLine(error: RowError): string {
  return stringify([[error.line, error.column, error.value, error.message]], {
    record_delimiter: 'windows',
  })
}

/** The first bytes of an error report: BOM and header line. */
export function errorReportHead(): string {
  return BOM + stringify([ERROR_REPORT_HEADER], { record_delimiter: 'windows' })
}

/** The error report as chunks of text: head first, then a line per error. */
export async function* errorReport(
  errors: AsyncIterable<RowError> | Iterable<RowError>,
): AsyncGenerator<string> {
  yield errorReportHead()
  for await (const error of errors) yield errorReportLine(error)
}

/** The whole error report as one string (for small reports and tests). */
export function errorReportText(errors: Iterable<RowError>): string {
  let text = errorReportHead()
  for (const error of errors) text += errorReportLine(error)
  return text
}

export type SummaryCounts = {
  created: number
  updated: number
  unchanged: number
  rejected: number
}

/** The counts of an import; `rejected` counts rows, not problems (a row may have several). */
export class ImportSummary implements SummaryCounts {
  created = 0
  updated = 0
  unchanged = 0
  rejected = 0

  /** Counts a row by what happened to it. */
  add(outcome: Outcome | 'rejected'): this {
    if (outcome === 'create') this.created++
    else if (outcome === 'update') this.updated++
    else if (outcome === 'unchanged') this.unchanged++
    else this.rejected++
    return this
  }

  get total(): number {
    return this.created + this.updated + this.unchanged + this.rejected
  }

  toJSON(): SummaryCounts & { total: number } {
    const { created, updated, unchanged, rejected, total } = this
    return { created, updated, unchanged, rejected, total }
  }

  /** 共 12 行：新增 9，更新 1，未变 1，拒绝 1 (12 rows: 9 created, 1 updated, 1 unchanged, 1 rejected) */
  toString(): string {
    const { created, updated, unchanged, rejected, total } = this
    return (
      `共 ${total} 行：新增 ${created}，更新 ${updated}，未变 ${unchanged}，拒绝 ${rejected} ` +
      `(${total} rows: ${created} created, ${updated} updated, ${unchanged} unchanged, ${rejected} rejected)`
    )
  }
}
