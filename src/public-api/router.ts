import express, { type Router } from 'express'
import type { Payload } from 'payload'

import type { PublicState } from './cache'
import { detailRoutes } from './detail'
import { directoryRoutes } from './directory'
import { disclosureRoutes } from './disclosure'
import { catalogRoutes } from './catalog'
import { documentRoutes } from './documents'
import { exportRoutes } from './exports'
import { feedRoutes } from './feeds'
import { sendJson } from './http'
import { openApiDocument } from './openapi'
import { sendProblem } from './problem'
import {
  apiKeyAuth,
  publicCors,
  publicRateLimit,
  RATE_LIMIT_DEFAULTS,
  responseCache,
} from './guard'
import type { RateLimits } from './guard'
import type { Store } from 'express-rate-limit'
import { referenceRoutes } from './reference'
import { searchRoutes } from './search'

/**
 * The public content API v1 (../shared/design/public-api.md), served by Express directly. Done so
 * far: the index, reference data (departments, topics) and the OpenAPI document; the document,
 * search, feed and export endpoints follow.
 */
export function publicApiRouter(
  payload: Payload,
  state: PublicState,
  limits: RateLimits = RATE_LIMIT_DEFAULTS,
  /** The rate limiter's counters, shared with the cache-hit lane (fast-lane.ts). */
  store?: Store,
  /** The disclosure-submission counters, shared with the portal's form. */
  disclosureStore?: Store,
): Router {
  const router = express.Router()
  router.use(publicCors(state))
  router.use(apiKeyAuth(state))
  router.use(publicRateLimit(limits, store))
  // Before the response cache: a request's status is private to its key and never cached.
  router.use(
    disclosureRoutes(
      payload,
      limits.disclosurePerHour ?? RATE_LIMIT_DEFAULTS.disclosurePerHour!,
      disclosureStore,
    ),
  )
  router.use(responseCache(state))
  const openapi = openApiDocument()
  router.get('/openapi.json', (req, res) => sendJson(req, res, openapi))
  router.use(referenceRoutes(payload))
  router.use(documentRoutes(payload))
  router.use(detailRoutes(payload))
  router.use(searchRoutes(payload))
  router.use(feedRoutes(payload))
  router.use(exportRoutes(payload))
  router.use(catalogRoutes(payload))
  router.use(directoryRoutes(payload))
  router.get('/', (req, res) => {
    const base = `${req.baseUrl}`
    res.type('application/json; charset=utf-8').json({
      name: 'Gongkai public content API',
      version: 'v1',
      links: {
        self: `${base}`,
        documents: `${base}/documents`,
        search: `${base}/search`,
        departments: `${base}/departments`,
        topics: `${base}/topics`,
        openapi: `${base}/openapi.json`,
        atom: `${base}/feeds/documents.atom`,
        rss: `${base}/feeds/documents.rss`,
        catalog: `${base}/catalog.jsonld`,
        directory: `${base}/catalog/directory.json`,
        exports: `${base}/exports/{type}.{csv,jsonl}`,
        sitemap: '/sitemap.xml',
        disclosureRequests: `${base}/disclosure-requests`,
      },
    })
  })
  // Anything else under /api/v1 is ours to refuse: it must never fall through to Payload's REST.
  router.use((req, res) => {
    sendProblem(res, {
      type: 'about:blank',
      title: 'Not Found',
      status: 404,
      detail: `No endpoint at ${req.originalUrl.split('?')[0]}`,
    })
  })
  return router
}
