import type { CollectionConfig } from 'payload'

import { legalDocumentTabs, legalDocumentHooks } from '../src/documents/legal'
import { l } from '../src/fields/labels'
import { withWorkflow } from '../src/workflow'

/** 政策文件 / 规范性文件 */
export const Policies: CollectionConfig = withWorkflow({
  slug: 'policies',
  labels: { singular: l('政策文件', 'Policy'), plural: l('政策文件', 'Policies') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'department', 'validity', '_status'],
    group: l('公开内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 100 },
  indexes: [{ fields: ['department', 'docNumberKey'], unique: true }],
  hooks: legalDocumentHooks,
  fields: legalDocumentTabs('policy'),
})
