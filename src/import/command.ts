/**
 * `npm run import -- <licensing|penalty> <file> [--department CODE] [--publish] [--errors FILE]`
 *
 * Parses the arguments (plain, unit-tested), resolves the department by its code, and runs the
 * import with a progress bar; rejected rows go to an error report CSV (row, column, value,
 * message), written only when there are any. The summary line says how many rows were created,
 * updated, unchanged and rejected.
 */
import { createWriteStream, type WriteStream } from 'node:fs'
import path from 'node:path'

import { Presets, SingleBar } from 'cli-progress'
import type { Payload } from 'payload'

import type { DecisionKind } from './columns'
import { type FileFormat, formatOf } from './read'
import { errorReportHead, errorReportLine, type ImportSummary } from './report'
import { validateInWorker } from './in-worker'
import { importDecisions } from './run'
import { ImportHeaderError } from './validate'

export class ImportUsageError extends Error {}

export const IMPORT_USAGE =
  'usage: npm run import -- <licensing|penalty> <file.csv|.xlsx|.jsonl> [--department CODE] [--publish] [--errors report.csv]'

export type ImportArgs = {
  kind: DecisionKind
  file: string
  format: FileFormat
  department: string | null
  publish: boolean
  errors: string | null
}

/** The command line's arguments, or an ImportUsageError saying what is wrong. */
export function parseImportArgs(args: readonly string[]): ImportArgs {
  const positional: string[] = []
  let department: string | null = null
  let errors: string | null = null
  let publish = false
  for (let i = 0; i < args.length; i++) {
    const arg = args[i]!
    if (arg === '--publish') publish = true
    else if (arg === '--department' || arg === '--errors') {
      const value = args[++i]
      if (!value || value.startsWith('--'))
        throw new ImportUsageError(`${arg} needs a value\n${IMPORT_USAGE}`)
      if (arg === '--department') department = value
      else errors = value
    } else if (arg.startsWith('--department=')) department = arg.slice('--department='.length)
    else if (arg.startsWith('--errors=')) errors = arg.slice('--errors='.length)
    else if (arg.startsWith('--'))
      throw new ImportUsageError(`unknown option ${arg}\n${IMPORT_USAGE}`)
    else positional.push(arg)
  }
  const [kind, file, extra] = positional
  if (kind !== 'licensing' && kind !== 'penalty')
    throw new ImportUsageError(
      `${kind ? `unknown kind "${kind}": ` : ''}say licensing or penalty\n${IMPORT_USAGE}`,
    )
  if (!file) throw new ImportUsageError(`which file?\n${IMPORT_USAGE}`)
  if (extra)
    throw new ImportUsageError(`one file at a time (also given: ${extra})\n${IMPORT_USAGE}`)
  const format = formatOf(file)
  if (!format)
    throw new ImportUsageError(
      `${file}: not a .csv, .xlsx or .jsonl file (the extension says the format)`,
    )
  return { kind, file, format, department, publish, errors }
}

/** The department by code; without a code, the only department there is. */
export async function resolveDepartment(
  payload: Payload,
  code: string | null,
): Promise<{ id: number | string; code: string; name: string }> {
  const found = await payload.find({
    collection: 'departments',
    where: code ? { code: { equals: code } } : {},
    limit: 2,
    depth: 0,
    overrideAccess: true,
    pagination: false,
  })
  if (code && found.docs.length === 0) throw new ImportUsageError(`no department with code ${code}`)
  if (!code && found.docs.length !== 1) {
    const all = await payload.find({
      collection: 'departments',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      sort: 'code',
    })
    throw new ImportUsageError(
      `say which department with --department CODE (${all.docs.map((d: any) => d.code).join(', ') || 'none yet'})`,
    )
  }
  const doc = found.docs[0] as any
  return { id: doc.id, code: doc.code, name: doc.name }
}

/** Runs the command; returns the summary (the caller sets the exit code on rejections). */
export async function runImportCommand(
  payload: Payload,
  args: ImportArgs,
  say: (line: string) => void,
  now = new Date(),
): Promise<{ summary: ImportSummary; reportFile: string | null }> {
  const department = await resolveDepartment(payload, args.department)
  const reportFile =
    args.errors ??
    path.resolve(
      `import-errors-${path.basename(args.file).replace(/\.[^.]+$/, '')}-${now.toISOString().replace(/[:.]/g, '-')}.csv`,
    )
  let report: WriteStream | null = null
  const bar = new SingleBar(
    {
      format: `import ${args.kind} → ${department.code} |{bar}| {percentage}%  {rows} rows  {eta_formatted} left`,
      hideCursor: true,
      stream: process.stderr,
    },
    Presets.shades_classic,
  )
  let started = false
  try {
    const summary = await importDecisions(payload, {
      kind: args.kind,
      format: args.format,
      source: args.file,
      department: department.id,
      publish: args.publish,
      rowSource: validateInWorker,
      onHeader: (mapping) => {
        if (mapping.unknown.length)
          say(`columns not imported (unknown): ${mapping.unknown.join(', ')}`)
      },
      onRejected: (errors) => {
        if (!report) {
          report = createWriteStream(reportFile)
          report.write(errorReportHead())
        }
        for (const error of errors) report.write(errorReportLine(error))
      },
      onProgress: ({ rows, bytes, totalBytes }) => {
        const total = totalBytes ?? bytes
        if (!started) {
          bar.start(total || 1, bytes, { rows })
          started = true
        } else bar.update(bytes, { rows })
      },
    })
    bar.stop()
    say(summary.toString())
    return { summary, reportFile: report ? reportFile : null }
  } catch (err) {
    bar.stop()
    if (err instanceof ImportHeaderError) throw new ImportUsageError(`${args.file}: ${err.message}`)
    throw err
  } finally {
    const open = report as WriteStream | null
    if (open) await new Promise<void>((resolve) => open.end(resolve))
  }
}
