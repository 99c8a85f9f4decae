import type { CollectionConfig } from 'payload'

import { authenticated } from '../src/access'
import { l, option } from '../src/fields/labels'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { en: 'User', zh: '用户' },
    plural: { en: 'Users', zh: '用户' },
  },
  admin: { useAsTitle: 'email', defaultColumns: ['email', 'name', 'updatedAt'] },
  auth: {
    tokenExpiration: 2 * 60 * 60,
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    cookies: {
      sameSite: 'Lax',
      secure:
        process.env.NODE_ENV === 'production' && !!process.env.SERVER_URL?.startsWith('https:'),
    },
  },
  access: {
    read: authenticated,
    create: authenticated,
    update: authenticated,
    delete: authenticated,
    // GHSA-jg8r-5jh2-v2xj: unlock is never left to Payload's default. The workflow issue narrows
    // this to security admins; until roles exist, only signed-in staff may unlock.
    unlock: authenticated,
  },
  fields: [
    { name: 'name', type: 'text', label: l('姓名', 'Name') },
    {
      name: 'memberships',
      type: 'array',
      label: l('所属部门与角色', 'Departments and roles'),
      labels: { singular: l('部门', 'Department'), plural: l('部门', 'Departments') },
      admin: {
        description: l(
          '用户可属于多个部门，在每个部门有各自的角色',
          'A user can work in several departments, with roles in each',
        ),
      },
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'department',
              type: 'relationship',
              relationTo: 'departments',
              required: true,
              label: l('部门', 'Department'),
              admin: { width: '50%' },
            },
            {
              name: 'roles',
              type: 'select',
              hasMany: true,
              label: l('角色', 'Roles'),
              options: [
                option('author', '撰稿人', 'Author'),
                option('reviewer', '审核人', 'Reviewer'),
                option('publisher', '发布人', 'Publisher'),
                option('department_admin', '部门管理员', 'Department admin'),
              ],
              admin: { width: '50%' },
            },
          ],
        },
      ],
    },
  ],
}
