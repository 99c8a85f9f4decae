import crypto from 'node:crypto'

import type { TextField } from 'payload'

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
        ({ operation, originalDoc }) =>
          operation === 'create' || !originalDoc?.uid ? crypto.randomUUID() : originalDoc.uid,
      ],
    },
    ...overrides,
  } as TextField
}
