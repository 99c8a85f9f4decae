/**
 * The database side of a bulk decision import, shared by `npm run import` and the admin's upload
 * screen: reads and validates the file as it streams (validate.ts), looks each valid row's
 * decision number up in the department, and creates, updates or leaves the decision through
 * Payload, so every write runs the same hooks as an editor's (public projection, search index,
 * audit record, webhook outbox, masking, the 7-working-day clock from the decision date).
 *
 * Writes are grouped into transactions of `batchSize` rows (a commit per row would cost more than
 * the row). When a row fails in the database, its batch is rolled back and replayed in halves,
 * down to the failing row, which is reported while every other row of the batch still lands:
 * never a half-written decision, never a good row lost.
 *
 * Idempotent: a row whose normalised data has the fingerprint recorded at the decision's last
 * import is unchanged; a known decision number with other data is an update with a change note
 * (a major change: it enters the public change history when published); an unknown one is
 * created. Decisions under review, withdrawn or unpublished are not touched by an import (the
 * row is reported): the people handling them decide.
 */
import { stat } from 'node:fs/promises'
import path from 'node:path'

import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
} from 'payload'

import { docNumberKey } from '../domain/doc-number'
import { bulkCreateDecisions, canBulkWrite, latestDecisionVersions } from './bulk'
import { WORKFLOW_ACTION } from '../workflow/hooks'
import type { DecisionKind, HeaderMapping } from './columns'
import type { ByteSource, FileFormat } from './read'
import { type PhaseTimes, timed } from './phases'
import { ImportSummary } from './report'
import { type DecisionData, outcomeOf, type RowError, type RowResult } from './rows'
import { currentRowSource, type RowSource } from './row-source'

export const COLLECTION_OF: Record<DecisionKind, 'licensing-decisions' | 'penalty-decisions'> = {
  licensing: 'licensing-decisions',
  penalty: 'penalty-decisions',
}

/** The workflow action recorded on imported writes (audit: `workflow.import`). */
export const IMPORT_ACTION = 'import'

export type ImportProgress = {
  /** Rows read so far (valid or not). */
  rows: number
  /** Bytes of the file read so far, and its size when known (for a percentage). */
  bytes: number
  totalBytes: number | null
  summary: ImportSummary
}

export type ImportOptions = {
  kind: DecisionKind
  format: FileFormat
  /** A file path, or a stream of its bytes. */
  source: ByteSource
  /** The department the decisions belong to (its id). */
  department: number | string
  /** Publish created and updated decisions; otherwise they are working copies for review. */
  publish?: boolean
  /** The file's name, recorded on each decision and in change notes. */
  sourceName?: string
  /** Size of the file in bytes, for progress (a path's size is read by itself). */
  totalBytes?: number
  /** The person importing (audit records name them); none for the CLI. */
  user?: Record<string, unknown> | null
  /** Rows per transaction. */
  batchSize?: number
  /**
   * New decisions by multi-row inserts (bulk.ts) on SQL databases; false: every row through
   * Payload's create (the reference the bulk path is tested against).
   */
  bulk?: boolean
  /** Told about unknown columns before the first row. */
  onHeader?: (mapping: HeaderMapping) => void
  /** Told every rejected row's problems, in file order, as they happen. */
  onRejected?: (errors: RowError[]) => void | Promise<void>
  /** Told after each committed batch. */
  onProgress?: (progress: ImportProgress) => void | Promise<void>
  /** Adds up where the time goes (the benchmark's breakdown). */
  phases?: PhaseTimes
  /**
   * Reads and validates the file: by default the process's (row-source.ts: a worker thread in
   * the server and the CLI, validateFile on this thread elsewhere).
   */
  rowSource?: RowSource
}

type Known = {
  id: number | string
  fingerprint: string | null
  workflowState: string | null
}

/** Workflow states an import may write over. */
const WRITABLE = new Set(['draft', 'approved', 'published'])

const STATE_WORDS: Record<string, string> = {
  in_review: '正在审核中，请先撤回提交 (under review: recall it first)',
  withdrawn: '已撤回，导入不能修改 (withdrawn: an import does not change it)',
  unpublished: '已撤销公开，导入不能修改 (unpublished: an import does not change it)',
}

/**
 * The decisions of a department by decision-number key: id, the fingerprint and state of the
 * latest version (a working copy counts: it is what the next import compares with).
 */
export async function knownDecisions(
  payload: Payload,
  kind: DecisionKind,
  department: number | string,
): Promise<Map<string, Known>> {
  const known = new Map<string, Known>()
  if (canBulkWrite(payload)) {
    for (const row of await latestDecisionVersions(payload, kind, department)) {
      const key = docNumberKey(row.decisionNumber)
      if (key !== null)
        known.set(key, {
          id: row.id,
          fingerprint: row.fingerprint,
          workflowState: row.workflowState,
        })
    }
    return known
  }
  const pageSize = 5000
  for (let page = 1; ; page++) {
    const result = await payload.find({
      collection: COLLECTION_OF[kind],
      draft: true,
      where: { department: { equals: department } },
      select: { decisionNumber: true, importFingerprint: true, workflowState: true } as any,
      depth: 0,
      limit: pageSize,
      page,
      sort: 'id',
      overrideAccess: true,
    })
    for (const doc of result.docs as any[]) {
      const key = docNumberKey(doc.decisionNumber)
      if (key === null) continue
      known.set(key, {
        id: doc.id,
        fingerprint: doc.importFingerprint ?? null,
        workflowState: doc.workflowState ?? null,
      })
    }
    if (!result.hasNextPage) break
  }
  return known
}

/** A byte source that counts what passes through it. */
function counted(source: ByteSource, count: (n: number) => void): ByteSource {
  if (typeof source === 'string') {
    return (async function* () {
      const { createReadStream } = await import('node:fs')
      for await (const chunk of createReadStream(source)) {
        count((chunk as Uint8Array).length)
        yield chunk as Uint8Array
      }
    })()
  }
  return (async function* () {
    for await (const chunk of source) {
      count(chunk.length)
      yield chunk
    }
  })()
}

type Planned = {
  row: Extract<RowResult, { ok: true }>
  outcome: 'create' | 'update'
  existing: Known | null
}

/**
 * Imports a file into a department. Returns the summary; rejected rows go to `onRejected`.
 * Throws ImportHeaderError (nothing imported) when a required column is missing, and the
 * reader's error when the file cannot be read at all (rows committed before it stay).
 */
export async function importDecisions(
  payload: Payload,
  options: ImportOptions,
): Promise<ImportSummary> {
  const { kind, format, department, publish = false, batchSize = 2500, phases } = options
  const collection = COLLECTION_OF[kind]
  const sourceName =
    options.sourceName ??
    (typeof options.source === 'string' ? path.basename(options.source) : 'upload')
  const totalBytes =
    options.totalBytes ??
    (typeof options.source === 'string' ? (await stat(options.source)).size : null)
  const summary = new ImportSummary()
  const known = await timed(phases, 'known decisions', () =>
    knownDecisions(payload, kind, department),
  )
  const bulk = (options.bulk ?? true) && canBulkWrite(payload)
  const departmentDoc = (await payload.findByID({
    collection: 'departments',
    id: department,
    depth: 0,
    overrideAccess: true,
  })) as any
  const context = { [WORKFLOW_ACTION]: IMPORT_ACTION }
  let mapping: HeaderMapping | undefined
  /** The file's own title of a field (DB errors name fields). */
  const titleOf = (field: string) =>
    [...(mapping?.columns ?? [])].find(([, spec]) => spec.field === field)?.[0] ?? field
  let rows = 0
  let bytes = 0
  const source = counted(options.source, (n) => (bytes += n))

  const reject = async (errors: RowError[]) => {
    summary.add('rejected')
    await options.onRejected?.(errors)
  }

  /** Writes one planned row in the request's transaction; returns the decision's id. */
  const write = async (req: PayloadRequest, plan: Planned) => {
    const { row } = plan
    const data: Record<string, unknown> = {
      ...row.data,
      department,
      importFingerprint: row.fingerprint,
      importSource: `${sourceName}#${row.line}`,
      _status: publish ? 'published' : 'draft',
      workflowState: publish ? 'published' : 'draft',
    }
    const common = {
      collection,
      req,
      depth: 0,
      overrideAccess: true,
      draft: !publish,
      context: { ...context },
    }
    if (plan.outcome === 'create') {
      const doc = await payload.create({ ...common, data: data as any })
      return doc.id
    }
    const note = `依业务系统数据更新（${sourceName} 第${row.line}行）`
    await payload.update({
      ...common,
      id: plan.existing!.id,
      data: {
        ...data,
        majorChange: true,
        changeNote: note,
        ...(publish ? { changeEditors: [], publishAt: null } : {}),
      } as any,
    })
    return plan.existing!.id
  }

  /**
   * Runs rows in one transaction: new decisions by bulk insert (when on), the rest through
   * Payload, each with its own request object sharing the transaction (Payload keeps per-call
   * state on the request, such as the audit hook's context, so one object per call).
   */
  const transact = async (
    plans: Planned[],
    fast = bulk,
  ): Promise<{ ok: true; ids: Array<number | string> } | { ok: false; error: unknown }> => {
    const newReq = () =>
      createLocalReq({ user: (options.user ?? undefined) as any, context: { ...context } }, payload)
    const req = await newReq()
    const shouldCommit = await timed(phases, 'begin', () => initTransaction(req))
    try {
      const ids = new Map<Planned, number | string>()
      const creates = fast ? plans.filter((plan) => plan.outcome === 'create') : []
      if (creates.length) {
        const created = await bulkCreateDecisions(
          req,
          kind,
          creates.map((plan) => ({
            data: plan.row.data,
            fingerprint: plan.row.fingerprint,
            source: `${sourceName}#${plan.row.line}`,
          })),
          {
            department: { id: department, code: departmentDoc?.code ?? null },
            publish,
            now: new Date().toISOString(),
            phases,
          },
        )
        creates.forEach((plan, i) => ids.set(plan, created[i]!))
      }
      for (const plan of plans) {
        if (ids.has(plan)) continue
        const rowReq = await newReq()
        rowReq.transactionID = req.transactionID
        ids.set(plan, await timed(phases, 'rows through Payload', () => write(rowReq, plan)))
      }
      if (shouldCommit) await timed(phases, 'commit', () => commitTransaction(req))
      return { ok: true, ids: plans.map((plan) => ids.get(plan)!) }
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      return { ok: false, error }
    }
  }

  const settle = (plan: Planned, id: number | string) => {
    summary.add(plan.outcome)
    known.set(plan.row.decisionKey, {
      id,
      fingerprint: plan.row.fingerprint,
      workflowState: publish ? 'published' : 'draft',
    })
  }

  /**
   * Writes `plans` in one transaction; when the database refuses it, writes each half the same
   * way, down to single rows. A lone row the fast path refuses goes through Payload's create,
   * whose error names the field (or the database's message when it is not a field's fault).
   * One refused row in a batch of n costs about 2n rows of bulk writes and one Payload write,
   * rather than n Payload writes (each some hundred times slower than a bulk row).
   */
  const replay = async (plans: Planned[]): Promise<void> => {
    const result = await transact(plans)
    if (result.ok) return plans.forEach((plan, i) => settle(plan, result.ids[i]!))
    if (plans.length > 1) {
      const middle = plans.length >> 1
      await replay(plans.slice(0, middle))
      return replay(plans.slice(middle))
    }
    const [plan] = plans as [Planned]
    const slow = bulk && plan.outcome === 'create' ? await transact(plans, false) : result
    if (slow.ok) settle(plan, slow.ids[0]!)
    else await reject([databaseError(plan.row, slow.error, titleOf)])
  }

  let batch: Planned[] = []
  /** Keys of the batch (a repeated number within a batch waits for the next one). */
  let batchKeys = new Set<string>()
  const flush = async () => {
    if (!batch.length) return
    const plans = batch
    batch = []
    batchKeys = new Set()
    await replay(plans)
    await options.onProgress?.({ rows, bytes, totalBytes, summary })
  }

  const rowsOfFile = (options.rowSource ?? currentRowSource())(kind, format, source, {
    onHeader: (m) => {
      mapping = m
      options.onHeader?.(m)
    },
  })
  for await (const row of phases
    ? timedIterable(phases, 'read and validate', rowsOfFile)
    : rowsOfFile) {
    rows++
    if (!row.ok) {
      await reject(row.errors)
      continue
    }
    if (batchKeys.has(row.decisionKey)) await flush()
    const existing = known.get(row.decisionKey) ?? null
    const outcome = outcomeOf(existing, row.fingerprint)
    if (outcome === 'unchanged') {
      summary.add('unchanged')
      continue
    }
    if (existing && !WRITABLE.has(existing.workflowState ?? 'draft')) {
      await reject([
        {
          line: row.line,
          column: '',
          value: row.decisionNumber,
          message: `文书号${row.decisionNumber}的决定${STATE_WORDS[existing.workflowState!] ?? existing.workflowState}`,
        },
      ])
      continue
    }
    batch.push({ row, outcome, existing })
    batchKeys.add(row.decisionKey)
    if (batch.length >= batchSize) await flush()
  }
  await flush()
  await options.onProgress?.({ rows, bytes, totalBytes, summary })
  return summary
}

/** The items of `source`, the time spent waiting for each added to `phase`. */
async function* timedIterable<T>(
  phases: PhaseTimes,
  phase: string,
  source: AsyncIterable<T>,
): AsyncGenerator<T> {
  const iterator = source[Symbol.asyncIterator]()
  try {
    for (;;) {
      const next = await phases.time(phase, () => iterator.next())
      if (next.done) return
      yield next.value
    }
  } finally {
    await iterator.return?.()
  }
}

/** A row the database refused, as a line of the error report naming the field when it can. */
export function databaseError(
  row: { line: number; data: DecisionData },
  error: unknown,
  titleOf: (field: string) => string = (field) => field,
): RowError {
  const err = error as any
  const first = err?.data?.errors?.[0]
  if (first?.path) {
    const value = row.data[first.path]
    return {
      line: row.line,
      column: titleOf(String(first.path)),
      value: value === undefined || value === null ? '' : String(value),
      message: String(first.message ?? err.message),
    }
  }
  return {
    line: row.line,
    column: '',
    value: '',
    message: `数据库拒绝了此行 (the database refused the row): ${rootMessage(error).slice(0, 300)}`,
  }
}

/**
 * The message of the error at the bottom of `error`'s cause chain: the database's own words
 * ("UNIQUE constraint failed…", a trigger's message) rather than the query builder's wrapper,
 * which quotes the whole SQL statement.
 */
export function rootMessage(error: unknown): string {
  let current: any = error
  for (let depth = 0; depth < 10 && current?.cause instanceof Error; depth++)
    current = current.cause
  return String(current?.message ?? current)
}
