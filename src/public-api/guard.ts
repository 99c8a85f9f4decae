/**
 * What runs before every public API route: CORS for the registered department websites, API keys,
 * per-client rate limits, and the response cache lookup.
 */
import cors from 'cors'
import type { RequestHandler } from 'express'
import { ipKeyGenerator, rateLimit, type Store } from 'express-rate-limit'

import type { PublicState } from './cache'
import { sendRepresentation, type Representation } from './http'
import { PROBLEM_TYPES, sendProblem } from './problem'

export type RateLimits = {
  /** Requests per client address per minute without a key. */
  anonymous: number
  /** Requests per API key per minute. */
  withKey: number
  /** Disclosure-request submissions per client address per hour. */
  disclosurePerHour?: number
}

export const RATE_LIMIT_DEFAULTS: RateLimits = {
  anonymous: 600,
  withKey: 12_000,
  disclosurePerHour: 10,
}
export const RATE_WINDOW_MS = 60_000

/** CORS: an origin gets Access-Control-Allow-Origin only if it is a registered department site. */
export function publicCors(state: PublicState): RequestHandler {
  const handler = cors({
    origin: (origin, callback) =>
      callback(null, origin && state.origins.has(origin) ? origin : false),
    // POST: department sites may embed the disclosure-request form (no cookies are involved).
    methods: ['GET', 'HEAD', 'OPTIONS', 'POST'],
    allowedHeaders: [
      'Authorization',
      'If-None-Match',
      'If-Modified-Since',
      'Accept-Language',
      'Content-Type',
      'X-Access-Key',
    ],
    exposedHeaders: [
      'ETag',
      'Last-Modified',
      'Location',
      'Retry-After',
      'RateLimit',
      'RateLimit-Policy',
    ],
    maxAge: 600,
  })
  // After a change, wait for the reloaded list of sites (a few milliseconds, once).
  return (req, res, next) => {
    if (!req.get('origin')) return next()
    state.ready.then(() => handler(req, res, next), next)
  }
}

/**
 * `Authorization: Bearer <key>`: a valid key is noted for the rate limit; an unknown or revoked one
 * is refused (401) rather than silently treated as anonymous, so a site notices a revoked key.
 */
export function apiKeyAuth(state: PublicState): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization')
    const match = header?.match(/^Bearer\s+(\S+)\s*$/i)
    if (!match) return next()
    const holder = match[1]!.length <= 200 ? await state.keys.verify(match[1]!) : null
    if (!holder) {
      res.set('www-authenticate', 'Bearer error="invalid_token"')
      return sendProblem(res, {
        type: PROBLEM_TYPES.invalidApiKey,
        title: 'Invalid API key',
        status: 401,
        detail: 'The API key is unknown or was revoked. Requests without a key are allowed.',
      })
    }
    res.locals.apiKey = holder
    next()
  }
}

export function publicRateLimit(limits: RateLimits, store?: Store): RequestHandler {
  return rateLimit({
    ...(store ? { store } : {}),
    windowMs: RATE_WINDOW_MS,
    limit: (_req, res) => (res.locals.apiKey ? limits.withKey : limits.anonymous),
    // draft-7 headers (RateLimit, RateLimit-Policy): draft-8 hashes a partition key per request.
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    // Its configuration checks ran in the tests; they need not run on every request.
    validate: false,
    keyGenerator: (req, res) =>
      res.locals.apiKey ? `key:${res.locals.apiKey.id}` : ipKeyGenerator(req.ip ?? ''),
    handler: (req, res) => {
      const reset = (req as any).rateLimit?.resetTime as Date | undefined
      const seconds = reset ? Math.max(1, Math.ceil((reset.getTime() - Date.now()) / 1000)) : 60
      res.set('retry-after', String(seconds))
      sendProblem(res, {
        type: PROBLEM_TYPES.tooManyRequests,
        title: 'Too Many Requests',
        status: 429,
        detail: `Rate limit reached; retry after ${seconds} s. An API key raises the limit.`,
      })
    },
  })
}

/** Serves a cached response, or arranges for this one to be cached (http.ts sendBody). */
export function responseCache(state: PublicState): RequestHandler {
  return (req, res, next) => {
    if ((req.method !== 'GET' && req.method !== 'HEAD') || !state.options.enabled) return next()
    const key = state.keyFor(req.originalUrl, `${req.protocol}://${req.get('host') ?? ''}`)
    const hit = state.get(key)
    if (hit) return sendRepresentation(req, res, hit, 'hit')
    const epoch = state.currentEpoch
    res.locals.cacheStore = (rep: Representation) => state.put(key, rep, epoch)
    next()
  }
}
