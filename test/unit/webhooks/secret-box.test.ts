/**
 * Webhook signing secrets at rest: sealed with AES-256-GCM under a key derived from the instance
 * secret; a wrong key or any altered byte fails to open; plaintext of an earlier release opens as
 * it is.
 */
import { describe, expect, it } from 'vitest'

import {
  isSealed,
  openSecret,
  sealSecret,
  webhookSecretKey,
} from '../../../src/webhooks/secret-box'
import { newSecret } from '../../../src/webhooks/signing'

const key = webhookSecretKey('instance secret one, long enough for production')
const otherKey = webhookSecretKey('instance secret two, long enough for production')

/** Flips one bit of the byte at `index` of the sealed value's binary part. */
function flip(sealed: string, index: (length: number) => number): string {
  const raw = Buffer.from(sealed.slice('v1:'.length), 'base64url')
  raw[index(raw.length)]! ^= 0x01
  return `v1:${raw.toString('base64url')}`
}

describe('webhookSecretKey', () => {
  it('derives 32 bytes, the same for the same instance secret, different for another', () => {
    expect(key).toHaveLength(32)
    expect(webhookSecretKey('instance secret one, long enough for production').equals(key)).toBe(
      true,
    )
    expect(otherKey.equals(key)).toBe(false)
    // Not the instance secret itself, nor its plain hash.
    expect(key.toString('utf8')).not.toContain('instance secret')
  })

  it('refuses an empty instance secret', () => {
    expect(() => webhookSecretKey('')).toThrow(/PAYLOAD_SECRET/)
  })
})

describe('sealSecret / openSecret', () => {
  const secrets: Array<[string, string]> = [
    ['a generated secret', newSecret()],
    ['another generated secret', newSecret()],
    ['one character', 'x'],
    ['non-ASCII', 'whsec_密钥🔑'],
    ['long', 'whsec_' + 'A'.repeat(4096)],
  ]

  it.each(secrets)('round trip: %s', (_what, plain) => {
    const sealed = sealSecret(plain, key)
    expect(sealed).toMatch(/^v1:[A-Za-z0-9_-]+$/)
    expect(isSealed(sealed)).toBe(true)
    // The plaintext does not show through (a one-character secret may occur in any base64 text).
    if (plain.length >= 8) expect(sealed).not.toContain(plain)
    expect(openSecret(sealed, key)).toBe(plain)
  })

  it('seals the same secret differently every time (a fresh IV)', () => {
    const plain = newSecret()
    const a = sealSecret(plain, key)
    const b = sealSecret(plain, key)
    expect(a).not.toBe(b)
    expect(openSecret(a, key)).toBe(openSecret(b, key))
  })

  const plain = newSecret()
  const sealed = sealSecret(plain, key)
  const refused: Array<[string, string, Buffer]> = [
    ['the wrong key', sealed, otherKey],
    ['an altered IV', flip(sealed, () => 0), key],
    ['altered ciphertext', flip(sealed, () => 14), key],
    ['an altered tag', flip(sealed, (n) => n - 1), key],
    ['a truncated value', sealed.slice(0, 20), key],
    ['a value cut after the prefix', 'v1:', key],
    ['an unknown version', sealed.replace(/^v1:/, 'v9:'), key],
  ]
  it.each(refused)('refuses %s', (_what, value, withKey) => {
    expect(() => openSecret(value, withKey)).toThrow()
  })

  it('opens a secret stored in plaintext by an earlier release as it is', () => {
    const legacy = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
    expect(isSealed(legacy)).toBe(false)
    expect(openSecret(legacy, key)).toBe(legacy)
  })
})
