/**
 * The worker thread of `validateInWorker` (parallel.ts): parses and validates a file's rows with
 * validateFile while the main thread writes earlier rows to the database. Bytes arrive as
 * messages; results leave in batches.
 *
 * Both directions are bounded, so memory stays flat whatever the file's size: the main thread
 * sends bytes only while fewer than a window of them wait here (each chunk is acknowledged as
 * the parser takes it), and this thread stops parsing while `window` rows it sent wait unread
 * there (the main thread grants credit as it reads them).
 *
 * Messages in: {type: 'chunk', bytes}, {type: 'end'}, {type: 'credit', rows}.
 * Messages out: {type: 'header', mapping}, {type: 'rows', rows}, {type: 'ack', bytes},
 * {type: 'done'}, {type: 'error', name, message, mapping?} (mapping: the header cannot be imported).
 */
import { parentPort, workerData } from 'node:worker_threads'

import type { DecisionKind } from './columns'
import type { FileFormat } from './read'
import type { RowResult } from './rows'
import { ImportHeaderError, validateFile } from './validate'

type Start = { kind: DecisionKind; format: FileFormat; window: number; batch: number }

const port = parentPort!
const { kind, format, window, batch } = workerData as Start

const chunks: Uint8Array[] = []
let ended = false
let credit = window
let wakeBytes: (() => void) | null = null
let wakeCredit: (() => void) | null = null

port.on('message', (message: { type: string; bytes?: Uint8Array; rows?: number }) => {
  if (message.type === 'chunk') chunks.push(message.bytes!)
  else if (message.type === 'end') ended = true
  else if (message.type === 'credit') credit += message.rows!
  if (message.type === 'credit') {
    const wake = wakeCredit
    wakeCredit = null
    wake?.()
  } else {
    const wake = wakeBytes
    wakeBytes = null
    wake?.()
  }
})

let pending: RowResult[] = []
const flush = () => {
  if (!pending.length) return
  port.postMessage({ type: 'rows', rows: pending })
  pending = []
}

async function* bytes(): AsyncGenerator<Uint8Array> {
  for (;;) {
    const chunk = chunks.shift()
    if (chunk) {
      port.postMessage({ type: 'ack', bytes: chunk.byteLength })
      yield chunk
      continue
    }
    if (ended) return
    // The rows parsed so far go out before waiting: the main thread may be waiting for them.
    flush()
    await new Promise<void>((resolve) => (wakeBytes = resolve))
  }
}

async function main() {
  try {
    const rows = validateFile(kind, format, bytes(), {
      onHeader: (mapping) => {
        flush()
        port.postMessage({ type: 'header', mapping })
      },
    })
    for await (const row of rows) {
      pending.push(row)
      credit--
      if (pending.length >= batch) flush()
      while (credit <= 0) {
        flush()
        await new Promise<void>((resolve) => (wakeCredit = resolve))
      }
    }
    flush()
    port.postMessage({ type: 'done' })
  } catch (error) {
    flush()
    const err = error as Error
    port.postMessage({
      type: 'error',
      name: err?.name ?? 'Error',
      message: err?.message ?? String(error),
      mapping: error instanceof ImportHeaderError ? error.mapping : undefined,
    })
  }
}

void main()
