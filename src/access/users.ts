import type { Access, FieldAccess, Where } from 'payload'

import { departmentIdsOf, isAuthenticated, isSecurityAdmin, isSystemAdmin } from './predicates'

/**
 * Who manages accounts (三员分立):
 * - system admin: creates, edits and deletes accounts, and configuration; no roles, no audit log;
 * - security admin: assigns roles and platform roles, disables and unlocks accounts;
 * - audit admin: reads the audit log only (their own profile, nothing else of accounts);
 * - department admin: sees the accounts of their departments;
 * - everyone: reads and edits their own profile (name, password).
 */
export const readUsers: Access = ({ req: { user } }) => {
  if (!isAuthenticated(user as any)) return false
  if (isSystemAdmin(user as any) || isSecurityAdmin(user as any)) return true
  const departments = departmentIdsOf(user as any, 'department_admin')
  const self: Where = { id: { equals: user!.id } }
  return departments.length
    ? { or: [self, { 'memberships.department': { in: departments } }] }
    : self
}

export const createUsers: Access = ({ req: { user } }) => isSystemAdmin(user as any)

export const updateUsers: Access = ({ req: { user } }) => {
  if (!isAuthenticated(user as any)) return false
  if (isSystemAdmin(user as any) || isSecurityAdmin(user as any)) return true
  return { id: { equals: user!.id } }
}

export const deleteUsers: Access = ({ req: { user } }) => isSystemAdmin(user as any)

/** GHSA-jg8r-5jh2-v2xj: unlocking is never left to Payload's default; only the security admin. */
export const unlockUsers: Access = ({ req: { user } }) => isSecurityAdmin(user as any)

/** Roles and platform roles: assigned by the security admin only (readable by the account itself). */
export const securityAdminOnly: FieldAccess = ({ req: { user } }) => isSecurityAdmin(user as any)

/** Disabling an account: the security admin (and the system admin, who manages accounts). */
export const accountManagers: FieldAccess = ({ req: { user } }) =>
  isSecurityAdmin(user as any) || isSystemAdmin(user as any)
