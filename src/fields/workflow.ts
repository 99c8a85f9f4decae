import type { Field } from 'payload'

import { staffOfDocumentDepartment } from '../access'
import { STATES } from '../workflow/transitions'
import { l, option } from './labels'

const STATE_LABELS: Record<(typeof STATES)[number], [string, string]> = {
  draft: ['草稿', 'Draft'],
  in_review: ['待审核', 'In review'],
  approved: ['已审核待发布', 'Approved'],
  published: ['已发布', 'Published'],
  withdrawn: ['已撤回（保留公告）', 'Withdrawn'],
  unpublished: ['已撤销发布', 'Unpublished'],
}

const readOnlySidebar = { position: 'sidebar' as const, readOnly: true }
const at = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'date',
  label: l(zh, en),
  admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
})
const by = (name: string, zh: string, en: string): Field => ({
  name,
  type: 'relationship',
  relationTo: 'users',
  label: l(zh, en),
  admin: readOnlySidebar,
})

/**
 * The workflow's record on a document. Only the workflow (src/workflow) writes these: whatever a
 * client sends is replaced by the stored values (src/workflow/hooks.ts).
 */
export function workflowFields(): Field[] {
  return [
    {
      // The workflow buttons live in the sidebar: Payload hides the document controls from people
      // without update access, and reviewers and publishers act without editing.
      name: 'workflowActions',
      type: 'ui',
      admin: {
        position: 'sidebar',
        components: { Field: '/components/WorkflowActions#WorkflowActions' },
      },
    },
    {
      name: 'workflowState',
      type: 'select',
      // Neither required nor defaulted: src/workflow/hooks.ts sets it on every write (a default
      // would hide whether server code gave a state; "required" would make every API client send it).
      index: true,
      label: l('流程状态', 'Workflow state'),
      options: STATES.map((s) => option(s, ...STATE_LABELS[s])),
      admin: readOnlySidebar,
    },
    {
      name: 'publishAt',
      type: 'date',
      index: true,
      label: l('定时发布时间', 'Scheduled publication'),
      admin: { ...readOnlySidebar, date: { pickerAppearance: 'dayAndTime' } },
    },
    by('submittedBy', '提交人', 'Submitted by'),
    at('submittedAt', '提交时间', 'Submitted at'),
    by('reviewedBy', '审核人', 'Reviewed by'),
    at('reviewedAt', '审核时间', 'Reviewed at'),
    {
      name: 'reviewComment',
      type: 'textarea',
      label: l('审核意见', 'Review comment'),
      access: { read: staffOfDocumentDepartment },
      admin: readOnlySidebar,
    },
    {
      name: 'changeEditors',
      type: 'relationship',
      relationTo: 'users',
      hasMany: true,
      label: l('本次修改人', 'Edited by (this change)'),
      access: { read: staffOfDocumentDepartment },
      admin: readOnlySidebar,
    },
    {
      name: 'withdrawnNotice',
      type: 'textarea',
      label: l('撤回公告', 'Withdrawal notice'),
      admin: readOnlySidebar,
    },
    at('withdrawnAt', '撤回时间', 'Withdrawn at'),
    {
      name: 'unpublishedReason',
      type: 'textarea',
      label: l('撤销发布原因', 'Reason for unpublishing'),
      access: { read: staffOfDocumentDepartment },
      admin: readOnlySidebar,
    },
    at('unpublishedAt', '撤销时间', 'Unpublished at'),
  ]
}

/** The fields only the workflow writes. */
export const WORKFLOW_FIELDS = [
  'workflowState',
  'publishAt',
  'submittedBy',
  'submittedAt',
  'reviewedBy',
  'reviewedAt',
  'reviewComment',
  'changeEditors',
  'withdrawnNotice',
  'withdrawnAt',
  'unpublishedReason',
  'unpublishedAt',
] as const
