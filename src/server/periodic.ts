/**
 * A task run now and then in the background of a server process: first after `firstMs`, then
 * every `everyMs`, never two runs at once, errors logged and the timers unref'd (they never keep a
 * process alive). Returns the function that stops it.
 */
import type { Logger } from '../logger'

export function runPeriodically(
  task: () => Promise<unknown>,
  options: { everyMs: number; firstMs: number; logger?: Logger; failure: string },
): () => void {
  let stopped = false
  let running: Promise<unknown> | undefined
  const run = () => {
    if (stopped || running) return
    running = task()
      .catch((error) => options.logger?.error({ err: error }, options.failure))
      .finally(() => (running = undefined))
  }
  const first = setTimeout(run, options.firstMs)
  const timer = setInterval(run, options.everyMs)
  first.unref()
  timer.unref()
  return () => {
    stopped = true
    clearTimeout(first)
    clearInterval(timer)
  }
}
