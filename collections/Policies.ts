import type { CollectionConfig } from 'payload'

import { authenticated, authenticatedOrPublished } from '../src/access'
import { publishedAtField } from '../src/fields/published-at'
import { uidField } from '../src/fields/uid'

/** Policy documents (政策文件 / 规范性文件). The content-model issue completes their metadata. */
export const Policies: CollectionConfig = {
  slug: 'policies',
  labels: {
    singular: { en: 'Policy', zh: '政策文件' },
    plural: { en: 'Policies', zh: '政策文件' },
  },
  admin: { useAsTitle: 'title', defaultColumns: ['title', 'docNumber', 'department', '_status'] },
  versions: { drafts: true, maxPerDoc: 100 },
  access: {
    read: authenticatedOrPublished,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
  },
  fields: [
    uidField(),
    {
      name: 'title',
      type: 'text',
      label: { en: 'Title', zh: '标题' },
      required: true,
      localized: true,
    },
    { name: 'summary', type: 'textarea', label: { en: 'Summary', zh: '摘要' }, localized: true },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      label: { en: 'Department', zh: '发布部门' },
    },
    { name: 'docNumber', type: 'text', label: { en: 'Document number', zh: '发文字号' } },
    {
      name: 'signedDate',
      type: 'date',
      label: { en: 'Signed date', zh: '成文日期' },
      admin: { date: { pickerAppearance: 'dayOnly' } },
    },
    { name: 'body', type: 'richText', label: { en: 'Body', zh: '正文' }, localized: true },
    publishedAtField(),
  ],
}
