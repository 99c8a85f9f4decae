/**
 * Highlighted titles and snippets: every occurrence of a query term (found by the same rule as
 * the index, tokenize.ts termPattern) wrapped in <mark>, everything else HTML-escaped. Plain.
 */
import { fold, foldWithMap, termPattern, type QueryTerm } from './tokenize'

export type Range = [start: number, end: number]

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
}
export const escapeHtml = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]!)

/** The ranges of `text` (offsets in the original) where any term occurs, sorted and merged. */
export function matchRanges(text: string, terms: QueryTerm[]): Range[] {
  if (!text || !terms.length) return []
  // Folding whole text is native and fast; when it keeps the length (nearly always: full-width
  // and case folding map one unit to one) offsets are the same, else fold per character.
  let folded = fold(text)
  let source: number[] | null = null
  if (folded.length !== text.length) ({ text: folded, source } = foldWithMap(text))
  const at = (i: number) => (source ? source[i]! : i)
  const ranges: Range[] = []
  for (const term of terms) {
    const re = termPattern(term)
    let m: RegExpExecArray | null
    while ((m = re.exec(folded))) {
      if (m[0].length === 0) {
        re.lastIndex++
        continue
      }
      ranges.push([at(m.index), at(m.index + m[0].length)])
    }
  }
  ranges.sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const merged: Range[] = []
  for (const r of ranges) {
    const last = merged.at(-1)
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1])
    else merged.push([r[0], r[1]])
  }
  return merged
}

/** text[from, to) as HTML with the ranges marked. */
export function markHtml(text: string, ranges: Range[], from = 0, to = text.length): string {
  let html = ''
  let at = from
  for (const [s, e] of ranges) {
    if (e <= from || s >= to) continue
    const start = Math.max(s, from)
    const end = Math.min(e, to)
    html +=
      escapeHtml(text.slice(at, start)) + '<mark>' + escapeHtml(text.slice(start, end)) + '</mark>'
    at = end
  }
  return html + escapeHtml(text.slice(at, to))
}

export function highlightTitle(title: string, terms: QueryTerm[]): string {
  return markHtml(title, matchRanges(title, terms))
}

/** Moves an offset off the second half of a surrogate pair. */
const safe = (text: string, i: number) => {
  const c = text.charCodeAt(i)
  return c >= 0xdc00 && c <= 0xdfff ? i - 1 : i
}

/**
 * About `width` characters of the body around its first match (its start when nothing in the
 * body matched), whitespace collapsed, with … where text was cut.
 */
export function snippet(body: string, terms: QueryTerm[], width = 120): string {
  const text = body.replace(/\s+/g, ' ').trim()
  if (!text) return ''
  const ranges = matchRanges(text, terms)
  const first = ranges[0]
  let from = first ? Math.max(0, first[0] - Math.floor(width / 3)) : 0
  let to = Math.min(text.length, from + width)
  from = safe(text, Math.max(0, Math.min(from, to - width)))
  to = safe(text, to)
  return (from > 0 ? '…' : '') + markHtml(text, ranges, from, to) + (to < text.length ? '…' : '')
}
