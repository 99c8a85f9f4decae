import type { CollectionConfig } from 'payload'

import { l, option } from '../src/fields/labels'

const mine = ({ req: { user } }: any) => (user ? { user: { equals: user.id } } : false)

/**
 * In-admin notifications (reminders of statutory clocks, alerts): one row per person and
 * occasion. Written by server jobs only (`key` makes a reminder idempotent: one per clock, state
 * and day); the recipient reads them and marks them read.
 */
export const Notifications: CollectionConfig = {
  slug: 'notifications',
  labels: { singular: l('通知', 'Notification'), plural: l('通知', 'Notifications') },
  admin: {
    useAsTitle: 'title',
    defaultColumns: ['title', 'kind', 'createdAt', 'readAt'],
    group: l('工作台', 'Workspace'),
  },
  access: { read: mine, update: mine, create: () => false, delete: () => false },
  fields: [
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: l('接收人', 'Recipient'),
      access: { update: () => false },
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: l('部门', 'Department'),
      access: { update: () => false },
    },
    {
      name: 'kind',
      type: 'select',
      required: true,
      label: l('类别', 'Kind'),
      options: [
        option('clock_due_soon', '即将到期', 'Due soon'),
        option('clock_overdue', '已逾期', 'Overdue'),
        option('alert', '告警', 'Alert'),
      ],
      access: { update: () => false },
    },
    {
      name: 'title',
      type: 'text',
      required: true,
      label: l('标题', 'Title'),
      access: { update: () => false },
    },
    { name: 'body', type: 'textarea', label: l('内容', 'Body'), access: { update: () => false } },
    { name: 'link', type: 'text', label: l('链接', 'Link'), access: { update: () => false } },
    {
      name: 'key',
      type: 'text',
      unique: true,
      index: true,
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    {
      name: 'emailedAt',
      type: 'date',
      label: l('邮件发送时间', 'Emailed at'),
      access: { update: () => false },
      admin: { readOnly: true },
    },
    { name: 'readAt', type: 'date', index: true, label: l('已读时间', 'Read at') },
  ],
}
