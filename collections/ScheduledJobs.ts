import type { CollectionConfig } from 'payload'

import { nobody } from '../src/access'
import { isSystemAdmin } from '../src/access/predicates'
import { l } from '../src/fields/labels'

/**
 * Scheduled publications and removals (src/scheduler). Written only by the workflow and the
 * runner; the system admin reads them to see what is due, what ran and what failed.
 */
export const ScheduledJobs: CollectionConfig = {
  slug: 'scheduled-jobs',
  labels: { singular: l('定时任务', 'Scheduled job'), plural: l('定时任务', 'Scheduled jobs') },
  admin: {
    useAsTitle: 'key',
    defaultColumns: [
      'kind',
      'targetCollection',
      'targetId',
      'dueAt',
      'state',
      'attempts',
      'outcome',
    ],
    group: l('系统', 'System'),
    hidden: ({ user }) => !isSystemAdmin(user as any),
  },
  access: {
    read: ({ req: { user } }) => isSystemAdmin(user as any),
    create: nobody,
    update: nobody,
    delete: nobody,
  },
  fields: [
    // One job per publication of one approved version, or per document's removal.
    { name: 'key', type: 'text', required: true, unique: true, index: true },
    { name: 'kind', type: 'text', required: true, label: l('类型', 'Kind') },
    { name: 'targetCollection', type: 'text', required: true, label: l('对象类型', 'Collection') },
    {
      name: 'targetId',
      type: 'text',
      required: true,
      index: true,
      label: l('对象ID', 'Target id'),
    },
    { name: 'versionId', type: 'text', label: l('批准的版本', 'Approved version') },
    { name: 'dueAt', type: 'date', required: true, label: l('预定时间', 'Due at') },
    { name: 'runAfter', type: 'date', required: true, index: true },
    { name: 'state', type: 'text', required: true, index: true, label: l('状态', 'State') },
    {
      name: 'attempts',
      type: 'number',
      required: true,
      defaultValue: 0,
      label: l('尝试次数', 'Attempts'),
    },
    { name: 'leaseOwner', type: 'text' },
    { name: 'leaseUntil', type: 'date', index: true },
    { name: 'requestedBy', type: 'text', label: l('安排人', 'Requested by') },
    { name: 'lastError', type: 'textarea', label: l('最近错误', 'Last error') },
    { name: 'outcome', type: 'text', label: l('结果', 'Outcome') },
    { name: 'finishedAt', type: 'date', label: l('完成时间', 'Finished at') },
  ],
}
