/**
 * The cache-hit lane: a request the response cache can answer, from a client without an Origin or
 * an API key, is answered here, before Express. It is the same answer with the same headers, the
 * same rate-limit counter (the limiter's own store) and the same log line; it only skips the
 * framework, which was the largest share of a cached answer's cost (npm run bench:api, profile).
 * Everything else — a miss, CORS, a key, a client over its limit — goes to Express as before.
 */
import type { IncomingMessage, ServerResponse } from 'node:http'

import { ipKeyGenerator, type Store } from 'express-rate-limit'

import type { Logger } from '../logger'
import type { PublicState } from './cache'
import { sendRepresentation } from './http'

export type FastLane = (req: IncomingMessage, res: ServerResponse) => boolean

export function fastLane(options: {
  state: PublicState
  store: Store
  limit: number
  windowMs: number
  logger: Logger
}): FastLane {
  const { state, store, limit, windowMs, logger } = options
  return (req, res) => {
    const url = req.url ?? ''
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    if (!url.startsWith('/api/v1/') || req.headers.origin || req.headers.authorization) return false
    // The key as Express's path makes it (guard.ts): without a proxy the protocol is http.
    const key = state.keyFor(url, `http://${req.headers.host ?? ''}`)
    const hit = state.options.enabled ? state.get(key) : undefined
    if (!hit) return false
    const started = performance.now()
    const client = ipKeyGenerator(req.socket.remoteAddress ?? '')
    void Promise.resolve(store.increment(client)).then(
      (info) => {
        if (info.totalHits > limit) {
          // Over the limit: undo this count; Express's limiter counts and answers the 429.
          void Promise.resolve(store.decrement(client)).finally(() => fallThrough(req, res))
          return
        }
        const reset = info.resetTime
          ? Math.max(0, Math.ceil((info.resetTime.getTime() - Date.now()) / 1000))
          : Math.ceil(windowMs / 1000)
        res.setHeader('RateLimit-Policy', `${limit};w=${Math.ceil(windowMs / 1000)}`)
        res.setHeader(
          'RateLimit',
          `limit=${limit}, remaining=${Math.max(0, limit - info.totalHits)}, reset=${reset}`,
        )
        sendRepresentation(req, res, hit, 'hit')
        if (logger.isLevelEnabled('info'))
          logger.info(
            {
              req: { method: req.method, url, ip: req.socket.remoteAddress },
              res: { statusCode: res.statusCode },
              responseTime: Math.round(performance.now() - started),
            },
            'request completed',
          )
      },
      () => fallThrough(req, res),
    )
    return true
  }
}

/** Set by the server: where a request goes when the lane hands it back. */
let fallThrough: (req: IncomingMessage, res: ServerResponse) => void = (_req, res) => {
  res.statusCode = 503
  res.end()
}
export function setFallThrough(handler: (req: IncomingMessage, res: ServerResponse) => void) {
  fallThrough = handler
}
