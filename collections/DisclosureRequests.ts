import type { CollectionConfig, Field } from 'payload'

import { nobody } from '../src/access'
import { auditDocumentChange } from '../src/audit/hooks'
import { l, option } from '../src/fields/labels'
import { createInOwnDepartment, readOwnDepartment } from '../src/requests/access'
import { recordEventEndpoint, staffIntake } from '../src/requests/handling'
import {
  APPLICANT_TYPES,
  HANDLING_EVENTS,
  ID_TYPES,
  OUTCOMES,
  PREFERRED_FORMS,
  RECEIPT_CHANNELS,
  REPLY_CHANNELS,
  REQUEST_STATUSES,
} from '../src/requests/model'
import { CLOCK_STATE_LABELS, CLOCK_STATES } from '../src/clocks/clocks'

const options = (list: ReadonlyArray<{ value: string; zh: string; en: string }>) =>
  list.map((o) => option(o.value, o.zh, o.en))
const reasons = OUTCOMES.flatMap((o) =>
  o.reasons.map((r) => option(`${o.value}.${r.value}`, `${o.zh}：${r.zh}`, `${o.en}: ${r.zh}`)),
)
/** Written by the handling actions (POST /api/disclosure-requests/:id/events), never by a form. */
const computed = { create: () => false, update: () => false }
const readOnly = (field: Field): Field =>
  ({ ...field, access: computed, admin: { ...(field as any).admin, readOnly: true } }) as Field

/**
 * Disclosure requests (依申请公开, domain.md): submitted by the public (POST /api/v1/disclosure-requests)
 * or entered by staff for requests received in person or by post. Readable only by the handling
 * department. Handling is a sequence of dated events (received, 补正, consultation, extension,
 * answer) recorded through the events endpoint, which checks the sequence against the law
 * (src/clocks/clocks.ts) and recomputes the due date and clock state in the same transaction.
 */
export const DisclosureRequests: CollectionConfig = {
  slug: 'disclosure-requests',
  labels: {
    singular: l('依申请公开', 'Disclosure request'),
    plural: l('依申请公开', 'Disclosure requests'),
  },
  admin: {
    useAsTitle: 'trackingCode',
    defaultColumns: ['trackingCode', 'department', 'status', 'dueDate', 'clockState', 'receivedOn'],
    group: l('依申请公开', 'Disclosure requests'),
  },
  access: {
    read: readOwnDepartment,
    create: createInOwnDepartment,
    update: readOwnDepartment,
    delete: nobody,
  },
  endpoints: [recordEventEndpoint],
  hooks: { beforeChange: [staffIntake], afterChange: [auditDocumentChange] },
  fields: [
    {
      name: 'handling',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/RequestHandling#RequestHandling' },
      },
    },
    readOnly({
      name: 'trackingCode',
      type: 'text',
      unique: true,
      index: true,
      label: l('查询码', 'Tracking code'),
    }),
    {
      // Never readable: only the status endpoint compares the applicant's key against it.
      name: 'accessKeyHash',
      type: 'text',
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: l('办理部门', 'Handling department'),
    },
    {
      name: 'assignee',
      type: 'relationship',
      relationTo: 'users',
      label: l('承办人', 'Assignee'),
      admin: { position: 'sidebar' },
    },
    {
      name: 'receivedVia',
      type: 'select',
      required: true,
      defaultValue: 'in_person',
      label: l('申请方式', 'Received via'),
      options: options(RECEIPT_CHANNELS),
      admin: { position: 'sidebar' },
    },
    {
      name: 'receivedOn',
      type: 'text',
      required: true,
      index: true,
      label: l('收到申请日期', 'Receipt date'),
      admin: {
        position: 'sidebar',
        description: l(
          '当面提交为提交日；邮寄为签收日；网上申请为确认收到日。格式 YYYY-MM-DD',
          'In person: the day submitted; by post: the day signed for; online: the day receipt was confirmed. YYYY-MM-DD',
        ),
      },
    },
    readOnly({
      name: 'submittedAt',
      type: 'date',
      label: l('提交时间', 'Submitted at'),
      admin: { position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    }),
    {
      name: 'applicant',
      type: 'group',
      label: l('申请人', 'Applicant'),
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          label: l('申请人类型', 'Applicant type'),
          options: options(APPLICANT_TYPES),
        },
        {
          name: 'name',
          type: 'text',
          required: true,
          maxLength: 200,
          label: l('姓名/名称', 'Name'),
        },
        {
          name: 'idType',
          type: 'select',
          label: l('证件类型', 'ID type'),
          options: options(ID_TYPES),
        },
        { name: 'idNumber', type: 'text', maxLength: 40, label: l('证件号码', 'ID number') },
        {
          name: 'organizationCode',
          type: 'text',
          maxLength: 40,
          label: l('统一社会信用代码', 'Organisation code'),
        },
        { name: 'email', type: 'email', label: l('电子邮箱', 'Email') },
        { name: 'phone', type: 'text', maxLength: 40, label: l('联系电话', 'Phone') },
        { name: 'address', type: 'text', maxLength: 300, label: l('通信地址', 'Address') },
      ],
    },
    {
      name: 'request',
      type: 'group',
      label: l('申请内容', 'What is requested'),
      fields: [
        {
          name: 'description',
          type: 'textarea',
          required: true,
          maxLength: 5000,
          label: l('所需信息描述', 'Description'),
        },
        {
          name: 'documentTitle',
          type: 'text',
          maxLength: 300,
          label: l('文件名称', 'Document title'),
        },
        { name: 'docNumber', type: 'text', maxLength: 100, label: l('文号', 'Document number') },
        {
          name: 'preferredForm',
          type: 'select',
          label: l('获取信息方式', 'Preferred form'),
          options: options(PREFERRED_FORMS),
        },
        {
          name: 'replyChannel',
          type: 'select',
          label: l('获取信息途径', 'Reply channel'),
          options: options(REPLY_CHANNELS),
        },
      ],
    },
    {
      name: 'attachments',
      type: 'relationship',
      relationTo: 'request-files',
      hasMany: true,
      label: l('申请人附件', 'Applicant’s files'),
    },
    readOnly({
      name: 'status',
      type: 'select',
      index: true,
      defaultValue: 'received',
      label: l('办理状态', 'Status'),
      options: options(REQUEST_STATUSES),
    }),
    readOnly({ name: 'dueDate', type: 'text', index: true, label: l('答复期限', 'Due date') }),
    readOnly({
      name: 'clockState',
      type: 'select',
      index: true,
      label: l('期限状态', 'Clock'),
      options: CLOCK_STATES.map((s) => option(s, ...CLOCK_STATE_LABELS[s])),
    }),
    readOnly({
      name: 'provisional',
      type: 'checkbox',
      label: l(
        '期限含未公布节假日安排的年份',
        'Due date crosses a year whose holidays are not published yet',
      ),
    }),
    readOnly({
      name: 'extensionDays',
      type: 'number',
      label: l('延期工作日', 'Extension (working days)'),
    }),
    readOnly({
      name: 'events',
      type: 'array',
      admin: { initCollapsed: true },
      label: l('办理记录', 'Handling record'),
      fields: [
        {
          name: 'type',
          type: 'select',
          required: true,
          options: options(HANDLING_EVENTS),
          label: l('事项', 'Event'),
        },
        { name: 'date', type: 'text', required: true, label: l('日期', 'Date') },
        { name: 'days', type: 'number', label: l('延期工作日', 'Working days') },
        { name: 'reason', type: 'textarea', label: l('理由', 'Reason') },
        { name: 'approver', type: 'text', label: l('批准人', 'Approved by') },
        { name: 'note', type: 'textarea', label: l('备注', 'Note') },
        {
          name: 'by',
          type: 'relationship',
          relationTo: 'users',
          label: l('经办人', 'Recorded by'),
        },
        { name: 'at', type: 'date', label: l('记录时间', 'Recorded at') },
      ],
    }),
    readOnly({
      name: 'outcome',
      type: 'select',
      index: true,
      label: l('办理结果', 'Outcome'),
      options: OUTCOMES.map((o) => option(o.value, o.zh, o.en)),
    }),
    readOnly({
      name: 'outcomeReason',
      type: 'select',
      label: l('理由类别', 'Reason'),
      options: reasons,
    }),
    readOnly({ name: 'answer', type: 'textarea', label: l('答复内容', 'Answer') }),
    readOnly({
      name: 'answeredOn',
      type: 'text',
      index: true,
      label: l('答复日期', 'Answered on'),
    }),
    readOnly({
      name: 'responseFiles',
      type: 'relationship',
      relationTo: 'request-files',
      hasMany: true,
      label: l('答复文件', 'Response files'),
    }),
  ],
}
