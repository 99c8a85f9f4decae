/**
 * When to try a failed delivery again: exponential backoff over 24 hours, then give up.
 * Delays after the 1st, 2nd, … failed attempt (the Standard Webhooks / Svix idea, doubled steps).
 */
export const RETRY_SCHEDULE_MS = [
  5_000, // 5 s
  30_000, // 30 s
  2 * 60_000, // 2 min
  10 * 60_000, // 10 min
  30 * 60_000, // 30 min
  60 * 60_000, // 1 h
  2 * 60 * 60_000, // 2 h
  4 * 60 * 60_000, // 4 h
  8 * 60 * 60_000, // 8 h
]

export const RETRY_FOR_MS = 24 * 60 * 60_000

export type RetryPolicy = { schedule: number[]; retryForMs: number }

export const DEFAULT_RETRY: RetryPolicy = { schedule: RETRY_SCHEDULE_MS, retryForMs: RETRY_FOR_MS }

/**
 * After `failures` failed attempts of an event created at `createdAt`: the time of the next attempt,
 * or null when the next would fall past the retry window (the delivery has failed for good). The
 * last attempt is placed at the end of the window so the 24 hours are used in full.
 */
export function nextAttemptAt(
  createdAt: Date,
  failures: number,
  now: Date,
  policy: RetryPolicy = DEFAULT_RETRY,
): Date | null {
  if (failures < 1) return now
  const deadline = createdAt.getTime() + policy.retryForMs
  if (now.getTime() >= deadline) return null
  const delay = policy.schedule[Math.min(failures, policy.schedule.length) - 1]!
  const next = now.getTime() + delay
  // Past the window: one last try at its end (the check above ends it after that one).
  return new Date(Math.min(next, deadline))
}
