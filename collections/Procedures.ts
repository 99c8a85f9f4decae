import type { CollectionConfig, Field } from 'payload'

import { publicationMetadata } from '../src/documents/publication'
import {
  attachmentFields,
  changeFields,
  commonMetadata,
  systemFields,
  tab,
} from '../src/fields/document'
import { l, message, option } from '../src/fields/labels'
import { withWorkflow } from '../src/workflow'

const workingDays = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'number',
  label: l(zh, en),
  min: 0,
  max: 3650,
  admin: { width: '25%', description: l('工作日', 'working days'), step: 1 },
  validate: (value: unknown, { req }: any) =>
    value === null || value === undefined || Number.isInteger(value)
      ? true
      : message(req, '请填写整数个工作日', 'Enter a whole number of working days'),
})

const phone = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'text',
  label: l(zh, en),
  admin: { width: '50%' },
  validate: (value: unknown, { req }: any) =>
    !value || /^[0-9+\-() ,，、转]{3,60}$/.test(String(value))
      ? true
      : message(
          req,
          '电话号码只能包含数字和 +-() 等符号',
          'A phone number has digits and + - ( ) only',
        ),
})

/** 办事指南 / 政务服务事项: a service guide, laid out as the standard guide sections. */
export const Procedures: CollectionConfig = withWorkflow({
  slug: 'procedures',
  labels: {
    singular: l('办事指南', 'Service procedure'),
    plural: l('办事指南', 'Service procedures'),
  },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'itemCode', 'itemType', 'department', '_status'],
    group: l('公开内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: { beforeChange: [publicationMetadata({ indexNumber: false, docNumber: false })] },
  fields: [
    ...systemFields(),
    {
      type: 'tabs',
      tabs: [
        tab('事项信息', 'Service item', [
          ...commonMetadata({ title: { label: l('事项名称', 'Service name') } }),
          {
            type: 'row',
            fields: [
              {
                name: 'itemCode',
                type: 'text',
                index: true,
                label: l('基本编码', 'Basic code'),
                admin: { width: '50%' },
              },
              {
                name: 'implementationCode',
                type: 'text',
                index: true,
                label: l('实施编码', 'Implementation code'),
                admin: { width: '50%' },
              },
            ],
          },
          {
            type: 'row',
            fields: [
              {
                name: 'itemType',
                type: 'select',
                required: true,
                label: l('事项类型', 'Item type'),
                options: [
                  option('licensing', '行政许可', 'Administrative licensing'),
                  option('confirmation', '行政确认', 'Administrative confirmation'),
                  option('payment', '行政给付', 'Administrative payment'),
                  option('ruling', '行政裁决', 'Administrative ruling'),
                  option('reward', '行政奖励', 'Administrative reward'),
                  option('levy', '行政征收', 'Administrative levy'),
                  option('other_power', '其他行政权力', 'Other administrative power'),
                  option('public_service', '公共服务', 'Public service'),
                ],
                admin: { width: '34%' },
              },
              {
                name: 'implementingBody',
                type: 'text',
                label: l('实施主体', 'Implementing body'),
                localized: true,
                admin: { width: '33%' },
              },
              {
                name: 'implementingBodyNature',
                type: 'select',
                label: l('实施主体性质', 'Nature of the body'),
                options: [
                  option('statutory', '法定机关', 'Statutory organ'),
                  option('authorized', '法律法规授权组织', 'Authorised organisation'),
                  option('entrusted', '受委托组织', 'Entrusted organisation'),
                ],
                admin: { width: '33%' },
              },
            ],
          },
          {
            name: 'serviceObjects',
            type: 'select',
            hasMany: true,
            required: true,
            label: l('服务对象', 'Who may apply'),
            options: [
              option('natural_person', '自然人', 'Natural persons'),
              option('legal_person', '法人', 'Legal persons'),
            ],
          },
          {
            name: 'legalBasis',
            type: 'array',
            label: l('设定依据', 'Legal basis'),
            labels: { singular: l('依据', 'Basis'), plural: l('依据', 'Bases') },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'law',
                    type: 'text',
                    required: true,
                    label: l('法律法规名称', 'Law'),
                    admin: { width: '60%' },
                  },
                  {
                    name: 'article',
                    type: 'text',
                    label: l('条款', 'Article'),
                    admin: { width: '40%' },
                  },
                ],
              },
              { name: 'text', type: 'textarea', label: l('条款原文', 'Quoted text') },
            ],
          },
        ]),
        tab('申请与材料', 'Conditions & materials', [
          {
            name: 'conditions',
            type: 'richText',
            label: l('申请条件', 'Conditions'),
            localized: true,
          },
          {
            name: 'materials',
            type: 'array',
            label: l('申请材料', 'Materials'),
            labels: { singular: l('材料', 'Material'), plural: l('材料', 'Materials') },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'name',
                    type: 'text',
                    required: true,
                    localized: true,
                    label: l('材料名称', 'Name'),
                    admin: { width: '40%' },
                  },
                  {
                    name: 'source',
                    type: 'select',
                    label: l('来源渠道', 'Source'),
                    options: [
                      option('applicant', '申请人自备', 'Applicant'),
                      option('government', '政府部门核发', 'Issued by a government body'),
                      option('other', '其他', 'Other'),
                    ],
                    admin: { width: '20%' },
                  },
                  {
                    name: 'form',
                    type: 'select',
                    label: l('材料形式', 'Form'),
                    defaultValue: 'both',
                    options: [
                      option('paper', '纸质', 'Paper'),
                      option('electronic', '电子', 'Electronic'),
                      option('both', '纸质或电子', 'Paper or electronic'),
                    ],
                    admin: { width: '20%' },
                  },
                  {
                    name: 'copies',
                    type: 'number',
                    min: 0,
                    max: 100,
                    label: l('份数', 'Copies'),
                    admin: { width: '10%' },
                  },
                  {
                    name: 'required',
                    type: 'checkbox',
                    defaultValue: true,
                    label: l('必要', 'Required'),
                    admin: { width: '10%' },
                  },
                ],
              },
              {
                type: 'row',
                fields: [
                  {
                    name: 'blankForm',
                    type: 'upload',
                    relationTo: 'attachments',
                    label: l('空白表格', 'Blank form'),
                    admin: { width: '50%' },
                  },
                  {
                    name: 'sample',
                    type: 'upload',
                    relationTo: 'attachments',
                    label: l('示例样表', 'Sample'),
                    admin: { width: '50%' },
                  },
                ],
              },
            ],
          },
        ]),
        tab('办理流程', 'Process', [
          {
            name: 'steps',
            type: 'array',
            label: l('办理流程', 'Steps'),
            labels: { singular: l('环节', 'Step'), plural: l('环节', 'Steps') },
            fields: [
              {
                type: 'row',
                fields: [
                  {
                    name: 'name',
                    type: 'text',
                    required: true,
                    localized: true,
                    label: l('环节名称', 'Step'),
                    admin: { width: '30%' },
                  },
                  {
                    name: 'actor',
                    type: 'text',
                    localized: true,
                    label: l('办理人员', 'Handled by'),
                    admin: { width: '30%' },
                  },
                  {
                    name: 'timeLimit',
                    type: 'text',
                    localized: true,
                    label: l('办理时限', 'Time limit'),
                    admin: { width: '40%' },
                  },
                ],
              },
              {
                name: 'criteria',
                type: 'textarea',
                localized: true,
                label: l('审查标准', 'Criteria'),
              },
            ],
          },
          {
            type: 'row',
            fields: [
              workingDays('legalTimeLimit', '法定办结时限', 'Statutory time limit'),
              workingDays('promisedTimeLimit', '承诺办结时限', 'Promised time limit'),
              {
                name: 'onSiteVisits',
                type: 'number',
                min: 0,
                max: 20,
                label: l('到现场次数', 'Visits in person'),
                admin: { width: '25%' },
              },
            ],
          },
          {
            name: 'fee',
            type: 'group',
            label: l('收费', 'Fees'),
            fields: [
              {
                name: 'charged',
                type: 'checkbox',
                defaultValue: false,
                label: l('是否收费', 'Charged'),
              },
              {
                name: 'items',
                type: 'array',
                label: l('收费项目', 'Fee items'),
                fields: [
                  {
                    type: 'row',
                    fields: [
                      {
                        name: 'name',
                        type: 'text',
                        required: true,
                        label: l('项目', 'Item'),
                        admin: { width: '50%' },
                      },
                      {
                        name: 'standard',
                        type: 'text',
                        label: l('收费标准', 'Amount'),
                        admin: { width: '50%' },
                      },
                    ],
                  },
                ],
              },
              {
                name: 'basis',
                type: 'textarea',
                label: l('收费依据', 'Basis'),
              },
            ],
          },
        ]),
        tab('办理渠道', 'Where & how', [
          { name: 'location', type: 'textarea', localized: true, label: l('办理地点', 'Where') },
          {
            name: 'hours',
            type: 'textarea',
            localized: true,
            label: l('办理时间', 'Opening hours'),
          },
          {
            name: 'onlineUrl',
            type: 'text',
            label: l('网上办理入口', 'Apply online'),
            validate: (value: unknown, { req }: any) =>
              !value || /^https?:\/\/\S+$/.test(String(value))
                ? true
                : message(
                    req,
                    '网址须以 http:// 或 https:// 开头',
                    'The address must start with http:// or https://',
                  ),
          },
          {
            type: 'row',
            fields: [
              phone('consultPhone', '咨询电话', 'Enquiries'),
              phone('complaintPhone', '监督投诉电话', 'Complaints'),
            ],
          },
          {
            name: 'faq',
            type: 'array',
            label: l('常见问题', 'FAQ'),
            fields: [
              {
                name: 'question',
                type: 'textarea',
                required: true,
                localized: true,
                label: l('问题', 'Question'),
              },
              {
                name: 'answer',
                type: 'textarea',
                required: true,
                localized: true,
                label: l('解答', 'Answer'),
              },
            ],
          },
        ]),
        tab('附件', 'Attachments', attachmentFields()),
        tab('变更记录', 'Changes', changeFields()),
      ],
    },
  ],
})
