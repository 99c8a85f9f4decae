/**
 * What every server process keeps about the public API between requests: the response cache, the
 * registered CORS origins and the API keys seen, all dropped together when the public generation
 * (generation.ts) changes:
 * - at once, after the commit of a change made in this process (the adapter's commit is wrapped);
 * - within `pollMs` for a change committed by any other process (another server, a CLI import);
 * - when a document's removal time (`unpublishAt`) passes, which no write announces.
 *
 * A response computed while a change was committing could describe the old state: it is only
 * stored if no reset happened between the start of its request and its end.
 */
import type { Payload } from 'payload'

import { ApiKeyVerifier } from './api-keys'
import { forgetSearchSnapshot } from '../search/snapshot'
import { forgetDepartments } from './documents'
import { onPublicCommit, readGeneration } from './generation'
import type { Representation } from './http'

export type PublicCacheOptions = {
  /** Keep responses in memory (off: every request is computed; for benchmarks and debugging). */
  enabled: boolean
  pollMs: number
  /** Bound on the number of cached responses (least recently used go first). */
  maxEntries: number
}

export const PUBLIC_CACHE_DEFAULTS: PublicCacheOptions = {
  enabled: true,
  pollMs: 250,
  maxEntries: 5_000,
}

export class PublicState {
  private entries = new Map<string, Representation>()
  private epoch = 0
  private generation: string | null = null
  private nextExpiry = Number.POSITIVE_INFINITY
  private timer: NodeJS.Timeout | null = null
  private polling = false
  private stopped = false
  private inFlight: Promise<void> = Promise.resolve()
  /** Reads under way (polls, reloads after a commit): stop() waits for them. */
  private pending = new Set<Promise<unknown>>()

  private track<T>(work: Promise<T>): Promise<T> {
    this.pending.add(work)
    void work.finally(() => this.pending.delete(work)).catch(() => {})
    return work
  }
  private unsubscribe: (() => void) | null = null
  origins = new Set<string>()
  readonly keys: ApiKeyVerifier
  /** Resets so far (for tests and the benchmark's report). */
  resets = 0
  /** Settles when the lookups (origins) of the latest reset are loaded. */
  ready: Promise<void> = Promise.resolve()

  constructor(
    private payload: Payload,
    readonly options: PublicCacheOptions = PUBLIC_CACHE_DEFAULTS,
  ) {
    this.keys = new ApiKeyVerifier(payload)
  }

  async start(): Promise<void> {
    this.unsubscribe = onPublicCommit(this.payload, () => {
      if (!this.stopped) void this.track(this.refresh())
    })
    this.generation = await readGeneration(this.payload)
    await this.reset()
    this.timer = setInterval(() => void this.poll(), this.options.pollMs)
    this.timer.unref()
  }

  /** Stops polling and waits for a read in flight: the database is closed right after. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer)
    this.timer = null
    this.unsubscribe?.()
    this.stopped = true
    await Promise.allSettled([...this.pending, this.inFlight, this.ready])
  }

  /**
   * The cache key of a request. Without SERVER_URL, absolute links in feeds and the catalogue are
   * made from the request's Host header, so the origin is part of the key: a request with a forged
   * Host must not put its links into everyone's answer.
   */
  keyFor(url: string, origin: string): string {
    return this.payload.config.serverURL ? url : `${origin} ${url}`
  }

  /** The epoch a request starts in; pass it back to `put`. */
  get currentEpoch(): number {
    return this.epoch
  }

  get(key: string): Representation | undefined {
    if (!this.options.enabled) return undefined
    if (Date.now() >= this.nextExpiry) {
      void this.reset()
      return undefined
    }
    const hit = this.entries.get(key)
    if (hit) {
      // Least recently used order: a hit moves to the end.
      this.entries.delete(key)
      this.entries.set(key, hit)
    }
    return hit
  }

  put(key: string, rep: Representation, epoch: number): void {
    if (!this.options.enabled || epoch !== this.epoch) return
    this.entries.set(key, rep)
    if (this.entries.size > this.options.maxEntries) {
      const oldest = this.entries.keys().next().value
      if (oldest !== undefined) this.entries.delete(oldest)
    }
  }

  get size(): number {
    return this.entries.size
  }

  /** After a commit of our own: take the new token too, so the poll does not reset again. */
  private async refresh(): Promise<void> {
    const reset = this.reset()
    try {
      this.generation = await readGeneration(this.payload)
    } catch {
      // The poll will try again.
    }
    await reset
  }

  private poll(): Promise<void> {
    if (this.polling || this.stopped) return this.inFlight
    this.inFlight = this.track(this.pollOnce())
    return this.inFlight
  }

  private async pollOnce(): Promise<void> {
    this.polling = true
    try {
      const token = await readGeneration(this.payload)
      if (token !== this.generation) {
        this.generation = token
        await this.reset()
      } else if (Date.now() >= this.nextExpiry) {
        await this.reset()
      }
    } catch (err) {
      // The database may be away (it comes back; /healthz reports it). Serve what is cached
      // only while we can confirm it: drop it.
      this.entries = new Map()
      this.epoch++
      this.payload.logger.warn({ err }, 'public API cache: could not read the generation')
    } finally {
      this.polling = false
    }
  }

  /** Drops everything derived from the database and reloads the small lookups. */
  reset(): Promise<void> {
    if (this.stopped) return this.ready
    const loading = this.load()
    this.ready = loading.catch((err) => {
      this.payload.logger.warn({ err }, 'public API cache: could not reload its lookups')
    })
    return this.ready
  }

  private async load(): Promise<void> {
    this.epoch++
    this.resets++
    this.entries = new Map()
    this.keys.reset()
    forgetDepartments(this.payload)
    forgetSearchSnapshot(this.payload)
    const epoch = this.epoch
    const [departments, next] = await Promise.all([
      this.payload.find({
        collection: 'departments',
        depth: 0,
        pagination: false,
        overrideAccess: true,
        select: { websites: true } as any,
      }),
      this.payload.find({
        collection: 'public-documents',
        where: { unpublishAt: { greater_than: new Date().toISOString() } },
        sort: 'unpublishAt',
        limit: 1,
        pagination: false,
        depth: 0,
        overrideAccess: true,
        select: { unpublishAt: true } as any,
      }),
    ])
    if (epoch !== this.epoch) return // a newer reset is loading its own
    const origins = new Set<string>()
    for (const d of departments.docs as any[])
      for (const w of d.websites ?? []) {
        try {
          origins.add(new URL(w.url).origin)
        } catch {
          // Not a URL: the department form validates, so only old data could get here.
        }
      }
    this.origins = origins
    const at = (next.docs[0] as any)?.unpublishAt
    this.nextExpiry = at ? new Date(at).getTime() : Number.POSITIVE_INFINITY
  }
}
