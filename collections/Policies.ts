import type { CollectionConfig } from 'payload'

import { documentAccess } from '../src/access'
import { legalDocumentTabs, legalDocumentHooks } from '../src/documents/legal'
import { l } from '../src/fields/labels'

/** 政策文件 / 规范性文件 */
export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: { singular: l('政策文件', 'Policy'), plural: l('政策文件', 'Policies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'department', 'validity', '_status'],
    group: l('公开内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 100 },
  access: documentAccess,
  indexes: [{ fields: ['department', 'docNumberKey'], unique: true }],
  hooks: legalDocumentHooks,
  fields: legalDocumentTabs('policy'),
}
