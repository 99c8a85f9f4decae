/**
 * What in a piece of HTML could run script or navigate somewhere hostile (security-checks.md 18),
 * found by parsing it (htmlparser2, the parser sanitize-html itself uses; it decodes entities in
 * attribute values the way a browser does) rather than by matching the raw text, so `&#x09;` or
 * `JaVaScRiPt:` tricks are seen through and escaped text that merely mentions them is not reported.
 */
import { Parser } from 'htmlparser2'

/** Elements that run, embed, submit or redirect; none may come out of rich text. */
const DANGEROUS_TAGS = new Set([
  'script',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'applet',
  'form',
  'input',
  'button',
  'textarea',
  'select',
  'meta',
  'base',
  'link',
  'style',
  'svg',
  'math',
  'template',
  'noscript',
  'xmp',
  'plaintext',
  'portal',
])

/** Attributes whose value is a URL (or a list of them) a browser may load or navigate to. */
const URL_ATTRIBUTES = new Set([
  'href',
  'src',
  'srcset',
  'action',
  'formaction',
  'xlink:href',
  'poster',
  'background',
  'data',
  'codebase',
  'cite',
  'longdesc',
  'ping',
  'manifest',
  'dynsrc',
  'lowsrc',
])

/** Browsers drop these anywhere in a scheme (tab, newline) or before it (controls and spaces). */
const normaliseUrl = (value: string) =>
  Array.from(value)
    .filter((c) => c.charCodeAt(0) > 0x20 && c.charCodeAt(0) !== 0x7f)
    .join('')
    .toLowerCase()

const HOSTILE_SCHEMES = ['javascript:', 'vbscript:', 'data:', 'livescript:']

export type UnsafeOptions = {
  /**
   * A whole portal page rather than a fragment: its own layout has a search form, a stylesheet
   * link and meta tags, so those elements are allowed, as long as none is a refresh or a base.
   */
  page?: boolean
}

/** Every finding, as `tag[attribute]: value`; empty when the HTML is safe. */
export function unsafeParts(html: string, options: UnsafeOptions = {}): string[] {
  const found: string[] = []
  const parser = new Parser(
    {
      onopentag(name, attributes) {
        const tag = name.toLowerCase()
        const layout = options.page && ['form', 'input', 'button', 'meta', 'link'].includes(tag)
        if (DANGEROUS_TAGS.has(tag) && !layout) found.push(`<${tag}>`)
        for (const [rawName, value] of Object.entries(attributes)) {
          const attribute = rawName.toLowerCase()
          const where = `${tag}[${attribute}]: ${value}`
          if (attribute.startsWith('on')) found.push(where)
          else if (attribute === 'srcdoc') found.push(where)
          else if (attribute === 'style') {
            const css = normaliseUrl(value)
            if (/url\(|expression\(|javascript:|@import|behavior:|-moz-binding/.test(css))
              found.push(where)
          } else if (URL_ATTRIBUTES.has(attribute)) {
            const url = normaliseUrl(value)
            if (
              HOSTILE_SCHEMES.some((scheme) => url.startsWith(scheme) || url.includes(`,${scheme}`))
            )
              found.push(where)
          }
        }
        if (tag === 'meta' && (attributes['http-equiv'] ?? '').toLowerCase() === 'refresh')
          found.push(`meta[http-equiv=refresh]`)
        if (tag === 'base' && options.page) found.push('<base>')
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true },
  )
  parser.write(html)
  parser.end()
  return found
}
