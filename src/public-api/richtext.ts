/**
 * Rich text for the public: Lexical JSON rendered to HTML by Payload's converter, then passed
 * through an allowlist (sanitize-html), so `bodyHtml` is safe to inject into a department page
 * whatever a stored document contains; and the same text as plain text.
 * Neither ever throws: the stored tree is first reduced to well-formed nodes (security-checks.md 18),
 * since Payload's converters read `node.type` of a null child and iterate whatever `children` is.
 */
import {
  convertLexicalToHTML,
  defaultHTMLConverters,
  type HTMLConverters,
  LinkHTMLConverter,
} from '@payloadcms/richtext-lexical/html'
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

type Node = { type: string; children: Node[]; [key: string]: unknown }
type Tree = { root: Node }

/** Far deeper than any real document (lists nest a few levels); beyond it only the stack suffers. */
export const MAX_RICH_TEXT_DEPTH = 64

const isLexical = (value: unknown): value is { root: { children: unknown[] } } =>
  Boolean(
    value &&
    typeof value === 'object' &&
    (value as any).root &&
    Array.isArray((value as any).root.children),
  )

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * The tree with only nodes the converters can walk: objects with a string `type`, `children`
 * always an array of such nodes, `text` a string, `fields` an object; nothing below the depth cap.
 */
function wellFormed(nodes: unknown, depth: number): Node[] {
  if (!Array.isArray(nodes) || depth > MAX_RICH_TEXT_DEPTH) return []
  const kept: Node[] = []
  for (const node of nodes) {
    if (!isRecord(node) || typeof node.type !== 'string') continue
    const copy: Node = { ...node, type: node.type, children: wellFormed(node.children, depth + 1) }
    if ('text' in node) copy.text = typeof node.text === 'string' ? node.text : ''
    if ('fields' in node || node.type === 'link' || node.type === 'autolink')
      copy.fields = isRecord(node.fields) ? node.fields : {}
    kept.push(copy)
  }
  return kept
}

const tree = (value: { root: { children: unknown[] } }): Tree => ({
  root: { ...value.root, type: 'root', children: wellFormed(value.root.children, 1) },
})

/**
 * Payload's converters, each made total (a node it cannot read renders as nothing, silently:
 * Payload's own fallback writes to console.error), and unknown node types (`html`, blocks,
 * relationships, anything made up) rendered as their children's text only, never as markup.
 */
const CONVERTERS: HTMLConverters = (() => {
  const total = (converter: unknown) =>
    typeof converter === 'function'
      ? (args: unknown) => {
          try {
            return converter(args)
          } catch {
            return ''
          }
        }
      : converter
  // No prototype: a node of type `constructor` or `__proto__` must find no converter either.
  const converters: Record<string, unknown> = Object.create(null)
  // An internal link names a document by database id, which means nothing to the public; it
  // stays a link to nowhere, as Payload renders it, without Payload's console.error each time.
  const defaults = {
    ...defaultHTMLConverters,
    ...LinkHTMLConverter({ internalDocToHref: () => '#' }),
  }
  for (const [type, converter] of Object.entries(defaults)) converters[type] = total(converter)
  converters.unknown = total(({ node, nodesToHTML }: any) =>
    nodesToHTML({ nodes: node.children }).join(''),
  )
  return converters as HTMLConverters
})()

export function sanitizeHtmlFragment(html: string): string {
  return sanitizeHtml(html, ALLOWED)
}

export function richTextHtml(value: Lexical): string | null {
  if (!isLexical(value)) return null
  let html: string
  try {
    html = convertLexicalToHTML({
      data: tree(value) as any,
      converters: CONVERTERS,
      disableContainer: true,
    })
  } catch {
    html = ''
  }
  return sanitizeHtmlFragment(html)
}

export function richTextPlain(value: Lexical): string | null {
  if (!isLexical(value)) return null
  try {
    return convertLexicalToPlaintext({ data: tree(value) as any }).trim()
  } catch {
    return ''
  }
}
