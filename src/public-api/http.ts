import crypto from 'node:crypto'

import type { Request, Response } from 'express'

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

/** A strong validator of the exact bytes sent. */
export function strongEtag(body: string | Buffer): string {
  return `"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`
}

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true
  // Strong comparison (RFC 9110 §8.8.3.2): weak validators never match.
  return header.split(',').some((candidate) => candidate.trim() === etag)
}

/**
 * Sends a JSON body with a strong ETag, Last-Modified when known, and the public cache policy;
 * answers 304 to a matching If-None-Match (or, without one, an If-Modified-Since not older than
 * Last-Modified). HEAD gets the same headers without the body.
 */
export function sendJson(
  req: Request,
  res: Response,
  body: unknown,
  { lastModified }: { lastModified?: Date | null } = {},
): void {
  sendBody(req, res, JSON.stringify(body), 'application/json; charset=utf-8', { lastModified })
}

/** As sendJson, for a body already serialised (XML feeds, sitemaps, JSON-LD). */
export function sendBody(
  req: Request,
  res: Response,
  body: string | Buffer,
  contentType: string,
  { lastModified }: { lastModified?: Date | null } = {},
): void {
  const etag = strongEtag(body)
  res.set('etag', etag)
  res.set('cache-control', CACHE_CONTROL)
  res.set('vary', 'Accept-Encoding')
  const modified = lastModified ? new Date(Math.floor(lastModified.getTime() / 1000) * 1000) : null
  if (modified) res.set('last-modified', modified.toUTCString())
  const ifNoneMatch = req.get('if-none-match')
  const ifModifiedSince = req.get('if-modified-since')
  const notModified = ifNoneMatch
    ? etagMatches(ifNoneMatch, etag)
    : Boolean(modified && ifModifiedSince && Date.parse(ifModifiedSince) >= modified.getTime())
  if (notModified) {
    res.status(304).end()
    return
  }
  // Not res.send: Express would run its own (weak) freshness check over ours.
  res
    .status(200)
    .set('content-type', contentType)
    .set('content-length', String(Buffer.byteLength(body)))
    .end(body)
}
