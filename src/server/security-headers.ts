/**
 * HTTP security headers (security-checks.md 19), set by helmet for every response:
 * HSTS (browsers heed it over HTTPS only), nosniff, Referrer-Policy, X-Frame-Options, the
 * cross-origin policies, and a Content-Security-Policy that fits each kind of response:
 *
 * - the admin (Next.js): scripts only from this origin or inline with this response's nonce (Next
 *   puts the nonce it finds in the request's CSP header on its own inline scripts), styles from
 *   this origin or inline (the admin sets style attributes), images from this origin, data: and
 *   blob: (upload previews), nothing framed from elsewhere, no plugins, forms to this origin only;
 * - JSON, feeds and files of the APIs: nothing may run (`default-src 'none'`), inline styles
 *   only for the printable annual report, never framed;
 * - the portal sets its own, stricter policy on its pages (src/portal/router.ts), over this one;
 * - uploaded files: see `fileHeaders`.
 *
 * The API answers department websites on other origins, so its resources may be embedded
 * cross-origin (Cross-Origin-Resource-Policy: cross-origin); the admin's may not.
 */
import crypto from 'node:crypto'
import type { IncomingMessage, ServerResponse } from 'node:http'

import type { RequestHandler } from 'express'
import helmet from 'helmet'

export const HSTS_MAX_AGE = 365 * 24 * 60 * 60

/** The policy of API responses (JSON, feeds, sitemaps, exports, reports). */
export const API_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; base-uri 'none'; form-action 'none'; frame-ancestors 'none'"

/** The policy of uploaded files: nothing in them runs, even opened on their own. */
export const FILE_CSP = "default-src 'none'; img-src 'self'; style-src 'unsafe-inline'; sandbox"

const common = {
  strictTransportSecurity: { maxAge: HSTS_MAX_AGE, includeSubDomains: true },
  referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
}

/** Headers of everything under /api, /healthz and the sitemaps. */
export function apiSecurityHeaders(): RequestHandler {
  return helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'none'"],
        styleSrc: ["'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        baseUri: ["'none'"],
        formAction: ["'none'"],
        frameAncestors: ["'none'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'cross-origin' },
    xFrameOptions: { action: 'deny' },
  }) as unknown as RequestHandler
}

const nonceOf = (res: ServerResponse) => (res as any).locals?.cspNonce as string

/**
 * Headers of the admin and whatever else Next serves. A fresh nonce per response; the request's
 * own CSP header is set to the same policy, which is where Next looks for the nonce.
 */
export function adminSecurityHeaders(): RequestHandler {
  const nonce = (_req: IncomingMessage, res: ServerResponse) => `'nonce-${nonceOf(res)}'`
  const policy = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'", nonce],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:', 'blob:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        mediaSrc: ["'self'", 'blob:'],
        workerSrc: ["'self'", 'blob:'],
        frameSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'self'"],
      },
    },
    crossOriginResourcePolicy: { policy: 'same-origin' },
  }) as unknown as RequestHandler
  return (req, res, next) => {
    res.locals.cspNonce = crypto.randomBytes(16).toString('base64')
    policy(req, res, (err?: unknown) => {
      if (err) return next(err)
      const header = res.getHeader('content-security-policy')
      if (typeof header === 'string') req.headers['content-security-policy'] = header
      next()
    })
  }
}

/** Image types a browser shows inline and never runs. */
const INLINE_TYPES = new Set(['image/jpeg', 'image/png', 'image/webp', 'image/gif', 'image/avif'])

/**
 * Headers of an uploaded file as served (Payload's /api/<collection>/file/<name>): nosniff and a
 * sandboxing policy always; raster images inline, every other type (PDF, office documents, and
 * anything that could be active content) as a download under its stored name.
 */
export function fileHeaders(contentType: string | null, filename: string): Record<string, string> {
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase()
  const safeName = filename.replace(/["\\\r\n]/g, '_')
  const ascii = safeName.replace(/[^\x20-\x7e]/g, '_')
  return {
    'content-security-policy': FILE_CSP,
    'x-content-type-options': 'nosniff',
    'content-disposition': `${INLINE_TYPES.has(type) ? 'inline' : 'attachment'}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(safeName)}`,
  }
}

/** The file name in a Payload file URL (/api/<collection>/file/<name>), or null. */
export function fileNameOfPath(pathname: string): string | null {
  const m = /^\/api\/[^/]+\/file\/([^/?#]+)$/.exec(pathname)
  if (!m) return null
  try {
    return decodeURIComponent(m[1]!)
  } catch {
    return null
  }
}

/**
 * A request for an uploaded file whose name could reach outside its folder (a second path
 * segment, a name of dots only, a NUL, a backslash, after decoding) is answered 404 here:
 * Payload would pass the name on to the database and the file system (a crafted `%2e%2e/` made
 * it fail with a 500).
 */
export function refuseCraftedFilePaths(): RequestHandler {
  return (req, res, next) => {
    const m = /^\/api\/[^/]+\/file\/(.*)$/.exec(req.path)
    if (!m) return next()
    let name: string
    try {
      name = decodeURIComponent(m[1]!)
    } catch {
      name = ''
    }
    if (!name || /[/\\\0]/.test(name) || name.split('.').every((p) => p === ''))
      return void res.status(404).json({ errors: [{ message: 'Not Found' }] })
    next()
  }
}
