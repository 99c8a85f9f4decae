/**
 * 行政相对人 (the party of a licensing or penalty decision), with the 双公示 identifier columns.
 * Natural persons' name and ID number are readable only by the owning department's staff; the
 * public reads the masked forms computed by src/documents/decisions.ts.
 */
import type { Field, Tab } from 'payload'

import { staffOfDocumentDepartment } from '../access'
import { isNaturalPerson } from '../domain/masking'
import { isValidResidentId } from '../domain/resident-id'
import { attachmentFields, changeFields, commonMetadata, tab } from './document'
import { l, message, option } from './labels'

const text = (name: string, zh: string, en: string, width = '50%'): Field => ({
  name,
  type: 'text',
  label: l(zh, en),
  maxLength: 200,
  admin: { width },
})

/**
 * The name of a natural person is personal data; a company's name is public. Asked without a
 * document (may a query filter or sort on it?) the answer is no: the query would run over natural
 * persons' names too (see staffOfDocumentDepartment); the public name is partyNamePublic.
 */
const partyNameAccess = {
  read: ({ req, doc }: any) =>
    Boolean(doc) &&
    (!isNaturalPerson(doc.partyType) || staffOfDocumentDepartment({ req, doc } as any)),
}

export const PARTY_TYPES = [
  option('legal_person', '法人', 'Legal person'),
  option('unincorporated', '非法人组织', 'Unincorporated organisation'),
  option('individual_business', '个体工商户', 'Individual business'),
  option('natural_person', '自然人', 'Natural person'),
]

export const ID_TYPES = [
  option('resident_id', '居民身份证', 'Resident ID card'),
  option('passport', '护照', 'Passport'),
  option('hk_macao_permit', '港澳居民来往内地通行证', 'Home-return permit (HK/Macao)'),
  option('taiwan_permit', '台湾居民来往大陆通行证', 'Taiwan compatriot permit'),
  option('foreigner_permanent', '外国人永久居留身份证', 'Foreign permanent residence ID'),
  option('other', '其他', 'Other'),
]

export function partyFields(): Field[] {
  return [
    {
      type: 'row',
      fields: [
        {
          name: 'partyName',
          type: 'text',
          required: true,
          maxLength: 200,
          label: l('行政相对人名称', 'Party'),
          access: partyNameAccess,
          admin: { width: '60%' },
        },
        {
          name: 'partyType',
          type: 'select',
          required: true,
          label: l('行政相对人类别', 'Party type'),
          options: PARTY_TYPES,
          admin: { width: '40%' },
        },
      ],
    },
    // No admin.condition on these groups: Payload evaluates conditions on the server, and under
    // load a quick change of the party type could leave the wrong group shown (seen in e2e runs).
    // Both groups are always there; validation decides what each party type needs.
    {
      type: 'collapsible',
      label: l('相对人代码（法人及其他组织填写）', 'Identifiers (organisations)'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              ...(text('creditCode', '统一社会信用代码', 'Unified social credit code') as any),
              index: true,
              validate: (value: unknown, { req }: any) =>
                !value || /^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/.test(String(value))
                  ? true
                  : message(
                      req,
                      '统一社会信用代码应为18位（数字或大写字母）',
                      'A unified social credit code has 18 digits or capitals',
                    ),
            },
            text('businessRegNo', '工商注册号', 'Business registration no.'),
          ],
        },
        {
          type: 'row',
          fields: [
            text('orgCode', '组织机构代码', 'Organisation code'),
            text('taxRegNo', '税务登记号', 'Tax registration no.'),
          ],
        },
        {
          type: 'row',
          fields: [
            text('institutionCertNo', '事业单位证书号', 'Public institution certificate'),
            text('socialOrgRegNo', '社会组织登记证号', 'Social organisation registration'),
          ],
        },
        text('legalRepresentative', '法定代表人', 'Legal representative'),
      ],
    },
    {
      type: 'collapsible',
      label: l('证件信息（自然人填写）', 'Identity document (natural persons)'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'idType',
              type: 'select',
              label: l('证件类型', 'ID type'),
              options: ID_TYPES,
              admin: { width: '40%' },
              validate: (value: unknown, { siblingData, req }: any) =>
                isNaturalPerson(siblingData?.partyType) && !value
                  ? message(req, '自然人须填写证件类型', 'A natural person needs an ID type')
                  : true,
            },
            {
              name: 'idNumber',
              type: 'text',
              maxLength: 40,
              label: l('证件号码', 'ID number'),
              access: { read: staffOfDocumentDepartment },
              admin: { width: '60%' },
              validate: (value: unknown, { siblingData, req }: any) => {
                if (!isNaturalPerson(siblingData?.partyType)) return true
                if (!value)
                  return message(req, '自然人须填写证件号码', 'A natural person needs an ID number')
                if (siblingData?.idType === 'resident_id' && !isValidResidentId(String(value))) {
                  return message(
                    req,
                    '居民身份证号码无效（18位，校验位不符或出生日期有误）',
                    'Not a valid resident ID number (18 characters, check digit)',
                  )
                }
                return true
              },
            },
          ],
        },
      ],
    },
    // What the public sees (computed; never edited).
    {
      name: 'partyNamePublic',
      type: 'text',
      label: l('公示名称', 'Public party name'),
      admin: { readOnly: true, position: 'sidebar' },
    },
    {
      name: 'idNumberPublic',
      type: 'text',
      label: l('公示证件号码', 'Public ID number'),
      admin: { hidden: true },
    },
    {
      name: 'legalRepresentativePublic',
      type: 'text',
      label: l('公示法定代表人', 'Public legal representative'),
      admin: { hidden: true },
    },
  ]
}

/** 数据来源单位, 决定机关 and 备注: the closing columns of both decision tables. */
export function decisionSourceFields(authorityZh: string, authorityEn: string): Field[] {
  return [
    {
      type: 'row',
      fields: [
        { ...(text('authority', authorityZh, authorityEn) as any), required: true },
        text('authorityCode', `${authorityZh}统一社会信用代码`, `${authorityEn} code`),
      ],
    },
    {
      type: 'row',
      fields: [
        text('dataSource', '数据来源单位', 'Data source'),
        text('dataSourceCode', '数据来源单位统一社会信用代码', 'Data source code'),
      ],
    },
    { name: 'remarks', type: 'textarea', label: l('备注', 'Remarks'), maxLength: 2000 },
  ]
}

/** The tabs both decision types end with: generated title and filing metadata, files, changes. */
export function decisionPublicationTabs(): Tab[] {
  return [
    tab('公开信息', 'Publication', [
      ...commonMetadata({
        title: {
          required: false,
          admin: {
            readOnly: true,
            description: l(
              '由相对人和决定文书自动生成',
              'Generated from the party and the decision',
            ),
          },
        },
      }).filter((f) => !('name' in f) || f.name !== 'summary'),
    ]),
    tab('附件', 'Attachments', attachmentFields()),
    tab('变更记录', 'Changes', changeFields()),
  ]
}
