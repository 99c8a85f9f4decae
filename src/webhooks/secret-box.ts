/**
 * Webhook signing secrets at rest: AES-256-GCM under a key derived (HKDF-SHA256) from the
 * instance secret (PAYLOAD_SECRET), so a copy of the database alone does not let anyone forge
 * deliveries. Stored as `v1:<base64url of iv(12) ‖ ciphertext ‖ tag(16)>`; the version names the
 * key derivation and the layout, so a later `v2:` (another key, another algorithm) can be read
 * alongside `v1:` while rows are re-sealed.
 *
 * A value without a version prefix is a secret stored in plaintext by an earlier release
 * (`whsec_…`): it is accepted as it is, and sealed on the next start (sealStoredSecrets) or write.
 */
import crypto from 'node:crypto'

import type { Payload } from 'payload'

const VERSION = 'v1'
const IV_BYTES = 12
const TAG_BYTES = 16
/** Binds a sealed value to its purpose: the same key material sealing something else does not open. */
const AAD = Buffer.from('gongkai webhook signing secret')

/** The v1 key: HKDF-SHA256 of the instance secret, salted and labelled for this use only. */
export function webhookSecretKey(instanceSecret: string): Buffer {
  if (!instanceSecret) throw new Error('webhook secrets need the instance secret (PAYLOAD_SECRET)')
  return Buffer.from(
    crypto.hkdfSync(
      'sha256',
      Buffer.from(instanceSecret, 'utf8'),
      Buffer.from('gongkai'),
      Buffer.from('webhook-signing-secrets/v1'),
      32,
    ),
  )
}

export const isSealed = (stored: string): boolean => stored.startsWith(`${VERSION}:`)

/** Encrypts a signing secret for storage (a fresh random IV every time). */
export function sealSecret(plain: string, key: Buffer): string {
  const iv = crypto.randomBytes(IV_BYTES)
  const cipher = crypto.createCipheriv('aes-256-gcm', key, iv)
  cipher.setAAD(AAD)
  const body = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()])
  return `${VERSION}:${Buffer.concat([iv, body, cipher.getAuthTag()]).toString('base64url')}`
}

/**
 * The signing secret of a stored value. Throws when a sealed value does not open with this key
 * (another PAYLOAD_SECRET, or the value was altered) or has an unknown version.
 */
export function openSecret(stored: string, key: Buffer): string {
  const colon = stored.indexOf(':')
  const version = colon > 0 ? stored.slice(0, colon) : null
  if (version === null || !/^v\d+$/.test(version)) return stored // plaintext of an earlier release
  if (version !== VERSION) throw new Error(`unknown webhook secret version ${version}`)
  const raw = Buffer.from(stored.slice(colon + 1), 'base64url')
  if (raw.length < IV_BYTES + TAG_BYTES + 1) throw new Error('sealed webhook secret is truncated')
  const decipher = crypto.createDecipheriv('aes-256-gcm', key, raw.subarray(0, IV_BYTES))
  decipher.setAAD(AAD)
  decipher.setAuthTag(raw.subarray(raw.length - TAG_BYTES))
  return Buffer.concat([
    decipher.update(raw.subarray(IV_BYTES, raw.length - TAG_BYTES)),
    decipher.final(), // throws "Unsupported state or unable to authenticate data" on a wrong key
  ]).toString('utf8')
}

/** The key of this Payload instance (cached per instance secret). */
const keys = new Map<string, Buffer>()
export function keyOf(payload: Payload): Buffer {
  const secret = payload.config.secret
  let key = keys.get(secret)
  if (!key) {
    key = webhookSecretKey(secret)
    keys.set(secret, key)
  }
  return key
}

/**
 * Seals the secrets an earlier release stored in plaintext. Run at start-up; idempotent (sealed
 * rows are left alone). The write goes through the collection (its beforeChange hook seals, and
 * the audit log records it). Deliveries read both forms, so a row an older process still running
 * during an upgrade writes in plaintext keeps working until the next start or write seals it.
 */
export async function sealStoredSecrets(payload: Payload): Promise<number> {
  if (!payload.collections['webhook-subscriptions']) return 0
  const { docs } = await payload.find({
    collection: 'webhook-subscriptions',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
    select: { secret: true },
  })
  let sealed = 0
  for (const doc of docs as Array<{ id: number | string; secret?: string | null }>) {
    if (!doc.secret || isSealed(doc.secret)) continue
    try {
      await payload.update({
        collection: 'webhook-subscriptions',
        id: doc.id,
        data: {},
        depth: 0,
        overrideAccess: true,
        context: { auditActor: 'webhooks' },
      })
      sealed += 1
    } catch (err) {
      // E.g. a URL today's rules refuse: the server still starts, the plaintext still signs, and
      // the next start (or an admin's fix of the subscription) seals it.
      payload.logger.warn({ err, subscription: doc.id }, 'could not seal a webhook secret')
    }
  }
  return sealed
}
