/**
 * A second read connection of the SQLite search index, in a worker thread, so that one search can
 * use two cores: the engine reads the lower half of the rowids on the main thread while the
 * worker reads the upper half (sqlite-fts5.ts, `SplitReads`). An FTS5 match with a rowid range
 * costs in proportion to the range (a phrase of a word in 91,549 of the 100,000 bench documents:
 * 21.7 ms for all rowids, 10.3 and 10.4 ms for each half), so a common word's match takes about
 * half its time when the two halves run together. It shortens one search while cores are idle;
 * it adds no throughput when every core is busy with other requests.
 *
 * The worker holds a read-only connection of the same file and answers one statement at a time
 * with its first column's bytes (the engine's id lists are BLOBs), transferred, not copied.
 */
import { createRequire } from 'node:module'
import { Worker } from 'node:worker_threads'

/** The worker's code (CommonJS, evaluated): libsql is loaded by the path the main thread found. */
const WORKER = `
const { parentPort, workerData } = require('node:worker_threads')
const Database = require(workerData.libsql)
const db = new Database(workerData.file, { readonly: true })
db.exec('PRAGMA busy_timeout = 5000; PRAGMA mmap_size = ' + workerData.mmap)
const statements = new Map()
parentPort.on('message', ({ id, sql, params }) => {
  try {
    let statement = statements.get(sql)
    if (!statement) {
      statement = db.prepare(sql)
      statement.raw(true)
      statements.set(sql, statement)
    }
    const value = statement.get(...params)?.[0]
    const bytes =
      value === null || value === undefined
        ? null
        : typeof value === 'string'
          ? new TextEncoder().encode(value)
          : new Uint8Array(value)
    parentPort.postMessage({ id, bytes }, bytes ? [bytes.buffer] : [])
  } catch (err) {
    parentPort.postMessage({ id, error: String((err && err.message) || err) })
  }
})
`

type Pending = { resolve: (bytes: Uint8Array | null) => void; reject: (err: Error) => void }

export class SplitWorker {
  private worker: Worker
  private pending = new Map<number, Pending>()
  private next = 0
  /** Set when the worker failed or exited: the engine then reads on the main thread alone. */
  broken: Error | null = null

  constructor(file: string, mmap: number) {
    const libsql = createRequire(import.meta.url).resolve('libsql')
    this.worker = new Worker(WORKER, { eval: true, workerData: { file, libsql, mmap } })
    // Idle, the worker does not keep the process alive; it is referenced while a read is out.
    this.worker.unref()
    this.worker.on('message', (m: { id: number; bytes?: Uint8Array | null; error?: string }) => {
      const p = this.pending.get(m.id)
      if (!p) return
      this.pending.delete(m.id)
      if (!this.pending.size) this.worker.unref()
      if (m.error !== undefined) p.reject(new Error(m.error))
      else p.resolve(m.bytes ?? null)
    })
    this.worker.on('error', (err) => this.fail(err))
    this.worker.on('exit', (code) => this.fail(new Error(`search worker exited (code ${code})`)))
  }

  /** The first column of the statement's first row, as bytes (null: SQL NULL or no row). */
  read(sql: string, params: unknown[]): Promise<Uint8Array | null> {
    if (this.broken) return Promise.reject(this.broken)
    const id = this.next++
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject })
      this.worker.ref()
      this.worker.postMessage({ id, sql, params })
    })
  }

  private fail(err: Error): void {
    this.broken ??= err
    for (const p of this.pending.values()) p.reject(err)
    this.pending.clear()
  }

  close(): void {
    this.fail(new Error('search worker closed'))
    void this.worker.terminate()
  }
}
