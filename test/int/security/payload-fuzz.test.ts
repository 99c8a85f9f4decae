/**
 * Payload's own REST and GraphQL against generated queries (security-checks.md 2): `where` with
 * every operator (known and made up) on plain, localized, relationship, json and rich-text paths,
 * `sort`, `select`, `depth`, `limit`, `page`, `draft` and `locale`, with hostile values (huge and
 * negative numbers, arrays and objects where scalars belong, `__proto__`, SQL, unicode, NUL,
 * very long strings), anonymously and as an author of department A, across the content
 * collections. Whatever is asked: no 5xx, a status from a short documented list, no draft for the
 * public, nothing of department B's draft for A's author, and no prototype pollution.
 *
 * The generator is deterministic (test/support/fuzz.ts): a failure names the requests that
 * failed, and the same seed reproduces them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment, makeDocument } from '../../support/factories'
import { generator } from '../../support/fuzz'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { type Person, person } from '../../support/people'

/** Requests per run, on each database (15-25 s on SQLite or PostgreSQL on a 2-core machine). */
const REQUESTS = 3_000

/** Slugs and GraphQL list names of the content collections (all with drafts and the workflow). */
const COLLECTIONS = [
  ['policies', 'Policies'],
  ['regulations', 'Regulations'],
  ['interpretations', 'Interpretations'],
  ['procedures', 'Procedures'],
  ['licensing-decisions', 'LicensingDecisions'],
  ['penalty-decisions', 'PenaltyDecisions'],
] as const
type Slug = (typeof COLLECTIONS)[number][0]

/**
 * What the server answers: 200; 400 for a query it refuses (Payload's QueryError, or
 * src/server/query-guard.ts); 403 for a field or collection the person may not read (versions,
 * anonymously); 404 for a route that is not there; 431 from Node's HTTP parser for a request
 * head over 16 KiB (a few generated URLs with hundreds of long values are).
 */
const DOCUMENTED = [200, 400, 403, 404, 431]

/** Markers: in A's drafts, in a draft edit of A's published documents, in B's drafts. */
const DRAFT_A = 'ZQDRAFTA甲稿'
const EDIT_A = 'ZQEDITA甲改'
const SECRET_B = 'ZQSECRETB乙密'

let server: TestServer
let deptA: any
let deptB: any
let author: Person
/** Per collection: ids of A's drafts and B's drafts (never to be listed for the public). */
const drafts: Record<string, { a: unknown[]; b: unknown[] }> = {}

/** Overrides that put a marker into a document's title (decisions build their title themselves). */
function marked(slug: Slug, marker: string): Record<string, unknown> {
  if (slug === 'licensing-decisions' || slug === 'penalty-decisions')
    return { partyName: `${marker}有限公司`, partyType: 'legal_person' }
  return { title: `${marker}的标题` }
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  deptA = await makeDepartment(payload)
  deptB = await makeDepartment(payload)
  author = await person(server, deptA, ['author'])
  let policy: any
  for (const [slug] of COLLECTIONS) {
    // An interpretation needs the policy it interprets (policies come first).
    const extra = slug === 'interpretations' ? { interprets: policy.id } : {}
    const published = await makeDocument(payload, slug, deptA.id, extra)
    policy ??= published
    // A change of the published document saved as a draft: the public keeps the published version.
    await payload.update({
      collection: slug,
      id: published.id,
      draft: true,
      data: { ...marked(slug, EDIT_A), _status: 'draft' } as any,
    })
    const draftA = await makeDocument(
      payload,
      slug,
      deptA.id,
      { ...extra, ...marked(slug, DRAFT_A) },
      { draft: true },
    )
    const draftB = await makeDocument(
      payload,
      slug,
      deptB.id,
      { ...extra, ...marked(slug, SECRET_B) },
      { draft: true },
    )
    drafts[slug] = { a: [draftA.id], b: [draftB.id] }
  }
}, 180_000)

afterAll(async () => {
  await server?.stop()
})

// ---------------------------------------------------------------------------------------------
// The vocabulary of the generator.

const PATHS = [
  'id',
  'title',
  'title.zh',
  'title.en',
  'summary',
  'department',
  'department.name',
  'department.code',
  'department.parent.name',
  'department.id',
  '_status',
  'workflowState',
  'publishedAt',
  'createdAt',
  'updatedAt',
  'unpublishAt',
  'docNumber',
  'indexNumber',
  'validity',
  'keywords',
  'topics',
  'topics.name',
  'attachments',
  'attachments.filename',
  'amendments.kind',
  'amendments.text',
  'changeHistory.note',
  'interprets',
  'interprets.title',
  'interprets._status',
  // Rich text (stored as JSON): paths into the tree.
  'body',
  'body.root',
  'body.root.children',
  'body.root.children.0',
  'body.root.children.type',
  'body.root.children.children.text',
  'body.zh.root.children',
  // Decisions.
  'partyName',
  'partyNamePublic',
  'idNumber',
  'decisionNumber',
  'fineAmount',
  'penaltyCategories',
  // Workflow records and people behind relationships.
  'submittedBy',
  'submittedBy.email',
  'submittedBy.hash',
  'reviewedBy.name',
  'reviewComment',
  'changeEditors',
  // A polymorphic relationship, and a checkbox.
  'amendedBy',
  'amendedBy.value',
  'amendedBy.relationTo',
  'majorChange',
  // Versions' shape and things that are no field at all.
  'version._status',
  'version.title',
  'version.department',
  'parent',
  'latest',
  'hash',
  'unknownField',
  '',
  '.',
  '..',
  'title..zh',
  'title.',
  '__proto__',
  '__proto__.polluted',
  'constructor',
  'constructor.prototype.polluted',
  'prototype',
  'hasOwnProperty',
  "title'--",
  'title"',
  'title;drop',
  '标题',
  'a'.repeat(300),
  'department.__proto__',
  'body.root.__proto__',
  'title__zh',
] as const

const OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'not_like',
  'contains',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'near',
  'within',
  'intersects',
  // Made up, or other databases' words.
  'regex',
  '$where',
  '$ne',
  '$gt',
  'eq',
  'ilike',
  'between',
  '__proto__',
  'constructor',
  '',
] as const

const VALUES = [
  '',
  'true',
  'false',
  '0',
  '1',
  '-1',
  '2',
  '1.5',
  '-0',
  '1e308',
  '-1e308',
  '1e-308',
  '9'.repeat(30),
  `-${'9'.repeat(30)}`,
  '9007199254740993',
  'NaN',
  'Infinity',
  '0x10',
  'null',
  'undefined',
  'published',
  'draft',
  'valid',
  '2025-01-01',
  '2025-02-30',
  '0000-00-00T00:00:00Z',
  '275760-09-13',
  'not a date',
  '10,20',
  '10,20,1000,0',
  '1,2,3',
  ',,,',
  "' OR 1=1 --",
  "'; DROP TABLE policies; --",
  '" OR ""="',
  '1; SELECT pg_sleep(5)',
  '%',
  '%%',
  '_',
  '\\',
  '\\%',
  '*',
  '.*',
  '[',
  '(',
  '$',
  '{"$gt":""}',
  '[object Object]',
  '__proto__',
  'constructor',
  '\u0000',
  'a\u0000b',
  '\u202e',
  '\uffff',
  '\ud800',
  '🙂',
  '政策',
  '测试政策',
  '临政发〔2025〕8号',
  'İ',
  'e\u0301',
  DRAFT_A,
  SECRET_B,
  EDIT_A,
  'x'.repeat(5_000),
  '政'.repeat(2_000),
] as const

const SORTS = [
  'title',
  '-title',
  'createdAt',
  '-createdAt',
  'id',
  '-id',
  'publishedAt',
  'department.name',
  '-department.code',
  'title,-createdAt',
  'body',
  'body.root',
  'partyName',
  'idNumber',
  'hash',
  'reviewComment',
  'unknownField',
  '__proto__',
  'constructor',
  '-',
  '--title',
  '',
  ',',
  "title'--",
  'title;drop table x',
  'a'.repeat(300),
  '\u0000',
] as const

const NUMBERS = [
  '0',
  '1',
  '2',
  '5',
  '100',
  '-1',
  '-100',
  '1.5',
  '1e3',
  '1e308',
  '9'.repeat(30),
  '9007199254740993',
  'NaN',
  'abc',
  '',
  '0x10',
  '%00',
] as const

const SELECTS = [
  'select[title]=true',
  'select[id]=true',
  'select[body]=true',
  'select[_status]=true',
  'select[department]=true',
  'select[department][name]=true',
  'select[title]=false',
  'select[hash]=true',
  'select[partyName]=true',
  'select[__proto__][polluted]=true',
  'select[constructor][prototype][polluted]=true',
  'select=title',
  'select[]=title',
  'select[title][zh]=true',
  'select[body][root]=true',
] as const

const EXTRAS = [
  'draft=true',
  'draft=false',
  'draft=yes',
  'locale=zh',
  'locale=en',
  'locale=all',
  'locale=xx',
  'locale=__proto__',
  'fallback-locale=none',
  'fallback-locale=en',
  'pagination=false',
  'trash=true',
  'populate[departments][name]=true',
  'joins=false',
  '__proto__[polluted]=yes',
  'constructor[prototype][polluted]=yes',
  'where=1',
  'where=',
  'where=x',
  'where=%7B%22title%22%3A%7B%22near%22%3A%221%22%7D%7D',
  'where=%7B%22department%22%3A%7B%22in%22%3A%5B%22x%22%5D%7D%7D',
  'where=%5B%5D',
  'data=x',
  'data=%7B%7D',
  'joins[x][limit]=abc',
  'where[or]=x',
  'where[and][0]=x',
  'sort[0]=title',
  'sort[__proto__]=x',
  'depth[]=1',
  'limit[]=1',
  // Malformed percent-encodings, sent as they are.
  'where[title][equals]=%ZZ',
  'where[title][equals]=%E4%B8',
  'where[%ZZ][equals]=1',
] as const

// ---------------------------------------------------------------------------------------------
// Generated requests.

type Gen = ReturnType<typeof generator>

/** Percent-encoding; a lone surrogate (which encodeURIComponent refuses) goes as its raw bytes. */
const enc = (s: string) => {
  try {
    return encodeURIComponent(s)
  } catch {
    return s.split('\ud800').map(encodeURIComponent).join('%ED%A0%80')
  }
}

/**
 * Paths with the operators their type answers: half the conditions use one of these, so that
 * hostile values reach the database instead of being refused for the path or operator alone.
 */
const TITLES = [DRAFT_A, SECRET_B, EDIT_A, 'ZQ', '测试', '标题', '有限公司', '%', '']
const IDS = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10', '11', '12', '13', '14']
const SENSIBLE: [path: string, operators: string[], values: readonly string[]][] = [
  ['title', ['equals', 'not_equals', 'like', 'not_like', 'contains', 'in', 'exists'], TITLES],
  ['title.en', ['equals', 'like', 'contains', 'in'], TITLES],
  ['summary', ['like', 'contains', 'greater_than', 'less_than_equal'], TITLES],
  ['department.name', ['equals', 'like', 'contains', 'in'], ['测试部门', '部门', '']],
  ['department', ['equals', 'not_equals', 'in', 'not_in', 'exists'], IDS],
  ['topics', ['contains', 'in', 'equals'], IDS],
  ['keywords', ['equals', 'in', 'contains', 'like'], TITLES],
  ['id', ['equals', 'in', 'not_in', 'greater_than', 'like'], IDS],
  ['createdAt', ['equals', 'greater_than', 'less_than_equal'], ['2000-01-01', '2099-12-31']],
  ['publishedAt', ['greater_than_equal', 'less_than', 'exists'], ['2000-01-01', 'true', 'false']],
  ['_status', ['equals', 'not_equals', 'in'], ['draft', 'published']],
  ['workflowState', ['equals', 'in', 'not_in'], ['draft', 'published', 'in_review', 'approved']],
  ['majorChange', ['equals', 'not_equals'], ['true', 'false']],
  ['fineAmount', ['equals', 'greater_than', 'less_than', 'in'], ['0', '1', '0.5', '100']],
  ['amendedBy.value', ['equals', 'in'], IDS],
  ['body', ['exists'], ['true', 'false']],
  ['partyNamePublic', ['equals', 'like'], TITLES],
]

/** One `where` condition in query-string form, under `prefix` (e.g. `where[or][0]`). */
function condition(g: Gen, prefix: string): string {
  // Half the time a path with an operator it answers and, mostly, a value of its type.
  const [path, ops, pool] = g.chance(0.5) ? g.pick(SENSIBLE) : [g.pick(PATHS), OPERATORS, VALUES]
  const value = () => g.pick(g.chance(0.6) ? pool : VALUES) as string
  const op = g.pick(ops)
  const key = `${prefix}[${enc(path)}][${enc(op)}]`
  const shape = g.int(10)
  if (shape === 0)
    // An array where a scalar belongs (or the list `in` wants), sometimes a big one.
    return g
      .some(g.chance(0.1) ? 300 : 4, value)
      .map((v, i) => `${key}[${i}]=${enc(v)}`)
      .join('&')
  if (shape === 1)
    // An object where a scalar belongs.
    return `${key}[${enc(g.pick(['a', '__proto__', 'constructor', '$gt', 'equals', '0']))}]=${enc(value())}`
  return `${key}=${enc(value())}`
}

/** A `where` of up to four conditions, sometimes nested in `and`/`or` (occasionally deeply). */
function where(g: Gen): string[] {
  const parts: string[] = []
  for (let i = g.int(4); i > 0; i--) {
    const nest = g.int(6)
    if (nest === 0) parts.push(condition(g, `where[or][${g.int(3)}]`))
    else if (nest === 1) parts.push(condition(g, `where[and][${g.int(3)}][or][${g.int(2)}]`))
    else if (nest === 2 && g.chance(0.2))
      parts.push(condition(g, `where${'[and][0]'.repeat(1 + g.int(40))}`))
    else parts.push(condition(g, 'where'))
  }
  return parts
}

function restQuery(g: Gen): string {
  const parts = where(g)
  if (g.chance(0.4)) parts.push(`sort=${enc(g.pick(SORTS))}`)
  if (g.chance(0.1))
    parts.push(...g.some(3, () => g.pick(SORTS)).map((s, i) => `sort[${i}]=${enc(s)}`))
  if (g.chance(0.3)) parts.push(g.pick(SELECTS))
  if (g.chance(0.3)) parts.push(`depth=${g.pick(NUMBERS)}`)
  if (g.chance(0.4)) parts.push(`limit=${g.pick(NUMBERS)}`)
  if (g.chance(0.3)) parts.push(`page=${g.pick(NUMBERS)}`)
  if (g.chance(0.3)) parts.push(g.pick(EXTRAS))
  return parts.join('&')
}

/** A GraphQL literal for a generated value: strings mostly, sometimes numbers, lists, objects. */
function gqlValue(g: Gen): string {
  const shape = g.int(8)
  if (shape === 0)
    return g.pick(['1', '-1', '0', '1.5', '1e308', '99999999999999999999', 'true', 'null'])
  if (shape === 1) return `[${g.some(3, () => JSON.stringify(g.pick(VALUES))).join(', ')}]`
  if (shape === 2)
    return `{ ${g.pick(['a', 'equals', '__proto__', 'constructor'])}: ${JSON.stringify(g.pick(VALUES))} }`
  return JSON.stringify(g.pick(VALUES))
}

/** Paths in the GraphQL schema's `where` types (nested fields as `a__b`), hidden ones not. */
const GQL_PATHS = [
  'id',
  'title',
  'summary',
  'department',
  '_status',
  'workflowState',
  'createdAt',
  'publishedAt',
  'unpublishAt',
  'keywords',
  'topics',
  'attachments',
  'submittedBy',
  'reviewedBy',
  'body',
  'amendedBy',
  'docNumber',
  'validity',
  'majorChange',
  'partyName',
  'partyNamePublic',
  'fineAmount',
  'penaltyCategories',
  'interprets',
  'amendments__kind',
  'OR',
  'AND',
] as const

const GQL_OPERATORS = [
  'equals',
  'not_equals',
  'in',
  'not_in',
  'all',
  'exists',
  'like',
  'contains',
  'greater_than',
  'less_than_equal',
  'near',
  'within',
] as const

/** GraphQL names: `.` becomes `__` as in Payload's schema; what is no name at all, `title`. */
const gqlPath = (path: string) => {
  const name = path.replace(/\./g, '__')
  return /^[_A-Za-z][_0-9A-Za-z]*$/.test(name) ? name : 'title'
}

function gqlWhere(g: Gen, depth = 0): string {
  const one = (): string => {
    const path = g.chance(0.75) ? g.pick(GQL_PATHS) : gqlPath(g.pick(PATHS))
    if ((path === 'OR' || path === 'AND') && depth < 3)
      return `${path}: [${g.some(2, () => gqlWhere(g, depth + 1)).join(', ')}]`
    const op = g.chance(0.8) ? g.pick(GQL_OPERATORS) : gqlPath(g.pick(OPERATORS))
    return `${path === 'OR' || path === 'AND' ? 'title' : path}: { ${op}: ${gqlValue(g)} }`
  }
  return `{ ${g.some(3, one).join(', ')} }`
}

function gqlQuery(g: Gen, list: string): string {
  const args: string[] = []
  if (g.chance(0.85)) args.push(`where: ${gqlWhere(g)}`)
  if (g.chance(0.3)) args.push(`sort: ${JSON.stringify(g.pick(SORTS))}`)
  if (g.chance(0.3)) args.push(`limit: ${g.pick(['1', '10', '0', '-1', '1000000', '99999999999'])}`)
  if (g.chance(0.3)) args.push(`page: ${g.pick(['1', '2', '0', '-5', '2147483647'])}`)
  if (g.chance(0.2)) args.push(`draft: ${g.pick(['true', 'false'])}`)
  if (g.chance(0.2)) args.push(`locale: ${g.pick(['zh', 'en', 'all'])}`)
  if (g.chance(0.1)) args.push(`fallbackLocale: ${g.pick(['none', 'zh'])}`)
  const call = args.length ? `${list}(${args.join(', ')})` : list
  // The versions list documents its items as { id parent version { … } }.
  const fields = list.startsWith('versions') ? 'id version { _status title }' : 'id _status title'
  return `{ ${call} { totalDocs docs { ${fields} } } }`
}

// ---------------------------------------------------------------------------------------------

type Finding = { what: string; status: number; detail: string }

const parse = (text: string): any => {
  try {
    return JSON.parse(text)
  } catch {
    return null
  }
}

describe(`Payload REST and GraphQL fuzzing on ${dbKind}`, () => {
  it('answers generated queries with a documented status, never a 5xx or a draft', async () => {
    const g = generator(20260611)
    const failures: Finding[] = []
    const leaks: Finding[] = []
    const statuses = new Map<string, number>()
    // The markers are reachable: A's author finds A's drafts (else "no leak" would prove nothing).
    let authorSawOwnDraft = 0
    const started = performance.now()

    const check = (
      what: string,
      status: number,
      text: string,
      docs: any[] | undefined,
      slug: Slug,
      signedIn: boolean,
    ) => {
      statuses.set(
        `${what.split(' ')[0]} ${status}`,
        (statuses.get(`${what.split(' ')[0]} ${status}`) ?? 0) + 1,
      )
      if (status >= 500 || !DOCUMENTED.includes(status))
        failures.push({ what, status, detail: text.slice(0, 300) })
      const forbidden = signedIn ? [SECRET_B] : [SECRET_B, DRAFT_A, EDIT_A]
      const hidden = signedIn ? drafts[slug]!.b : [...drafts[slug]!.a, ...drafts[slug]!.b]
      // What was found, not error messages (GraphQL's quote the query, markers included).
      const body = parse(text)
      const found = JSON.stringify(body?.errors ? (body.data ?? null) : (body ?? text))
      for (const marker of forbidden)
        if (found.includes(marker)) leaks.push({ what, status, detail: `contains ${marker}` })
      if (signedIn && found.includes(DRAFT_A)) authorSawOwnDraft++
      for (const doc of docs ?? []) {
        if (doc && hidden.map(String).includes(String(doc.id)))
          leaks.push({ what, status, detail: `lists draft ${doc.id}` })
        if (!signedIn && doc?._status !== undefined && doc._status !== 'published')
          leaks.push({ what, status, detail: `lists a ${doc._status} document` })
      }
    }

    for (let i = 0; i < REQUESTS; i++) {
      const [slug, list] = g.pick(COLLECTIONS)
      const who = g.chance(0.5) ? author : null
      const headers: Record<string, string> = who ? { authorization: `JWT ${who.token}` } : {}
      const kind = g.int(20)
      if (kind < 13) {
        const path = `/api/${slug}?${restQuery(g)}`
        const res = await fetch(server.url + path, { headers })
        const text = await res.text()
        check(`GET ${path}`, res.status, text, parse(text)?.docs, slug, Boolean(who))
      } else if (kind < 15) {
        const path = `/api/${slug}/${g.pick(['count', 'versions'])}?${restQuery(g)}`
        const res = await fetch(server.url + path, { headers })
        const text = await res.text()
        // Versions are whole documents under `version`; the text check covers them.
        check(`GET ${path}`, res.status, text, undefined, slug, Boolean(who))
      } else {
        const name = g.chance(0.15) ? `versions${list}` : list
        const query = gqlQuery(g, name)
        const res = await fetch(`${server.url}/api/graphql`, {
          method: 'POST',
          headers: { ...headers, 'content-type': 'application/json' },
          body: JSON.stringify({ query }),
        })
        const text = await res.text()
        const body = parse(text)
        const docs = name === list ? body?.data?.[list]?.docs : undefined
        check(`POST /api/graphql ${query}`, res.status, text, docs, slug, Boolean(who))
        // GraphQL answers 200 with errors; an internal error is one too (statusCode 500).
        for (const error of body?.errors ?? [])
          if (Number(error?.extensions?.statusCode) >= 500)
            failures.push({
              what: `POST /api/graphql ${query}`,
              status: Number(error.extensions.statusCode),
              detail: String(error.message).slice(0, 300),
            })
      }
    }

    const seconds = (performance.now() - started) / 1000
    const summary = [...statuses.entries()]
      .sort()
      .map(([k, v]) => `${k}: ${v}`)
      .join(', ')
    const report = `${REQUESTS} requests in ${seconds.toFixed(1)} s on ${dbKind} (${summary})`

    const show = (xs: Finding[]) =>
      xs
        .slice(0, 8)
        .map((f) => `${f.status} ${f.what.slice(0, 300)}\n    ${f.detail.slice(0, 200)}`)
        .join('\n')
    // Counts, not arrays: a failing run names its first requests, not thousands of lines.
    expect(failures.length, `${report}; outside ${DOCUMENTED} or 5xx:\n${show(failures)}`).toBe(0)
    expect(leaks.length, `${report}; leaks:\n${show(leaks)}`).toBe(0)
    // Nothing reached Object.prototype of the server's process (it runs in this one).
    expect(({} as any).polluted).toBeUndefined()
    expect(Object.prototype.hasOwnProperty.call(Object.prototype, 'polluted')).toBe(false)
    expect(authorSawOwnDraft, report).toBeGreaterThan(10)
    // The generator reached both the answering and the refusing paths.
    expect(statuses.get('GET 200'), report).toBeGreaterThan(200)
    expect(statuses.get('GET 400'), report).toBeGreaterThan(200)
    expect(statuses.get('POST 200'), report).toBeGreaterThan(50)
  }, 240_000)

  // Each kind of query that was a 500 (on SQLite, PostgreSQL or both) before
  // src/server/query-guard.ts, and queries of the same shape that must keep working.
  const REFUSED = [
    'limit=1.5',
    'limit=1e308',
    'limit=-1&page=2',
    'page=1e20',
    'page=-1',
    'where[title][near]=1,2',
    'where[publishedAt][within]=1',
    'where[keywords][all]=x',
    'where[id][in]=abc',
    'where[id][in]=',
    'where[id][equals]=1.5',
    'where[department][equals]=abc',
    'where[department][like]=x',
    'where[department.id][not_equals]=%7B%7D',
    'where[submittedBy][equals]=x',
    'where[topics][contains]=x',
    'where[amendedBy][exists]=true',
    'where[amendedBy][equals]=1',
    'where[createdAt][greater_than]=abc',
    'where[createdAt][equals]=0000-00-00T00:00:00Z',
    'where[createdAt][like]=abc',
    'where[_status][equals]=x',
    'where[majorChange][equals]=x',
    'where[amendments.kind][equals]=x',
    'where[title][equals]=a%00b',
    'where[title][like]=%00',
    'where[body][like]=x',
    'where[body.root.children][exists]=true',
    'where[body.root.children.0][equals]=true',
    'where[title][equals][0]=a&where[title][equals][1]=b',
    'where[title][equals][a]=b',
    'where[or][0][department][in]=1,x',
    'where=x',
    'data=x',
    'where=%7B%22title%22%3A%7B%22near%22%3A%221%22%7D%7D',
  ]
  const ANSWERED = [
    'where[title][like]=%E6%B5%8B%E8%AF%95',
    'where[id][in]=1,2',
    'where[department][equals]=1',
    'where[department][in]=1,2',
    'where[createdAt][greater_than]=2000-01-01',
    'where[_status][equals]=published',
    'where[majorChange][equals]=false',
    'where[amendedBy.value][equals]=1',
    'where[amendedBy.relationTo][equals]=policies',
    'where[body][exists]=true',
    'where[title][in]=a,b',
    'where[or][0][title][like]=a&where[or][1][department][equals]=1',
    'limit=10&page=2',
    'limit=0',
    'sort=-createdAt',
    'where=%7B%22title%22%3A%7B%22like%22%3A%22x%22%7D%7D',
  ]

  it('refuses each kind of query that was a 500 with a 400, and still answers their sound twins', async () => {
    const wrong: string[] = []
    for (const who of [null, author]) {
      const headers: Record<string, string> = who ? { authorization: `JWT ${who.token}` } : {}
      const ask = async (path: string) => (await fetch(server.url + path, { headers })).status
      for (const query of REFUSED)
        // (/count takes no limit or page: it answers those as if they were not there.)
        for (const path of /^(limit|page)=/.test(query)
          ? [`/api/policies?${query}`]
          : [`/api/policies?${query}`, `/api/policies/count?${query}`]) {
          const status = await ask(path)
          if (status !== 400)
            wrong.push(`${status} (want 400) ${who ? 'author' : 'anonymous'} ${path}`)
        }
      for (const query of ANSWERED) {
        const status = await ask(`/api/policies?${query}`)
        if (status !== 200)
          wrong.push(`${status} (want 200) ${who ? 'author' : 'anonymous'} ${query}`)
      }
    }
    // What the admin asks (version history, relationship pickers, list search, document locks).
    for (const path of [
      '/api/policies/versions?where[parent][equals]=1&where[latest][equals]=true&limit=10&page=1&sort=-updatedAt&depth=0',
      '/api/policies/versions?where[version._status][equals]=published&where[parent][in][0]=1',
      '/api/departments?where[id][not_in][0]=1&limit=10&page=1&depth=0&sort=name',
      '/api/policies?where[or][0][and][0][title][like]=%E6%B5%8B&where[or][1][and][0][id][equals]=1&depth=0&draft=true&limit=10&page=1&sort=-updatedAt',
      '/api/policies?where[updatedAt][greater_than]=2025-01-01T00:00:00.000Z&select[title]=true',
      '/api/payload-locked-documents?where[and][0][document.value][equals]=1&where[and][1][document.relationTo][equals]=policies',
      '/api/payload-preferences?where[key][equals]=x&where[user.relationTo][equals]=users',
    ]) {
      const res = await fetch(server.url + path, {
        headers: { authorization: `JWT ${author.token}` },
      })
      if (res.status !== 200) wrong.push(`${res.status} (want 200) author ${path}`)
    }
    // Versions (the author's department's only; anonymous readers get 403 first).
    for (const query of [
      'where[parent][equals]=abc',
      'limit=1.5',
      'where[version.title][near]=1',
    ]) {
      const res = await fetch(`${server.url}/api/policies/versions?${query}`, {
        headers: { authorization: `JWT ${author.token}` },
      })
      if (res.status !== 400) wrong.push(`${res.status} (want 400) versions ${query}`)
    }
    expect(wrong, wrong.join('\n')).toEqual([])

    // GraphQL: the same kinds, as errors that are the client's (400), not internal ones.
    for (const query of [
      '{ Policies(where: { department: { equals: "abc" } }) { totalDocs } }',
      '{ Policies(where: { submittedBy: { equals: "x" } }) { totalDocs } }',
      '{ Policies(where: { keywords: { all: ["x"] } }) { totalDocs } }',
      '{ PenaltyDecisions(where: { penaltyCategories: { all: [fine] } }) { totalDocs } }',
      '{ Regulations(limit: -1, page: 2) { totalDocs } }',
      '{ versionsPolicies(where: { parent: { equals: "abc" } }) { totalDocs } }',
    ]) {
      const res = await fetch(`${server.url}/api/graphql`, {
        method: 'POST',
        headers: { authorization: `JWT ${author.token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ query }),
      })
      const body: any = await res.json()
      expect(res.status, query).toBeLessThan(500)
      expect(body.errors?.length, query).toBeGreaterThan(0)
      for (const error of body.errors) expect(error.extensions?.statusCode ?? 400, query).toBe(400)
    }
    const fine = await fetch(`${server.url}/api/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: '{ Policies(where: { department: { equals: 1 } }, limit: 5) { totalDocs } }',
      }),
    })
    expect(((await fine.json()) as any).errors).toBeUndefined()
  })
})
