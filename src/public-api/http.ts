import crypto from 'node:crypto'
import zlib from 'node:zlib'

import type { IncomingMessage, ServerResponse } from 'node:http'

import type { Request, Response } from 'express'

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=300'

function etagMatches(header: string, etag: string): boolean {
  if (header.trim() === '*') return true
  // Strong comparison (RFC 9110 §8.8.3.2): weak validators never match.
  return header.split(',').some((candidate) => candidate.trim() === etag)
}

/** One response body, its validators and (made on first need) its compressed forms. */
export type Representation = {
  body: Buffer
  contentType: string
  /** The hash part of the ETag, without quotes. */
  hash: string
  lastModified: string | null
  br?: Buffer
  gzip?: Buffer
}

export function representation(
  body: string | Buffer,
  contentType: string,
  lastModified?: Date | null,
): Representation {
  const buffer = typeof body === 'string' ? Buffer.from(body) : body
  const modified = lastModified
    ? new Date(Math.floor(lastModified.getTime() / 1000) * 1000).toUTCString()
    : null
  return {
    body: buffer,
    contentType,
    hash: crypto.createHash('sha256').update(buffer).digest('base64url').slice(0, 32),
    lastModified: modified,
  }
}

/** Bodies smaller than this are sent as they are: compressing them saves nothing. */
export const COMPRESS_FROM = 1024

/**
 * The content coding for an Accept-Encoding header: Brotli or gzip, whichever the client weighs
 * higher (Brotli on a tie; `*` stands for both), or none.
 */
export function chooseEncoding(header: string | undefined): 'br' | 'gzip' | null {
  if (!header) return null
  const q: Record<string, number | undefined> = {}
  for (const part of header.split(',')) {
    const [name, ...params] = part.split(';')
    const coding = name!.trim().toLowerCase()
    let weight = 1
    for (const param of params) {
      const m = /^\s*q\s*=\s*([0-9.]+)\s*$/i.exec(param)
      if (m) weight = Number(m[1])
    }
    if (Number.isNaN(weight)) continue
    if (coding === '*') {
      q.br ??= weight
      q.gzip ??= weight
    } else if (coding === 'br' || coding === 'gzip') q[coding] = weight
  }
  const br = q.br ?? 0
  const gzip = q.gzip ?? 0
  if (br > 0 && br >= gzip) return 'br'
  return gzip > 0 ? 'gzip' : null
}

export function encoded(rep: Representation, encoding: 'br' | 'gzip'): Buffer {
  if (encoding === 'br')
    // Quality 5: most of Brotli's gain for a fraction of the time of the default 11.
    return (rep.br ??= zlib.brotliCompressSync(rep.body, {
      params: {
        [zlib.constants.BROTLI_PARAM_QUALITY]: 5,
        [zlib.constants.BROTLI_PARAM_SIZE_HINT]: rep.body.length,
      },
    }))
  return (rep.gzip ??= zlib.gzipSync(rep.body, { level: 6 }))
}

/**
 * Answers with a representation: strong ETag (one per content coding, as RFC 9110 requires of a
 * strong validator), Last-Modified when known, the public cache policy, gzip or Brotli when asked;
 * 304 to a matching If-None-Match (or, without one, an If-Modified-Since not older than
 * Last-Modified). HEAD gets the same headers without the body.
 */
export function sendRepresentation(
  req: IncomingMessage,
  res: ServerResponse,
  rep: Representation,
  cache: 'hit' | 'miss' = 'miss',
): void {
  // Raw node:http objects (Express's extend them): the cache-hit lane answers before Express.
  const encoding =
    rep.body.length >= COMPRESS_FROM ? chooseEncoding(req.headers['accept-encoding']) : null
  // Whether the server's response cache answered (for operators and the two-process test).
  res.setHeader('x-cache', cache)
  const etag = `"${rep.hash}${encoding ? `.${encoding === 'br' ? 'br' : 'gz'}` : ''}"`
  res.setHeader('etag', etag)
  res.setHeader('cache-control', CACHE_CONTROL)
  const vary = res.getHeader('vary')
  res.setHeader('vary', vary ? `${String(vary)}, Accept-Encoding` : 'Accept-Encoding')
  if (rep.lastModified) res.setHeader('last-modified', rep.lastModified)
  const ifNoneMatch = req.headers['if-none-match']
  const ifModifiedSince = req.headers['if-modified-since']
  const notModified = ifNoneMatch
    ? etagMatches(ifNoneMatch, etag)
    : Boolean(
        rep.lastModified &&
        ifModifiedSince &&
        Date.parse(ifModifiedSince) >= Date.parse(rep.lastModified),
      )
  if (notModified) {
    res.statusCode = 304
    res.end()
    return
  }
  const body = encoding ? encoded(rep, encoding) : rep.body
  if (encoding) res.setHeader('content-encoding', encoding)
  // Not Express's res.send: it would run its own (weak) freshness check over ours.
  res.statusCode = 200
  res.setHeader('content-type', rep.contentType)
  res.setHeader('content-length', String(body.length))
  res.end(body)
}

/**
 * Sends a body with the public caching headers and, where the request was cacheable, keeps it in
 * the response cache (cache.ts) for the next identical request.
 */
export function sendBody(
  req: Request,
  res: Response,
  body: string | Buffer,
  contentType: string,
  { lastModified }: { lastModified?: Date | null } = {},
): void {
  const rep = representation(body, contentType, lastModified)
  const store = res.locals.cacheStore as ((rep: Representation) => void) | undefined
  store?.(rep)
  sendRepresentation(req, res, rep)
}

export function sendJson(
  req: Request,
  res: Response,
  body: unknown,
  options: { lastModified?: Date | null } = {},
): void {
  sendBody(req, res, JSON.stringify(body), 'application/json; charset=utf-8', options)
}
