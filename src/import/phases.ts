/**
 * Where an import's time goes: milliseconds per phase, summed over a run. The benchmark prints
 * them next to its table; the import itself only adds to them (a few clock reads a batch).
 */
import { performance } from 'node:perf_hooks'

export class PhaseTimes {
  readonly ms = new Map<string, number>()
  /** How many times each phase was entered. */
  readonly calls = new Map<string, number>()

  add(phase: string, ms: number) {
    this.ms.set(phase, (this.ms.get(phase) ?? 0) + ms)
    this.calls.set(phase, (this.calls.get(phase) ?? 0) + 1)
  }

  /** Runs `fn`, adding its time to `phase`. */
  async time<T>(phase: string, fn: () => Promise<T> | T): Promise<T> {
    const started = performance.now()
    try {
      return await fn()
    } finally {
      this.add(phase, performance.now() - started)
    }
  }

  toJSON(): Record<string, number> {
    return Object.fromEntries(this.ms)
  }
}

/** Times `fn` into `phases` when there are any. */
export function timed<T>(
  phases: PhaseTimes | undefined,
  phase: string,
  fn: () => Promise<T>,
): Promise<T> {
  return phases ? phases.time(phase, fn) : fn()
}
