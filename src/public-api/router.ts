import express, { type Router } from 'express'

/**
 * The public content API v1 (../shared/design/public-api.md). The foundation serves only the
 * index; the public-API issue adds the endpoints behind these links.
 */
export function publicApiRouter(): Router {
  const router = express.Router()
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
      },
    })
  })
  // Anything else under /api/v1 is ours to refuse: it must never fall through to Payload's REST.
  router.use((req, res) => {
    res
      .status(404)
      .type('application/problem+json')
      .json({
        type: 'about:blank',
        title: 'Not Found',
        status: 404,
        detail: `No endpoint at ${req.originalUrl.split('?')[0]}`,
      })
  })
  return router
}
