import { describe, expect, it } from 'vitest'

import {
  departmentIdsOf,
  isAuditAdmin,
  isAuthenticated,
  isSecurityAdmin,
  isStaffOf,
  isSystemAdmin,
  platformAdminHasNoDepartmentRoles,
  platformRolesAreSeparate,
  rolesIn,
} from '../../../src/access/predicates'

const editor = {
  id: 1,
  memberships: [
    { department: 10, roles: ['author', 'reviewer'] },
    { department: { id: 11 }, roles: ['publisher'] },
    { department: 12, roles: [] },
  ],
}

describe('department predicates', () => {
  it.each([
    [[], ['10', '11', '12']],
    [['author'], ['10']],
    [['publisher'], ['11']],
    [
      ['author', 'publisher'],
      ['10', '11'],
    ],
    [['department_admin'], []],
  ])('departments with roles %j: %j', (roles, ids) => {
    expect(departmentIdsOf(editor, ...roles)).toEqual(ids)
  })

  it.each([
    [10, true],
    ['11', true],
    [{ id: 12 }, true],
    [13, false],
    [null, false],
  ])('staff of %j: %s', (dept, expected) => {
    expect(isStaffOf(editor, dept as any)).toBe(expected)
  })

  it.each([
    [10, ['author', 'reviewer']],
    [11, ['publisher']],
    [12, []],
    [99, []],
  ])('roles in %s: %j', (dept, roles) => {
    expect(rolesIn(editor, dept)).toEqual(roles)
  })

  it('nobody, and a disabled account, has no department', () => {
    expect(departmentIdsOf(null)).toEqual([])
    expect(rolesIn(undefined, 10)).toEqual([])
    expect(isAuthenticated({ ...editor, disabled: true })).toBe(false)
    expect(rolesIn({ ...editor, disabled: true }, 10)).toEqual([])
  })
})

describe('platform roles (三员分立)', () => {
  it.each([
    [['system_admin'], [true, false, false]],
    [['security_admin'], [false, true, false]],
    [['audit_admin'], [false, false, true]],
    [[], [false, false, false]],
  ])('%j', (platformRoles, [sys, sec, aud]) => {
    const user = { id: 1, platformRoles }
    expect([isSystemAdmin(user), isSecurityAdmin(user), isAuditAdmin(user)]).toEqual([
      sys,
      sec,
      aud,
    ])
  })

  it.each([
    [[], true],
    [['system_admin'], true],
    [['system_admin', 'security_admin'], false],
    [['security_admin', 'audit_admin'], false],
    [['system_admin', 'security_admin', 'audit_admin'], false],
    [null, true],
  ])('%j separate: %s', (roles, ok) => {
    expect(platformRolesAreSeparate(roles as any)).toBe(ok)
  })

  it('a platform administrator holds no editorial role', () => {
    expect(
      platformAdminHasNoDepartmentRoles({
        platformRoles: ['system_admin'],
        memberships: [{ department: 1, roles: ['reviewer'] }],
      }),
    ).toBe(false)
    expect(
      platformAdminHasNoDepartmentRoles({
        platformRoles: ['audit_admin'],
        memberships: [{ department: 1, roles: [] }],
      }),
    ).toBe(true)
    expect(
      platformAdminHasNoDepartmentRoles({
        platformRoles: [],
        memberships: [{ department: 1, roles: ['reviewer'] }],
      }),
    ).toBe(true)
  })
})
