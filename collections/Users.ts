import type { CollectionConfig } from 'payload'

import { isAuthenticated, PLATFORM_ROLES } from '../src/access/predicates'
import {
  accountManagers,
  createUsers,
  deleteUsers,
  readUsers,
  securityAdminOnly,
  unlockUsers,
  updateUsers,
} from '../src/access/users'
import { checkRoleSeparation, refuseDisabledAccount } from '../src/access/user-hooks'
import { auditAuthOperation, auditUserChange } from '../src/audit/hooks'
import {
  enforcePasswordPolicy,
  enforcePasswordPolicyOnReset,
  refuseExpiredPassword,
} from '../src/auth/hooks'
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
    admin: ({ req: { user } }) => isAuthenticated(user as any),
    read: readUsers,
    create: createUsers,
    update: updateUsers,
    delete: deleteUsers,
    unlock: unlockUsers,
  },
  hooks: {
    beforeLogin: [refuseDisabledAccount, refuseExpiredPassword],
    beforeOperation: [enforcePasswordPolicyOnReset],
    beforeValidate: [checkRoleSeparation, enforcePasswordPolicy],
    afterChange: [auditUserChange],
    afterOperation: [auditAuthOperation],
  },
  fields: [
    { name: 'name', type: 'text', label: l('姓名', 'Name') },
    {
      // Set by the password policy hook whenever a password is set; clients cannot write it.
      name: 'passwordChangedAt',
      type: 'date',
      label: l('密码修改时间', 'Password changed'),
      access: { create: () => false, update: () => false },
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'platformRoles',
      type: 'select',
      hasMany: true,
      label: l('平台管理角色（三员）', 'Platform roles'),
      options: PLATFORM_ROLES.map((r) =>
        option(
          r,
          { system_admin: '系统管理员', security_admin: '安全管理员', audit_admin: '安全审计员' }[
            r
          ],
          {
            system_admin: 'System admin',
            security_admin: 'Security admin',
            audit_admin: 'Audit admin',
          }[r],
        ),
      ),
      access: { create: securityAdminOnly, update: securityAdminOnly },
      admin: {
        position: 'sidebar',
        description: l(
          '三员分立：一个账号至多担任一种，且不担任编辑角色',
          'At most one per account, and no editorial role',
        ),
      },
    },
    {
      name: 'disabled',
      type: 'checkbox',
      defaultValue: false,
      label: l('停用账号', 'Account disabled'),
      access: { create: accountManagers, update: accountManagers },
      admin: {
        position: 'sidebar',
        description: l(
          '停用后立即不能登录，已签发的令牌失效',
          'Cannot sign in; existing sessions stop working',
        ),
      },
    },
    {
      name: 'memberships',
      access: { create: securityAdminOnly, update: securityAdminOnly },
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
