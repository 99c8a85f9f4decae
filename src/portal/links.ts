/** Portal URLs. Every link keeps the language: `locale=en` is carried, Chinese is the default. */
import type { Locale } from './i18n'

export type Params = Record<string, string | number | undefined | null>

export function href(path: string, locale: Locale, params: Params = {}): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params))
    if (value !== undefined && value !== null && value !== '') search.set(name, String(value))
  if (locale === 'en') search.set('locale', 'en')
  // Commas separate list values (type=policy,regulation): legal in a query, kept readable.
  const query = search.toString().replace(/%2C/g, ',')
  return query ? `${path}?${query}` : path
}

export const documentHref = (uid: string, locale: Locale) =>
  href(`/documents/${encodeURIComponent(uid)}`, locale)

export const departmentHref = (code: string, locale: Locale) =>
  href(`/departments/${encodeURIComponent(code)}`, locale)

export const searchHref = (locale: Locale, params: Params = {}) => href('/search', locale, params)

/** Only http(s) and site-relative URLs become links (never javascript: and the like). */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null
  if (/^\/(?!\/)/.test(url)) return url
  try {
    const u = new URL(url)
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.toString() : null
  } catch {
    return null
  }
}
