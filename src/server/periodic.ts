/**
 * A task run now and then in the background of a server process: first after `firstMs`, then
 * every `everyMs`, never two runs at once, errors logged and the timers unref'd (they never keep a
 * process alive). Returns the function that stops it: it resolves once a run under way has ended
 * (the task is told to stop, and a long one checks `stopping()` between steps), so the database is
 * never closed under a running task (its queries would fail mid-way).
 */
import type { Logger } from '../logger'

export function runPeriodically(
  task: (stopping: () => boolean) => Promise<unknown>,
  options: { everyMs: number; firstMs: number; logger?: Logger; failure: string },
): () => Promise<void> {
  let stopped = false
  let running: Promise<unknown> | undefined
  const run = () => {
    if (stopped || running) return
    running = task(() => stopped)
      .catch((error) => options.logger?.error({ err: error }, options.failure))
      .finally(() => (running = undefined))
  }
  const first = setTimeout(run, options.firstMs)
  const timer = setInterval(run, options.everyMs)
  first.unref()
  timer.unref()
  return async () => {
    stopped = true
    clearTimeout(first)
    clearInterval(timer)
    await running
  }
}
