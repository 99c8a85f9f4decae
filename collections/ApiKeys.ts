import type { CollectionConfig } from 'payload'

import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import { l } from '../src/fields/labels'
import { departmentAdminAccess, ownDepartmentOnly } from '../src/access/department-admin'
import { issueApiKeyEndpoint } from '../src/public-api/api-keys'
import { bumpPublicGeneration } from '../src/public-api/generation'

/**
 * API keys of department websites for the public API v1 (a higher rate limit). A key is issued
 * by the "Issue key" button (POST /api/api-keys/:id/issue), shown once, and stored only as its
 * SHA-256 hash; issuing again replaces it. Department admins manage their department's keys.
 */
export const ApiKeys: CollectionConfig = {
  slug: 'api-keys',
  labels: { singular: l('接口密钥', 'API key'), plural: l('接口密钥', 'API keys') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'department', 'keyPrefix', 'revoked', 'issuedAt'],
    group: l('基础数据', 'Reference data'),
  },
  access: departmentAdminAccess,
  endpoints: [issueApiKeyEndpoint],
  hooks: {
    beforeChange: [ownDepartmentOnly],
    afterChange: [auditDocumentChange, bumpPublicGeneration],
    afterDelete: [auditDocumentDelete, bumpPublicGeneration],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: l('名称', 'Name') },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: l('所属部门', 'Department'),
    },
    {
      name: 'site',
      type: 'text',
      label: l('使用网站', 'Website'),
      admin: { description: l('使用此密钥的网站', 'The website that uses this key') },
    },
    {
      name: 'revoked',
      type: 'checkbox',
      defaultValue: false,
      label: l('已停用', 'Revoked'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'keyPrefix',
      type: 'text',
      label: l('密钥前缀', 'Key prefix'),
      access: { create: () => false, update: () => false },
      admin: {
        position: 'sidebar',
        readOnly: true,
        description: l('完整密钥只在签发时显示一次', 'The full key is shown once, when issued'),
        components: { afterInput: ['/components/IssueApiKey#IssueApiKey'] },
      },
    },
    {
      name: 'issuedAt',
      type: 'date',
      label: l('签发时间', 'Issued at'),
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      // Never readable through any API: only the server compares against it.
      name: 'keyHash',
      type: 'text',
      unique: true,
      index: true,
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
  ],
}
