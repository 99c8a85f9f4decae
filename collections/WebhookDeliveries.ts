import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'
import { departmentAdminAccess } from '../src/access/department-admin'
import { l, option } from '../src/fields/labels'

/**
 * The webhook outbox: one row per event and subscription, written in the transaction of the
 * change it announces, then delivered (at least once, in order per document) by the dispatcher in
 * every server process. Every attempt is kept for the department's admins to see. Read-only.
 */
export const WebhookDeliveries: CollectionConfig = {
  slug: 'webhook-deliveries',
  labels: {
    singular: l('通知投递', 'Webhook delivery'),
    plural: l('通知投递', 'Webhook deliveries'),
  },
  admin: {
    useAsTitle: 'eventId',
    defaultColumns: ['eventType', 'documentUid', 'subscription', 'state', 'attempts', 'createdAt'],
    group: l('接口', 'Integration'),
  },
  access: { read: departmentAdminAccess.read, create: nobody, update: nobody, delete: nobody },
  fields: [
    {
      name: 'eventId',
      type: 'text',
      required: true,
      index: true,
      label: l('事件编号 (webhook-id)', 'Event id (webhook-id)'),
    },
    { name: 'eventType', type: 'text', required: true, label: l('事件', 'Event') },
    {
      name: 'subscription',
      type: 'relationship',
      relationTo: 'webhook-subscriptions',
      required: true,
      index: true,
      label: l('订阅', 'Subscription'),
    },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      index: true,
      label: l('所属部门', 'Department'),
    },
    { name: 'documentUid', type: 'text', required: true, index: true, label: 'UID' },
    { name: 'body', type: 'textarea', required: true, label: l('内容', 'Body') },
    {
      name: 'state',
      type: 'select',
      required: true,
      index: true,
      defaultValue: 'pending',
      label: l('状态', 'State'),
      options: [
        option('pending', '待投递', 'Pending'),
        option('sending', '投递中', 'Sending'),
        option('delivered', '已送达', 'Delivered'),
        option('failed', '已放弃', 'Gave up'),
        option('skipped', '订阅已停用', 'Subscription inactive'),
      ],
    },
    { name: 'attempts', type: 'number', defaultValue: 0, label: l('尝试次数', 'Attempts') },
    {
      name: 'nextAttemptAt',
      type: 'date',
      index: true,
      label: l('下次尝试', 'Next attempt'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    { name: 'leaseUntil', type: 'date', admin: { hidden: true } },
    {
      name: 'deliveredAt',
      type: 'date',
      label: l('送达时间', 'Delivered at'),
      admin: { date: { pickerAppearance: 'dayAndTime' } },
    },
    {
      name: 'log',
      type: 'array',
      label: l('投递记录', 'Attempts'),
      fields: [
        { name: 'at', type: 'date', admin: { date: { pickerAppearance: 'dayAndTime' } } },
        { name: 'status', type: 'number', label: l('HTTP 状态', 'HTTP status') },
        { name: 'ms', type: 'number', label: l('耗时 (毫秒)', 'Time (ms)') },
        { name: 'error', type: 'text', label: l('错误', 'Error') },
      ],
    },
  ],
}
