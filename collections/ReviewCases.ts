import type { CollectionConfig } from 'payload'

import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import { l, option } from '../src/fields/labels'
import { createInOwnDepartment, readOwnDepartment } from '../src/requests/access'

/**
 * Administrative review and litigation about government-information disclosure (table (4) of the
 * annual report): one row per case, kept by the department it concerns.
 */
export const ReviewCases: CollectionConfig = {
  slug: 'review-cases',
  labels: {
    singular: l('复议诉讼案件', 'Review or litigation case'),
    plural: l('复议诉讼案件', 'Review and litigation cases'),
  },
  admin: {
    useAsTitle: 'caseNumber',
    defaultColumns: ['caseNumber', 'kind', 'result', 'year', 'department'],
    group: l('依申请公开', 'Disclosure requests'),
  },
  access: {
    read: readOwnDepartment,
    create: createInOwnDepartment,
    update: readOwnDepartment,
    delete: readOwnDepartment,
  },
  hooks: { afterChange: [auditDocumentChange], afterDelete: [auditDocumentDelete] },
  fields: [
    {
      name: 'caseNumber',
      type: 'text',
      required: true,
      maxLength: 100,
      label: l('案号', 'Case number'),
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: l('部门', 'Department'),
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: l('类别', 'Kind'),
      options: [
        option('review', '行政复议', 'Administrative review'),
        option(
          'litigation_direct',
          '行政诉讼（未经复议直接起诉）',
          'Litigation without prior review',
        ),
        option('litigation_after_review', '行政诉讼（复议后起诉）', 'Litigation after review'),
      ],
    },
    {
      name: 'result',
      type: 'select',
      required: true,
      defaultValue: 'pending',
      label: l('结果', 'Result'),
      options: [
        option('upheld', '结果维持', 'Upheld'),
        option('corrected', '结果纠正', 'Corrected'),
        option('other', '其他结果', 'Other result'),
        option('pending', '尚未审结', 'Pending'),
      ],
    },
    {
      name: 'year',
      type: 'number',
      required: true,
      min: 2000,
      max: 2999,
      index: true,
      label: l('统计年度', 'Year'),
    },
    {
      name: 'request',
      type: 'relationship',
      relationTo: 'disclosure-requests',
      label: l('相关申请', 'Request'),
    },
    { name: 'note', type: 'textarea', label: l('备注', 'Note') },
  ],
}
