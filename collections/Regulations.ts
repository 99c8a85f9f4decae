import type { CollectionConfig } from 'payload'

import { legalDocumentTabs, legalDocumentHooks } from '../src/documents/legal'
import { l } from '../src/fields/labels'
import { withWorkflow } from '../src/workflow'

/** 法规 / 规章: as a policy, plus 施行日期 */
export const Regulations: CollectionConfig = withWorkflow({
  slug: 'regulations',
  labels: { singular: l('法规规章', 'Regulation'), plural: l('法规规章', 'Regulations') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'effectiveDate', 'validity', '_status'],
    group: l('公开内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 100 },
  indexes: [{ fields: ['department', 'docNumberKey'], unique: true }],
  hooks: legalDocumentHooks,
  fields: legalDocumentTabs('regulation'),
})
