/**
 * Records a department's admin manages for their department (API keys, webhook subscriptions):
 * department admins see and change their own departments' records; system admins all of them.
 */
import type { Access, CollectionBeforeChangeHook } from 'payload'
import { APIError } from 'payload'

import { message } from '../fields/labels'
import { departmentIdsOf, isSystemAdmin } from './predicates'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

const manage: Access = ({ req: { user } }) => {
  if (isSystemAdmin(user as any)) return true
  const mine = departmentIdsOf(user as any, 'department_admin')
  return mine.length ? { department: { in: mine } } : false
}

export const departmentAdminAccess = {
  read: manage,
  update: manage,
  delete: manage,
  create: (({ req: { user } }) =>
    isSystemAdmin(user as any) ||
    departmentIdsOf(user as any, 'department_admin').length > 0) as Access,
}

/** A department admin keeps such records within their own departments. */
export const ownDepartmentOnly: CollectionBeforeChangeHook = ({ data, req }) => {
  if (!req.user || isSystemAdmin(req.user as any)) return data
  const chosen = idOf(data.department)
  if (chosen !== undefined && chosen !== null) {
    if (!departmentIdsOf(req.user as any, 'department_admin').includes(String(chosen)))
      throw new APIError(
        message(req, '只能管理本部门的记录', 'Only records of your own department can be managed'),
        403,
      )
  }
  return data
}
