/**
 * The scheduled-job runner. Every server process may run one; together they publish each due job
 * exactly once:
 *
 * 1. Claim (one short transaction): under a per-job lock, re-read the job; if it is due (or its
 *    runner's lease ran out), mark it `running` with this runner's name and a lease, and count
 *    the attempt. Two runners cannot both claim it.
 * 2. Run (one transaction): under the same lock, check the lease is still ours, publish (or
 *    remove), and mark the job `done` in the SAME transaction. A runner that dies or hangs past
 *    its lease leaves the job to be claimed again; if it wakes up later, it finds the lease gone
 *    and rolls back. A crash mid-run rolls back with the connection. So the publication and the
 *    job's completion are committed together, once.
 * 3. A failure rolls back, and the job waits (backoff) for another attempt, up to MAX_ATTEMPTS,
 *    then fails visibly (admin list and audit log).
 *
 * Payload's job queue is not used for this: it has no lease, claims by find-then-update, and its
 * publish task does not retry (stack-notes.md pitfall 11).
 */
import crypto from 'node:crypto'
import os from 'node:os'

import type { Payload, PayloadRequest } from 'payload'

import { appendAudit } from '../audit/append'
import { LOCK_SPACE, lockKeyOf, transactionLock } from '../db/locks'
import { inOwnTransaction } from '../db/transactions'
import { patchPublishedVersion } from '../documents/published'
import type { Logger } from '../logger'
import { publishApproved } from '../workflow/endpoint'
import {
  BACKOFF_BASE_MS,
  backoffMs,
  claimable,
  type Job,
  MAX_ATTEMPTS,
  publishVerdict,
  unpublishVerdict,
} from './jobs'
import { latestVersionId } from './queue'

const SLUG = 'scheduled-jobs' as const

export type RunnerOptions = {
  pollMs: number
  leaseMs: number
  logger: Logger
  /** Test-only fault points (GONGKAI_TEST_FAILPOINTS), e.g. "stall-after-claim,exit-mid-run". */
  failpoints?: Set<string>
}

const lockKey = (id: number | string) => lockKeyOf('scheduled-job', id)

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

export class SchedulerRunner {
  readonly name = `${os.hostname()}:${process.pid}:${crypto.randomBytes(3).toString('hex')}`
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined
  #stopping = false
  /** Thrown before a job's work, once per entry: lets tests inject transient faults. */
  faults: Array<(job: Job) => void | Promise<void>> = []
  /** First retry delay; doubles per failed attempt (tests shorten it). */
  retryBaseMs = BACKOFF_BASE_MS

  constructor(
    private readonly payload: Payload,
    private readonly options: RunnerOptions,
  ) {}

  start(): void {
    this.#stopping = false
    const loop = async () => {
      if (this.#stopping) return
      this.#running = this.tick()
        .then(() => undefined)
        .catch((err) => this.options.logger.error({ err }, 'scheduler: tick failed'))
      await this.#running
      if (!this.#stopping) this.#timer = setTimeout(loop, this.options.pollMs)
    }
    // First look right away: jobs that fell due while no runner was up run on start.
    this.#timer = setTimeout(loop, 0)
  }

  /** Stops polling and waits for the job in hand to finish. */
  async stop(): Promise<void> {
    this.#stopping = true
    clearTimeout(this.#timer)
    await this.#running
  }

  /** One pass: claim and run every job that is due now. Returns how many it ran. */
  async tick(now = new Date()): Promise<number> {
    const { docs } = await this.payload.find({
      collection: SLUG,
      where: {
        or: [
          {
            and: [
              { state: { equals: 'pending' } },
              { runAfter: { less_than_equal: now.toISOString() } },
            ],
          },
          {
            and: [
              { state: { equals: 'running' } },
              { leaseUntil: { less_than: now.toISOString() } },
            ],
          },
        ],
      },
      sort: 'runAfter',
      limit: 20,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    let ran = 0
    for (const candidate of docs as unknown as Job[]) {
      if (this.#stopping) break
      const job = await this.claim(candidate.id)
      if (!job) continue
      await this.run(job)
      ran += 1
    }
    return ran
  }

  #inTransaction<T>(work: (req: PayloadRequest) => Promise<T>): Promise<T> {
    return inOwnTransaction(this.payload, work, { context: { auditActor: 'scheduler' } })
  }

  async #read(req: PayloadRequest, id: Job['id']): Promise<Job | null> {
    return (await this.payload
      .findByID({ collection: SLUG, id, req, depth: 0, overrideAccess: true, disableErrors: true })
      .catch(() => null)) as unknown as Job | null
  }

  async #write(req: PayloadRequest, id: Job['id'], data: Record<string, unknown>) {
    await this.payload.update({
      collection: SLUG,
      id,
      data: data as any,
      req,
      depth: 0,
      overrideAccess: true,
    })
  }

  /** Step 1: takes the job for this runner, or returns null when it is not ours to run. */
  async claim(id: Job['id']): Promise<Job | null> {
    return this.#inTransaction(async (req) => {
      if (!(await transactionLock(req, LOCK_SPACE.scheduledJob, lockKey(id), { wait: false })))
        return null
      const job = await this.#read(req, id)
      const now = new Date()
      if (!job || !claimable(job, now)) return null
      if (job.attempts >= MAX_ATTEMPTS) {
        // Its last runner died with the last attempt: give up visibly.
        await this.#fail(req, job, 'the runner stopped during the last attempt')
        return null
      }
      const claimed = {
        state: 'running',
        leaseOwner: this.name,
        leaseUntil: new Date(now.getTime() + this.options.leaseMs).toISOString(),
        attempts: job.attempts + 1,
      }
      await this.#write(req, id, claimed)
      return { ...job, ...claimed } as Job
    })
  }

  /** Step 2: does the work and completes the job in one transaction; on error, schedules a retry. */
  async run(job: Job): Promise<void> {
    const failpoints = this.options.failpoints
    if (failpoints?.has('stall-after-claim')) await sleep(3_600_000)
    try {
      await this.#inTransaction(async (req) => {
        await transactionLock(req, LOCK_SPACE.scheduledJob, lockKey(job.id))
        const current = await this.#read(req, job.id)
        if (!current || current.state !== 'running' || current.leaseOwner !== this.name) {
          this.options.logger.warn(
            { job: job.key },
            'scheduler: lease lost; another runner has the job',
          )
          return
        }
        for (const fault of this.faults.splice(0, 1)) await fault(job)
        const outcome =
          job.kind === 'publish' ? await this.#publish(req, job) : await this.#unpublish(req, job)
        if (failpoints?.has('exit-mid-run')) process.kill(process.pid, 'SIGKILL')
        if (failpoints?.has('stall-mid-run')) await sleep(3_600_000)
        await this.#write(req, job.id, {
          state: outcome.done ? 'done' : 'cancelled',
          outcome: outcome.text,
          finishedAt: new Date().toISOString(),
          leaseOwner: null,
          leaseUntil: null,
          lastError: null,
        })
        this.options.logger.info({ job: job.key, outcome: outcome.text }, 'scheduler: job finished')
      })
    } catch (err) {
      this.options.logger.warn({ err, job: job.key }, 'scheduler: attempt failed')
      await this.#retryLater(job, err as Error).catch((e) =>
        this.options.logger.error(
          { err: e, job: job.key },
          'scheduler: could not record a failure',
        ),
      )
    }
  }

  /** The job's document: its latest version (draft) or its published one. */
  #target(req: PayloadRequest, job: Job, draft: boolean): Promise<any> {
    return this.payload
      .findByID({
        collection: job.targetCollection as any,
        id: job.targetId,
        draft,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
      })
      .catch(() => null)
  }

  async #publish(req: PayloadRequest, job: Job): Promise<{ done: boolean; text: string }> {
    const doc = await this.#target(req, job, true)
    const latest = doc ? await latestVersionId(req, job.targetCollection, job.targetId) : null
    const verdict = publishVerdict(job, doc, latest)
    if (!verdict.go) return { done: false, text: `cancelled: ${verdict.reason}` }
    await publishApproved(req, job.targetCollection, job.targetId, 'publish')
    return { done: true, text: 'published' }
  }

  async #unpublish(req: PayloadRequest, job: Job): Promise<{ done: boolean; text: string }> {
    const published = await this.#target(req, job, false)
    const verdict = unpublishVerdict(job, published)
    if (!verdict.go) return { done: false, text: `cancelled: ${verdict.reason}` }
    await patchPublishedVersion(
      req,
      job.targetCollection as any,
      job.targetId,
      {
        workflowState: 'unpublished',
        unpublishedReason: '公示期满，按计划撤下 (scheduled end of publication)',
        unpublishedAt: new Date().toISOString(),
      },
      { workflowAction: 'unpublish' },
    )
    return { done: true, text: 'unpublished' }
  }

  async #retryLater(job: Job, error: Error): Promise<void> {
    await this.#inTransaction(async (req) => {
      await transactionLock(req, LOCK_SPACE.scheduledJob, lockKey(job.id))
      const current = await this.#read(req, job.id)
      if (!current || current.state !== 'running' || current.leaseOwner !== this.name) return
      const message = `${error.name}: ${error.message}`.slice(0, 2000)
      if (current.attempts >= MAX_ATTEMPTS) {
        await this.#fail(req, current, message)
        return
      }
      await this.#write(req, job.id, {
        state: 'pending',
        runAfter: new Date(
          Date.now() + backoffMs(current.attempts, this.retryBaseMs),
        ).toISOString(),
        leaseOwner: null,
        leaseUntil: null,
        lastError: message,
      })
    })
  }

  async #fail(req: PayloadRequest, job: Job, message: string) {
    await this.#write(req, job.id, {
      state: 'failed',
      outcome: `failed after ${job.attempts} attempts`,
      lastError: message,
      finishedAt: new Date().toISOString(),
      leaseOwner: null,
      leaseUntil: null,
    })
    await appendAudit(req, {
      action: `schedule.failed`,
      collection: job.targetCollection,
      targetId: job.targetId,
      result: 'failure',
      detail: { job: job.key, attempts: job.attempts, error: message },
    })
    this.options.logger.error({ job: job.key, error: message }, 'scheduler: job failed for good')
  }
}
