import crypto from 'node:crypto'

import type { TextField } from 'payload'

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[1-8][0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

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
          return crypto.randomUUID()
        },
      ],
    },
    ...overrides,
  } as TextField
}
