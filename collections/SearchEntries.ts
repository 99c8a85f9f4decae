import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'
import { l } from '../src/fields/labels'

/**
 * The storage of the portable search engine (src/search/engines/portable.ts), the one that uses
 * only Payload's query API and so runs on MongoDB: one entry per public document, with its folded
 * text for the final check and its distinct tokens (`terms`) to find candidates. The SQL engines
 * keep their own tables (FTS5, tsvector) and leave this collection empty.
 */
export const SearchEntries: CollectionConfig = {
  slug: 'search-entries',
  labels: { singular: l('检索条目', 'Search entry'), plural: l('检索条目', 'Search entries') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  fields: [
    // The id of the document's public-documents row.
    { name: 'doc', type: 'text', required: true, unique: true, index: true },
    { name: 'title', type: 'textarea' },
    { name: 'body', type: 'textarea' },
    { name: 'terms', type: 'text', hasMany: true, index: true },
  ],
}
