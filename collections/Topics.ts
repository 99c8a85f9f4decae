import type { CollectionConfig } from 'payload'

import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import { bumpPublicGeneration } from '../src/public-api/generation'
import { anyone, systemAdmin } from '../src/access'
import { l, message } from '../src/fields/labels'

/** 主题分类: the topic taxonomy, a tree of coded topics. */
export const Topics: CollectionConfig = {
  slug: 'topics',
  // Names, codes and websites are part of public responses (and CORS): caches must drop them.
  hooks: {
    afterChange: [auditDocumentChange, bumpPublicGeneration],
    afterDelete: [auditDocumentDelete, bumpPublicGeneration],
  },
  labels: { singular: l('主题分类', 'Topic'), plural: l('主题分类', 'Topics') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['code', 'name', 'parent'],
    group: l('基础数据', 'Reference data'),
  },
  // The platform's structure: the system administrator maintains it.
  access: { read: anyone, create: systemAdmin, update: systemAdmin, delete: systemAdmin },
  fields: [
    {
      name: 'code',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: l('分类代码', 'Code'),
      validate: (value: unknown, { req }: any) =>
        /^[0-9A-Za-z.-]{1,20}$/.test(String(value ?? ''))
          ? true
          : message(
              req,
              '分类代码只能由字母、数字、点和短横线组成',
              'A code has letters, digits, dots and dashes only',
            ),
    },
    { name: 'name', type: 'text', required: true, localized: true, label: l('名称', 'Name') },
    { name: 'parent', type: 'relationship', relationTo: 'topics', label: l('上级分类', 'Parent') },
  ],
}
