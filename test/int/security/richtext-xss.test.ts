/**
 * Rich text for the public (security-checks.md 18): an author stores hostile Lexical JSON through
 * REST (POST /api/policies, /api/procedures), it is published through the workflow, and neither the
 * public API's `bodyHtml`/`conditions.html` nor the portal's page of the document carries a script,
 * an event handler, a `javascript:`/`data:` URL, an embedding element or a refresh. Checked by
 * parsing (test/support/unsafe-html.ts) and, for what can never appear as escaped text, literally.
 * What Payload refuses to store is reported as refused; what it stores must render safely.
 * The sanitiser's own table and fuzz are in test/unit/public-api/sanitize.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person, publishThroughWorkflow } from '../../support/people'
import { unsafeParts } from '../../support/unsafe-html'

let server: TestServer
let dept: any
let people: { author: Person; reviewer: Person; publisher: Person }

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  people = {
    author: await person(server, dept, ['author']),
    reviewer: await person(server, dept, ['reviewer']),
    publisher: await person(server, dept, ['publisher']),
  }
})
afterAll(async () => {
  await server?.stop()
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
const paragraph = (...children: unknown[]) => ({
  type: 'paragraph',
  format: '',
  indent: 0,
  version: 1,
  direction: 'ltr',
  textFormat: 0,
  children,
})
const lexical = (...children: unknown[]) => ({
  root: { type: 'root', format: '', indent: 0, version: 1, direction: 'ltr', children },
})
const link = (url: string, type = 'link') =>
  paragraph(
    text('前文'),
    {
      type,
      version: 3,
      direction: 'ltr',
      format: '',
      indent: 0,
      fields: { url, linkType: 'custom', newTab: true },
      children: [text('链接')],
    },
    text('后文'),
  )

const heading = (tag: string, format: string) => ({
  type: 'heading',
  tag,
  format,
  indent: 0,
  version: 1,
  direction: 'ltr',
  children: [text('标题')],
})
const list = (tag: string, listType: string, value: unknown) => ({
  type: 'list',
  tag,
  listType,
  start: 1,
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children: [
    {
      type: 'listitem',
      value,
      checked: true,
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [text('项')],
    },
  ],
})
const cell = (extra: Record<string, unknown>) => ({
  type: 'table',
  version: 1,
  format: '',
  indent: 0,
  direction: 'ltr',
  children: [
    {
      type: 'tablerow',
      version: 1,
      format: '',
      indent: 0,
      direction: 'ltr',
      children: [
        {
          type: 'tablecell',
          headerState: 0,
          version: 1,
          format: '',
          indent: 0,
          direction: 'ltr',
          children: [paragraph(text('格'))],
          ...extra,
        },
      ],
    },
  ],
})

/**
 * [what, hostile nodes, whether Payload 3.90 stores it]. The stored ones are what this test is
 * about; Payload's link, heading and list validation refuses the others (400), and a refusal is
 * accepted for them, so an upgrade that starts storing them still has them checked.
 */
const HOSTILE: Array<[string, unknown[], 'stored' | 'either']> = [
  [
    'raw HTML node',
    [{ type: 'html', version: 1, html: '<script>alert(1)</script><img src=x onerror=alert(1)>' }],
    'stored',
  ],
  ['link javascript:', [link('javascript:alert(document.cookie)')], 'stored'],
  ['link tab inside the scheme', [link('jav\tascript:alert(1)')], 'stored'],
  ['link entity inside the scheme', [link('jav&#x09;ascript:alert(1)')], 'stored'],
  ['link control character first', [link('\u0001javascript:alert(1)')], 'stored'],
  [
    'link data:text/html',
    [link('data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==')],
    'stored',
  ],
  ['autolink javascript:', [link('javascript:alert(1)', 'autolink')], 'stored'],
  ['link JaVaScRiPt: with spaces', [link('  JaVaScRiPt:alert(1)')], 'either'],
  ['link data:image/svg+xml', [link('data:image/svg+xml,<svg onload=alert(1)>')], 'either'],
  [
    'link breaking out of the attribute',
    [link('https://ok.example/" onmouseover="alert(1)')],
    'either',
  ],
  [
    'text that is HTML, every format bit',
    [paragraph(text('<script>alert(1)</script><svg onload=alert(1)>', 0x7f))],
    'stored',
  ],
  [
    'text breaking out of an attribute',
    [paragraph(text('"><iframe srcdoc="<script>alert(1)</script>"></iframe>'))],
    'stored',
  ],
  [
    'text with embedding and redirecting elements',
    [
      paragraph(
        text(
          '<object data="javascript:alert(1)"></object><embed src="data:text/html,x">' +
            '<form action="javascript:alert(1)"><button formaction="javascript:alert(1)">x</button></form>' +
            '<meta http-equiv="refresh" content="0;url=javascript:alert(1)"><base href="//evil.example/">',
        ),
      ),
    ],
    'stored',
  ],
  ['unknown node type', [{ type: 'script', version: 1, children: [text('alert(1)')] }], 'stored'],
  ['heading with a hostile alignment', [heading('h2', 'center" onclick="alert(1)')], 'stored'],
  ['heading with a script tag', [heading('script', '')], 'either'],
  ['list with a hostile type', [list('ul', 'check" onclick="alert(1)', 1)], 'stored'],
  [
    'list item with a hostile value',
    [list('ul', 'check', '"><script>alert(1)</script>')],
    'either',
  ],
  ['list with an iframe tag', [list('iframe', 'bullet', 1)], 'either'],
  [
    'table cell with hostile colour and spans',
    [
      cell({
        colSpan: '2" onclick="alert(1)',
        rowSpan: [3],
        backgroundColor: 'red;background:url(javascript:alert(1))',
      }),
    ],
    'stored',
  ],
  [
    'a block carrying HTML',
    [
      {
        type: 'block',
        version: 2,
        fields: { id: 'x', blockType: 'html', html: '<script>alert(1)</script>' },
      },
    ],
    'stored',
  ],
]

/** What must never appear in the text of a response at all, escaped text included. */
const LITERAL = [
  '<script',
  '<iframe',
  '<object',
  '<embed',
  '<svg',
  '<base',
  '<math',
  '<meta http-equiv',
]

async function publicViews(uid: string) {
  const api = await fetch(`${server.url}/api/v1/documents/${uid}`)
  const page = await fetch(`${server.url}/documents/${uid}`)
  return {
    api: { status: api.status, text: await api.text() },
    page: { status: page.status, text: await page.text() },
  }
}

function expectSafe(what: string, html: string, options: { page?: boolean } = {}) {
  expect(unsafeParts(html, options), what).toEqual([])
  for (const literal of LITERAL)
    expect(html.toLowerCase(), `${what}: ${literal}`).not.toContain(literal)
}

describe(`hostile rich text published through the API on ${dbKind}`, () => {
  it.each(HOSTILE)('%s: public without anything that runs', async (_what, nodes, stored) => {
    const body = lexical(paragraph(text('正文开头。')), ...nodes, paragraph(text('正文结尾。')))
    const created = await call(server, people.author, 'POST', '/api/policies', {
      ...build.policies!(dept.id),
      body,
    })
    // Payload may refuse a malformed tree (400); it must never fail on one (500).
    expect(created.status, JSON.stringify(created.body)).toBeOneOf(
      stored === 'stored' ? [201] : [201, 400],
    )
    if (created.status === 400) return
    const { id, uid } = created.body.doc
    await publishThroughWorkflow(server, people, 'policies', id)
    const { api, page } = await publicViews(uid)
    expect(api.status).toBe(200)
    expect(page.status).toBe(200)
    const bodyHtml: string = JSON.parse(api.text).data.bodyHtml
    // The ordinary text around the hostile part still shows: the body was rendered, not dropped.
    expect(bodyHtml).toContain('正文开头。')
    expect(bodyHtml).toContain('正文结尾。')
    expectSafe('bodyHtml', bodyHtml)
    expectSafe('portal page', page.text, { page: true })
    expect(page.text).toContain('正文结尾。')
  })

  it('a procedure’s conditions, also rich text, are sanitised the same way', async () => {
    const conditions = lexical(
      paragraph(text('申请条件：')),
      link('javascript:alert(1)'),
      { type: 'html', version: 1, html: '<img src=x onerror=alert(1)>' },
      paragraph(text('<svg onload=alert(1)>')),
    )
    const created = await call(server, people.author, 'POST', '/api/procedures', {
      ...build.procedures!(dept.id),
      conditions,
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    await publishThroughWorkflow(server, people, 'procedures', created.body.doc.id)
    const { api, page } = await publicViews(created.body.doc.uid)
    expect(api.status).toBe(200)
    const html: string = JSON.parse(api.text).data.conditions.html
    expect(html).toContain('申请条件：')
    expectSafe('conditions.html', html)
    expectSafe('portal page', page.text, { page: true })
  })
})
