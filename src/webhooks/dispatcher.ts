/**
 * Delivers the webhook outbox: runs in every server process; each delivery is claimed under a
 * lock and a lease, so two processes never send it at the same time, and one whose sender died is
 * taken up again when the lease ends. At least once: a delivery is marked done only after a 2xx.
 * In order per document: a delivery waits while an older one for the same document and
 * subscription is undelivered. Failed attempts are retried with backoff for 24 hours (backoff.ts).
 */
import http from 'node:http'
import https from 'node:https'
import dns from 'node:dns'
import type { LookupFunction } from 'node:net'

import type { Payload, PayloadRequest } from 'payload'

import { LOCK_SPACE, lockKeyOf, transactionLock } from '../db/locks'
import { inOwnTransaction } from '../db/transactions'
import type { Logger } from '../logger'
import { DEFAULT_RETRY, nextAttemptAt, type RetryPolicy } from './backoff'
import { keyOf, openSecret } from './secret-box'
import { sign } from './signing'
import { isInternalAddress, targetProblem } from './targets'

const SLUG = 'webhook-deliveries' as const
const MAX_LOG = 30

export type DispatcherOptions = {
  pollMs: number
  timeoutMs: number
  allowPrivate: boolean
  retry: RetryPolicy
  logger: Logger
}

export const DISPATCHER_DEFAULTS = {
  pollMs: 1_000,
  timeoutMs: 10_000,
  allowPrivate: false,
  retry: DEFAULT_RETRY,
}

type Delivery = {
  id: number | string
  eventId: string
  eventType: string
  subscription: number | string
  documentUid: string
  body: string
  state: string
  attempts: number
  nextAttemptAt: string | null
  leaseUntil: string | null
  createdAt: string
  log?: Array<Record<string, unknown>>
}

type Attempt = { status: number | null; error: string | null; ms: number }

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** A DNS lookup that refuses internal addresses, checked on the address actually connected to. */
function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 4)
      const list = addresses as dns.LookupAddress[]
      const bad = !allowPrivate && list.find((a) => isInternalAddress(a.address))
      if (bad)
        return callback(
          Object.assign(new Error(`${hostname} resolves to an internal address`), {
            code: 'EINTERNAL',
          }),
          '',
          4,
        )
      if ((options as any).all) return (callback as any)(null, list)
      callback(null, list[0]!.address, list[0]!.family)
    })
  }
}

/** POSTs the body; resolves with the status (null when no response came) and any error. */
export function post(
  url: string,
  headers: Record<string, string>,
  body: string,
  { timeoutMs, allowPrivate }: { timeoutMs: number; allowPrivate: boolean },
): Promise<Attempt> {
  const started = performance.now()
  const done = (status: number | null, error: string | null): Attempt => ({
    status,
    error,
    ms: Math.round(performance.now() - started),
  })
  const problem = targetProblem(url, allowPrivate)
  if (problem) return Promise.resolve(done(null, `The URL ${problem}`))
  const target = new URL(url)
  const client = target.protocol === 'https:' ? https : http
  return new Promise((resolve) => {
    const req = client.request(
      target,
      {
        method: 'POST',
        headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) },
        lookup: guardedLookup(allowPrivate),
        timeout: timeoutMs,
        agent: false,
      },
      (res) => {
        res.resume() // the receiver's body is not needed
        res.on('end', () => resolve(done(res.statusCode ?? null, null)))
        res.on('error', (err) => resolve(done(res.statusCode ?? null, err.message)))
      },
    )
    req.on('timeout', () => req.destroy(new Error(`no answer within ${timeoutMs} ms`)))
    req.on('error', (err) => resolve(done(null, err.message)))
    req.end(body)
  })
}

export class WebhookDispatcher {
  #timer: NodeJS.Timeout | undefined
  #running: Promise<void> | undefined
  #stopping = false

  constructor(
    private readonly payload: Payload,
    private readonly options: DispatcherOptions,
  ) {}

  start(): void {
    this.#stopping = false
    const loop = async () => {
      if (this.#stopping) return
      this.#running = this.tick()
        .then(() => undefined)
        .catch((err) => this.options.logger.error({ err }, 'webhooks: tick failed'))
      await this.#running
      if (!this.#stopping) this.#timer = setTimeout(loop, this.options.pollMs)
    }
    this.#timer = setTimeout(loop, 0)
  }

  async stop(): Promise<void> {
    this.#stopping = true
    clearTimeout(this.#timer)
    await this.#running
  }

  /** One pass over due deliveries, oldest first. Returns how many were attempted. */
  async tick(now = new Date()): Promise<number> {
    const { docs } = await this.payload.find({
      collection: SLUG,
      where: {
        or: [
          {
            and: [
              { state: { equals: 'pending' } },
              { nextAttemptAt: { less_than_equal: now.toISOString() } },
            ],
          },
          {
            and: [
              { state: { equals: 'sending' } },
              { leaseUntil: { less_than: now.toISOString() } },
            ],
          },
        ],
      },
      sort: 'id',
      limit: 50,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    let attempted = 0
    const blocked = new Set<string>()
    for (const candidate of docs as unknown as Delivery[]) {
      if (this.#stopping) break
      const line = `${idOf(candidate.subscription)}:${candidate.documentUid}`
      if (blocked.has(line)) continue
      // Order per document: an older undelivered event for the same document goes first.
      if (await this.#hasOlderPending(candidate)) {
        blocked.add(line)
        continue
      }
      const claimed = await this.claim(candidate.id)
      if (!claimed) {
        blocked.add(line)
        continue
      }
      const ok = await this.deliver(claimed)
      attempted += 1
      if (!ok) blocked.add(line)
    }
    return attempted
  }

  async #hasOlderPending(delivery: Delivery): Promise<boolean> {
    const { totalDocs } = await this.payload.count({
      collection: SLUG,
      where: {
        and: [
          { subscription: { equals: idOf(delivery.subscription) } },
          { documentUid: { equals: delivery.documentUid } },
          { state: { in: ['pending', 'sending'] } },
          { id: { less_than: delivery.id } },
        ],
      },
      overrideAccess: true,
    })
    return totalDocs > 0
  }

  #inTransaction<T>(work: (req: PayloadRequest) => Promise<T>): Promise<T> {
    return inOwnTransaction(this.payload, work, { context: { auditActor: 'webhooks' } })
  }

  /** Takes the delivery for this process (a lease), or null when it is not ours to send. */
  async claim(id: Delivery['id']): Promise<Delivery | null> {
    return this.#inTransaction(async (req) => {
      if (
        !(await transactionLock(req, LOCK_SPACE.webhookDelivery, lockKeyOf('delivery', id), {
          wait: false,
        }))
      )
        return null
      const delivery = (await this.payload
        .findByID({
          collection: SLUG,
          id,
          req,
          depth: 0,
          overrideAccess: true,
          disableErrors: true,
        })
        .catch(() => null)) as unknown as Delivery | null
      const now = new Date()
      if (!delivery) return null
      const due =
        (delivery.state === 'pending' &&
          (!delivery.nextAttemptAt || new Date(delivery.nextAttemptAt) <= now)) ||
        (delivery.state === 'sending' &&
          (!delivery.leaseUntil || new Date(delivery.leaseUntil) < now))
      if (!due) return null
      const leaseUntil = new Date(now.getTime() + this.options.timeoutMs + 30_000).toISOString()
      await this.payload.update({
        collection: SLUG,
        id,
        data: { state: 'sending', leaseUntil } as any,
        req,
        depth: 0,
        overrideAccess: true,
      })
      return { ...delivery, state: 'sending', leaseUntil }
    })
  }

  /** Sends one claimed delivery and records the attempt. Returns whether it was delivered. */
  async deliver(delivery: Delivery): Promise<boolean> {
    const subscription = (await this.payload
      .findByID({
        collection: 'webhook-subscriptions',
        id: idOf(delivery.subscription),
        depth: 0,
        overrideAccess: true,
        showHiddenFields: true,
        disableErrors: true,
      })
      .catch(() => null)) as any
    if (!subscription || !subscription.active) {
      await this.#record(
        delivery,
        { status: null, error: 'subscription inactive', ms: 0 },
        'skipped',
      )
      return true
    }
    let secret: string
    try {
      // Opened here only, for this signature; never logged or kept.
      secret = openSecret(String(subscription.secret ?? ''), keyOf(this.payload))
    } catch {
      // Another PAYLOAD_SECRET, or an altered row: nothing can be signed. Retried like any
      // failure, so restoring the secret (or issuing a new one) lets the delivery through.
      const attempt = { status: null, error: 'signing secret cannot be opened', ms: 0 }
      await this.#record(delivery, attempt, null)
      this.options.logger.error(
        { delivery: delivery.id, subscription: subscription.id },
        'webhook signing secret cannot be opened (was PAYLOAD_SECRET changed?)',
      )
      return false
    }
    const timestamp = Math.floor(Date.now() / 1000)
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'Gongkai-Webhooks/1',
      'webhook-id': delivery.eventId,
      'webhook-timestamp': String(timestamp),
      'webhook-signature': sign(secret, delivery.eventId, timestamp, delivery.body),
    }
    const attempt = await post(subscription.url, headers, delivery.body, this.options)
    const ok = attempt.status !== null && attempt.status >= 200 && attempt.status < 300
    await this.#record(delivery, attempt, ok ? 'delivered' : null)
    if (!ok)
      this.options.logger.warn(
        { delivery: delivery.id, status: attempt.status, error: attempt.error },
        'webhook delivery failed',
      )
    return ok
  }

  async #record(delivery: Delivery, attempt: Attempt, final: 'delivered' | 'skipped' | null) {
    const now = new Date()
    const attempts = (delivery.attempts ?? 0) + 1
    const next = final
      ? null
      : nextAttemptAt(new Date(delivery.createdAt), attempts, now, this.options.retry)
    const log = [
      ...(delivery.log ?? []).map(({ id: _id, ...entry }) => entry),
      {
        at: now.toISOString(),
        status: attempt.status,
        ms: attempt.ms,
        error: attempt.error?.slice(0, 500) ?? null,
      },
    ].slice(-MAX_LOG)
    await this.payload.update({
      collection: SLUG,
      id: delivery.id,
      data: {
        state: final ?? (next ? 'pending' : 'failed'),
        attempts,
        nextAttemptAt: next ? next.toISOString() : null,
        leaseUntil: null,
        deliveredAt: final === 'delivered' ? now.toISOString() : null,
        log,
      } as any,
      depth: 0,
      overrideAccess: true,
    })
  }
}
