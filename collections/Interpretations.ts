import type { CollectionConfig } from 'payload'

import { publicationMetadata } from '../src/documents/publication'
import {
  attachmentFields,
  bodyField,
  changeFields,
  commonMetadata,
  systemFields,
  tab,
} from '../src/fields/document'
import { l, message, option } from '../src/fields/labels'
import { withWorkflow } from '../src/workflow'

/** 政策解读: explains a policy; the policy lists its interpretations. */
export const Interpretations: CollectionConfig = withWorkflow({
  slug: 'interpretations',
  labels: { singular: l('政策解读', 'Interpretation'), plural: l('政策解读', 'Interpretations') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'interprets', 'form', '_status'],
    group: l('公开内容', 'Content'),
  },
  versions: { drafts: true, maxPerDoc: 100 },
  hooks: { beforeChange: [publicationMetadata({ indexNumber: true, docNumber: false })] },
  fields: [
    ...systemFields({ indexNumber: true }),
    {
      type: 'tabs',
      tabs: [
        tab('基本信息', 'Basics', [
          ...commonMetadata(),
          {
            name: 'interprets',
            type: 'relationship',
            relationTo: 'policies',
            required: true,
            index: true,
            label: l('解读的政策文件', 'Interprets'),
          },
          {
            type: 'row',
            fields: [
              {
                name: 'form',
                type: 'select',
                required: true,
                defaultValue: 'text',
                label: l('解读形式', 'Form'),
                options: [
                  option('text', '文字解读', 'Text'),
                  option('graphic', '图解', 'Graphic'),
                  option('video', '视频', 'Video'),
                  option('qa', '问答', 'Q&A'),
                ],
                admin: { width: '50%' },
              },
              {
                name: 'authorOrgan',
                type: 'relationship',
                relationTo: 'departments',
                label: l('解读机关', 'Author organ'),
                admin: { width: '50%' },
              },
            ],
          },
          {
            name: 'videoUrl',
            type: 'text',
            label: l('视频链接', 'Video link'),
            admin: { description: l('视频解读必填', 'Required for a video interpretation') },
            validate: (value: unknown, { siblingData, req }: any) =>
              siblingData?.form === 'video' && !/^https?:\/\/\S+$/.test(String(value ?? ''))
                ? message(
                    req,
                    '视频解读须填写以 http(s):// 开头的视频链接',
                    'A video interpretation needs an http(s) link',
                  )
                : true,
          },
        ]),
        tab('正文', 'Body', [
          bodyField(),
          {
            name: 'qa',
            type: 'array',
            label: l('问答', 'Questions and answers'),
            fields: [
              {
                name: 'question',
                type: 'textarea',
                required: true,
                localized: true,
                label: l('问', 'Question'),
              },
              {
                name: 'answer',
                type: 'textarea',
                required: true,
                localized: true,
                label: l('答', 'Answer'),
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
