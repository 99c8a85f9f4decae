import type { CollectionConfig, Field } from 'payload'

import {
  amendmentsField,
  attachmentFields,
  bodyField,
  changeFields,
  commonMetadata,
  issuingFields,
  systemFields,
  tab,
  validityFields,
} from '../fields/document'
import { l } from '../fields/labels'
import { publicationMetadata } from './publication'
import { applyRelations, relationsStayInDepartment } from './relations'

/** The fields of policies and regulations, in admin tabs. */
export function legalDocumentTabs(kind: 'policy' | 'regulation'): Field[] {
  const effectiveDate: Field[] =
    kind === 'regulation'
      ? [
          {
            name: 'effectiveDate',
            type: 'date',
            required: true,
            label: l('施行日期', 'In force from'),
            admin: { date: { pickerAppearance: 'dayOnly', displayFormat: 'yyyy-MM-dd' } },
          },
        ]
      : [
          {
            // The annual report counts 行政规范性文件 apart from other policy documents.
            name: 'normative',
            type: 'checkbox',
            defaultValue: false,
            label: l('行政规范性文件', 'Administrative normative document'),
          },
        ]
  return [
    ...systemFields({ indexNumber: true }),
    {
      type: 'tabs',
      tabs: [
        tab('基本信息', 'Basics', [...commonMetadata(), ...issuingFields(), ...effectiveDate]),
        tab('正文', 'Body', [bodyField()]),
        tab('有效性与关联', 'Validity & relations', [
          ...validityFields(),
          ...(kind === 'policy'
            ? [
                {
                  name: 'interpretations',
                  type: 'join',
                  collection: 'interpretations',
                  on: 'interprets',
                  label: l('政策解读', 'Interpretations'),
                } as Field,
              ]
            : []),
        ]),
        tab('修订历史', 'Amendments', [amendmentsField()]),
        tab('附件', 'Attachments', attachmentFields()),
        tab('变更记录', 'Changes', changeFields()),
      ],
    },
  ]
}

export const legalDocumentHooks: CollectionConfig['hooks'] = {
  beforeChange: [
    publicationMetadata({ indexNumber: true, docNumber: true }),
    relationsStayInDepartment,
  ],
  afterChange: [applyRelations],
}
