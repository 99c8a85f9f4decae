/**
 * Where an import's rows come from: validateFile on this thread unless the process that started
 * this one chose otherwise. The server and the CLI (compiled by scripts/build.mjs) install
 * validateInWorker (in-worker.ts), which parses and validates on a second core.
 *
 * Why a registry rather than an import: the admin (built by Next) reaches the import through
 * Payload's config, and its bundler cannot compile a module that starts a worker from a file
 * (it tries to bundle every file the path might name). in-worker.ts is imported only by
 * entries that Next never sees, and the choice is kept on globalThis so that the copies of this
 * module in Next's bundle and in the server's share it within one process.
 */
import type { DecisionKind, HeaderMapping } from './columns'
import type { ByteSource, FileFormat } from './read'
import type { RowResult } from './rows'
import { validateFile } from './validate'

export type RowSource = (
  kind: DecisionKind,
  format: FileFormat,
  source: ByteSource,
  options: { onHeader?: (mapping: HeaderMapping) => void },
) => AsyncIterable<RowResult>

const KEY = Symbol.for('gongkai.import.rowSource')

/** Makes `source` the process's row source (undefined: back to validateFile). */
export function installRowSource(source: RowSource | undefined): void {
  ;(globalThis as Record<symbol, unknown>)[KEY] = source
}

/** The process's row source. */
export function currentRowSource(): RowSource {
  return ((globalThis as Record<symbol, unknown>)[KEY] as RowSource | undefined) ?? validateFile
}
