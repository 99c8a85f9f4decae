/**
 * Standard Webhooks (standardwebhooks.com) signing: `webhook-signature: v1,<base64 HMAC-SHA256>`
 * over `<webhook-id>.<webhook-timestamp>.<body>`, keyed with the secret's base64 part.
 */
import crypto from 'node:crypto'

const PREFIX = 'whsec_'

/** A new signing secret: `whsec_` and 32 random bytes in base64. */
export function newSecret(): string {
  return PREFIX + crypto.randomBytes(32).toString('base64')
}

function key(secret: string): Buffer {
  return Buffer.from(secret.startsWith(PREFIX) ? secret.slice(PREFIX.length) : secret, 'base64')
}

export function sign(secret: string, id: string, timestamp: number, body: string): string {
  const mac = crypto.createHmac('sha256', key(secret)).update(`${id}.${timestamp}.${body}`)
  return `v1,${mac.digest('base64')}`
}

/** What a receiver does: any listed v1 signature matches, and the timestamp is recent. */
export function verify(
  secret: string,
  headers: { id: string; timestamp: string; signature: string },
  body: string,
  now = Date.now(),
  toleranceSeconds = 300,
): boolean {
  const timestamp = Number(headers.timestamp)
  if (!Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSeconds)
    return false
  const expected = Buffer.from(sign(secret, headers.id, timestamp, body).slice(3), 'base64')
  return headers.signature.split(' ').some((candidate) => {
    const [version, value] = candidate.split(',')
    if (version !== 'v1' || !value) return false
    const given = Buffer.from(value, 'base64')
    return given.length === expected.length && crypto.timingSafeEqual(given, expected)
  })
}
