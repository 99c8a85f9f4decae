/**
 * Optimistic concurrency, as plain functions. A client says which version its edit is based on:
 * the `updatedAt` it read (the admin sends it with every save; REST and GraphQL clients send it in
 * the data or as `If-Match: "<updatedAt>"`). An edit based on an older version is refused, so
 * nobody silently overwrites a colleague's change.
 */

/** The base version a request declares, or null when it declares none. */
export function declaredBase(
  ifMatch: string | null | undefined,
  dataUpdatedAt: unknown,
): string | null {
  if (ifMatch && ifMatch.trim() !== '*') {
    const first = ifMatch.split(',')[0]!.trim()
    return first.replace(/^W\//, '').replace(/^"(.*)"$/, '$1')
  }
  if (typeof dataUpdatedAt === 'string' && dataUpdatedAt.trim()) return dataUpdatedAt.trim()
  return null
}

export type BaseCheck = { ok: true } | { ok: false; reason: 'stale' | 'invalid' }

/** Compares the declared base with the current version's `updatedAt`, to the millisecond. */
export function checkBase(declared: string | null, current: string | null | undefined): BaseCheck {
  if (declared === null) return { ok: true }
  const base = Date.parse(declared)
  if (Number.isNaN(base)) return { ok: false, reason: 'invalid' }
  if (!current) return { ok: true }
  return base === Date.parse(current) ? { ok: true } : { ok: false, reason: 'stale' }
}
