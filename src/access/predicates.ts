/** Role predicates: plain functions of a user, no Payload import. */
export type SessionUser = { id: number | string; collection?: string } | null | undefined

export const isAuthenticated = (user: SessionUser): boolean => Boolean(user)
