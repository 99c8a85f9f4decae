import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'

/**
 * Named counters (index numbers per department and year), incremented atomically by
 * src/documents/sequence.ts. Declared as a collection so its table comes from the migrations on
 * every database; never exposed through any API.
 */
export const Sequences: CollectionConfig = {
  slug: 'sequences',
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  graphQL: false,
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'value', type: 'number', required: true, defaultValue: 0 },
  ],
}
