import { describe, expect, it } from 'vitest'

import { LOCK_SECONDS, mayReleaseLock } from '../../../src/access/locks'

const now = new Date('2026-11-27T03:00:00Z')
const ago = (s: number) => new Date(now.getTime() - s * 1000).toISOString()
const lockBy = (id: number, updatedAt = ago(10)) => ({
  user: { relationTo: 'users', value: id },
  updatedAt,
})
const author = { id: 1, platformRoles: [] }
const colleague = { id: 2, platformRoles: [] }
const security = { id: 3, platformRoles: ['security_admin'] }
const sysadmin = { id: 4, platformRoles: ['system_admin'] }

describe('mayReleaseLock', () => {
  it.each([
    ['no lock', null, colleague, true],
    ['the holder', lockBy(1), author, true],
    [
      'the holder (populated user)',
      { user: { relationTo: 'users', value: { id: 1 } }, updatedAt: ago(10) },
      author,
      true,
    ],
    ['a colleague, live lock', lockBy(1), colleague, false],
    ['a colleague, lock just inside its time', lockBy(1, ago(LOCK_SECONDS - 1)), colleague, false],
    ['a colleague, expired lock', lockBy(1, ago(LOCK_SECONDS + 1)), colleague, true],
    ['a security admin, live lock', lockBy(1), security, true],
    ['a system admin, live lock', lockBy(1), sysadmin, false],
    ['nobody signed in', lockBy(1), null, false],
  ] as const)('%s → %s', (_, lock, user, expected) => {
    expect(mayReleaseLock(lock as any, user as any, now)).toBe(expected)
  })
})
