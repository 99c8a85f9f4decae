import type { CollectionConfig } from 'payload'

import { documentAccess } from '../src/access'
import { legalDocumentTabs, legalDocumentHooks } from '../src/documents/legal'
import { l } from '../src/fields/labels'

/** 法规 / 规章: as a policy, plus 施行日期 */
export const Regulations: CollectionConfig = {
  slug: 'regulations',
  labels: { singular: l('法规规章', 'Regulation'), plural: l('法规规章', 'Regulations') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'docNumber', 'effectiveDate', 'validity', '_status'],
    group: l('公开内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 100 },
  access: documentAccess,
  indexes: [{ fields: ['department', 'docNumberKey'], unique: true }],
  hooks: legalDocumentHooks,
  fields: legalDocumentTabs('regulation'),
}
