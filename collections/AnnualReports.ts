import type { CollectionConfig } from 'payload'

import { isSystemAdmin, departmentIdsOf } from '../src/access/predicates'
import { auditDocumentChange } from '../src/audit/hooks'
import { l } from '../src/fields/labels'
import { freezePublishedReports } from '../src/report/freeze'

const admins = ({ req: { user } }: any) => {
  if (isSystemAdmin(user)) return true
  const mine = departmentIdsOf(user, 'department_admin')
  return mine.length ? { department: { in: mine } } : false
}

/**
 * Published annual reports (政府信息公开工作年度报告): the tables as computed when the report was
 * published, frozen, with the figures the data cannot give (行政强制, fees) entered by hand. Next
 * year's report checks its carried-over row against this one's 结转下年度. The portal shows them.
 * A department's report has a department; the whole government's has none (system admins).
 */
export const AnnualReports: CollectionConfig = {
  slug: 'annual-reports',
  labels: { singular: l('年度报告', 'Annual report'), plural: l('年度报告', 'Annual reports') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'year', 'department', 'publishedAt'],
    group: l('依申请公开', 'Disclosure requests'),
    // Generate, check, download and publish (src/report/endpoints.ts).
    components: { beforeListTable: ['/components/AnnualReportPanel#AnnualReportPanel'] },
  },
  access: {
    // The public reads published reports; a department's admins also their unpublished ones.
    read: (args) => {
      const own = admins(args)
      if (own === true) return true
      const published = { publishedAt: { exists: true } }
      return own ? { or: [published, own] } : published
    },
    create: admins,
    update: admins,
    delete: () => false,
  },
  indexes: [{ fields: ['department', 'year'], unique: true }],
  hooks: { beforeChange: [freezePublishedReports], afterChange: [auditDocumentChange] },
  fields: [
    { name: 'title', type: 'text', required: true, label: l('标题', 'Title') },
    {
      name: 'year',
      type: 'number',
      required: true,
      min: 2000,
      max: 2999,
      index: true,
      label: l('年度', 'Year'),
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: l('部门', 'Department'),
    },
    {
      name: 'manual',
      type: 'group',
      label: l('手工填报', 'Entered by hand'),
      fields: [
        {
          name: 'coercion',
          type: 'number',
          min: 0,
          label: l('行政强制本年处理决定数量', 'Administrative coercion decisions'),
        },
        {
          name: 'feesWan',
          type: 'number',
          min: 0,
          label: l('行政事业性收费本年收费金额（万元）', 'Administrative fees (10,000 yuan)'),
        },
      ],
    },
    { name: 'tables', type: 'json', label: l('报表数据', 'Tables'), admin: { readOnly: true } },
    {
      name: 'publishedAt',
      type: 'date',
      label: l('发布时间', 'Published at'),
      admin: { readOnly: true },
    },
  ],
}
