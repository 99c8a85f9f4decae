import { describe, expect, it } from 'vitest'

import { passwordExpired, passwordProblems } from '../../../src/auth/password-policy'

const codes = (password: string, options = {}) =>
  passwordProblems(password, options).map((p) => p.code)

describe('passwordProblems (standard profile)', () => {
  it.each([
    ['correct horse battery staple', []],
    ['a long enough password', []],
    ['短密码abc', ['too_short']],
    ['eleven char', ['too_short']],
    ['十二个汉字组成的一句很长密码', []], // 12+ characters, not bytes
    ['1q2w3e4r5t6y', ['breached']],
    ['qwerty123456', ['breached']],
    ['Password1234!', ['breached']], // a breached word padded with digits and symbols
    ['!!2024baseball2024', ['breached']],
    ['aaaaaaaaaaaaaaaa', ['too_simple']],
    ['abababababababab', ['too_simple']],
  ])('%s → %j', (password, expected) => {
    expect(codes(password)).toEqual(expected)
  })

  it('refuses the account name inside the password', () => {
    expect(codes('zhangwei-strong-phrase', { email: 'zhangwei@example.gov' })).toEqual([
      'contains_name',
    ])
    expect(codes('zhangwei-strong-phrase', { email: 'li@example.gov' })).toEqual([])
  })

  it('names every problem in both languages', () => {
    for (const p of passwordProblems('aaaa', { profile: 'mlps' })) {
      expect(p.zh).toBeTruthy()
      expect(p.en).toBeTruthy()
    }
  })
})

describe('passwordProblems (MLPS profile)', () => {
  it.each([
    ['correct horse battery staple', ['complexity']],
    ['Correct horse battery staple', []],
    ['correct-horse-battery-9', []],
    ['CORRECTHORSEBATTERY', ['complexity']],
  ])('%s → %j', (password, expected) => {
    expect(codes(password, { profile: 'mlps' })).toEqual(expected)
  })
})

describe('passwordExpired', () => {
  const now = new Date('2026-11-27T00:00:00Z')
  it.each([
    ['standard', '2020-01-01T00:00:00Z', false],
    ['standard', null, false],
    ['mlps', null, true],
    ['mlps', '2026-08-29T00:00:00Z', false], // 90 days
    ['mlps', '2026-08-28T23:59:59Z', true], // just over
    ['mlps', '2026-11-26T00:00:00Z', false],
  ] as const)('%s, changed %s → %s', (profile, changedAt, expected) => {
    expect(passwordExpired(changedAt, now, profile)).toBe(expected)
  })
})
