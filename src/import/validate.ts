/**
 * A whole file, read and validated, still without a database: the part of an import the CLI and
 * the admin upload screen share. Yields one result per row, in file order, as the file streams.
 * The caller looks each valid row's decision number up in its department, decides with
 * `outcomeOf` what to do, writes, and counts with `ImportSummary`.
 */
import {
  COLUMNS,
  type DecisionKind,
  describeColumn,
  findColumn,
  type HeaderMapping,
  mapHeader,
} from './columns'
import { type ByteSource, type FileFormat, readRows } from './read'
import { type RowResult, validateRow } from './rows'

/** The header cannot be imported: a required column is missing or named twice. */
export class ImportHeaderError extends Error {
  constructor(readonly mapping: HeaderMapping) {
    super(mapping.fatal ?? 'invalid header')
    this.name = 'ImportHeaderError'
  }
}

export type ValidateOptions = {
  /** Told the header mapping (CSV, XLSX) before the first row: unknown columns to report. */
  onHeader?: (mapping: HeaderMapping) => void
}

/**
 * The rows of a file as validated results. A header that cannot be imported throws
 * ImportHeaderError before any row; an unreadable row is a rejected result; a decision number
 * that already occurred in the file (same key) with different data is rejected, naming the row
 * it first appeared on (with the same data it is passed on: it will be "unchanged").
 */
export async function* validateFile(
  kind: DecisionKind,
  format: FileFormat,
  source: ByteSource,
  options: ValidateOptions = {},
): AsyncGenerator<RowResult> {
  let mapping: HeaderMapping | undefined
  let headerError: ImportHeaderError | undefined
  const onHeader = (titles: string[]) => {
    mapping = mapHeader(kind, titles)
    if (mapping.fatal) headerError = new ImportHeaderError(mapping)
    else options.onHeader?.(mapping)
  }
  const seen = new Map<string, { line: number; fingerprint: string }>()
  const numberSpec = COLUMNS[kind].find((spec) => spec.field === 'decisionNumber')!
  /** The title the row's decision number came under, in the file's own words. */
  const numberTitle = (record: Record<string, unknown>) =>
    Object.keys(record).find((title) => findColumn(kind, title) === numberSpec) ??
    describeColumn(numberSpec)
  for await (const item of readRows(format, source, { onHeader })) {
    if (headerError) throw headerError
    if (item.error !== undefined) {
      yield {
        ok: false,
        line: item.line,
        errors: [{ line: item.line, column: '', value: '', message: item.error }],
      }
      continue
    }
    const result = validateRow(kind, item, mapping)
    if (result.ok) {
      const earlier = seen.get(result.decisionKey)
      if (earlier && earlier.fingerprint !== result.fingerprint) {
        const column = numberTitle(item.record)
        yield {
          ok: false,
          line: result.line,
          errors: [
            {
              line: result.line,
              column,
              value: result.decisionNumber,
              message: `文书号与第${earlier.line}行重复而内容不同 (the same decision number as row ${earlier.line}, with different data)`,
            },
          ],
        }
        continue
      }
      if (!earlier)
        seen.set(result.decisionKey, { line: result.line, fingerprint: result.fingerprint })
    }
    yield result
  }
  if (headerError) throw headerError
}
