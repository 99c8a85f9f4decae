import type { CollectionConfig } from 'payload'

import { departmentAdminAccess, ownDepartmentOnly } from '../src/access/department-admin'
import { auditDocumentChange, auditDocumentDelete } from '../src/audit/hooks'
import { l, option } from '../src/fields/labels'
import { WEBHOOK_EVENTS } from '../src/webhooks/events'
import {
  checkSubscriptionTarget,
  revealIssuedSecret,
  rotateSecretEndpoint,
  subscriptionSecret,
} from '../src/webhooks/hooks'

/**
 * A department website's webhook endpoint (public-api.md, "Change notification"): the events it
 * wants about the department's published documents, signed with the subscription's secret.
 * The secret is stored sealed (src/webhooks/secret-box.ts) and shown once: in the response that
 * creates the subscription, and in the one of "Issue a new secret" (POST /:id/secret).
 */
export const WebhookSubscriptions: CollectionConfig = {
  slug: 'webhook-subscriptions',
  labels: { singular: l('变更通知订阅', 'Webhook'), plural: l('变更通知订阅', 'Webhooks') },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'department', 'url', 'events', 'active'],
    group: l('接口', 'Integration'),
  },
  access: departmentAdminAccess,
  endpoints: [rotateSecretEndpoint],
  hooks: {
    beforeChange: [ownDepartmentOnly, checkSubscriptionTarget, subscriptionSecret],
    afterChange: [auditDocumentChange, revealIssuedSecret],
    afterDelete: [auditDocumentDelete],
  },
  fields: [
    { name: 'name', type: 'text', required: true, maxLength: 200, label: l('名称', 'Name') },
    {
      name: 'department',
      type: 'relationship',
      relationTo: 'departments',
      required: true,
      index: true,
      label: l('所属部门', 'Department'),
    },
    {
      name: 'includeChildren',
      type: 'checkbox',
      defaultValue: false,
      label: l('包括下级部门的文件', "Include sub-departments' documents"),
    },
    {
      name: 'url',
      type: 'text',
      required: true,
      maxLength: 2000,
      label: l('接收地址', 'Endpoint URL'),
      admin: { description: l('以 https:// 开头', 'Starts with https://') },
    },
    {
      name: 'events',
      type: 'select',
      hasMany: true,
      required: true,
      label: l('事件', 'Events'),
      options: WEBHOOK_EVENTS.map((e) => option(e.value, e.zh, e.en)),
    },
    {
      name: 'active',
      type: 'checkbox',
      defaultValue: true,
      label: l('启用', 'Active'),
      admin: { position: 'sidebar' },
    },
    {
      // Sealed (AES-256-GCM); never readable through any API. Only the dispatcher opens it.
      name: 'secret',
      type: 'text',
      hidden: true,
      access: { read: () => false, create: () => false, update: () => false },
    },
    {
      name: 'signingSecret',
      type: 'ui',
      label: l('签名密钥', 'Signing secret'),
      admin: {
        position: 'sidebar',
        components: { Field: '/components/IssueWebhookSecret#IssueWebhookSecret' },
      },
    },
  ],
}
