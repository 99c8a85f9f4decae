/**
 * Abuse limits (security-checks.md 20), the parts not covered elsewhere (login: workflow/auth,
 * password reset: workflow/auth, disclosure submissions: portal/disclosure-limit and
 * public-api/rate-limit, the v1 API's per-client limit: public-api/rate-limit):
 *   - searching, on the portal's /search and the API's /api/v1/search, answers 429 with
 *     Retry-After past the per-minute limit (PUBLIC_RATE_LIMIT, set low here);
 *   - Payload's REST lists return at most MAX_LIST_LIMIT documents whatever `limit`,
 *     `pagination` or method override is asked (1,200 published decisions are seeded), a limit
 *     Payload would pass to the database as it is (`-1`, `abc`) is refused, and `depth` beyond
 *     Payload's maxDepth changes nothing;
 *   - GraphQL: a deeply nested query, a chain of fragments, thousands of aliases, a batch, a
 *     list beyond the limit are refused with 4xx in well under a second, never 500;
 *   - multipart bodies: a control character in a part header, no boundary, a body cut short,
 *     a `_payload` that is not JSON, thousands of parts, a huge field, a file over the size limit
 *     are answered 400/413 (an answer the client can read, not a reset), never 500, and the
 *     server is still up afterwards (5,000 parts used to crash it: see requestBodyStream).
 * Every refusal is timed: "cut off quickly" means before the server did the work.
 */
import http from 'node:http'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MAX_LIST_LIMIT } from '../../../src/server/payload-limits'
import { colourPng, minimalPdf } from '../../support/files'
import { importGeneratedDecisions, makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { type Person, person } from '../../support/people'

/** Requests per minute per address on the public API and the portal's search, in this file. */
const PER_MINUTE = 5
const SEEDED = MAX_LIST_LIMIT + 200

/** Generous for two shared cores; an unbounded answer takes far longer (or never ends). */
const QUICK_MS = 5_000

let server: TestServer
let author: Person
let dept: any

beforeAll(async () => {
  server = await startTestServer({
    publicApi: {
      cache: true,
      cachePollMs: 250,
      rateLimit: PER_MINUTE,
      keyRateLimit: 1_000_000,
      disclosureRateLimit: 1_000_000,
    },
  })
  dept = await makeDepartment(server.payload)
  author = await person(server, dept, ['author'])
  const summary = await importGeneratedDecisions(server.payload, {
    department: dept.id,
    rows: SEEDED,
    seed: 20,
  })
  expect(summary.created).toBe(SEEDED)
}, 180_000)
afterAll(async () => {
  await server?.stop()
})

type Answer = { status: number; headers: Headers; text: string; ms: number }

async function timed(path: string, init: RequestInit = {}): Promise<Answer> {
  const started = performance.now()
  const res = await fetch(server.url + path, init)
  const text = await res.text()
  return { status: res.status, headers: res.headers, text, ms: performance.now() - started }
}

const json = (a: Answer) => JSON.parse(a.text)

async function healthy() {
  const res = await fetch(`${server.url}/healthz`)
  expect(res.status).toBe(200)
}

describe(`search rate limits on ${dbKind}`, () => {
  it.each([
    ['the portal’s search page', '/search?q=%E6%B5%8B%E8%AF%95', /^text\/html/],
    ['the API’s search', '/api/v1/search?q=%E6%B5%8B%E8%AF%95', /^application\/problem\+json/],
  ])('%s answers 429 with Retry-After past the per-minute limit', async (_what, path, type) => {
    const statuses: number[] = []
    for (let i = 0; i <= PER_MINUTE; i++) statuses.push((await timed(path)).status)
    expect(statuses).toEqual([...Array(PER_MINUTE).fill(200), 429])
    const limited = await timed(path)
    expect(limited.status).toBe(429)
    const retryAfter = Number(limited.headers.get('retry-after'))
    expect(retryAfter).toBeGreaterThan(0)
    expect(retryAfter).toBeLessThanOrEqual(60)
    expect(limited.headers.get('content-type')).toMatch(type)
    expect(limited.headers.get('ratelimit-policy')).toBeTruthy()
    // A refusal is never cached for others (a cache in front would serve it to everyone).
    expect(limited.headers.get('cache-control')).toMatch(/no-store|private|no-cache/)
  })
})

describe(`Payload REST list sizes on ${dbKind}`, () => {
  const list = '/api/licensing-decisions'
  const override = (query: string, url = list) =>
    timed(url, {
      method: 'POST',
      headers: {
        'content-type': 'application/x-www-form-urlencoded',
        'x-payload-http-method-override': 'GET',
      },
      body: query,
    })

  // [what, request, documents expected in the answer]
  it.each<[string, () => Promise<Answer>, number]>([
    ['limit=1000000', () => timed(`${list}?limit=1000000`), MAX_LIST_LIMIT],
    ['limit=0 (Payload: everything)', () => timed(`${list}?limit=0`), MAX_LIST_LIMIT],
    ['limit=1e9', () => timed(`${list}?limit=1e9`), MAX_LIST_LIMIT],
    ['limit[]=1000000', () => timed(`${list}?limit[]=1000000`), MAX_LIST_LIMIT],
    ['pagination=false', () => timed(`${list}?pagination=false`), MAX_LIST_LIMIT],
    ['pagination=false&limit=7', () => timed(`${list}?pagination=false&limit=7`), 7],
    ['limit=1000000&depth=50', () => timed(`${list}?limit=1000000&depth=50`), MAX_LIST_LIMIT],
    ['an ordinary page, untouched', () => timed(`${list}?limit=25&page=2`), 25],
    ['the default page, untouched', () => timed(list), 10],
    ['method override, limit in the body', () => override('limit=1000000'), MAX_LIST_LIMIT],
    [
      'method override, pagination=false in the body',
      () => override('pagination=false&depth=0'),
      MAX_LIST_LIMIT,
    ],
    [
      'method override, limit in the URL and a body (Payload reads the limit as "5?…")',
      () => override('depth=0', `${list}?limit=5`),
      5,
    ],
    [
      'versions, as staff',
      () =>
        timed(`${list}/versions?limit=1000000`, {
          headers: { authorization: `JWT ${author.token}` },
        }),
      MAX_LIST_LIMIT,
    ],
  ])('%s: bounded and quick', async (_what, request, expected) => {
    const answer = await request()
    expect(answer.status, answer.text.slice(0, 300)).toBe(200)
    const body = json(answer)
    expect(body.docs).toHaveLength(expected)
    expect(body.totalDocs).toBeGreaterThanOrEqual(expected)
    expect(answer.ms).toBeLessThan(QUICK_MS)
    // About 1.5 kB a decision: the cap keeps one answer to a couple of megabytes.
    expect(answer.text.length).toBeLessThan(4 * 1024 * 1024)
  })

  // Payload hands these to the database as they are, which then applies no limit (or fails).
  it.each([['limit=-1'], ['limit=abc'], ['limit=1.5'], ['limit=1e308'], ['limit=5&limit=1000000']])(
    '%s is refused with 400, quickly',
    async (query) => {
      const answer = await timed(`${list}?${query}`)
      expect(answer.status, answer.text.slice(0, 300)).toBe(400)
      expect(answer.ms).toBeLessThan(QUICK_MS)
      const overridden = await override(query)
      expect(overridden.status).toBe(400)
    },
  )

  it('a where given as text that is not JSON is refused with 400, not 500', async () => {
    for (const where of ['abc', '{"title":', '[1,'])
      expect((await timed(`${list}?where=${encodeURIComponent(where)}`)).status).toBe(400)
  })

  it('depth beyond Payload’s maxDepth (10) reads the same as depth 10', async () => {
    const at10 = await timed(`${list}?limit=20&depth=10`)
    const at50 = await timed(`${list}?limit=20&depth=50`)
    const atHuge = await timed(`${list}?limit=20&depth=999999999`)
    expect(at10.status).toBe(200)
    expect(at50.text).toBe(at10.text)
    expect(atHuge.text).toBe(at10.text)
    expect(Math.max(at10.ms, at50.ms, atHuge.ms)).toBeLessThan(QUICK_MS)
  })
})

describe(`GraphQL limits on ${dbKind}`, () => {
  const graphql = (body: unknown, accept = 'application/json') =>
    timed('/api/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept },
      body: JSON.stringify(body),
    })
  /** `{ LicensingDecisions { docs { department { parent { parent … id } } } } }`, n parents deep. */
  const nested = (n: number) =>
    `{ LicensingDecisions { docs { department { ${'parent { '.repeat(n)}id${' }'.repeat(n)} } } } }`
  const aliases = (n: number) =>
    `{ ${Array.from({ length: n }, (_, i) => `a${i}: LicensingDecisions { totalDocs }`).join(' ')} }`
  const fragmentChain = (n: number) =>
    `{ ...F0 } ${Array.from(
      { length: n },
      (_, i) =>
        `fragment F${i} on Query { ${i < n - 1 ? `...F${i + 1}` : 'LicensingDecisions { totalDocs }'} }`,
    ).join(' ')}`

  it('answers an ordinary query, and one within the list limit', async () => {
    const answer = await graphql({
      query: `query ($n: Int) { LicensingDecisions(limit: $n) { totalDocs docs { id department { id } } } }`,
      variables: { n: 50 },
    })
    expect(answer.status).toBe(200)
    expect(json(answer).data.LicensingDecisions.docs).toHaveLength(50)
  })

  // [what, request body]: each refused with 400, by this server's own check or graphql-http.
  it.each<[string, unknown]>([
    ['a query nested 50 fields deep', { query: nested(50) }],
    ['a query nested 5,000 fields deep', { query: nested(5_000) }],
    ['a query nested 100,000 fields deep (the parser’s stack)', { query: nested(100_000) }],
    [
      '3,000 chained fragments (was a 500: stack overflow in validation)',
      { query: fragmentChain(3_000) },
    ],
    ['5,000 aliases', { query: aliases(5_000) }],
    [
      'limit: 1000000',
      { query: '{ LicensingDecisions(limit: 1000000) { totalDocs docs { id } } }' },
    ],
    [
      'limit: 0 (Payload: everything)',
      { query: '{ LicensingDecisions(limit: 0) { docs { id } } }' },
    ],
    ['limit: -1', { query: '{ LicensingDecisions(limit: -1) { docs { id } } }' }],
    ['pagination: false', { query: '{ LicensingDecisions(pagination: false) { docs { id } } }' }],
    [
      'limit in a variable',
      {
        query: 'query ($n: Int) { LicensingDecisions(limit: $n) { docs { id } } }',
        variables: { n: 1_000_000 },
      },
    ],
    [
      'limit in a variable’s default',
      { query: 'query ($n: Int = 0) { LicensingDecisions(limit: $n) { docs { id } } }' },
    ],
    [
      'a batch of 1,000 queries',
      Array.from({ length: 1_000 }, () => ({ query: '{ LicensingDecisions { totalDocs } }' })),
    ],
  ])('refuses %s with 400, quickly', async (_what, body) => {
    const answer = await graphql(body)
    expect(answer.status, answer.text.slice(0, 300)).toBe(400)
    const parsed = json(answer)
    expect(parsed.data ?? null).toBeNull()
    expect(parsed.errors?.length).toBeGreaterThan(0)
    expect(answer.ms).toBeLessThan(QUICK_MS)
  })

  it('refuses a query over the complexity limit before running it', async () => {
    // 800 aliases: within the token limit, over Payload's maxComplexity (1000). graphql-http
    // answers a refused operation 400 to a client that accepts the GraphQL response type and,
    // for older clients asking for JSON, 200 with only errors (GraphQL over HTTP, "legacy").
    const modern = await graphql({ query: aliases(800) }, 'application/graphql-response+json')
    expect(modern.status).toBe(400)
    expect(json(modern).errors[0].message).toMatch(/maximum complexity of 1000/)
    const legacy = await graphql({ query: aliases(800) })
    expect(legacy.status).toBeLessThan(500)
    expect(json(legacy).data ?? null).toBeNull()
    expect(json(legacy).errors[0].message).toMatch(/maximum complexity of 1000/)
    expect(Math.max(modern.ms, legacy.ms)).toBeLessThan(QUICK_MS)
  })

  it('applies the same limits to GET /api/graphql', async () => {
    const query = encodeURIComponent('{ LicensingDecisions(limit: 1000000) { docs { id } } }')
    const answer = await timed(`/api/graphql?query=${query}`)
    expect(answer.status).toBe(400)
    await healthy()
  })
})

/** A raw multipart POST on a fresh connection, so a refusal that closes it affects nothing else. */
function post(
  path: string,
  body: Buffer | string,
  contentType: string,
): Promise<{ status: number | null; text: string; ms: number; error?: string }> {
  const started = performance.now()
  const url = new URL(server.url + path)
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        agent: false,
        headers: {
          authorization: `JWT ${author.token}`,
          'content-type': contentType,
          'content-length': Buffer.byteLength(body),
        },
      },
      (res) => {
        let text = ''
        res.on('data', (d) => (text += d))
        res.on('end', () =>
          resolve({ status: res.statusCode!, text, ms: performance.now() - started }),
        )
      },
    )
    req.on('error', (err: NodeJS.ErrnoException) =>
      resolve({ status: null, text: '', ms: performance.now() - started, error: err.code }),
    )
    req.end(body)
  })
}

const B = 'gongkaiBoundary7MA4YWxkTrZu0gW'
const MULTIPART = `multipart/form-data; boundary=${B}`
const part = (headers: string, content: string | Buffer) =>
  Buffer.concat([
    Buffer.from(`--${B}\r\n${headers}\r\n\r\n`, 'latin1'),
    Buffer.from(content),
    Buffer.from('\r\n'),
  ])
const end = Buffer.from(`--${B}--\r\n`)
const pdf = minimalPdf('abuse')
const filePart = (filename: string, type = 'application/pdf', content: Buffer = pdf) =>
  part(
    `Content-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: ${type}`,
    content,
  )

describe(`malicious multipart bodies on ${dbKind}`, () => {
  const png = () => colourPng(4, 4, [200, 30, 30])
  // [what, path, the status wanted, body, content type]
  it.each<[string, string, number, () => Promise<Buffer> | Buffer, string]>([
    [
      'a NUL in the filename',
      '/api/attachments',
      400,
      () => Buffer.concat([filePart('a\u0000b.pdf'), end]),
      MULTIPART,
    ],
    [
      'a control character in the filename',
      '/api/attachments',
      400,
      () => Buffer.concat([filePart('a\u0001b.pdf'), end]),
      MULTIPART,
    ],
    [
      'a NUL in a header name',
      '/api/media',
      400,
      async () =>
        Buffer.concat([
          part('Content-Disp\u0000osition: form-data; name="file"; filename="a.png"', await png()),
          end,
        ]),
      MULTIPART,
    ],
    [
      'no boundary',
      '/api/attachments',
      400,
      () => Buffer.concat([filePart('a.pdf'), end]),
      'multipart/form-data',
    ],
    [
      'an empty boundary',
      '/api/attachments',
      400,
      () => Buffer.concat([filePart('a.pdf'), end]),
      'multipart/form-data; boundary=',
    ],
    [
      'a body cut short',
      '/api/attachments',
      400,
      () => filePart('a.pdf').subarray(0, 150),
      MULTIPART,
    ],
    [
      'a _payload field that is not JSON',
      '/api/attachments',
      400,
      () =>
        Buffer.concat([
          part('Content-Disposition: form-data; name="_payload"', '{"title": '),
          filePart('a.pdf'),
          end,
        ]),
      MULTIPART,
    ],
    [
      '5,000 parts',
      '/api/attachments',
      413,
      () =>
        Buffer.concat([
          ...Array.from({ length: 5_000 }, (_, i) =>
            part(`Content-Disposition: form-data; name="f${i}"`, 'v'),
          ),
          end,
        ]),
      MULTIPART,
    ],
    [
      'a 20 MB non-file field',
      '/api/attachments',
      413,
      () =>
        Buffer.concat([
          part('Content-Disposition: form-data; name="_payload"', 'x'.repeat(20 * 1024 * 1024)),
          end,
        ]),
      MULTIPART,
    ],
    [
      'a file over the request size limit (51 MB)',
      '/api/attachments',
      413,
      () =>
        Buffer.concat([
          filePart(
            'big.pdf',
            'application/pdf',
            Buffer.concat([pdf, Buffer.alloc(51 << 20, 0x20)]),
          ),
          end,
        ]),
      MULTIPART,
    ],
    [
      'an image over the image limit (21 MB)',
      '/api/media',
      400,
      async () =>
        Buffer.concat([
          filePart('big.png', 'image/png', Buffer.concat([await png(), Buffer.alloc(21 << 20)])),
          end,
        ]),
      MULTIPART,
    ],
  ])('%s: %s answers %i, quickly', async (_what, path, wanted, body, type) => {
    const answer = await post(path, await body(), type)
    // An answer, not a reset connection: a body refused part-way is read on and discarded (up to
    // a bound) so the client learns why (src/server/payload-limits.ts, requestBodyStream).
    expect(answer.error).toBeUndefined()
    expect(answer.status, answer.text.slice(0, 300)).toBe(wanted)
    expect(JSON.parse(answer.text).errors?.length).toBeGreaterThan(0)
    expect(answer.ms).toBeLessThan(QUICK_MS)
    await healthy()
  })

  it('still stores an ordinary upload afterwards', async () => {
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(pdf)], { type: 'application/pdf' }), 'ok.pdf')
    form.append('_payload', JSON.stringify({}))
    const res = await fetch(`${server.url}/api/attachments`, {
      method: 'POST',
      headers: { authorization: `JWT ${author.token}` },
      body: form,
    })
    expect(res.status, await res.clone().text()).toBe(201)
  })
})
