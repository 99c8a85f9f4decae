import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'
import { isAuditAdmin } from '../src/access/predicates'
import { auditExportEndpoint } from '../src/audit/export'
import { l } from '../src/fields/labels'

/**
 * The audit trail: append-only, hash-chained (src/audit). Only the audit admin reads it; nobody,
 * through any API, creates, changes or deletes a record: the server appends in the same
 * transaction as the change it records.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: l('审计记录', 'Audit record'), plural: l('审计日志', 'Audit log') },
  admin: {
    useAsTitle: 'action',
    defaultColumns: ['seq', 'at', 'actor', 'action', 'collection', 'targetId', 'result'],
    group: l('安全审计', 'Audit'),
    hidden: ({ user }) => !isAuditAdmin(user as any),
    components: { beforeListTable: ['/components/AuditExportLink#AuditExportLink'] },
  },
  access: {
    read: ({ req: { user } }) => isAuditAdmin(user as any),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  timestamps: false,
  endpoints: [auditExportEndpoint],
  fields: [
    {
      name: 'seq',
      type: 'number',
      required: true,
      unique: true,
      index: true,
      label: l('序号', 'Sequence'),
    },
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: l('时间（UTC）', 'Time (UTC)'),
    },
    { name: 'actor', type: 'text', required: true, index: true, label: l('操作人', 'Actor') },
    { name: 'actorId', type: 'text', label: l('操作人ID', 'Actor id') },
    { name: 'ip', type: 'text', label: 'IP' },
    { name: 'department', type: 'text', index: true, label: l('部门', 'Department') },
    { name: 'action', type: 'text', required: true, index: true, label: l('操作', 'Action') },
    { name: 'collection', type: 'text', label: l('对象类型', 'Collection') },
    { name: 'targetId', type: 'text', index: true, label: l('对象ID', 'Target id') },
    { name: 'targetUid', type: 'text', label: l('对象UID', 'Target uid') },
    { name: 'result', type: 'text', required: true, label: l('结果', 'Result') },
    { name: 'changedFields', type: 'json', label: l('变更字段', 'Changed fields') },
    { name: 'detail', type: 'json', label: l('详情', 'Detail') },
    { name: 'prevHash', type: 'text', required: true, label: l('前一条哈希', 'Previous hash') },
    { name: 'hash', type: 'text', required: true, label: l('本条哈希', 'Hash') },
  ],
}
