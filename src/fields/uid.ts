import type { TextField } from 'payload'
import { v7 as uuidv7 } from 'uuid'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

/**
 * A new public identifier: a UUID of version 7 (RFC 9562), whose first 48 bits are the creation
 * time in milliseconds and the other 74 random. New uids sort after older ones, so the unique
 * indexes on uid (document, version, public projection) grow at their end instead of at random
 * pages: a bulk import of 100,000 decisions rewrote a random page of each index per row.
 * Nothing can be guessed from one but when it was made, which the document shows anyway.
 */
export function newUid(): string {
  return uuidv7()
}

/**
 * The public identifier of a document: a UUID set at creation and never changed afterwards.
 * Database ids never leave the system; department sites link by uid.
 */
export function uidField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'uid',
    type: 'text',
    label: { en: 'Public ID (UID)', zh: '公开标识 (UID)' },
    unique: true,
    index: true,
    admin: { readOnly: true, position: 'sidebar' },
    hooks: {
      beforeChange: [
        // Whatever a client sends is ignored: a fresh UUID on create, the stored one afterwards.
        // Trusted server code (the deterministic seed, a restore) may supply one on create.
        ({ operation, originalDoc, req, value }) => {
          if (operation !== 'create' && originalDoc?.uid) return originalDoc.uid
          if (req.context?.trustedUid && typeof value === 'string' && UUID.test(value)) return value
          return newUid()
        },
      ],
    },
    ...overrides,
  } as TextField
}
