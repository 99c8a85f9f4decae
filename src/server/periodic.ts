/**
 * A task run now and then in the background of a server process: first after `firstMs`, then
 * every `everyMs`, never two runs at once, errors logged and the timers unref'd (they never keep a
 * process alive). Returns the function that stops it: it resolves once a run under way has ended
 * (the task is told to stop, and a long one checks `stopping()` between steps), so the database is
 * never closed under a running task (its queries would fail mid-way).
 */
import type { Payload, PayloadRequest } from 'payload'

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

const KV = 'payload-kv' as const

/**
 * Claims one period of a task for this process, across every process on the database: true for
 * the first claim of the period (`everyMs` long, counted from the epoch), false for every later
 * one. A task that every server process schedules (the tamper check) then runs once per period
 * whatever the number of processes, not once in each. The claim is a row of Payload's key-value
 * collection whose key names the period; its unique index lets one insert win. Claims of earlier
 * periods are deleted by the winner. A process that dies after claiming leaves its period
 * unrun; the next one is claimed as usual.
 */
export async function claimPeriod(
  payload: Payload,
  task: string,
  everyMs: number,
  now: number = Date.now(),
): Promise<boolean> {
  const prefix = `gongkai:period:${task}:`
  const key = `${prefix}${Math.floor(now / Math.max(1, everyMs))}`
  const req = {} as PayloadRequest
  try {
    await payload.db.create({
      collection: KV,
      data: { key, data: { claimedAt: new Date(now).toISOString(), pid: process.pid } },
      req,
      select: {},
    } as any)
  } catch (error) {
    const claimed = await payload.db.findOne({
      collection: KV,
      where: { key: { equals: key } },
      req,
      select: {},
      joins: false,
    } as any)
    if (claimed) return false
    throw error
  }
  await payload.db.deleteMany({
    collection: KV,
    where: { and: [{ key: { like: prefix } }, { key: { not_equals: key } }] },
    req,
  })
  return true
}
