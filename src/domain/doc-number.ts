/**
 * 发文字号 (document numbers) such as 国办发〔2017〕47号.
 *
 * Editors type them with whatever brackets their keyboard gives: 〔〕 (the standard), [] () （）
 * 【】 ［］ 〈〉 or none at all, and sometimes full-width digits. All of these name the same
 * document, so each number is stored as typed and as a normalised key: agency + year + sequence.
 */
export type ParsedDocNumber = {
  /** 发文机关代字, e.g. 国办发 */
  agency: string
  year: number
  sequence: number
  /** Canonical text: 国办发〔2017〕47号 */
  canonical: string
  /** Comparison key: 国办发|2017|47 */
  key: string
}

/** Full-width ASCII (！ to ～) to half-width, and the ideographic space to a space. */
export function toHalfWidth(text: string): string {
  return text
    .replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
    .replace(/\u3000/g, ' ')
}

const OPEN = '〔[(（【［〈<{｛'
const CLOSE = '〕])）】］〉>}｝'
const bracketed = new RegExp(
  `^(.+?)\\s*[${escape(OPEN)}]\\s*(\\d{4})\\s*[${escape(CLOSE)}]\\s*第?\\s*(\\d+)\\s*号?$`,
)
const bare = /^(.*?\D)\s*(\d{4})\s*第?\s*(\d{1,5})\s*号$/

function escape(chars: string): string {
  return chars.replace(/[\]\\^-]/g, '\\$&')
}

/** Parses a document number; null when it does not have the agency〔year〕sequence号 shape. */
export function parseDocNumber(input: string | null | undefined): ParsedDocNumber | null {
  if (!input) return null
  const text = toHalfWidth(input).replace(/\s+/g, ' ').trim()
  if (!text) return null
  const match = bracketed.exec(text) ?? bare.exec(text)
  if (!match) return null
  const agency = match[1]!.replace(/\s+/g, '')
  const year = Number(match[2])
  const sequence = Number(match[3])
  if (!agency || year < 1949 || year > 2200 || sequence < 1) return null
  return {
    agency,
    year,
    sequence,
    canonical: `${agency}〔${year}〕${sequence}号`,
    key: `${agency}|${year}|${sequence}`,
  }
}

/**
 * The key a document number is compared by: the parsed key when it parses, otherwise the text
 * with widths folded and spaces removed (so unusual numbers still match themselves).
 */
export function docNumberKey(input: string | null | undefined): string | null {
  if (!input?.trim()) return null
  return parseDocNumber(input)?.key ?? toHalfWidth(input).replace(/\s+/g, '').toLowerCase()
}

/**
 * A plausible document number: a name part and a number part. Numbers that do not have the
 * 机关〔年〕号 shape (国务院令第708号) are allowed; punctuation alone or text without any number is not.
 */
export function isPlausibleDocNumber(input: string): boolean {
  const text = toHalfWidth(input).trim()
  if (!text || text.length > 100) return false
  return /[0-9〇一二三四五六七八九十百千]/.test(text) && /[\p{Script=Han}A-Za-z]/u.test(text)
}
