import type { CollectionConfig } from 'payload'

import { decisionPublicForms } from '../src/documents/decisions'
import { publicationMetadata } from '../src/documents/publication'
import { systemFields, tab } from '../src/fields/document'
import { importFields } from '../src/import/fields'
import { l, message, option } from '../src/fields/labels'
import { decisionPublicationTabs, decisionSourceFields, partyFields } from '../src/fields/party'
import { withWorkflow } from '../src/workflow'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

/** 行政许可决定 (双公示): one decision per 文书号 and department (the idempotency key of imports). */
export const LicensingDecisions: CollectionConfig = withWorkflow({
  slug: 'licensing-decisions',
  labels: {
    singular: l('行政许可决定', 'Licensing decision'),
    plural: l('行政许可', 'Licensing decisions'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'decisionNumber', 'decisionDate', 'department', '_status'],
    group: l('双公示', 'Decisions'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  indexes: [{ fields: ['department', 'decisionNumber'], unique: true }],
  hooks: {
    beforeChange: [
      decisionPublicForms('licensing'),
      publicationMetadata({ indexNumber: false, docNumber: false }),
    ],
  },
  fields: [
    ...systemFields(),
    ...importFields(),
    {
      type: 'tabs',
      tabs: [
        tab('行政相对人', 'Party', partyFields()),
        tab('许可决定', 'Decision', [
          {
            type: 'row',
            fields: [
              {
                name: 'decisionDocName',
                type: 'text',
                required: true,
                label: l('许可决定文书名称', 'Decision document'),
                admin: { width: '50%' },
              },
              {
                name: 'decisionNumber',
                type: 'text',
                required: true,
                index: true,
                label: l('许可决定文书号', 'Decision number'),
                admin: { width: '50%' },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'licenseCategory',
                type: 'select',
                required: true,
                label: l('许可类别', 'Licence category'),
                options: [
                  option('general', '普通', 'General'),
                  option('franchise', '特许', 'Franchise'),
                  option('accreditation', '认可', 'Accreditation'),
                  option('approval', '核准', 'Approval'),
                  option('registration', '登记', 'Registration'),
                  option('other', '其他', 'Other'),
                ],
                admin: { width: '34%' },
              },
              {
                name: 'licenseName',
                type: 'text',
                label: l('许可证书名称', 'Licence'),
                admin: { width: '33%' },
              },
              {
                name: 'licenseNumber',
                type: 'text',
                label: l('许可编号', 'Licence number'),
                admin: { width: '33%' },
              },
            ],
          },
          {
            name: 'content',
            type: 'textarea',
            required: true,
            maxLength: 4000,
            label: l('许可内容', 'What is licensed'),
          },
          {
            type: 'row',
            fields: [
              {
                name: 'decisionDate',
                type: 'date',
                required: true,
                index: true,
                label: l('许可决定日期', 'Decided on'),
                admin: { ...day, width: '25%' },
              },
              {
                name: 'validFrom',
                type: 'date',
                required: true,
                label: l('有效期自', 'Valid from'),
                admin: { ...day, width: '25%' },
              },
              {
                name: 'validUntil',
                type: 'date',
                label: l('有效期至', 'Valid until'),
                admin: { ...day, width: '25%', description: l('长期有效可不填', 'Empty: no end') },
                validate: (value: unknown, { siblingData, req }: any) =>
                  value && siblingData?.validFrom && String(value) < String(siblingData.validFrom)
                    ? message(req, '有效期至不能早于有效期自', 'Valid until is before valid from')
                    : true,
              },
              {
                name: 'licenseStatus',
                type: 'select',
                defaultValue: 'valid',
                label: l('当前状态', 'Status'),
                options: [
                  option('valid', '有效', 'Valid'),
                  option('invalid', '无效', 'Invalid'),
                  option('revoked', '撤销', 'Revoked'),
                ],
                admin: { width: '25%' },
              },
            ],
          },
          ...decisionSourceFields('许可机关', 'Licensing authority'),
        ]),
        ...decisionPublicationTabs(),
      ],
    },
  ],
})
