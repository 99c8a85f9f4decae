/**
 * The password policy, as plain functions. Every account: at least 12 characters, not a known
 * breached password (nor one padded with digits or symbols), not trivially simple, not the
 * account's own name. The MLPS profile (等级保护 level 3, a setting) adds character classes and
 * rotation every 90 days.
 */
import { dictionary } from '@zxcvbn-ts/language-common'

import type { PasswordProfile } from '../config/settings'

export type { PasswordProfile }
export const MIN_LENGTH = 12
export const MLPS_MAX_AGE_DAYS = 90

export type PasswordProblem = {
  code: 'too_short' | 'breached' | 'too_simple' | 'contains_name' | 'complexity'
  zh: string
  en: string
}

// About 49,000 passwords seen most often in breaches (zxcvbn's list), lower-cased.
const BREACHED = new Set((dictionary['passwords-common'] as string[]).map((p) => p.toLowerCase()))

/** The password without the digits and symbols people pad a known password with. */
function core(password: string): string {
  return password
    .toLowerCase()
    .replace(/^[\d\W_]+/, '')
    .replace(/[\d\W_]+$/, '')
}

function classes(password: string): number {
  return [/[a-z]/, /[A-Z]/, /\d/, /[^a-zA-Z\d]/].filter((re) => re.test(password)).length
}

export function passwordProblems(
  password: string,
  { profile = 'standard', email }: { profile?: PasswordProfile; email?: string | null } = {},
): PasswordProblem[] {
  const problems: PasswordProblem[] = []
  if ([...password].length < MIN_LENGTH)
    problems.push({
      code: 'too_short',
      zh: `密码至少需要 ${MIN_LENGTH} 个字符`,
      en: `The password must have at least ${MIN_LENGTH} characters`,
    })
  const lower = password.toLowerCase()
  const base = core(password)
  if (BREACHED.has(lower) || (base.length >= 4 && BREACHED.has(base)))
    problems.push({
      code: 'breached',
      zh: '这是泄露密码库中的常见密码，请换一个',
      en: 'This password appears in lists of breached passwords; choose another',
    })
  if (new Set(lower).size < 5)
    problems.push({
      code: 'too_simple',
      zh: '密码过于简单（重复字符太多）',
      en: 'The password is too simple (too many repeated characters)',
    })
  const name = email?.split('@')[0]?.toLowerCase()
  if (name && name.length >= 4 && lower.includes(name))
    problems.push({
      code: 'contains_name',
      zh: '密码不能包含账号名',
      en: 'The password must not contain the account name',
    })
  if (profile === 'mlps' && classes(password) < 3)
    problems.push({
      code: 'complexity',
      zh: '密码需包含大写字母、小写字母、数字、符号中的至少三类',
      en: 'The password needs at least three of: upper-case, lower-case, digits, symbols',
    })
  return problems
}

/** MLPS profile: a password older than 90 days must be changed before the next sign-in. */
export function passwordExpired(
  changedAt: string | Date | null | undefined,
  now: Date,
  profile: PasswordProfile,
): boolean {
  if (profile !== 'mlps') return false
  if (!changedAt) return true
  return now.getTime() - new Date(changedAt).getTime() > MLPS_MAX_AGE_DAYS * 86_400_000
}

/** The operator's ADMIN_PASSWORD against the policy, before anything is written: a message, or null. */
export function adminPasswordProblem(settings: {
  adminPassword?: string
  adminEmail?: string
  passwordPolicy?: PasswordProfile
}): string | null {
  if (!settings.adminPassword) return null
  const problems = passwordProblems(settings.adminPassword, {
    profile: settings.passwordPolicy ?? 'standard',
    email: settings.adminEmail ?? 'admin@example.gov',
  })
  return problems.length
    ? `ADMIN_PASSWORD does not meet the password policy: ${problems.map((p) => p.en).join('; ')}`
    : null
}
