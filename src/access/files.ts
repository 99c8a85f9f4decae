/**
 * Uploaded files (attachments and images) belong to a department. Until a document that uses a
 * file is published, only the department's staff can see it or fetch its bytes; publication makes
 * it public (`public`, set by the workflow, never by a client). Staff of the department who
 * write (authors, publishers, department admins) upload and manage its files.
 */
import type { Access, CheckboxField, CollectionBeforeChangeHook, Where } from 'payload'
import { APIError } from 'payload'

import { l, message } from '../fields/labels'
import { departmentIdsOf } from './predicates'

const WRITERS = ['author', 'publisher', 'department_admin']

export const readFiles: Access = ({ req: { user } }) => {
  const mine = departmentIdsOf(user as any)
  const open: Where = { public: { equals: true } }
  return mine.length ? { or: [open, { department: { in: mine } }] } : open
}

export const createFiles: Access = ({ req: { user } }) =>
  departmentIdsOf(user as any, ...WRITERS).length > 0

export const manageFiles: Access = ({ req: { user } }) => {
  const mine = departmentIdsOf(user as any, ...WRITERS)
  return mine.length ? { department: { in: mine } } : false
}

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** A person's upload belongs to their department (the only one, or the one they chose of theirs). */
export const fileDepartment: CollectionBeforeChangeHook = ({ data, operation, req }) => {
  if (!req.user || operation !== 'create') return data
  const mine = departmentIdsOf(req.user as any, ...WRITERS)
  const chosen = idOf(data.department)
  if (chosen === undefined || chosen === null) {
    // The membership's own id value (a number on SQL databases), not its string form.
    data.department = ((req.user as any).memberships ?? [])
      .map((m: any) => idOf(m.department))
      .find((id: unknown) => String(id) === mine[0])
  } else if (!mine.includes(String(chosen))) {
    throw new APIError(
      message(req, '只能为本部门上传文件', 'Files can only be uploaded for your own department'),
      403,
    )
  }
  return data
}

/** Set when a document using the file is published (src/workflow/hooks.ts); never by a client. */
export function filePublicField(): CheckboxField {
  return {
    name: 'public',
    type: 'checkbox',
    index: true,
    defaultValue: false,
    label: l('已公开', 'Public'),
    access: { create: () => false, update: () => false },
    admin: { position: 'sidebar', readOnly: true },
  }
}
