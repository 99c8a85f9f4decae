/**
 * Role predicates: plain functions of a user, no Payload import.
 *
 * Department roles come from the user's memberships (a role in each department); platform roles
 * are the three separated administrator powers (三员分立): system, security and audit admin. No
 * account may hold two of the three.
 */
type Id = number | string
type Membership = { department?: Id | { id: Id } | null; roles?: readonly string[] | null }
export type SessionUser =
  | {
      id: Id
      collection?: string
      memberships?: readonly Membership[] | null
      platformRoles?: readonly string[] | null
      disabled?: boolean | null
    }
  | null
  | undefined

export const PLATFORM_ROLES = ['system_admin', 'security_admin', 'audit_admin'] as const
export type PlatformRole = (typeof PLATFORM_ROLES)[number]

export const isAuthenticated = (user: SessionUser): boolean => Boolean(user) && !user?.disabled

const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** The departments a user works in (ids as strings), optionally only those where they hold a role. */
export function departmentIdsOf(user: SessionUser, ...roles: string[]): string[] {
  if (!isAuthenticated(user)) return []
  return (user!.memberships ?? [])
    .filter((m) => roles.length === 0 || roles.some((r) => m.roles?.includes(r)))
    .map((m) => idOf(m.department))
    .filter((id): id is Id => id !== undefined)
    .map(String)
}

/** Is the user staff of this department (a member with any role)? */
export function isStaffOf(
  user: SessionUser,
  department: Id | { id: Id } | null | undefined,
): boolean {
  const id = idOf(department)
  return id !== undefined && departmentIdsOf(user).includes(String(id))
}

/** The user's roles in one department. */
export function rolesIn(
  user: SessionUser,
  department: Id | { id: Id } | null | undefined,
): string[] {
  const id = idOf(department)
  if (id === undefined || !isAuthenticated(user)) return []
  return [
    ...new Set(
      (user!.memberships ?? [])
        .filter((m) => String(idOf(m.department)) === String(id))
        .flatMap((m) => m.roles ?? []),
    ),
  ]
}

export function hasPlatformRole(user: SessionUser, role: PlatformRole): boolean {
  return isAuthenticated(user) && Boolean(user!.platformRoles?.includes(role))
}

export const isSystemAdmin = (user: SessionUser) => hasPlatformRole(user, 'system_admin')
export const isSecurityAdmin = (user: SessionUser) => hasPlatformRole(user, 'security_admin')
export const isAuditAdmin = (user: SessionUser) => hasPlatformRole(user, 'audit_admin')

/** 三员分立: at most one of the three platform roles on one account. */
export function platformRolesAreSeparate(roles: readonly string[] | null | undefined): boolean {
  return (roles ?? []).filter((r) => (PLATFORM_ROLES as readonly string[]).includes(r)).length <= 1
}

/** A platform administrator holds no department role: their powers are not editorial. */
export function platformAdminHasNoDepartmentRoles(user: {
  platformRoles?: readonly string[] | null
  memberships?: readonly Membership[] | null
}): boolean {
  const isAdmin = (user.platformRoles ?? []).some((r) =>
    (PLATFORM_ROLES as readonly string[]).includes(r),
  )
  return !isAdmin || (user.memberships ?? []).every((m) => (m.roles ?? []).length === 0)
}
