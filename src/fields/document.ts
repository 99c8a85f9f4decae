/**
 * Field factories shared by the document types. Collections compose these; the behaviour behind
 * them lives in src/documents (hooks) and src/domain (plain rules).
 */
import type { ArrayField, Field, RelationshipField, Tab, TextField } from 'payload'

import { isPlausibleDocNumber } from '../domain/doc-number'
import { l, message, option } from './labels'
import { uidField } from './uid'
import { workflowFields } from './workflow'

const sidebar = { position: 'sidebar' as const }
const dayOnly = { date: { pickerAppearance: 'dayOnly' as const, displayFormat: 'yyyy-MM-dd' } }

export const LEGAL_RELATION_TARGETS = ['policies', 'regulations'] as const

/** uid, index number, dates: the system-managed metadata shown in the sidebar. */
/** The publication record belongs to the original: a duplicate starts without it. */
const notCopied = { beforeDuplicate: [() => null] }

export function systemFields(options: { indexNumber?: boolean } = {}): Field[] {
  return [
    uidField(),
    ...(options.indexNumber
      ? [
          {
            name: 'indexNumber',
            type: 'text',
            label: l('索引号', 'Index number'),
            unique: true,
            index: true,
            hooks: notCopied,
            admin: {
              ...sidebar,
              readOnly: true,
              description: l('首次发布时自动生成', 'Assigned at first publication'),
            },
          } satisfies TextField,
        ]
      : []),
    {
      name: 'publishedAt',
      type: 'date',
      label: l('发布日期', 'First published'),
      index: true,
      hooks: notCopied,
      admin: { ...sidebar, readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'publicUpdatedAt',
      type: 'date',
      label: l('更新日期（重大变更）', 'Updated (major change)'),
      hooks: notCopied,
      admin: { ...sidebar, readOnly: true, date: { pickerAppearance: 'dayAndTime' } },
    },
    ...workflowFields(),
    {
      name: 'unpublishAt',
      type: 'date',
      label: l('撤下时间', 'Remove from public at'),
      index: true,
      admin: {
        ...sidebar,
        date: { pickerAppearance: 'dayAndTime' },
        description: l('到时自动从所有公开渠道撤下', 'Leaves every public output at this time'),
      },
    },
  ]
}

export function titleField(overrides: Partial<TextField> = {}): TextField {
  return {
    name: 'title',
    type: 'text',
    label: l('标题', 'Title'),
    required: true,
    localized: true,
    maxLength: 500,
    ...overrides,
  } as TextField
}

export function departmentField(overrides: Partial<RelationshipField> = {}): RelationshipField {
  return {
    name: 'department',
    type: 'relationship',
    relationTo: 'departments',
    required: true,
    index: true,
    label: l('所属部门', 'Department'),
    ...overrides,
  } as RelationshipField
}

/** Title, summary, department, topics, keywords: what every document type carries. */
export function commonMetadata(options: { title?: Partial<TextField> } = {}): Field[] {
  return [
    titleField(options.title),
    {
      name: 'summary',
      type: 'textarea',
      label: l('摘要', 'Summary'),
      localized: true,
      maxLength: 2000,
    },
    departmentField(),
    {
      type: 'row',
      fields: [
        {
          name: 'topics',
          type: 'relationship',
          relationTo: 'topics',
          hasMany: true,
          label: l('主题分类', 'Topics'),
          admin: { width: '50%' },
        },
        {
          name: 'keywords',
          type: 'text',
          hasMany: true,
          label: l('主题词', 'Keywords'),
          admin: { width: '50%' },
        },
      ],
    },
  ]
}

/** 发文字号, stored as typed and as a normalised key (the hook refuses duplicates). */
export function docNumberFields(): Field[] {
  return [
    {
      name: 'docNumber',
      type: 'text',
      label: l('发文字号', 'Document number'),
      maxLength: 100,
      admin: { description: l('如：国办发〔2017〕47号', 'e.g. 国办发〔2017〕47号') },
      validate: (value: unknown, { req }: any) => {
        if (value && !isPlausibleDocNumber(String(value))) {
          return message(req, '发文字号格式不正确', 'Not a valid document number')
        }
        return true
      },
    },
    {
      name: 'docNumberKey',
      type: 'text',
      index: true,
      admin: { hidden: true },
      label: l('发文字号（规范化）', 'Document number (normalised)'),
    },
  ]
}

const GENRES = [
  option('decision', '决定', 'Decision'),
  option('notice', '通知', 'Notice'),
  option('opinion', '意见', 'Opinion'),
  option('measures', '办法', 'Measures'),
  option('provisions', '规定', 'Provisions'),
  option('plan', '方案', 'Plan'),
  option('rules', '细则', 'Detailed rules'),
  option('regulations', '条例', 'Regulations'),
  option('announcement', '公告', 'Announcement'),
  option('circular', '通告', 'Circular'),
  option('reply', '批复', 'Reply'),
  option('letter', '函', 'Letter'),
  option('other', '其他', 'Other'),
]

/** 发文机关, 发文字号, 成文日期, 体裁: the issuing metadata of policies and regulations. */
export function issuingFields(): Field[] {
  return [
    {
      name: 'issuingOrgans',
      type: 'relationship',
      relationTo: 'departments',
      hasMany: true,
      label: l('联合发文机关', 'Joint issuing organs'),
      admin: {
        description: l(
          '联合发文时，除所属部门外的其他发文机关',
          'Other organs of a joint document',
        ),
      },
    },
    {
      type: 'row',
      fields: [
        ...docNumberFields().map((f) =>
          'name' in f && f.name === 'docNumber' ? { ...f, admin: { ...f.admin, width: '50%' } } : f,
        ),
        {
          name: 'signedDate',
          type: 'date',
          label: l('成文日期', 'Signed on'),
          admin: { ...dayOnly, width: '25%' },
        },
        {
          name: 'genre',
          type: 'select',
          label: l('体裁', 'Genre'),
          options: GENRES,
          admin: { width: '25%' },
        },
      ] as Field[],
    },
  ]
}

export function bodyField(): Field {
  return { name: 'body', type: 'richText', label: l('正文', 'Body'), localized: true }
}

/** 有效性 and the relations between legal documents (see src/documents/relations.ts). */
export function validityFields(): Field[] {
  const refs = (name: string, zh: string, en: string, extra: Partial<RelationshipField> = {}) =>
    ({
      name,
      type: 'relationship',
      relationTo: [...LEGAL_RELATION_TARGETS],
      hasMany: true,
      label: l(zh, en),
      ...extra,
    }) as RelationshipField
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'validity',
          type: 'select',
          label: l('有效性', 'Validity'),
          defaultValue: 'valid',
          required: true,
          index: true,
          options: [
            option('valid', '有效', 'Valid'),
            option('expired', '失效', 'Expired'),
            option('repealed', '废止', 'Repealed'),
          ],
          admin: { width: '34%' },
        },
        {
          name: 'expiredOn',
          type: 'date',
          label: l('失效日期', 'Expired on'),
          admin: {
            ...dayOnly,
            width: '33%',
          },
          validate: (value: unknown, { siblingData, req }: any) =>
            siblingData?.validity === 'expired' && !value
              ? message(req, '请填写失效日期', 'Enter the expiry date')
              : true,
        },
        {
          name: 'repealedOn',
          type: 'date',
          label: l('废止日期', 'Repealed on'),
          admin: {
            ...dayOnly,
            width: '33%',
          },
          validate: (value: unknown, { siblingData, req }: any) =>
            siblingData?.validity === 'repealed' && !value
              ? message(req, '请填写废止日期', 'Enter the repeal date')
              : true,
        },
      ] as Field[],
    },
    {
      name: 'repealedBy',
      type: 'relationship',
      relationTo: [...LEGAL_RELATION_TARGETS],
      label: l('废止文件', 'Repealed by'),
      admin: {
        description: l(
          '废止时填写（发布废止文件时自动填写）',
          'Filled automatically when a repealing document is published',
        ),
      },
    },
    refs('amends', '修改的文件', 'Amends', {
      admin: {
        description: l(
          '发布后，被修改的文件自动标注',
          'Marked on the amended documents when this is published',
        ),
      },
    }),
    refs('repeals', '废止的文件', 'Repeals', {
      admin: {
        description: l(
          '发布后，被废止的文件自动标为“废止”',
          'Marked repealed when this is published',
        ),
      },
    }),
    refs('supersedes', '替代的文件', 'Replaces', {
      admin: {
        description: l(
          '发布后，被替代的文件自动标为“废止”',
          'Marked repealed when this is published',
        ),
      },
    }),
    refs('amendedBy', '被以下文件修改', 'Amended by', {
      admin: { readOnly: true },
      hooks: notCopied,
    }),
    refs('supersededBy', '被以下文件替代', 'Replaced by', {
      admin: { readOnly: true },
      hooks: notCopied,
    }),
  ]
}

/** The amendment history: each amendment's decision and the full text in force from its date. */
export function amendmentsField(): ArrayField {
  return {
    name: 'amendments',
    type: 'array',
    label: l('修订历史', 'Amendments'),
    labels: { singular: l('修订', 'Amendment'), plural: l('修订', 'Amendments') },
    admin: { initCollapsed: true },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'kind',
            type: 'select',
            label: l('类型', 'Kind'),
            defaultValue: 'revision',
            options: [
              option('revision', '修订', 'Revision'),
              option('amendment', '修正', 'Amendment'),
            ],
            admin: { width: '20%' },
          },
          {
            name: 'decisionDocNumber',
            type: 'text',
            label: l('修改决定文号', 'Amending decision number'),
            admin: { width: '30%' },
          },
          {
            name: 'decisionDate',
            type: 'date',
            label: l('决定日期', 'Decided on'),
            admin: { ...dayOnly, width: '25%' },
          },
          {
            name: 'effectiveDate',
            type: 'date',
            required: true,
            label: l('施行日期', 'In force from'),
            admin: { ...dayOnly, width: '25%' },
          },
        ] as Field[],
      },
      { name: 'note', type: 'textarea', label: l('修改说明', 'Note'), localized: true },
      {
        name: 'text',
        type: 'richText',
        label: l('修改后全文', 'Full text from this date'),
        localized: true,
        required: true,
      },
    ],
  }
}

export function attachmentFields(): Field[] {
  return [
    {
      name: 'attachments',
      type: 'upload',
      relationTo: 'attachments',
      hasMany: true,
      label: l('附件', 'Attachments'),
    },
    {
      name: 'images',
      type: 'upload',
      relationTo: 'media',
      hasMany: true,
      label: l('图片', 'Images'),
    },
  ]
}

/** A major change needs a note; the notes form the public change history. */
export function changeFields(): Field[] {
  return [
    {
      name: 'majorChange',
      type: 'checkbox',
      label: l(
        '本次为重大变更（更新公开的更新日期并记录说明）',
        'This is a major change (moves the public update date)',
      ),
    },
    {
      name: 'changeNote',
      type: 'textarea',
      label: l('变更说明', 'Change note'),
      admin: {
        description: l(
          '重大变更时必填，公开显示在变更记录中',
          'Required for a major change; shown publicly in the change history',
        ),
      },
    },
    {
      name: 'changeHistory',
      type: 'array',
      label: l('变更记录', 'Change history'),
      hooks: notCopied,
      admin: { readOnly: true },
      fields: [
        {
          name: 'at',
          type: 'date',
          label: l('时间', 'At'),
          admin: { date: { pickerAppearance: 'dayAndTime' } },
        },
        { name: 'note', type: 'textarea', label: l('说明', 'Note') },
      ],
    },
  ]
}

export const tab = (zh: string, en: string, fields: Field[]): Tab => ({ label: l(zh, en), fields })
