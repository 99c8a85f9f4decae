/**
 * Imports started from the admin's upload screen, run in the background of the server process
 * that received the file, one at a time (two imports into one department at once would both take
 * an unknown decision number for new): a queue per process, each run recorded in `import-runs`.
 *
 * The run document tells the screen how far the import has got (written at most about once a
 * second, after a committed batch) and how it ended: done with the counts, or failed with the
 * reason (a header naming the missing column, an unreadable file). Rejected rows stream into the
 * run's error report, a private file served by GET /api/import-runs/:id/errors.csv. The uploaded
 * file is deleted when the run ends, whatever the outcome.
 *
 * A process holds a lease on the runs it has queued or is running, renewed while it lives. A run
 * still queued or running whose lease has passed was left by a process that stopped (a restart,
 * a crash): it is marked failed, at start and then every minute, so the screen says so instead of
 * waiting for ever. A graceful stop marks its own runs the same way before the database closes.
 */
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'

import type { Payload } from 'payload'

import { projectRoot } from '../paths'
import type { DecisionKind } from './columns'
import type { FileFormat } from './read'
import { errorReportHead, errorReportLine, type SummaryCounts } from './report'
import { importDecisions } from './run'
import { ImportHeaderError } from './validate'

export const RUNS = 'import-runs'

/** Uploads larger than this are refused (IMPORT_MAX_MB). */
export const DEFAULT_IMPORT_MAX_BYTES = 100 * 1024 * 1024

export const INTERRUPTED =
  '导入中断：服务器已重启，请重新导入该文件，已导入的行不会重复 ' +
  '(interrupted: the server restarted; import the file again — rows already imported are unchanged)'

/** How long a run stays reserved for the process holding it without a renewal. */
export const LEASE_MS = 60_000
/** How often the holder renews its leases, and every process looks for runs left behind. */
const RENEW_MS = 15_000
const SWEEP_MS = 60_000
/** Files being received are named so; a day untouched, one was left by a process that stopped. */
export const UPLOADING_PREFIX = 'uploading-'
const ABANDONED_UPLOAD_MS = 24 * 3_600_000
/** Progress is written to the run document at most this often. */
export const PROGRESS_EVERY_MS = 1_000

export type ImportPlaces = {
  /** Where uploads are written while they are imported (under DATA_DIR: never served). */
  uploadDir: string
  /** Where error reports are kept (under MEDIA_DIR, in backups; served only through the endpoint). */
  reportDir: string
  maxBytes: number
}

/** The places of this configuration (config.custom.imports, set from the settings). */
export function importPlaces(payload: Payload): ImportPlaces {
  const given = (payload.config.custom as any)?.imports as Partial<ImportPlaces> | undefined
  return {
    uploadDir: given?.uploadDir ?? path.join(projectRoot, 'data', 'import-uploads'),
    reportDir: given?.reportDir ?? path.join(projectRoot, 'media', 'import-reports'),
    maxBytes: given?.maxBytes ?? DEFAULT_IMPORT_MAX_BYTES,
  }
}

/** The error report file of a run (ids are numbers or hex: nothing else reaches the path). */
export function reportFileOf(payload: Payload, id: number | string): string {
  return path.join(importPlaces(payload).reportDir, `${String(id).replace(/[^\w-]/g, '_')}.csv`)
}

export type ImportJob = {
  id: number | string
  kind: DecisionKind
  format: FileFormat
  /** The uploaded file on disk (deleted when the run ends). */
  file: string
  fileName: string
  totalBytes: number
  department: number | string
  publish: boolean
  user: Record<string, unknown> | null
}

class Interrupted extends Error {}

const message = (err: unknown) =>
  String((err as Error)?.message ?? err)
    .replace(/\s+/g, ' ')
    .trim()
    .slice(0, 2000)

/** The queue of one process (one per Payload instance). */
export class ImportQueue {
  readonly #waiting: ImportJob[] = []
  #current: Promise<void> | null = null
  #stopping = false
  readonly #held = new Set<number | string>()
  #renewTimer: NodeJS.Timeout | undefined

  constructor(private readonly payload: Payload) {}

  /** Queues a run (its document exists, queued) and starts it when the queue is free. */
  add(job: ImportJob): void {
    if (this.#stopping) throw new Error('the server is stopping')
    this.#held.add(job.id)
    this.#waiting.push(job)
    this.#renewTimer ??= setInterval(() => void this.#renew(), RENEW_MS)
    this.#renewTimer.unref()
    this.#next()
  }

  /** Runs waiting, and running (for tests). */
  get size(): number {
    return this.#waiting.length + (this.#current ? 1 : 0)
  }

  /** Resolves when every queued run has ended. */
  async idle(): Promise<void> {
    while (this.#current) await this.#current
  }

  /** Graceful stop: no new run starts, the running one stops reading, all say "interrupted". */
  async stop(): Promise<void> {
    this.#stopping = true
    const waiting = this.#waiting.splice(0)
    await this.#current
    for (const job of waiting) {
      await fs.rm(job.file, { force: true })
      await this.#write(job.id, {
        status: 'failed',
        error: INTERRUPTED,
        finishedAt: new Date().toISOString(),
        leaseUntil: null,
      })
    }
    clearInterval(this.#renewTimer)
  }

  #next(): void {
    if (this.#current || this.#stopping) return
    const job = this.#waiting.shift()
    if (!job) {
      clearInterval(this.#renewTimer)
      this.#renewTimer = undefined
      return
    }
    this.#current = this.#run(job)
      .catch((err) => this.payload.logger.error({ err, run: job.id }, 'import run failed'))
      .finally(() => {
        this.#held.delete(job.id)
        this.#current = null
        this.#next()
      })
  }

  async #write(id: number | string, data: Record<string, unknown>): Promise<void> {
    try {
      await this.payload.update({
        collection: RUNS,
        id,
        data: data as any,
        depth: 0,
        overrideAccess: true,
      })
    } catch (err) {
      this.payload.logger.warn({ err, run: id }, 'could not record the import run')
    }
  }

  async #renew(): Promise<void> {
    if (!this.#held.size) return
    try {
      await this.payload.update({
        collection: RUNS,
        where: {
          and: [{ id: { in: [...this.#held] } }, { status: { in: ['queued', 'running'] } }],
        },
        data: { leaseUntil: new Date(Date.now() + LEASE_MS).toISOString() } as any,
        depth: 0,
        overrideAccess: true,
      })
    } catch (err) {
      this.payload.logger.warn({ err }, 'could not renew the import runs’ lease')
    }
  }

  /** The file's bytes, stopping (with Interrupted) once the server is stopping. */
  async *#bytes(file: string): AsyncGenerator<Uint8Array> {
    for await (const chunk of createReadStream(file)) {
      if (this.#stopping) throw new Interrupted(INTERRUPTED)
      yield chunk as Uint8Array
    }
  }

  async #run(job: ImportJob): Promise<void> {
    const reportFile = reportFileOf(this.payload, job.id)
    let report: WriteStream | null = null
    let counts: SummaryCounts = { created: 0, updated: 0, unchanged: 0, rejected: 0 }
    let rejected = 0
    let rows = 0
    let bytes = 0
    let lastWrite = 0
    try {
      if (this.#stopping) throw new Interrupted(INTERRUPTED)
      await this.#write(job.id, {
        status: 'running',
        startedAt: new Date().toISOString(),
        leaseUntil: new Date(Date.now() + LEASE_MS).toISOString(),
      })
      const summary = await importDecisions(this.payload, {
        kind: job.kind,
        format: job.format,
        source: this.#bytes(job.file),
        totalBytes: job.totalBytes,
        sourceName: job.fileName,
        department: job.department,
        publish: job.publish,
        user: job.user,
        onHeader: (mapping) => {
          if (mapping.unknown.length)
            void this.#write(job.id, { unknownColumns: mapping.unknown.join(', ') })
        },
        onRejected: async (errors) => {
          rejected++
          if (!report) {
            await fs.mkdir(path.dirname(reportFile), { recursive: true })
            report = createWriteStream(reportFile)
            report.write(errorReportHead())
          }
          for (const error of errors) {
            if (!report.write(errorReportLine(error)))
              await new Promise<void>((resolve) => report!.once('drain', () => resolve()))
          }
        },
        onProgress: async (progress) => {
          rows = progress.rows
          bytes = progress.bytes
          counts = progress.summary
          // Told after each committed batch: a stopping server waits for one batch at most.
          if (this.#stopping) throw new Interrupted(INTERRUPTED)
          if (Date.now() - lastWrite < PROGRESS_EVERY_MS) return
          lastWrite = Date.now()
          await this.#write(job.id, {
            rows,
            bytes,
            ...countsOf(counts),
            leaseUntil: new Date(Date.now() + LEASE_MS).toISOString(),
          })
        },
      })
      await closeReport(report)
      report = null
      // The upload goes before the run says it ended: whoever sees "done" finds no file left.
      await fs.rm(job.file, { force: true })
      await this.#write(job.id, {
        status: 'done',
        rows: Math.max(rows, summary.total),
        bytes: job.totalBytes,
        ...countsOf(summary),
        finishedAt: new Date().toISOString(),
        leaseUntil: null,
      })
    } catch (err) {
      await closeReport(report)
      report = null
      const interrupted = err instanceof Interrupted || this.#stopping
      const why =
        err instanceof ImportHeaderError
          ? err.message
          : interrupted
            ? INTERRUPTED
            : `导入失败 (the import failed): ${message(err)}`
      if (!(err instanceof ImportHeaderError) && !interrupted)
        this.payload.logger.warn({ err, run: job.id }, 'import run failed')
      await fs.rm(job.file, { force: true })
      await this.#write(job.id, {
        status: 'failed',
        error: why,
        rows,
        bytes,
        ...countsOf(counts),
        rejected: Math.max(counts.rejected, rejected),
        finishedAt: new Date().toISOString(),
        leaseUntil: null,
      })
    } finally {
      // Already gone unless writing the outcome itself threw.
      await fs.rm(job.file, { force: true })
    }
  }
}

const countsOf = ({ created, updated, unchanged, rejected }: SummaryCounts) => ({
  created,
  updated,
  unchanged,
  rejected,
})

function closeReport(report: WriteStream | null): Promise<void> {
  if (!report) return Promise.resolve()
  return new Promise<void>((resolve) => report.end(() => resolve()))
}

const QUEUE = Symbol.for('gongkai.importQueue')

/** The queue of this Payload instance (created on first use). */
export function importQueue(payload: Payload): ImportQueue {
  const holder = payload as unknown as Record<symbol, ImportQueue | undefined>
  return (holder[QUEUE] ??= new ImportQueue(payload))
}

/**
 * Marks failed every run still queued or running whose lease has passed (its process is gone),
 * and deletes its upload. Returns how many it marked.
 */
export async function failAbandonedRuns(payload: Payload, now = new Date()): Promise<number> {
  const { docs } = await payload.find({
    collection: RUNS,
    where: {
      and: [
        { status: { in: ['queued', 'running'] } },
        {
          or: [{ leaseUntil: { exists: false } }, { leaseUntil: { less_than: now.toISOString() } }],
        },
      ],
    },
    depth: 0,
    limit: 1000,
    pagination: false,
    overrideAccess: true,
  })
  const { uploadDir } = importPlaces(payload)
  const leftovers = await fs.readdir(uploadDir).catch(() => [] as string[])
  for (const doc of docs as any[]) {
    for (const name of leftovers.filter((n) => n.startsWith(`${doc.id}.`)))
      await fs.rm(path.join(uploadDir, name), { force: true })
    await payload.update({
      collection: RUNS,
      id: doc.id,
      data: {
        status: 'failed',
        error: INTERRUPTED,
        finishedAt: now.toISOString(),
        leaseUntil: null,
      } as any,
      depth: 0,
      overrideAccess: true,
    })
  }
  // Uploads cut off before their run was recorded (the process stopped while receiving them).
  for (const name of leftovers.filter((n) => n.startsWith(UPLOADING_PREFIX))) {
    const file = path.join(uploadDir, name)
    const stat = await fs.stat(file).catch(() => null)
    if (stat && now.getTime() - stat.mtimeMs > ABANDONED_UPLOAD_MS)
      await fs.rm(file, { force: true })
  }
  return docs.length
}

/**
 * At server start: runs left by a previous process are marked failed, then again every minute
 * (runs of another process that stopped); the returned function stops this and the process's
 * own queue (its runs are marked interrupted).
 */
export async function startImportRuns(payload: Payload): Promise<() => Promise<void>> {
  let sweeping: Promise<void> | undefined
  const sweep = async () => {
    try {
      const failed = await failAbandonedRuns(payload)
      if (failed)
        payload.logger.warn({ failed }, `marked ${failed} interrupted import run(s) failed`)
    } catch (err) {
      payload.logger.warn({ err }, 'could not look for interrupted import runs')
    }
  }
  await sweep()
  const timer = setInterval(() => {
    if (!sweeping) sweeping = sweep().finally(() => (sweeping = undefined))
  }, SWEEP_MS)
  timer.unref()
  return async () => {
    clearInterval(timer)
    // A sweep under way finishes before the database closes (its queries would fail mid-way).
    await sweeping
    await importQueue(payload).stop()
  }
}
