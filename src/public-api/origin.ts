import type { Request } from 'express'
import type { Payload } from 'payload'

/**
 * The public base URL for absolute links (feeds, sitemaps, the DCAT catalogue): SERVER_URL when
 * the operator set one, else the origin the request came to.
 */
export function publicOrigin(req: Request, payload: Payload): string {
  const configured = payload.config.serverURL?.replace(/\/+$/, '')
  if (configured) return configured
  return `${req.protocol}://${req.get('host') ?? 'localhost'}`
}

/** The document's page on the public portal (resolvable after a withdrawal too: 410 page). */
export const documentPageUrl = (origin: string, uid: string) => `${origin}/documents/${uid}`
