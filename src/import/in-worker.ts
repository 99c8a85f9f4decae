/**
 * validateFile on a second core: the same rows, in the same order, with the same errors, parsed
 * and validated in a worker thread (validate-worker.ts) while the import writes earlier rows to
 * the database on this one. Reading and validating took an eighth of an import's time on
 * SQLite, and SQLite's writes block this thread, so the two could not overlap here.
 *
 * The bytes are still read here, from the same source (a path or a stream such as an upload's),
 * so whoever counts or stops the stream still does; the worker receives copies. Memory stays
 * flat: at most BYTE_WINDOW bytes sent and not yet parsed, at most ROW_WINDOW rows parsed and not
 * yet read (validate-worker.ts).
 *
 * The worker runs compiled JavaScript: its entry is bundled by esbuild (a dependency: the server
 * is compiled the same way at start) into dist/workers/, under a name carrying a hash of the
 * code, so a changed validator never runs stale code. When that cannot be done the rows are
 * validated on this thread, as before.
 */
import { createHash } from 'node:crypto'
import { createReadStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Worker } from 'node:worker_threads'

import { projectRoot, srcDir } from '../paths'
import type { DecisionKind, HeaderMapping } from './columns'
import type { ByteSource, FileFormat } from './read'
import type { RowResult } from './rows'
import { ImportHeaderError, validateFile, type ValidateOptions } from './validate'

/** Bytes sent to the worker and not yet taken by its parser. */
export const BYTE_WINDOW = 8 * 1024 * 1024
/** Rows the worker may have sent that this thread has not read yet. */
export const ROW_WINDOW = 4000
/** Rows per message. */
export const ROW_BATCH = 250

let script: Promise<string> | undefined

/** The worker's compiled entry (built once per process, reused across processes by its hash). */
export function validateWorkerScript(): Promise<string> {
  script ??= (async () => {
    const esbuild = await import('esbuild')
    const built = await esbuild.build({
      absWorkingDir: projectRoot,
      entryPoints: [path.join(srcDir, 'import/validate-worker.ts')],
      bundle: true,
      packages: 'external',
      platform: 'node',
      format: 'esm',
      target: 'node20',
      write: false,
      logLevel: 'silent',
      tsconfig: path.join(projectRoot, 'tsconfig.json'),
    })
    const code = built.outputFiles[0]!.text
    const hash = createHash('sha256').update(code).digest('hex').slice(0, 16)
    const dir = path.join(projectRoot, 'dist', 'workers')
    const file = path.join(dir, `import-validate-${hash}.mjs`)
    const exists = await fs.stat(file).then(
      () => true,
      () => false,
    )
    if (!exists) {
      await fs.mkdir(dir, { recursive: true })
      // Written aside and renamed: another process starting the same worker sees all or nothing.
      const partial = `${file}.${process.pid}.tmp`
      await fs.writeFile(partial, code)
      await fs.rename(partial, file)
    }
    return file
  })()
  script.catch(() => (script = undefined))
  return script
}

export type InWorkerOptions = ValidateOptions & {
  /** Told when the rows are validated on this thread instead (the worker could not start). */
  onFallback?: (error: unknown) => void
  /** The windows and batch size (tests make them small). */
  byteWindow?: number
  rowWindow?: number
  rowBatch?: number
}

/** validateFile(kind, format, source, options), run in a worker thread. */
export async function* validateInWorker(
  kind: DecisionKind,
  format: FileFormat,
  source: ByteSource,
  options: InWorkerOptions = {},
): AsyncGenerator<RowResult> {
  let file: string
  try {
    file = await validateWorkerScript()
  } catch (error) {
    options.onFallback?.(error)
    yield* validateFile(kind, format, source, { onHeader: options.onHeader })
    return
  }
  const {
    byteWindow = BYTE_WINDOW,
    rowWindow = ROW_WINDOW,
    rowBatch = ROW_BATCH,
    onHeader,
  } = options
  const worker = new Worker(file, {
    workerData: { kind, format, window: rowWindow, batch: Math.min(rowBatch, rowWindow) },
  })
  const queue: RowResult[][] = []
  let finished = false
  let failure: { error: unknown } | null = null
  let wake: (() => void) | null = null
  const notify = () => {
    const w = wake
    wake = null
    w?.()
  }
  const fail = (error: unknown) => {
    failure ??= { error }
    finished = true
    notify()
  }
  let unparsed = 0
  let wakePump: (() => void) | null = null
  const pumpOn = () => {
    const w = wakePump
    wakePump = null
    w?.()
  }
  worker.on('message', (message: any) => {
    switch (message.type) {
      case 'rows':
        queue.push(message.rows)
        break
      case 'header':
        try {
          onHeader?.(message.mapping as HeaderMapping)
        } catch (error) {
          fail(error)
        }
        break
      case 'ack':
        unparsed -= message.bytes
        pumpOn()
        return
      case 'done':
        finished = true
        break
      case 'error':
        fail(
          message.mapping
            ? new ImportHeaderError(message.mapping as HeaderMapping)
            : Object.assign(new Error(message.message), { name: message.name }),
        )
        return
    }
    notify()
  })
  worker.on('error', fail)
  worker.on('exit', (code) => {
    if (!finished) fail(new Error(`the import's reader thread stopped (exit code ${code})`))
  })

  let stopped = false
  const source$ = typeof source === 'string' ? createReadStream(source) : source
  const pump = (async () => {
    for await (const chunk of source$) {
      if (stopped) return
      // A copy with its own buffer, moved to the worker (a stream's chunks may share one).
      const bytes = new Uint8Array(chunk)
      unparsed += bytes.byteLength
      worker.postMessage({ type: 'chunk', bytes }, [bytes.buffer])
      while (unparsed > byteWindow && !stopped) await new Promise<void>((r) => (wakePump = r))
    }
    if (!stopped) worker.postMessage({ type: 'end' })
  })()
  pump.catch(fail)

  try {
    for (;;) {
      const rows = queue.shift()
      if (rows) {
        for (const row of rows) yield row
        worker.postMessage({ type: 'credit', rows: rows.length })
        continue
      }
      if (failure) throw (failure as { error: unknown }).error
      if (finished) return
      await new Promise<void>((resolve) => (wake = resolve))
    }
  } finally {
    stopped = true
    finished = true
    pumpOn()
    await worker.terminate()
  }
}
