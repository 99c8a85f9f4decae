import express, { type ErrorRequestHandler, type Express, type RequestHandler } from 'express'
import type { Payload, SanitizedConfig } from 'payload'
import { pinoHttp } from 'pino-http'

import type { Logger } from '../logger'
import type { PublicState } from '../public-api/cache'
import { MemoryStore, type Store } from 'express-rate-limit'

import { RATE_LIMIT_DEFAULTS, type RateLimits } from '../public-api/guard'
import { publicApiRouter } from '../public-api/router'
import { sitemapRoutes } from '../public-api/sitemap'
import { portalRouter } from '../portal/router'
import { errorAnswer } from './errors'
import { healthz } from './healthz'
import {
  AUTH_PATHS,
  GRAPHQL_AUTH,
  loginThrottle,
  passwordResetThrottle,
  RESET_LIMIT_DEFAULT,
} from './login-throttle'
import { refuseMalformedIds } from './id-guard'
import { payloadGraphQL, payloadRest } from './payload-bridge'
import { capPayloadReads, graphQLLimits } from './payload-limits'
import {
  adminSecurityHeaders,
  apiSecurityHeaders,
  refuseCraftedFilePaths,
} from './security-headers'

export type AppOptions = {
  payload: Payload
  config: Promise<SanitizedConfig> | SanitizedConfig
  logger: Logger
  /** The Next.js request handler serving the admin; absent in an API-only process. */
  nextHandler?: RequestHandler
  /** Extra routes used by the integration tests (slow requests for shutdown tests). */
  testRoutes?: boolean
  /** Sign-in attempts per client address per 15 minutes (REST and GraphQL together). */
  loginRateLimit?: number
  /** Password-reset requests per client address per 15 minutes. */
  resetRateLimit?: number
  /** Express's `trust proxy`, when a reverse proxy forwards the client's address. */
  trustProxy?: string
  /** The public API's per-process state (response cache, origins, keys), started. */
  publicState: PublicState
  publicLimits?: RateLimits
  /** The public rate limiter's counters (shared with the cache-hit lane). */
  publicStore?: Store
}

/** One JSON line per finished request, as pino-http writes it, without a child logger per request. */
function requestLog(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const started = performance.now()
    res.once('finish', () => {
      const level = res.statusCode >= 500 ? 'error' : 'info'
      if (!logger.isLevelEnabled(level)) return
      logger[level](
        {
          req: { method: req.method, url: req.originalUrl, ip: req.socket.remoteAddress },
          res: { statusCode: res.statusCode },
          responseTime: Math.round(performance.now() - started),
        },
        'request completed',
      )
    })
    next()
  }
}

/**
 * The one HTTP application: health, the public API, the portal, Payload's REST and GraphQL, then
 * the admin.
 * Order matters: our routes answer before anything reaches Payload or Next.
 */
export function createApp({
  payload,
  config,
  logger,
  nextHandler,
  testRoutes,
  loginRateLimit = 30,
  resetRateLimit = RESET_LIMIT_DEFAULT,
  trustProxy,
  publicState,
  publicLimits,
  publicStore,
}: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  if (trustProxy) app.set('trust proxy', /^\d+$/.test(trustProxy) ? Number(trustProxy) : trustProxy)

  // Security headers on every response: the API's policy for what machines read, the admin's
  // (with a nonce for Next's scripts) for the rest; the portal's pages set their own over it.
  const apiHeaders = apiSecurityHeaders()
  const adminHeaders = adminSecurityHeaders()
  const API_PATH = /^\/(api(\/|$)|healthz$|sitemap\.xml$|sitemaps\/)/
  app.use((req, res, next) =>
    API_PATH.test(req.path) ? apiHeaders(req, res, next) : adminHeaders(req, res, next),
  )

  // The public API comes first, with a lighter per-request log line of the same shape: it is the
  // hot path (see npm run bench:api), and it answers every request under /api/v1 itself.
  // Disclosure submissions count against one hourly limit per address, by the API or the form.
  const disclosureStore = new MemoryStore()
  const disclosurePerHour =
    publicLimits?.disclosurePerHour ?? RATE_LIMIT_DEFAULTS.disclosurePerHour!
  app.use(
    '/api/v1',
    requestLog(logger),
    publicApiRouter(payload, publicState, publicLimits, publicStore, disclosureStore),
  )

  app.use(
    pinoHttp({
      logger,
      // One line per request, without headers or bodies.
      serializers: {
        req: (req) => ({ method: req.method, url: req.url, ip: req.remoteAddress }),
        res: (res) => ({ statusCode: res.statusCode }),
      },
      customLogLevel: (_req, res, err) =>
        err || res.statusCode >= 500 ? 'error' : res.statusCode >= 400 ? 'info' : 'info',
      autoLogging: { ignore: (req) => req.url?.startsWith('/_next/') ?? false },
    }),
  )

  app.get('/healthz', healthz(payload))
  app.use(sitemapRoutes(payload))
  // The public portal: /, /search, /documents/:uid, /departments/:code, the disclosure-request
  // pages and its stylesheet only; everything else (/admin, /api, /_next) passes on.
  app.use(
    portalRouter(payload, {
      disclosureStore,
      disclosurePerHour,
      searchPerMinute: publicLimits?.anonymous,
    }),
  )
  const throttle = loginThrottle(payload, loginRateLimit)
  app.post('/api/users/forgot-password', passwordResetThrottle(payload, resetRateLimit))
  app.post(AUTH_PATHS, throttle)
  // GraphQL carries sign-ins too: the (small) body is read here so its operations can be seen.
  app.post('/api/graphql', express.raw({ type: () => true, limit: '2mb' }), (req, res, next) => {
    const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
    if (GRAPHQL_AUTH.test(body)) return throttle(req, res, next)
    next()
  })
  app.all('/api/graphql', graphQLLimits(), payloadGraphQL(config))
  app.get('/api/{*path}', refuseCraftedFilePaths())
  app.all('/api/{*path}', refuseMalformedIds(payload))
  // Email verification is off, but Payload mounts its endpoint anyway (any token: a 500).
  app.all('/api/users/verify/{*token}', (_req, res) => {
    res.status(404).json({ errors: [{ message: 'Not Found' }] })
  })
  app.all('/api/{*path}', capPayloadReads(payload), payloadRest(config))

  if (testRoutes) {
    app.get('/__test/slow', async (req, res) => {
      const ms = Math.min(Number(req.query.ms) || 500, 10_000)
      await new Promise((r) => setTimeout(r, ms))
      res.json({ sleptMs: ms })
    })
  }

  if (nextHandler) {
    app.all('/{*path}', nextHandler)
  } else {
    app.use((_req, res) => {
      res.status(404).json({
        error: 'Not found. The admin UI is not served by this process (GONGKAI_ADMIN=false).',
      })
    })
  }

  const onError: ErrorRequestHandler = (err, req, res, _next) => {
    req.log?.error({ err }, 'unhandled error')
    if (res.headersSent) return res.end()
    const status = Number(err?.status ?? err?.statusCode)
    if (status >= 400 && status < 500) {
      // body-parser and friends: a client error, reported as such.
      return res.status(status).json({ error: err.expose ? err.message : 'Bad request' })
    }
    const answer = errorAnswer(req.path, err)
    res.status(answer.status).set(answer.headers).send(answer.body)
  }
  app.use(onError)
  return app
}
