import type { CollectionConfig } from 'payload'

import { decisionPublicForms } from '../src/documents/decisions'
import { isValidWanAmount } from '../src/domain/amounts'
import { publicationMetadata } from '../src/documents/publication'
import { systemFields, tab } from '../src/fields/document'
import { importFields } from '../src/import/fields'
import { l, message, option } from '../src/fields/labels'
import { decisionPublicationTabs, decisionSourceFields, partyFields } from '../src/fields/party'
import { withWorkflow } from '../src/workflow'

const day = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

const amount = (name: string, zh: string, en: string) => ({
  name,
  type: 'number' as const,
  min: 0,
  max: 10_000_000,
  label: l(zh, en),
  admin: { width: '50%', description: l('单位：万元', 'in 10,000 yuan'), step: 0.0001 },
  validate: (value: unknown, { req }: any) =>
    value === null || value === undefined || isValidWanAmount(value)
      ? true
      : message(
          req,
          '金额须为不小于0的数字，最多6位小数（万元）',
          'An amount is a number ≥ 0 with at most 6 decimals (10,000 yuan)',
        ),
})

/** 行政处罚决定 (双公示): leaves public output on its 公示截止期. */
export const PenaltyDecisions: CollectionConfig = withWorkflow({
  slug: 'penalty-decisions',
  labels: {
    singular: l('行政处罚决定', 'Penalty decision'),
    plural: l('行政处罚', 'Penalty decisions'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'decisionNumber', 'decisionDate', 'publicationEndDate', '_status'],
    group: l('双公示', 'Decisions'),
  },
  versions: { drafts: true, maxPerDoc: 20 },
  indexes: [{ fields: ['department', 'decisionNumber'], unique: true }],
  hooks: {
    beforeChange: [
      decisionPublicForms('penalty'),
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
        tab('处罚决定', 'Decision', [
          {
            name: 'decisionNumber',
            type: 'text',
            required: true,
            index: true,
            label: l('行政处罚决定书文号', 'Decision number'),
          },
          {
            name: 'violationType',
            type: 'text',
            required: true,
            label: l('违法行为类型', 'Type of violation'),
          },
          {
            name: 'violationFacts',
            type: 'textarea',
            required: true,
            maxLength: 5000,
            label: l('违法事实', 'Facts'),
          },
          {
            name: 'legalBasis',
            type: 'textarea',
            required: true,
            maxLength: 2000,
            label: l('处罚依据', 'Legal basis'),
          },
          {
            name: 'penaltyCategories',
            type: 'select',
            hasMany: true,
            required: true,
            label: l('处罚类别', 'Penalty categories'),
            options: [
              option('warning', '警告', 'Warning'),
              option('criticism', '通报批评', 'Public criticism'),
              option('fine', '罚款', 'Fine'),
              option('confiscate_income', '没收违法所得', 'Confiscation of illegal income'),
              option('confiscate_property', '没收非法财物', 'Confiscation of illegal property'),
              option('suspend_license', '暂扣许可证件', 'Licence suspended'),
              option('downgrade', '降低资质等级', 'Qualification downgraded'),
              option('revoke_license', '吊销许可证件', 'Licence revoked'),
              option('restrict_business', '限制开展生产经营活动', 'Business restricted'),
              option('suspend_business', '责令停产停业', 'Ordered to stop business'),
              option('close', '责令关闭', 'Ordered to close'),
              option('restrict_practice', '限制从业', 'Barred from practice'),
              option('detention', '行政拘留', 'Administrative detention'),
              option('other', '其他', 'Other'),
            ],
          },
          {
            name: 'penaltyContent',
            type: 'textarea',
            required: true,
            maxLength: 4000,
            label: l('处罚内容', 'Penalty'),
          },
          {
            type: 'row',
            fields: [
              amount('fineAmount', '罚款金额', 'Fine'),
              amount('confiscatedAmount', '没收违法所得、没收非法财物的金额', 'Confiscated'),
            ],
          },
          {
            name: 'suspendedLicense',
            type: 'text',
            label: l('暂扣或吊销证照名称及编号', 'Licence suspended or revoked'),
          },
          {
            type: 'row',
            fields: [
              {
                name: 'decisionDate',
                type: 'date',
                required: true,
                index: true,
                label: l('处罚决定日期', 'Decided on'),
                admin: { ...day, width: '34%' },
              },
              {
                name: 'penaltyValidUntil',
                type: 'date',
                label: l('处罚有效期', 'Penalty in force until'),
                admin: { ...day, width: '33%' },
              },
              {
                name: 'publicationEndDate',
                type: 'date',
                required: true,
                label: l('公示截止期', 'Publication ends'),
                admin: {
                  ...day,
                  width: '33%',
                  description: l(
                    '当日自动从所有公开渠道撤下',
                    'Leaves every public output that day',
                  ),
                },
                validate: (value: unknown, { siblingData, req }: any) => {
                  if (!value)
                    return message(req, '请填写公示截止期', 'Enter the publication end date')
                  if (
                    siblingData?.decisionDate &&
                    String(value).slice(0, 10) <= String(siblingData.decisionDate).slice(0, 10)
                  ) {
                    return message(
                      req,
                      '公示截止期应晚于处罚决定日期',
                      'Publication must end after the decision date',
                    )
                  }
                  return true
                },
              },
            ],
          },
          ...decisionSourceFields('处罚机关', 'Penalty authority'),
        ]),
        ...decisionPublicationTabs(),
      ],
    },
  ],
})
