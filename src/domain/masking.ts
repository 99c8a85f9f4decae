/**
 * Masking of natural persons' personal data in public output (双公示 rules): the public sees that
 * a decision was made against a person without learning who exactly, beyond what identifies the
 * decision. Legal persons' names and codes are public and never masked.
 */

/**
 * ID numbers keep their first 6 characters (the issuing region) and last 4; the rest becomes *.
 * 110101199003071234 → 110101********1234. Shorter numbers keep less, so that at least half is hidden.
 */
export function maskIdNumber(value: string | null | undefined): string {
  if (!value) return ''
  const text = value.replace(/\s+/g, '')
  const n = text.length
  if (n <= 2) return '*'.repeat(n)
  if (n === 3) return text[0] + '**'
  if (n < 8) return text[0] + '*'.repeat(n - 2) + text[n - 1]
  if (n < 15) return text.slice(0, 2) + '*'.repeat(n - 4) + text.slice(-2)
  // Resident ID numbers (15 or 18): region code and last 4 visible, the birth date hidden.
  return text.slice(0, 6) + '*'.repeat(n - 10) + text.slice(-4)
}

const CJK = /[\u3400-\u9fff\uf900-\ufaff]/

/**
 * Person names: Chinese names keep the family name (张三 → 张*, 欧阳娜娜 → 欧阳**, for the common
 * two-character family names: 欧阳修 → 欧阳*); Latin names keep initials (John Smith → J*** S****).
 */
export function maskPersonName(value: string | null | undefined): string {
  if (!value) return ''
  const name = value.trim()
  if (!name) return ''
  if (CJK.test(name[0]!)) {
    const chars = Array.from(name.replace(/\s+/g, ''))
    if (chars.length === 1) return '*'
    const family = chars.length >= 3 && COMPOUND_SURNAMES.has(chars[0]! + chars[1]!) ? 2 : 1
    return chars.slice(0, family).join('') + '*'.repeat(chars.length - family)
  }
  return name
    .split(/\s+/)
    .map((part) => part[0] + '*'.repeat(Math.max(part.length - 1, 1)))
    .join(' ')
}

const COMPOUND_SURNAMES = new Set([
  '欧阳',
  '司马',
  '上官',
  '诸葛',
  '东方',
  '皇甫',
  '尉迟',
  '公孙',
  '慕容',
  '长孙',
  '宇文',
  '司徒',
  '夏侯',
  '轩辕',
  '令狐',
  '端木',
])

/** 相对人类别 (party categories) whose personal data is masked. */
export const NATURAL_PERSON = 'natural_person'

export function isNaturalPerson(partyType: string | null | undefined): boolean {
  return partyType === NATURAL_PERSON
}
