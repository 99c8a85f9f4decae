import type { RequestHandler } from 'express'
import { rateLimit } from 'express-rate-limit'
import type { Payload } from 'payload'

import { appendAuditAlone } from '../audit/append'

/** The REST paths that try a password or a reset token. */
export const AUTH_PATHS = [
  '/api/users/login',
  '/api/users/first-register',
  '/api/users/forgot-password',
  '/api/users/reset-password',
]

/** The GraphQL operations that do the same. */
export const GRAPHQL_AUTH = /\b(loginUser|forgotPasswordUser|resetPasswordUser)\b/

const WINDOW_MS = 15 * 60 * 1000

/** Password-reset requests per client address per 15 minutes (each may send an email). */
export const RESET_LIMIT_DEFAULT = 5

/**
 * Per-address throttling of password-reset requests. Every request counts: the answer is 200
 * whether or not the address belongs to an account (no account enumeration), so counting only
 * failures, as sign-ins do, would never count one; unthrottled, one client could send any number
 * of reset emails. Past the limit: 429 with Retry-After, recorded in the audit trail.
 */
export function passwordResetThrottle(payload: Payload, limit: number): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    handler: (req, res, _next, options) => {
      const en = /^en\b/i.test(req.headers['accept-language'] ?? '')
      void appendAuditAlone(payload, null, {
        action: 'password.reset.request',
        actor: 'unknown',
        ip: req.ip ?? null,
        result: 'failure',
        collection: 'users',
        detail: { reason: 'throttled', path: req.path },
      }).catch((err) => payload.logger.error({ err }, 'could not record a throttled reset'))
      res.status(options.statusCode).json({
        errors: [
          {
            message: en
              ? 'Too many password-reset requests from this address; try again later'
              : '此地址的密码重置请求过多，请稍后再试',
          },
        ],
      })
    },
  })
}

/**
 * Per-address throttling of sign-ins (on top of Payload's per-account lockout): a client that
 * fails too many sign-ins gets 429 with Retry-After, whichever accounts it tries, and the
 * refusal is in the audit trail. Counted per process, in memory.
 */
export function loginThrottle(payload: Payload, limit: number): RequestHandler {
  return rateLimit({
    windowMs: WINDOW_MS,
    limit,
    standardHeaders: 'draft-8',
    legacyHeaders: false,
    // Failed attempts count; a successful REST sign-in does not (GraphQL answers 200 either way,
    // so every GraphQL attempt counts).
    skipSuccessfulRequests: true,
    requestWasSuccessful: (req, res) =>
      res.statusCode < 400 && !req.originalUrl.startsWith('/api/graphql'),
    handler: (req, res, _next, options) => {
      const en = /^en\b/i.test(req.headers['accept-language'] ?? '')
      void appendAuditAlone(payload, null, {
        action: 'login',
        actor: 'unknown',
        ip: req.ip ?? null,
        result: 'failure',
        collection: 'users',
        detail: { reason: 'throttled', path: req.path },
      }).catch((err) => payload.logger.error({ err }, 'could not record a throttled sign-in'))
      res.status(options.statusCode).json({
        errors: [
          {
            message: en
              ? 'Too many sign-in attempts from this address; try again later'
              : '此地址的登录尝试过多，请稍后再试',
          },
        ],
      })
    },
  })
}
