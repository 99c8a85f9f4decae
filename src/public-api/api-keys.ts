/**
 * API keys of department websites: issued once (the plain key is in one response only), stored as
 * a SHA-256 hash, checked by hash on every public API request that presents one.
 */
import crypto from 'node:crypto'

import type { Endpoint, Payload, PayloadRequest } from 'payload'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

export const hashApiKey = (key: string): string =>
  crypto.createHash('sha256').update(key, 'utf8').digest('hex')

/** `gk_` and 32 random bytes: 256 bits, so a hash without a salt is enough to store it. */
export function newApiKey(): { key: string; prefix: string; hash: string } {
  const key = `gk_${crypto.randomBytes(32).toString('base64url')}`
  return { key, prefix: key.slice(0, 10), hash: hashApiKey(key) }
}

/**
 * POST /api/api-keys/:id/issue — issues a new key for the record (replacing any earlier one) and
 * returns it this once. Whoever may read the record (its department's admin, a system admin) may.
 */
export const issueApiKeyEndpoint: Endpoint = {
  path: '/:id/issue',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const noStore = { 'cache-control': 'no-store' }
    if (!req.user)
      return Response.json({ error: 'Unauthorized' }, { status: 401, headers: noStore })
    const id = String(req.routeParams?.id ?? '')
    const record = await req.payload
      .findByID({ collection: 'api-keys', id, overrideAccess: false, user: req.user, depth: 0 })
      .catch(() => null)
    if (!record) return Response.json({ error: 'Not found' }, { status: 404, headers: noStore })
    const { key, prefix, hash } = newApiKey()
    await req.payload.update({
      collection: 'api-keys',
      id,
      data: { keyHash: hash, keyPrefix: prefix, issuedAt: new Date().toISOString() } as any,
      overrideAccess: true,
      user: req.user,
      depth: 0,
    })
    return Response.json({ key, prefix }, { status: 200, headers: noStore })
  },
}

export type ApiKeyHolder = { id: string; department: string | null }

/**
 * Looks keys up by hash, remembering answers (also "no such key") until the public generation
 * changes, which every key change causes; see cache.ts.
 */
export class ApiKeyVerifier {
  private known = new Map<string, ApiKeyHolder | null>()
  constructor(private payload: Payload) {}

  reset(): void {
    this.known = new Map()
  }

  async verify(key: string): Promise<ApiKeyHolder | null> {
    const hash = hashApiKey(key)
    if (this.known.has(hash)) return this.known.get(hash)!
    const { docs } = await this.payload.find({
      collection: 'api-keys',
      where: { and: [{ keyHash: { equals: hash } }, { revoked: { not_equals: true } }] },
      limit: 1,
      depth: 0,
      overrideAccess: true,
      pagination: false,
    })
    const doc = docs[0] as any
    const holder = doc ? { id: String(doc.id), department: String(idOf(doc.department)) } : null
    if (this.known.size > 10_000) this.known.clear()
    this.known.set(hash, holder)
    return holder
  }
}
