/**
 * Applicant data (domain.md, Disclosure requests) is visible only to the handling department: any
 * member of the department a request is assigned to reads it and records its handling; nobody
 * else does, not even a platform administrator (三员分立: configuration is not casework). Requests
 * are legal records: nobody deletes them.
 */
import type { Access } from 'payload'

import { departmentIdsOf } from '../access/predicates'

export const readOwnDepartment: Access = ({ req: { user } }) => {
  const mine = departmentIdsOf(user as any)
  return mine.length ? { department: { in: mine } } : false
}

/** Staff enter requests received in person or by post for their own departments. */
export const createInOwnDepartment: Access = ({ req: { user }, data }) => {
  const mine = departmentIdsOf(user as any)
  if (!mine.length) return false
  const chosen =
    data?.department && typeof data.department === 'object' ? data.department.id : data?.department
  return chosen === undefined || chosen === null || mine.includes(String(chosen))
}
