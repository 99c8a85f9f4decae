import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'
import { l } from '../src/fields/labels'

/**
 * The public projection (src/public-api/projection.ts): one row per published document of every
 * type, holding exactly what the v1 list and filters need, kept in step in the transaction of each
 * publication, change, withdrawal and unpublishing. Only the public API reads it.
 */
export const PublicDocuments: CollectionConfig = {
  slug: 'public-documents',
  labels: { singular: l('公开目录项', 'Public entry'), plural: l('公开目录', 'Public index') },
  admin: { hidden: true },
  access: { read: nobody, create: nobody, update: nobody, delete: nobody },
  // The default order of every list and feed (newest first, uid as the tie-break), by one index.
  // Counting what is public now reads only the (state, unpublishAt) index.
  indexes: [{ fields: ['publishedAt', 'uid'] }, { fields: ['state', 'unpublishAt'] }],
  fields: [
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'uid', type: 'text', required: true, unique: true, index: true },
    { name: 'type', type: 'text', required: true, index: true },
    { name: 'source', type: 'text', required: true },
    { name: 'sourceId', type: 'text', required: true },
    { name: 'departmentId', type: 'text', index: true },
    { name: 'departmentCode', type: 'text', index: true },
    // " T01 T02 ": a topic code matches as " T01 ".
    { name: 'topicCodes', type: 'text', index: true },
    { name: 'validity', type: 'text', index: true },
    // published | withdrawn | removed (no longer public: kept so its version keeps counting)
    // Not indexed alone: nearly every row is published, and such an index misleads the planner.
    { name: 'state', type: 'text', required: true },
    // Counts every change of the public form: the `version` of webhook events.
    { name: 'version', type: 'number', defaultValue: 0 },
    { name: 'publishedAt', type: 'date', index: true },
    { name: 'publicUpdatedAt', type: 'date', index: true },
    { name: 'unpublishAt', type: 'date', index: true },
    { name: 'indexNumber', type: 'text', index: true },
    { name: 'docNumber', type: 'text' },
    { name: 'docNumberKey', type: 'text', index: true },
    { name: 'titleZh', type: 'text', index: true },
    { name: 'titleEn', type: 'text' },
    { name: 'summaryZh', type: 'textarea' },
    { name: 'summaryEn', type: 'textarea' },
    // HMAC of the public form (src/integrity/seal.ts): a change made behind the CMS's back shows.
    { name: 'seal', type: 'text' },
  ],
}
