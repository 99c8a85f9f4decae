/**
 * Rich text rendered for the public (security-checks.md 18): whatever HTML reaches the sanitiser and
 * whatever Lexical JSON reaches the converter, the result has no script, event handler,
 * `javascript:`/`data:` URL or embedding element, and rendering never throws (a throw would be a 500
 * on the document's public page). Hostile inputs are tabled by trick; a deterministic fuzz of a few
 * hundred Lexical trees and HTML strings covers combinations nobody thought of.
 * Findings come from parsing the output (test/support/unsafe-html.ts), not from matching its text.
 */
import { describe, expect, it } from 'vitest'

import {
  MAX_RICH_TEXT_DEPTH,
  richTextHtml,
  richTextPlain,
  sanitizeHtmlFragment,
} from '../../../src/public-api/richtext'
import { generator } from '../../support/fuzz'
import { unsafeParts } from '../../support/unsafe-html'

// The checker itself must see these, or a passing test below would mean nothing.
describe('the unsafe-HTML checker', () => {
  it.each([
    '<script>alert(1)</script>',
    '<img src=x onerror=alert(1)>',
    '<a href="jav&#x09;ascript:alert(1)">x</a>',
    '<a href=" JaVaScRiPt:alert(1)">x</a>',
    '<img src="data:image/svg+xml,<svg onload=alert(1)>">',
    '<p style="background:url(x)">x</p>',
    '<iframe srcdoc="x"></iframe>',
    '<meta http-equiv="refresh" content="0;url=https://evil.example/">',
    '<button formaction="javascript:alert(1)">x</button>',
  ])('reports %j', (html) => {
    expect(unsafeParts(html)).not.toEqual([])
  })

  it('does not report escaped text that only mentions them', () => {
    expect(
      unsafeParts('<p>&lt;script&gt; onerror=alert(1) javascript:alert(1) data:text/html</p>'),
    ).toEqual([])
  })
})

// [what, hostile HTML, what of it legitimately survives (or null: nothing is asserted)]
const HTML_CASES: Array<[string, string, string | null]> = [
  ['script element', '<p>a</p><script>alert(1)</script>', '<p>a</p>'],
  ['script, upper case', '<SCRIPT SRC=//evil.example/x.js></SCRIPT>b', 'b'],
  ['script split by a null byte', '<scr\u0000ipt>alert(1)</scr\u0000ipt>', null],
  ['img onerror', '<img src=x onerror=alert(1)>', null],
  ['img onerror, no quotes, slash', '<img/src="x"/onerror=alert(1)>', null],
  ['svg onload', '<svg onload=alert(1)><circle/></svg>', ''],
  ['body onload', '<body onload=alert(1)>t</body>', 't'],
  ['event handler on an allowed tag', '<p onclick="alert(1)" onmouseover=x>t</p>', '<p>t</p>'],
  ['javascript: href', '<a href="javascript:alert(1)">x</a>', '<a>x</a>'],
  ['JaVaScRiPt: href', '<a href="JaVaScRiPt:alert(1)">x</a>', '<a>x</a>'],
  ['tab entity inside the scheme', '<a href="jav&#x09;ascript:alert(1)">x</a>', '<a>x</a>'],
  ['newline entity inside the scheme', '<a href="jav&#10;ascript:alert(1)">x</a>', '<a>x</a>'],
  ['raw newline inside the scheme', '<a href="java\nscript:alert(1)">x</a>', '<a>x</a>'],
  ['decimal entity for j', '<a href="&#106;avascript:alert(1)">x</a>', '<a>x</a>'],
  ['padded decimal entity', '<a href="&#0000106avascript:alert(1)">x</a>', '<a>x</a>'],
  ['named entity colon', '<a href="javascript&colon;alert(1)">x</a>', '<a>x</a>'],
  ['leading spaces', '<a href="   javascript:alert(1)">x</a>', '<a>x</a>'],
  ['leading control characters', '<a href="\u0001\u0002javascript:alert(1)">x</a>', '<a>x</a>'],
  ['vbscript:', '<a href="vbscript:msgbox(1)">x</a>', '<a>x</a>'],
  ['data:text/html href', '<a href="data:text/html,<script>alert(1)</script>">x</a>', '<a>x</a>'],
  [
    'data:text/html;base64 href',
    '<a href="data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==">x</a>',
    '<a>x</a>',
  ],
  ['data:image/svg+xml img', '<img src="data:image/svg+xml,<svg onload=alert(1)>">', '<img />'],
  ['data: image as srcset', '<img srcset="data:image/png;base64,AAAA 1x">', '<img />'],
  ['javascript: img src', '<img src="javascript:alert(1)">', '<img />'],
  ['protocol-relative link', '<a href="//evil.example/">x</a>', '<a>x</a>'],
  ['style url()', '<p style="background:url(javascript:alert(1))">x</p>', '<p>x</p>'],
  ['style expression()', '<p style="width:expression(alert(1))">x</p>', '<p>x</p>'],
  [
    'style behind an allowed property',
    '<p style="text-align:center;background:url(x)">x</p>',
    null,
  ],
  ['style element', '<style>@import "//evil.example/x.css";</style>t', 't'],
  ['iframe', '<iframe src="https://evil.example/"></iframe>t', 't'],
  ['iframe srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>', ''],
  ['srcdoc on an allowed tag', '<p srcdoc="<script>alert(1)</script>">t</p>', '<p>t</p>'],
  ['object', '<object data="javascript:alert(1)"></object>t', 't'],
  ['embed', '<embed src="data:text/html,x">t', 't'],
  ['form with action', '<form action="javascript:alert(1)"><input name=a></form>t', 't'],
  ['button formaction', '<button formaction="javascript:alert(1)">b</button>', 'b'],
  ['formaction on an allowed tag', '<a formaction="javascript:alert(1)">x</a>', '<a>x</a>'],
  ['meta refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">t', 't'],
  ['base href', '<base href="https://evil.example/">t', 't'],
  ['svg xlink:href', '<svg><a xlink:href="javascript:alert(1)">x</a></svg>', '<a>x</a>'],
  ['xlink:href on an allowed tag', '<a xlink:href="javascript:alert(1)">x</a>', '<a>x</a>'],
  ['math mutation', '<math><mi><style><img src=x onerror=alert(1)></style></mi></math>', null],
  [
    'noscript mutation',
    '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>',
    null,
  ],
  ['textarea breakout', '<textarea><script>alert(1)</script></textarea>', null],
  ['comment breakout', '<!--<img src="--><img src=x onerror=alert(1)//">-->', null],
  ['unclosed attribute', '<a href="https://ok.example/ onmouseover=alert(1) x="y">t</a>', null],
  ['template', '<template><script>alert(1)</script></template>t', 't'],
  ['link element', '<link rel="stylesheet" href="https://evil.example/x.css">t', 't'],
  // What must survive, so a passing table does not just mean "everything was deleted".
  [
    'an https link',
    '<a href="https://ok.example/a?b=1">t</a>',
    '<a href="https://ok.example/a?b=1">t</a>',
  ],
  ['a relative link', '<a href="/documents/x">t</a>', '<a href="/documents/x">t</a>'],
  ['a mailto link', '<a href="mailto:a@example.gov">t</a>', '<a href="mailto:a@example.gov">t</a>'],
  ['text alignment', '<p style="text-align:center">t</p>', '<p style="text-align:center">t</p>'],
  [
    'a new-tab link gets rel',
    '<a href="https://ok.example/" target="_blank">t</a>',
    '<a href="https://ok.example/" target="_blank" rel="noopener noreferrer">t</a>',
  ],
  [
    'an https image',
    '<img src="https://ok.example/a.png" alt="a">',
    '<img src="https://ok.example/a.png" alt="a" />',
  ],
]

describe('sanitizeHtmlFragment', () => {
  it.each(HTML_CASES)('%s', (_what, html, kept) => {
    const out = sanitizeHtmlFragment(html)
    expect(unsafeParts(out)).toEqual([])
    if (kept !== null) expect(out).toBe(kept)
  })
})

const text = (value: string, format = 0) => ({
  type: 'text',
  text: value,
  format,
  style: '',
  mode: 'normal',
  detail: 0,
  version: 1,
})
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', version: 1, children })
const doc = (...children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
const link = (url: unknown, type = 'link', extra: Record<string, unknown> = {}) =>
  paragraph({
    type,
    version: 3,
    fields: { url, linkType: 'custom', newTab: true, ...extra },
    children: [text('点这里')],
  })

// [what, hostile Lexical tree, the exact HTML it renders to (or null: only safety is asserted)]
const HOSTILE_TREES: Array<[string, unknown, string | null]> = [
  [
    'an html node with raw HTML',
    doc({ type: 'html', html: '<script>alert(1)</script>', version: 1 }),
    '',
  ],
  [
    'an html node with children',
    doc({ type: 'html', html: '<img src=x onerror=alert(1)>', children: [text('kept')] }),
    'kept',
  ],
  ['link: javascript:', doc(link('javascript:alert(1)')), null],
  ['link: JaVaScRiPt: with spaces', doc(link('  JaVaScRiPt:alert(1)')), null],
  ['link: tab inside the scheme', doc(link('jav\tascript:alert(1)')), null],
  ['link: entity inside the scheme', doc(link('jav&#x09;ascript:alert(1)')), null],
  ['link: control character first', doc(link('\u0000javascript:alert(1)')), null],
  ['link: data:text/html', doc(link('data:text/html,<script>alert(1)</script>')), null],
  ['link: data:image/svg+xml', doc(link('data:image/svg+xml;base64,PHN2Zz4=')), null],
  ['link: a quote breaking out', doc(link('https://ok.example/" onmouseover="alert(1)')), null],
  ['link: url not a string', doc(link({ toString: 'javascript:alert(1)' })), null],
  [
    'link: internal, no resolver',
    doc(link('javascript:alert(1)', 'link', { linkType: 'internal' })),
    null,
  ],
  ['autolink: javascript:', doc(link('javascript:alert(1)', 'autolink')), null],
  ['autolink: without fields', doc(paragraph({ type: 'autolink', children: [text('a')] })), null],
  [
    'text with HTML in it, every format bit',
    doc(paragraph(text('<script>alert(1)</script>', 0x7f))),
    null,
  ],
  [
    'text with an attribute breakout',
    doc(paragraph(text('"><img src=x onerror=alert(1)>', 1))),
    null,
  ],
  ['text with a huge format', doc(paragraph(text('<svg onload=alert(1)>', 2 ** 31 - 1))), null],
  ['text that is not a string', doc(paragraph({ type: 'text', text: { html: '<script>' } })), ''],
  ['an unknown type', doc({ type: 'evil', children: [text('<b>t</b>')] }), '&lt;b&gt;t&lt;/b&gt;'],
  ['type constructor', doc({ type: 'constructor', children: [text('t')] }), 't'],
  ['type __proto__', doc({ type: '__proto__', children: [text('t')] }), 't'],
  ['type toString', doc({ type: 'toString', children: [text('t')] }), 't'],
  ['a type that is not a string', doc({ type: { toString: 'script' }, children: [text('t')] }), ''],
  [
    'a block with HTML fields',
    doc({ type: 'block', fields: { blockType: 'html', html: '<script>x</script>' } }),
    '',
  ],
  ['a relationship', doc({ type: 'relationship', relationTo: 'users', value: 1 }), ''],
  [
    'a heading with a hostile tag',
    doc({ type: 'heading', tag: 'script', children: [text('h')] }),
    '<h1>h</h1>',
  ],
  [
    'a heading with an attribute in its tag',
    doc({ type: 'heading', tag: 'h2 onclick=alert(1)', children: [text('h')] }),
    '<h1>h</h1>',
  ],
  [
    'a paragraph with hostile format and indent',
    doc({
      type: 'paragraph',
      format: 'center" onclick="alert(1)',
      indent: '1" onmouseover="alert(1)',
      children: [text('p')],
    }),
    '<p>p</p>',
  ],
  [
    'a list with a hostile tag, type and value',
    doc({
      type: 'list',
      tag: 'script',
      listType: 'check" onclick="x',
      children: [{ type: 'listitem', value: '"><script>alert(1)</script>', children: [text('i')] }],
    }),
    null,
  ],
  [
    'a checklist item',
    doc({
      type: 'list',
      tag: 'ul',
      listType: 'check',
      children: [{ type: 'listitem', checked: true, value: 1, children: [text('i')] }],
    }),
    null,
  ],
  [
    'a table cell with hostile colour and spans',
    doc({
      type: 'table',
      children: [
        {
          type: 'tablerow',
          children: [
            {
              type: 'tablecell',
              headerState: '1" onclick="x',
              colSpan: '2" onclick="alert(1)',
              rowSpan: [3],
              backgroundColor: 'red;background:url(javascript:alert(1))',
              children: [text('c')],
            },
          ],
        },
      ],
    }),
    null,
  ],
  [
    'an upload populated with a javascript: url',
    doc({
      type: 'upload',
      value: { url: 'javascript:alert(1)', mimeType: 'application/pdf', filename: 'f' },
    }),
    null,
  ],
  [
    'an upload populated with an svg data: url',
    doc({
      type: 'upload',
      value: {
        url: 'data:image/svg+xml,<svg onload=alert(1)>',
        mimeType: 'image/svg+xml',
        width: '1" onload="x',
      },
    }),
    null,
  ],
  [
    'an upload with sizes and hostile srcset',
    doc({
      type: 'upload',
      value: {
        url: '/x.png',
        mimeType: 'image/png',
        sizes: {
          a: {
            width: 1,
            height: 1,
            mimeType: 'image/png',
            filesize: 1,
            filename: 'a',
            url: 'javascript:alert(1)',
          },
        },
      },
    }),
    null,
  ],
  ['an upload without a mime type', doc({ type: 'upload', value: { url: '/x' } }), ''],
  ['a null child', doc(null, paragraph(text('after'))), '<p>after</p>'],
  ['a string child', doc('<script>alert(1)</script>', paragraph(text('after'))), '<p>after</p>'],
  ['children that are an object', doc({ type: 'paragraph', children: { 0: text('x') } }), ''],
  ['children that are a string', doc({ type: 'paragraph', children: '<script>' }), null],
  [
    'a list item without children',
    doc({ type: 'list', tag: 'ul', children: [{ type: 'listitem' }] }),
    null,
  ],
]

describe('richTextHtml and richTextPlain', () => {
  it.each(HOSTILE_TREES)('%s', (_what, tree, kept) => {
    const html = richTextHtml(tree as any)
    expect(typeof html).toBe('string')
    expect(unsafeParts(html!)).toEqual([])
    if (kept !== null) expect(html).toBe(kept)
    expect(typeof richTextPlain(tree as any)).toBe('string')
  })

  it('keeps safe links, text and structure', () => {
    const html = richTextHtml(
      doc(
        { type: 'heading', tag: 'h2', children: [text('标题')] },
        { type: 'paragraph', format: 'center', children: [text('粗体', 1), text('、普通')] },
        link('https://www.gov.cn/zhengce/'),
      ) as any,
    )
    expect(html).toBe(
      '<h2>标题</h2><p style="text-align:center"><strong>粗体</strong>、普通</p>' +
        '<p><a href="https://www.gov.cn/zhengce/" rel="noopener noreferrer" target="_blank">点这里</a></p>',
    )
  })

  it('renders a tree nested deeper than the cap without throwing, up to the cap', () => {
    let node: any = text('leaf')
    for (let i = 0; i < 20_000; i++) node = { type: 'quote', children: [node] }
    const started = performance.now()
    const html = richTextHtml(doc(node) as any)!
    expect(performance.now() - started).toBeLessThan(2_000)
    expect(html).not.toContain('leaf')
    expect(html.split('<blockquote>').length - 1).toBe(MAX_RICH_TEXT_DEPTH)
    expect(richTextPlain(doc(node) as any)).toBe('')
  })

  it('gives null for what is not Lexical', () => {
    for (const value of [null, undefined, {}, { root: null }, { root: { children: 'x' } }, 'x'])
      expect(richTextHtml(value as any)).toBeNull()
  })
})

// A deterministic fuzz: random trees whose every field is drawn from hostile and ordinary values.
const HOSTILE_STRINGS = [
  '<script>alert(1)</script>',
  '"><img src=x onerror=alert(1)>',
  "'><svg onload=alert(1)>",
  'javascript:alert(1)',
  ' JaVaScRiPt:alert(1)',
  'jav\tascript:alert(1)',
  'jav&#x09;ascript:alert(1)',
  '\u0001javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'data:image/svg+xml;base64,PHN2Zz4=',
  'vbscript:x',
  'expression(alert(1))',
  'url(javascript:alert(1))',
  '</p><iframe srcdoc="x">',
  '<meta http-equiv=refresh content=0;url=//evil.example>',
  '<base href=//evil.example>',
  '<form action=javascript:alert(1)><button formaction=javascript:alert(1)>',
  '<a xlink:href=javascript:alert(1)>',
  'https://ok.example/',
  '/relative',
  '正文',
  '',
]
const TYPES = [
  'root',
  'paragraph',
  'text',
  'heading',
  'quote',
  'list',
  'listitem',
  'link',
  'autolink',
  'upload',
  'table',
  'tablerow',
  'tablecell',
  'linebreak',
  'tab',
  'horizontalrule',
  'html',
  'block',
  'inlineBlock',
  'relationship',
  'script',
  '__proto__',
  'constructor',
]

function fuzzTree(seed: number) {
  const { rand, pick } = generator(seed)
  const value = (): unknown => {
    const r = rand()
    if (r < 0.55) return pick(HOSTILE_STRINGS)
    if (r < 0.7) return Math.floor(rand() * 2 ** 31) - 2 ** 30
    if (r < 0.75) return null
    if (r < 0.8) return [pick(HOSTILE_STRINGS)]
    if (r < 0.85) return { url: pick(HOSTILE_STRINGS), mimeType: pick(['image/png', 'text/html']) }
    return rand() < 0.5
  }
  const node = (depth: number): unknown => {
    if (rand() < 0.05) return pick([null, 'text', 3, [], pick(HOSTILE_STRINGS)])
    const n: Record<string, unknown> = { type: rand() < 0.9 ? pick(TYPES) : value() }
    for (const key of [
      'text',
      'format',
      'indent',
      'tag',
      'listType',
      'value',
      'checked',
      'colSpan',
      'rowSpan',
      'headerState',
      'backgroundColor',
      'style',
      'html',
    ])
      if (rand() < 0.3) n[key] = value()
    if (rand() < 0.4)
      n.fields = {
        url: value(),
        newTab: value(),
        linkType: pick(['custom', 'internal', value()]),
        blockType: value(),
        html: value(),
        alt: value(),
      }
    if (depth < 6 && rand() < 0.7) {
      const count = Math.floor(rand() * 4)
      n.children = rand() < 0.9 ? Array.from({ length: count }, () => node(depth + 1)) : value()
    }
    return n
  }
  return doc(...Array.from({ length: 1 + Math.floor(rand() * 4) }, () => node(1)))
}

function fuzzHtml(seed: number) {
  const { rand, pick } = generator(seed)
  const pieces = [
    ...HOSTILE_STRINGS,
    '<a href="',
    '<img src=',
    '<p style="',
    '"',
    "'",
    '>',
    '<',
    '/',
    '=',
    ' onerror=alert(1) ',
    '<!--',
    '-->',
    '<![CDATA[',
    ']]>',
    '&#x6A;',
    '&#0;',
    '\u0000',
    '<svg>',
    '<math>',
    '<noscript>',
    '</noscript>',
    '<table>',
    '<select><style>',
  ]
  return Array.from({ length: 3 + Math.floor(rand() * 25) }, () => pick(pieces)).join('')
}

describe('fuzz', () => {
  it('300 random Lexical trees render without throwing, to nothing unsafe', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const tree = fuzzTree(seed)
      const html = richTextHtml(tree as any)
      expect(typeof html, `seed ${seed}`).toBe('string')
      expect(unsafeParts(html!), `seed ${seed}: ${JSON.stringify(tree)}`).toEqual([])
      // Sanitised output is stable: nothing a second pass would still remove (no mutation).
      expect(sanitizeHtmlFragment(html!), `seed ${seed}`).toBe(html)
      expect(typeof richTextPlain(tree as any), `seed ${seed}`).toBe('string')
    }
  })

  it('300 random HTML strings sanitise to nothing unsafe', () => {
    for (let seed = 1; seed <= 300; seed++) {
      const input = fuzzHtml(seed)
      const html = sanitizeHtmlFragment(input)
      expect(unsafeParts(html), `seed ${seed}: ${JSON.stringify(input)}`).toEqual([])
    }
  })
})
