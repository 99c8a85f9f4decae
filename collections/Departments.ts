import type { CollectionConfig } from 'payload'

import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import { bumpPublicGeneration } from '../src/public-api/generation'
import { anyone, systemAdmin } from '../src/access'
import { l, message } from '../src/fields/labels'

/** A government department: every document belongs to one; department websites read its content. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  // Names, codes and websites are part of public responses (and CORS): caches must drop them.
  hooks: {
    afterChange: [auditDocumentChange, bumpPublicGeneration],
    afterDelete: [auditDocumentDelete, bumpPublicGeneration],
  },
  labels: {
    singular: { en: 'Department', zh: '部门' },
    plural: { en: 'Departments', zh: '部门' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'code', 'parent'],
    group: l('基础数据', 'Reference data'),
  },
  // The platform's structure: the system administrator maintains it.
  access: { read: anyone, create: systemAdmin, update: systemAdmin, delete: systemAdmin },
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { en: 'Code (organisation / credit code)', zh: '机构代码' },
      required: true,
      unique: true,
      index: true,
      validate: (value: unknown, { req }: any) =>
        /^[0-9A-Z]{9}$|^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(
          String(value ?? ''),
        )
          ? true
          : message(
              req,
              '机构代码应为9位组织机构代码或18位统一社会信用代码（数字或大写字母）',
              'A code is a 9-character organisation code or an 18-character unified social credit code',
            ),
    },
    {
      name: 'name',
      type: 'text',
      label: { en: 'Full name', zh: '全称' },
      required: true,
      localized: true,
    },
    { name: 'shortName', type: 'text', label: { en: 'Short name', zh: '简称' }, localized: true },
    {
      name: 'parent',
      type: 'relationship',
      relationTo: 'departments',
      label: { en: 'Parent department', zh: '上级部门' },
    },
    {
      name: 'websites',
      type: 'array',
      label: { en: 'Websites', zh: '网站' },
      admin: {
        description: l(
          '部门网站：也是公开接口的跨域来源和订阅链接',
          'Department websites: also the CORS origins and feed links',
        ),
      },
      fields: [
        {
          name: 'url',
          type: 'text',
          required: true,
          label: l('网址', 'URL'),
          validate: (value: unknown, { req }: any) =>
            /^https?:\/\/[^/\s]+(\/\S*)?$/.test(String(value ?? ''))
              ? true
              : message(
                  req,
                  '网址须以 http:// 或 https:// 开头',
                  'The address must start with http:// or https://',
                ),
        },
      ],
    },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', zh: '联系方式' },
      fields: [
        { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' } },
        { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
        { name: 'address', type: 'text', label: { en: 'Address', zh: '地址' }, localized: true },
        { name: 'postcode', type: 'text', label: l('邮编', 'Postcode') },
        { name: 'fax', type: 'text', label: l('传真', 'Fax') },
        { name: 'hours', type: 'text', label: l('办公时间', 'Office hours'), localized: true },
      ],
    },
  ],
}
