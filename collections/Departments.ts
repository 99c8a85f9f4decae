import type { CollectionConfig } from 'payload'

import { anyone, authenticated } from '../src/access'

/** A government department: every document belongs to one; department websites read its content. */
export const Departments: CollectionConfig = {
  slug: 'departments',
  labels: {
    singular: { en: 'Department', zh: '部门' },
    plural: { en: 'Departments', zh: '部门' },
  },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'code', 'parent'] },
  access: { read: anyone, create: authenticated, update: authenticated, delete: authenticated },
  fields: [
    {
      name: 'code',
      type: 'text',
      label: { en: 'Code (organisation / credit code)', zh: '机构代码' },
      required: true,
      unique: true,
      index: true,
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
      fields: [{ name: 'url', type: 'text', required: true, label: { en: 'URL', zh: '网址' } }],
    },
    {
      name: 'contact',
      type: 'group',
      label: { en: 'Contact', zh: '联系方式' },
      fields: [
        { name: 'phone', type: 'text', label: { en: 'Phone', zh: '电话' } },
        { name: 'email', type: 'email', label: { en: 'Email', zh: '电子邮箱' } },
        { name: 'address', type: 'text', label: { en: 'Address', zh: '地址' }, localized: true },
      ],
    },
  ],
}
