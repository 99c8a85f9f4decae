/**
 * Rich text for the public: Lexical JSON rendered to HTML by Payload's converter, then passed
 * through an allowlist (sanitize-html), so `bodyHtml` is safe to inject into a department page
 * whatever a stored document contains; and the same text as plain text.
 */
import { convertLexicalToHTML } from '@payloadcms/richtext-lexical/html'
import { convertLexicalToPlaintext } from '@payloadcms/richtext-lexical/plaintext'
import sanitizeHtml from 'sanitize-html'

const ALLOWED: sanitizeHtml.IOptions = {
  allowedTags: [
    'p',
    'br',
    'hr',
    'h1',
    'h2',
    'h3',
    'h4',
    'h5',
    'h6',
    'blockquote',
    'ul',
    'ol',
    'li',
    'strong',
    'em',
    'u',
    's',
    'sub',
    'sup',
    'code',
    'pre',
    'span',
    'a',
    'table',
    'thead',
    'tbody',
    'tr',
    'th',
    'td',
    'caption',
    'img',
    'figure',
    'figcaption',
  ],
  allowedAttributes: {
    a: ['href', 'rel', 'target'],
    img: ['src', 'alt', 'width', 'height'],
    td: ['colspan', 'rowspan'],
    th: ['colspan', 'rowspan', 'scope'],
    ol: ['start'],
    li: ['value'],
    '*': ['style'],
  },
  allowedStyles: {
    '*': {
      'text-align': [/^(left|right|center|justify|start|end)$/],
      'text-decoration': [/^(underline|line-through)$/],
      'padding-inline-start': [/^\d{1,3}(px|em|rem)$/],
    },
  },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['http', 'https'] },
  allowProtocolRelative: false,
  transformTags: {
    // A link that opens a new tab never hands the opener to the target.
    a: (tagName, attribs) => ({
      tagName,
      attribs: attribs.target ? { ...attribs, rel: 'noopener noreferrer' } : attribs,
    }),
  },
}

type Lexical = { root?: { children?: unknown[] } } | null | undefined

const isLexical = (value: unknown): value is { root: { children: unknown[] } } =>
  Boolean(
    value &&
    typeof value === 'object' &&
    (value as any).root &&
    Array.isArray((value as any).root.children),
  )

export function sanitizeHtmlFragment(html: string): string {
  return sanitizeHtml(html, ALLOWED)
}

export function richTextHtml(value: Lexical): string | null {
  if (!isLexical(value)) return null
  return sanitizeHtmlFragment(convertLexicalToHTML({ data: value as any, disableContainer: true }))
}

export function richTextPlain(value: Lexical): string | null {
  if (!isLexical(value)) return null
  return convertLexicalToPlaintext({ data: value as any }).trim()
}
