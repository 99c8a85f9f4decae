/**
 * Payload's REST routes take a document id as the second path segment (/api/<collection>/<id>).
 * On the SQL databases ids are integers, and a segment that is neither an id nor one of the
 * collection's own routes reached the database as it came: `GET /api/policies/abc` answered 500
 * (anonymously). Such a request is a 404 here, before Payload sees it (security-checks.md 2).
 */
import type { RequestHandler } from 'express'
import type { Payload } from 'payload'

/** Payload's own routes under a collection, by method, besides those listed in its endpoints. */
const BUILT_IN: Record<string, string[]> = {
  access: ['get', 'post'],
  count: ['get'],
  file: ['get'],
  'paste-url': ['get'],
  versions: ['get', 'post'],
  'forgot-password': ['post'],
  init: ['get'],
  login: ['post'],
  logout: ['post'],
  me: ['get'],
  'refresh-token': ['post'],
  'first-register': ['post'],
  'reset-password': ['post'],
  unlock: ['post'],
  verify: ['post'],
}

/** Whether `segment` can be a document id on this database. */
export function isDocumentId(segment: string, database: string): boolean {
  if (database === 'mongoose') return /^[0-9a-f]{24}$/i.test(segment)
  return /^[1-9]\d{0,15}$/.test(segment) && Number.isSafeInteger(Number(segment))
}

export function refuseMalformedIds(payload: Payload): RequestHandler {
  // collection → route word → methods
  const routes = new Map<string, Map<string, Set<string>>>()
  for (const collection of payload.config.collections) {
    // A collection whose routes take another parameter there (preferences: /:key) is left alone.
    if ((collection.endpoints || []).some((e) => /^\/:(?!id(\/|$))/.test(e.path))) continue
    const words = new Map(Object.entries(BUILT_IN).map(([w, m]) => [w, new Set(m)]))
    for (const endpoint of collection.endpoints || []) {
      const first = endpoint.path.split('/').filter(Boolean)[0]
      if (!first || first.startsWith(':')) continue
      const methods = words.get(first) ?? new Set<string>()
      methods.add(String(endpoint.method).toLowerCase())
      words.set(first, methods)
    }
    routes.set(collection.slug, words)
  }
  const database = payload.db.name
  return (req, res, next) => {
    const m = /^\/api\/([^/]+)\/([^/]+)/.exec(req.path)
    const words = m ? routes.get(m[1]!) : undefined
    if (!m || !words || req.method === 'OPTIONS') return next()
    let segment: string
    try {
      segment = decodeURIComponent(m[2]!)
    } catch {
      segment = ''
    }
    const method = req.method === 'HEAD' ? 'get' : req.method.toLowerCase()
    if (words.get(segment)?.has(method) || isDocumentId(segment, database)) return next()
    res.status(404).json({ errors: [{ message: 'Not Found' }] })
  }
}
