/** Role predicates: plain functions of a user, no Payload import. */
type Id = number | string
type Membership = { department?: Id | { id: Id } | null; roles?: string[] | null }
export type SessionUser =
  | {
      id: Id
      collection?: string
      memberships?: Membership[] | null
      platformRoles?: string[] | null
    }
  | null
  | undefined

export const isAuthenticated = (user: SessionUser): boolean => Boolean(user)

const idOf = (value: Id | { id: Id } | null | undefined): Id | undefined =>
  value && typeof value === 'object' ? value.id : (value ?? undefined)

/** The departments a user works in (ids as strings). */
export function departmentIdsOf(user: SessionUser): string[] {
  return (user?.memberships ?? [])
    .map((m) => idOf(m.department))
    .filter((id) => id !== undefined)
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
