import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'

import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { NextFunction, Request as ExpressRequest, Response as ExpressResponse } from 'express'
import { handleEndpoints, type SanitizedConfig } from 'payload'

import { requestBodyStream } from './payload-limits'
import { fileHeaders, fileNameOfPath } from './security-headers'

/**
 * Payload's REST and GraphQL handlers take a Web Request and return a Web Response; these adapt
 * them to Express so the API never depends on the Next.js admin build (an API-only process
 * serves them too).
 */
export function toWebRequest(req: ExpressRequest, res: ExpressResponse): Request {
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (Array.isArray(value)) value.forEach((v) => headers.append(name, v))
    else if (value !== undefined) headers.set(name, value)
  }
  // The client address as this server saw it, for the audit trail; a client cannot set it.
  headers.set('x-gongkai-client-ip', req.ip ?? req.socket.remoteAddress ?? '')
  const controller = new AbortController()
  res.on('close', () => {
    if (!res.writableFinished) controller.abort()
  })
  const hasBody = req.method !== 'GET' && req.method !== 'HEAD'
  // originalUrl keeps the full path even when the handler is mounted under a prefix.
  const url = `${req.protocol}://${req.get('host') ?? '127.0.0.1'}${req.originalUrl}`
  return new Request(url, {
    method: req.method,
    headers,
    // A body Express already read (GraphQL, see app.ts) is passed on as it was received.
    body: hasBody
      ? Buffer.isBuffer(req.body)
        ? new Uint8Array(req.body)
        : requestBodyStream(req)
      : undefined,
    // @ts-expect-error -- Node's fetch needs duplex for a streamed body; not in the DOM typings
    duplex: hasBody ? 'half' : undefined,
    signal: controller.signal,
  })
}

export async function sendWebResponse(res: ExpressResponse, response: Response): Promise<void> {
  res.status(response.status)
  response.headers.forEach((value, name) => {
    if (name !== 'set-cookie') res.setHeader(name, value)
  })
  const cookies = response.headers.getSetCookie()
  if (cookies.length) res.setHeader('set-cookie', cookies)
  // An uploaded file: never sniffed, never run, downloaded unless it is a plain image.
  const file = fileNameOfPath(res.req.path)
  if (file !== null) res.set(fileHeaders(response.headers.get('content-type'), file))
  if (!response.body || res.req.method === 'HEAD') {
    res.end()
    return
  }
  await pipeline(Readable.fromWeb(response.body as any), res)
}

type WebHandler = (request: Request) => Promise<Response>

function bridge(handler: WebHandler) {
  return async (req: ExpressRequest, res: ExpressResponse, next: NextFunction) => {
    try {
      await sendWebResponse(res, await handler(toWebRequest(req, res)))
    } catch (err) {
      if ((err as NodeJS.ErrnoException)?.code === 'ERR_STREAM_PREMATURE_CLOSE') return
      next(err)
    }
  }
}

export function payloadRest(config: Promise<SanitizedConfig> | SanitizedConfig) {
  return bridge((request) => handleEndpoints({ config, request }))
}

export function payloadGraphQL(config: Promise<SanitizedConfig> | SanitizedConfig) {
  return bridge(GRAPHQL_POST(config))
}
