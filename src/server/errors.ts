/**
 * What the server answers when a request fails on the server's side: 503 with `Retry-After` when
 * the database cannot be reached (a load balancer or a department website's client retries;
 * nothing is wrong with the request), 500 otherwise; in the format of the part of the site asked:
 * problem details for the public API (public-api.md, "Errors"), JSON for Payload's API and the
 * health check, a page for people.
 */
import { CSS_PATH } from '../portal/style'

/** Node's socket errors and PostgreSQL's connection-class SQLSTATEs (08xxx) and shutdowns (57P0x). */
const UNREACHABLE_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  'ENOTFOUND',
  '08000',
  '08001',
  '08003',
  '08004',
  '08006',
  '57P01',
  '57P02',
  '57P03',
])
const UNREACHABLE_MESSAGES =
  /connection terminated|timeout exceeded when trying to connect|connection (is )?closed|server closed the connection|topology (is )?closed|server selection timed out/i

/** Did this error (or one it wraps: drizzle and Payload wrap the driver's) come from the database being away? */
export function databaseUnreachable(err: unknown): boolean {
  let current: any = err
  for (let depth = 0; current && depth < 6; depth++) {
    if (typeof current.code === 'string' && UNREACHABLE_CODES.has(current.code)) return true
    if (typeof current.message === 'string' && UNREACHABLE_MESSAGES.test(current.message))
      return true
    if (Array.isArray(current.errors) && current.errors.some(databaseUnreachable)) return true
    current = current.cause
  }
  return false
}

export const RETRY_AFTER_SECONDS = 5

export type ErrorAnswer = {
  status: 500 | 503
  headers: Record<string, string>
  body: string
}

/** Fixed texts only (nothing from the request goes in). */
const PAGE = (title: string, text: string) =>
  `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta name="robots" content="noindex"><title>${title}</title><link rel="stylesheet" href="${CSS_PATH}"></head><body><main id="main"><h1>${title}</h1><p>${text}</p></main></body></html>`

/** The answer to a request that failed on the server's side, for the path it asked for. */
export function errorAnswer(path: string, err: unknown): ErrorAnswer {
  const unavailable = databaseUnreachable(err)
  const status = unavailable ? 503 : 500
  const headers: Record<string, string> = { 'cache-control': 'no-store' }
  if (unavailable) headers['retry-after'] = String(RETRY_AFTER_SECONDS)
  if (/^\/api\/v1(\/|$)/.test(path)) {
    return {
      status,
      headers: { ...headers, 'content-type': 'application/problem+json; charset=utf-8' },
      body: JSON.stringify(
        unavailable
          ? {
              type: '/api/v1/problems/unavailable',
              title: 'Service Unavailable',
              status,
              detail: 'The content store cannot be reached; try again shortly.',
            }
          : {
              type: '/api/v1/problems/internal',
              title: 'Internal Server Error',
              status,
              detail: 'The request failed on the server; it has been logged.',
            },
      ),
    }
  }
  if (/^\/(api|healthz)(\/|$)/.test(path) || /^\/(sitemap\.xml|sitemaps\/)/.test(path)) {
    return {
      status,
      headers: { ...headers, 'content-type': 'application/json; charset=utf-8' },
      body: JSON.stringify({
        error: unavailable
          ? 'Service unavailable: the database cannot be reached'
          : 'Internal server error',
      }),
    }
  }
  return {
    status,
    headers: { ...headers, 'content-type': 'text/html; charset=utf-8' },
    body: unavailable
      ? PAGE(
          '服务暂时不可用 Service temporarily unavailable',
          '网站暂时无法读取内容，请稍后再试。The site cannot read its content at the moment; please try again in a little while.',
        )
      : PAGE(
          '出错了 Something went wrong',
          '请求未能完成，错误已记录。The request could not be completed; the error has been recorded.',
        ),
  }
}
