/**
 * Every custom endpoint, called anonymously and as the weakest roles (security-checks.md 11).
 *
 * The endpoints are read from the running configuration: the root `endpoints`, and each
 * collection's and global's, less Payload's own built-in ones (recognised by identity, see
 * `payloadBuiltIns`). Each has a row in ENDPOINTS below with a concrete URL on a document seeded
 * in department A, and the statuses allowed for:
 *   - anonymous (no credentials),
 *   - noRole: a signed-in account with no role in any department (the weakest there is),
 *   - otherAuthor: an author of department B, and otherStaff: every department role in B
 *     (a cross-department caller holding all the roles the endpoint could want, in the wrong place).
 * None of them may get a 5xx, and a 200 is only allowed where the row says what "empty" means
 * (an inbox with nothing of A in it). Each row also has a positive control, run last: someone
 * entitled gets through, so a 404 above is the access check and not a wrong URL. Rows that change
 * state say how to read it, and it must be the same after the refused calls.
 *
 * A new endpoint in the configuration without a row here fails the first test; so does a row whose
 * endpoint is gone. Payload's own auth endpoints are public on purpose and listed in PUBLIC with
 * the reason. No collection or the root defines GraphQL queries or mutations of its own (asserted).
 *
 * Express routes outside Payload: src/server/app.ts mounts /healthz, the sitemap, the portal
 * (src/portal/router.ts, public pages and the disclosure-request form) and the public API under
 * /api/v1 (src/public-api/*, public by design, including POST /api/v1/disclosure-requests); the
 * rest only throttle or pass to Payload. None needs a member of staff, so none has a row here:
 * EXPRESS_ROUTES pins that list, read from the source, so a new staff route gets noticed.
 *
 * The last describe holds writes the server makes for a person with full authority
 * (`overrideAccess: true`) that must still stay inside the person's department.
 */
import fs from 'node:fs'
import path from 'node:path'
import { pathToFileURL } from 'node:url'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { reportFileOf } from '../../../src/import/runs'
import { projectRoot } from '../../../src/paths'
import { WORKFLOW_COLLECTIONS } from '../../../src/workflow/inbox'
import { build, makeDepartment, makeDocument } from '../../support/factories'
import { minimalPdf } from '../../support/files'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, person, type Person, publishThroughWorkflow } from '../../support/people'

type Who = 'anonymous' | 'noRole' | 'otherAuthor' | 'otherStaff'
const CALLERS: Who[] = ['anonymous', 'noRole', 'otherAuthor', 'otherStaff']

type Answer = { status: number; text: string; json: any; headers: Headers }

type Probe = {
  /** A name for the URL when a row has more than one. */
  label?: string
  method: string
  url: () => string
  body?: () => unknown
  /** The statuses each caller may get. */
  refused: Record<Who, number[]>
  /** Required when 200 is allowed for someone: asserts the answer holds nothing of A. */
  empty?: (res: Answer, who: Who) => void
  /** The positive control: who gets through, and with what. */
  allowed: {
    who: () => Person
    status: number[]
    /** When the allowed call sends another body than the refused ones. */
    body?: () => unknown
    check?: (res: Answer) => void
  }
}

type Row = {
  why: string
  probes: Probe[]
  /** What the refused calls must leave unchanged. */
  state?: () => Promise<unknown>
}

let server: TestServer
let deptA: any
let deptB: any
const people = {} as Record<
  Who | 'authorA' | 'reviewerA' | 'adminA' | 'auditor' | 'sysadmin',
  Person
>
const drafts: Record<string, any> = {}
let pending: any
let request: any
let apiKey: any
let subscription: any
let run: any

/** Strings that exist only in department A's data: none may reach an outsider. */
const MARK = 'A部门内部标记7f3c'
const PREFERENCE_KEY = 'endpoints-test'

beforeAll(async () => {
  server = await startTestServer()
  const p = server.payload
  deptA = await makeDepartment(p)
  deptB = await makeDepartment(p)
  people.anonymous = null as unknown as Person
  people.noRole = await person(server, null, [])
  people.otherAuthor = await person(server, deptB, ['author'])
  people.otherStaff = await person(server, deptB, [
    'author',
    'reviewer',
    'publisher',
    'department_admin',
  ])
  people.authorA = await person(server, deptA, ['author'])
  people.reviewerA = await person(server, deptA, ['reviewer'])
  people.adminA = await person(server, deptA, ['department_admin'])
  people.auditor = await person(server, null, [], { platformRoles: ['audit_admin'] })
  people.sysadmin = await person(server, null, [], { platformRoles: ['system_admin'] })

  // A published policy of A with a change under review: the reviewer's inbox shows it, and its
  // workflow status must not tell outsiders about the change.
  pending = await makeDocument(p, 'policies', deptA.id)
  const edited = await call(
    server,
    people.authorA,
    'PATCH',
    `/api/policies/${pending.id}?draft=true`,
    { title: `${MARK} pending`, _status: 'draft' },
  )
  expect(edited.status, JSON.stringify(edited.body)).toBe(200)
  expect((await act(server, people.authorA, 'policies', pending.id, 'submit')).status).toBe(200)

  // A never-published working copy of A in every workflow collection.
  for (const slug of WORKFLOW_COLLECTIONS)
    drafts[slug] = await makeDocument(
      p,
      slug,
      deptA.id,
      {
        title: `${MARK} ${slug}`,
        ...(slug === 'interpretations' ? { interprets: pending.id } : {}),
      } as any,
      {
        draft: true,
      },
    )
  // A disclosure request of A, received by post long ago: overdue on the dashboard.
  const created = await call(server, people.authorA, 'POST', '/api/disclosure-requests', {
    department: deptA.id,
    receivedVia: 'post',
    receivedOn: '2026-10-09',
    applicant: {
      type: 'other',
      name: MARK,
      organizationCode: '51330000MJ0000000X',
      email: 'x@example.org',
    },
    request: { description: `${MARK} 请提供统计数据。` },
  })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  request = created.body.doc

  apiKey = await p.create({
    collection: 'api-keys',
    data: { name: `${MARK} key`, department: deptA.id } as any,
  })
  subscription = await p.create({
    collection: 'webhook-subscriptions',
    data: {
      name: `${MARK} hook`,
      department: deptA.id,
      url: 'http://127.0.0.1:9/hook',
      events: ['document.published'],
    } as any,
  })
  run = await p.create({
    collection: 'import-runs',
    data: {
      status: 'done',
      kind: 'licensing',
      department: deptA.id,
      fileName: `${MARK}.csv`,
      user: people.authorA.id,
    } as any,
  })
  const report = reportFileOf(p, run.id)
  fs.mkdirSync(path.dirname(report), { recursive: true })
  fs.writeFileSync(
    report,
    `\uFEFF行号 (row),列 (column),值 (value),问题 (message)\r\n2,XK_WSH,${MARK},x\r\n`,
  )

  // A's author keeps a preference; nobody else's key of the same name is theirs.
  const saved = await call(
    server,
    people.authorA,
    'POST',
    `/api/payload-preferences/${PREFERENCE_KEY}`,
    { value: { note: MARK } },
  )
  expect(saved.status).toBe(200)
})

afterAll(async () => {
  await server?.stop()
})

async function send(
  who: Person | null,
  method: string,
  url: string,
  body?: unknown,
): Promise<Answer> {
  const form = body instanceof FormData
  const res = await fetch(server.url + url, {
    method,
    headers: {
      ...(who ? { authorization: `JWT ${who.token}` } : {}),
      ...(body !== undefined && !form ? { 'content-type': 'application/json' } : {}),
    },
    body: body === undefined ? undefined : form ? body : JSON.stringify(body),
  })
  const text = await res.text()
  let json: any = null
  try {
    json = JSON.parse(text)
  } catch {
    // CSV, HTML: kept as text.
  }
  return { status: res.status, text, json, headers: res.headers }
}

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)
const A = () => String(deptA.id)
const ANON_401 = { anonymous: [401], noRole: [403], otherAuthor: [403], otherStaff: [403] }
const NOT_FOUND = { anonymous: [401], noRole: [404], otherAuthor: [404], otherStaff: [404] }

/** An import upload as the admin's form sends it, with a file that would import. */
function importForm(withFile = true) {
  const form = new FormData()
  form.append('kind', 'licensing')
  form.append('department', A())
  if (withFile)
    form.append('file', new Blob(['XK_XDR_MC\r\n某公司\r\n'], { type: 'text/csv' }), 'a.csv')
  return form
}

/** The documents' workflow endpoints, one pair per workflow collection. */
function workflowRows(): Record<string, Row> {
  const rows: Record<string, Row> = {}
  for (const slug of WORKFLOW_COLLECTIONS) {
    rows[`${slug} POST /:id/workflow`] = {
      why: 'workflow actions: the document is read as the caller, so another department’s is a 404',
      state: async () =>
        (
          (await server.payload.findByID({
            collection: slug,
            id: drafts[slug].id,
            draft: true,
          })) as any
        ).workflowState,
      probes: [
        {
          method: 'POST',
          url: () => `/api/${slug}/${drafts[slug].id}/workflow`,
          body: () => ({ action: 'submit' }),
          refused: NOT_FOUND,
          allowed: {
            who: () => people.authorA,
            status: [200],
            check: (res) => expect(res.json.workflowState).toBe('in_review'),
          },
        },
      ],
    }
    rows[`${slug} GET /:id/workflow`] = {
      why: 'the workflow buttons: another department’s unpublished document is a 404',
      probes: [
        {
          label: 'never published',
          method: 'GET',
          url: () => `/api/${slug}/${drafts[slug].id}/workflow`,
          refused: NOT_FOUND,
          allowed: { who: () => people.authorA, status: [200] },
        },
        ...(slug === 'policies'
          ? [
              {
                label: 'published, with a change under review',
                method: 'GET',
                url: () => `/api/policies/${pending.id}/workflow`,
                // The published document is public; its pending change is not.
                refused: { anonymous: [401], noRole: [200], otherAuthor: [200], otherStaff: [200] },
                empty: (res: Answer) => {
                  expect(res.json.workflowState).toBe('published')
                  expect(res.json.actions).toEqual([])
                  expect(res.json.reviewComment ?? null).toBeNull()
                },
                allowed: {
                  who: () => people.reviewerA,
                  status: [200],
                  check: (res: Answer) => {
                    expect(res.json.workflowState).toBe('in_review')
                    expect(res.json.actions).toContain('approve')
                  },
                },
              } satisfies Probe,
            ]
          : []),
      ],
    }
  }
  return rows
}

const noItemOfA = (res: Answer) => {
  expect(Array.isArray(res.json?.items), res.text).toBe(true)
  expect(res.json.items.filter((i: any) => String(idOf(i.department)) === A())).toEqual([])
}

/** Every custom endpoint: `<root|collection slug|global slug> <METHOD> <path>`. */
const ENDPOINTS: Record<string, Row> = {
  'root GET /workflow/inbox': {
    why: 'the signed-in person’s review inbox, read with their own access',
    probes: [
      {
        method: 'GET',
        url: () => '/api/workflow/inbox',
        refused: { anonymous: [401], noRole: [200], otherAuthor: [200], otherStaff: [200] },
        empty: noItemOfA,
        allowed: {
          who: () => people.reviewerA,
          status: [200],
          check: (res) =>
            expect(res.json.items.map((i: any) => String(i.id))).toContain(String(pending.id)),
        },
      },
    ],
  },
  'root GET /clocks/dashboard': {
    why: 'statutory clocks of the caller’s departments',
    probes: [
      {
        method: 'GET',
        url: () => '/api/clocks/dashboard?today=2026-11-27',
        refused: { anonymous: [401], noRole: [200], otherAuthor: [200], otherStaff: [200] },
        empty: noItemOfA,
        allowed: {
          who: () => people.authorA,
          status: [200],
          check: (res) =>
            expect(res.json.items.map((i: any) => String(i.id))).toContain(String(request.id)),
        },
      },
    ],
  },
  'root GET /reports/annual': {
    why: 'a department’s annual report: its staff, or a system admin; `all` only a system admin',
    probes: [
      {
        method: 'GET',
        url: () => `/api/reports/annual?department=${deptA.code}&year=2026&format=json`,
        refused: ANON_401,
        allowed: { who: () => people.authorA, status: [200] },
      },
      {
        label: 'the whole government',
        method: 'GET',
        url: () => '/api/reports/annual?department=all&year=2026&format=json',
        refused: ANON_401,
        allowed: { who: () => people.sysadmin, status: [200] },
      },
    ],
  },
  'root POST /reports/annual/publish': {
    why: 'freezes a department’s annual report: its department admin, or a system admin',
    state: async () =>
      (await server.payload.count({ collection: 'annual-reports', overrideAccess: true }))
        .totalDocs,
    probes: [
      {
        method: 'POST',
        url: () => '/api/reports/annual/publish',
        body: () => ({ department: deptA.code, year: 2025 }),
        refused: ANON_401,
        allowed: { who: () => people.adminA, status: [201] },
      },
    ],
  },
  'root GET /reports/performance': {
    why: 'a department’s performance figures: its staff, or a system admin',
    probes: [
      {
        method: 'GET',
        url: () =>
          `/api/reports/performance?department=${deptA.code}&from=2026-01-01&to=2026-12-31`,
        refused: ANON_401,
        allowed: { who: () => people.authorA, status: [200] },
      },
      {
        label: 'the whole government',
        method: 'GET',
        url: () => '/api/reports/performance?department=all&from=2026-01-01&to=2026-12-31',
        refused: ANON_401,
        allowed: { who: () => people.sysadmin, status: [200] },
      },
    ],
  },
  ...workflowRows(),
  'audit-log GET /export': {
    why: 'the audit trail as CSV: the audit admin only (refused with 403 even anonymously)',
    probes: [
      {
        method: 'GET',
        url: () => '/api/audit-log/export',
        refused: { anonymous: [403], noRole: [403], otherAuthor: [403], otherStaff: [403] },
        allowed: {
          who: () => people.auditor,
          status: [200],
          check: (res) => expect(res.headers.get('content-type')).toMatch(/^text\/csv/),
        },
      },
    ],
  },
  'api-keys POST /:id/issue': {
    why: 'issues a department website’s API key: whoever may read the record (its department admin)',
    state: async () =>
      ((await server.payload.findByID({ collection: 'api-keys', id: apiKey.id })) as any)
        .issuedAt ?? null,
    probes: [
      {
        method: 'POST',
        url: () => `/api/api-keys/${apiKey.id}/issue`,
        refused: NOT_FOUND,
        allowed: {
          who: () => people.adminA,
          status: [200],
          check: (res) => expect(res.json.key).toMatch(/^gk_/),
        },
      },
    ],
  },
  'webhook-subscriptions POST /:id/secret': {
    why: 'a new signing secret: whoever may update the subscription (its department admin)',
    state: async () =>
      (
        (await server.payload.findByID({
          collection: 'webhook-subscriptions',
          id: subscription.id,
          showHiddenFields: true,
        })) as any
      ).secret,
    probes: [
      {
        method: 'POST',
        url: () => `/api/webhook-subscriptions/${subscription.id}/secret`,
        refused: NOT_FOUND,
        allowed: {
          who: () => people.adminA,
          status: [200],
          check: (res) => expect(res.json.secret).toMatch(/^whsec_/),
        },
      },
    ],
  },
  'disclosure-requests POST /:id/events': {
    why: 'records a handling step: the request is read as the caller (handling department only)',
    state: async () =>
      (
        (await server.payload.findByID({
          collection: 'disclosure-requests',
          id: request.id,
        })) as any
      ).events?.length ?? 0,
    probes: [
      {
        method: 'POST',
        url: () => `/api/disclosure-requests/${request.id}/events`,
        body: () => ({ type: 'correction_requested', reason: '请说明年份' }),
        refused: NOT_FOUND,
        allowed: {
          who: () => people.authorA,
          status: [200],
          check: (res) => expect(res.json.doc.status).toBe('awaiting_correction'),
        },
      },
    ],
  },
  'import-runs POST /upload': {
    why: 'bulk decision import: an author of the chosen department',
    state: async () =>
      (await server.payload.count({ collection: 'import-runs', overrideAccess: true })).totalDocs,
    probes: [
      {
        method: 'POST',
        url: () => '/api/import-runs/upload',
        body: () => importForm(),
        refused: ANON_401,
        // Without a file: past the access checks, refused for the missing file (nothing queued).
        allowed: {
          who: () => people.authorA,
          body: () => importForm(false),
          status: [400],
          check: (res) => expect(res.json.errors.map((e: any) => e.field)).toEqual(['file']),
        },
      },
    ],
  },
  'import-runs GET /:id/errors.csv': {
    why: 'the rejected rows of an import: the run is read as the caller (its department’s staff)',
    probes: [
      {
        method: 'GET',
        url: () => `/api/import-runs/${run.id}/errors.csv`,
        refused: NOT_FOUND,
        allowed: {
          who: () => people.authorA,
          status: [200],
          check: (res) => expect(res.text).toContain(MARK),
        },
      },
    ],
  },
  // Payload's own preferences collection: every call is about the caller's own preference of
  // that key, so a signed-in caller gets 200 with theirs (none), never A's author's.
  'payload-preferences GET /:key': {
    why: 'Payload’s per-user admin preferences: the caller’s own only',
    probes: [
      {
        method: 'GET',
        url: () => `/api/payload-preferences/${PREFERENCE_KEY}`,
        // Payload answers 200 with `value: null` to anyone without a preference of that key.
        refused: { anonymous: [200], noRole: [200], otherAuthor: [200], otherStaff: [200] },
        empty: (res) => expect(res.json.value ?? null).toBeNull(),
        allowed: {
          who: () => people.authorA,
          status: [200],
          check: (res) => expect(res.json.value).toEqual({ note: MARK }),
        },
      },
    ],
  },
  'payload-preferences POST /:key': {
    why: 'Payload’s per-user admin preferences: writes the caller’s own only',
    state: preferenceOfA,
    probes: [
      {
        method: 'POST',
        url: () => `/api/payload-preferences/${PREFERENCE_KEY}`,
        body: () => ({ value: { note: 'overwritten' } }),
        refused: { anonymous: [401], noRole: [200], otherAuthor: [200], otherStaff: [200] },
        // Their own preference of that name, echoed back: nothing of A's.
        empty: (res) => expect(res.json.doc.value).toEqual({ note: 'overwritten' }),
        allowed: { who: () => people.authorA, status: [200] },
      },
    ],
  },
  'payload-preferences DELETE /:key': {
    why: 'Payload’s per-user admin preferences: deletes the caller’s own only',
    state: preferenceOfA,
    probes: [
      {
        method: 'DELETE',
        url: () => `/api/payload-preferences/${PREFERENCE_KEY}`,
        // The signed-in callers had one of their own from the POST row above.
        refused: {
          anonymous: [401],
          noRole: [200, 404],
          otherAuthor: [200, 404],
          otherStaff: [200, 404],
        },
        empty: (res) => expect(res.text).not.toContain(MARK),
        allowed: { who: () => people.authorA, status: [200] },
      },
    ],
  },
}

async function preferenceOfA() {
  const { docs } = await server.payload.find({
    collection: 'payload-preferences',
    where: {
      and: [{ key: { equals: PREFERENCE_KEY } }, { 'user.value': { equals: people.authorA.id } }],
    },
    depth: 0,
  })
  return docs.map((d: any) => d.value)
}

/**
 * Payload's built-in endpoints, by identity: the arrays its config sanitiser pushes into every
 * collection, auth collection, upload collection, global and the root. They are not exported, so
 * they are loaded from the same files Payload itself imports (the same module instances).
 */
async function payloadBuiltIns(): Promise<{ all: Set<unknown>; auth: Set<unknown> }> {
  const dist = path.join(projectRoot, 'node_modules/payload/dist')
  const load = (file: string) => import(pathToFileURL(path.join(dist, file)).href)
  const collections = await load('collections/endpoints/index.js')
  const auth = await load('auth/endpoints/index.js')
  const uploads = await load('uploads/endpoints/index.js')
  const globals = await load('globals/endpoints/index.js')
  const authEndpoints = [
    ...auth.authRootEndpoints,
    ...auth.authCollectionEndpoints,
    auth.apiKeyRevealEndpoint,
  ]
  return {
    all: new Set([
      ...collections.defaultCollectionEndpoints,
      collections.duplicateEndpoint,
      ...authEndpoints,
      ...uploads.uploadCollectionEndpoints,
      ...globals.defaultGlobalEndpoints,
    ]),
    auth: new Set(authEndpoints),
  }
}

/** `<root|collection slug|global:slug> <METHOD> <path>` of the endpoints `keep` selects. */
function declaredEndpoints(keep: (endpoint: unknown) => boolean): string[] {
  const config = server.payload.config
  const out = new Set<string>()
  const add = (scope: string, endpoints: unknown) => {
    for (const endpoint of Array.isArray(endpoints) ? endpoints : [])
      if (keep(endpoint))
        out.add(`${scope} ${String(endpoint.method).toUpperCase()} ${endpoint.path}`)
  }
  add('root', config.endpoints)
  for (const c of config.collections) add(c.slug, c.endpoints)
  for (const g of config.globals) add(`global:${g.slug}`, g.endpoints)
  return [...out].sort()
}

/**
 * Payload's own auth endpoints, public on purpose (anyone must be able to sign in, ask for a
 * reset, or learn they are not signed in), with what an anonymous caller gets.
 */
const PUBLIC: Record<
  string,
  {
    why: string
    call: () => [string, string, unknown?]
    status: number[]
    check?: (res: Answer) => void
  }
> = {
  'root GET /access': {
    why: 'the caller’s own permissions (the admin builds its menus from them)',
    call: () => ['GET', '/api/access'],
    status: [200],
    check: (res) => {
      // Anonymous: no collection may be created, changed or deleted.
      for (const [slug, p] of Object.entries<any>(res.json.collections ?? {}))
        for (const op of ['create', 'update', 'delete'])
          expect(p?.[op]?.permission ?? false, `${slug}.${op}`).toBe(false)
    },
  },
  'users POST /login': {
    why: 'sign-in (throttled per address, locked per account: checks 6, 20)',
    call: () => [
      'POST',
      '/api/users/login',
      { email: 'nobody@example.gov', password: 'wrong password here' },
    ],
    status: [401],
  },
  'users POST /logout': {
    why: 'sign-out of the caller’s own session',
    call: () => ['POST', '/api/users/logout'],
    status: [400, 401],
  },
  'users GET /me': {
    why: 'who the caller is: nobody, anonymously',
    call: () => ['GET', '/api/users/me'],
    status: [200],
    check: (res) => expect(res.json.user ?? null).toBeNull(),
  },
  'users POST /refresh-token': {
    why: 'renews the caller’s own token',
    call: () => ['POST', '/api/users/refresh-token'],
    status: [401, 403],
  },
  'users POST /forgot-password': {
    why: 'asks for a reset email; the same answer whether the account exists (check 8)',
    call: () => ['POST', '/api/users/forgot-password', { email: 'nobody@example.gov' }],
    status: [200],
  },
  'users POST /reset-password': {
    why: 'a reset with an emailed token; a wrong token does nothing (check 8)',
    call: () => [
      'POST',
      '/api/users/reset-password',
      { token: 'not-a-token', password: 'a long enough new password' },
    ],
    status: [400, 403],
  },
  'users POST /first-register': {
    why: 'the first account; closed once one exists (check 8)',
    call: () => [
      'POST',
      '/api/users/first-register',
      { email: 'first@example.gov', password: 'a long enough password' },
    ],
    status: [403],
  },
  'users GET /init': {
    why: 'whether a first account exists (the admin picks its first screen)',
    call: () => ['GET', '/api/users/init'],
    status: [200],
    check: (res) => expect(res.json).toEqual({ initialized: true }),
  },
  'users POST /unlock': {
    why: 'unlocks an account: the security admin only (GHSA-jg8r-5jh2-v2xj)',
    call: () => ['POST', '/api/users/unlock', { email: 'nobody@example.gov' }],
    status: [403],
  },
  'users POST /verify/:id': {
    why: 'email verification (not enabled: no token can match)',
    call: () => ['POST', '/api/users/verify/not-a-token'],
    status: [400, 403, 404],
  },
}

/** Express routes registered outside src/public-api and src/portal (both public by design). */
const EXPRESS_ROUTES: Record<string, string> = {
  "src/server/app.ts use '/api/v1'": 'the public API (public by design)',
  "src/server/app.ts get '/healthz'": 'health check for load balancers (no data)',
  'src/server/app.ts use sitemapRoutes': 'sitemaps of public documents',
  'src/server/app.ts use portalRouter': 'the public portal and its disclosure-request form',
  "src/server/app.ts post '/api/users/forgot-password'": 'a throttle in front of Payload',
  'src/server/app.ts post AUTH_PATHS': 'a throttle in front of Payload',
  "src/server/app.ts post '/api/graphql'": 'a throttle in front of Payload’s GraphQL',
  "src/server/app.ts all '/api/graphql'": 'Payload’s GraphQL (Payload’s access)',
  "src/server/app.ts get '/api/{*path}'": 'refuses crafted file paths, then Payload',
  "src/server/app.ts all '/api/{*path}'":
    'refuses malformed ids; Payload’s REST (Payload’s access)',
  "src/server/app.ts get '/__test/slow'": 'tests only (testRoutes), sleeps',
  "src/server/app.ts all '/api/users/verify/{*token}'": 'a 404: email verification is off',
  "src/server/app.ts all '/{*path}'": 'the Next admin (Payload’s access)',
}

function expressRoutesInSource(): string[] {
  const found = new Set<string>()
  const walk = (dir: string) => {
    for (const entry of fs.readdirSync(path.join(projectRoot, dir), { withFileTypes: true })) {
      const rel = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (!['src/public-api', 'src/portal', 'src/migrations'].includes(rel)) walk(rel)
      } else if (/\.tsx?$/.test(entry.name)) {
        // Code only: comments (a wiring example in a doc comment) are no routes.
        const text = fs
          .readFileSync(path.join(projectRoot, rel), 'utf8')
          .split('\n')
          .filter((line) => !/^\s*(\/\/|\/\*|\*)/.test(line))
          .join('\n')
        // The first argument: a path literal, or the name of a router (or list of paths).
        for (const m of text.matchAll(
          /\b(?:app|router)\.(get|post|put|patch|delete|all|use)\(\s*('[^']*'|[A-Za-z_]\w*)/g,
        )) {
          // Middleware for every request (request log, error handler), not routes.
          if (m[1] === 'use' && ['pinoHttp', 'onError'].includes(m[2]!)) continue
          found.add(`${rel} ${m[1]} ${m[2]}`)
        }
      }
    }
  }
  walk('src')
  return [...found].sort()
}

describe(`custom endpoints, anonymously and as the weakest roles, on ${dbKind}`, () => {
  it('every custom endpoint of the configuration has a row, and every row an endpoint', async () => {
    const builtIn = await payloadBuiltIns()
    // Identity works: Payload's own login endpoint is recognised as built-in.
    expect(declaredEndpoints((e) => builtIn.auth.has(e))).toContain('users POST /login')
    const custom = declaredEndpoints((e) => !builtIn.all.has(e))
    expect(custom.length).toBeGreaterThan(20)
    expect(custom, 'custom endpoints and the rows of ENDPOINTS').toEqual(
      Object.keys(ENDPOINTS).sort(),
    )
    // Payload's auth endpoints (the users collection's and the root's): each listed as public.
    expect(declaredEndpoints((e) => builtIn.auth.has(e))).toEqual(Object.keys(PUBLIC).sort())
  })

  it('no GraphQL query or mutation resolves outside Payload’s generated ones', () => {
    const config = server.payload.config as any
    expect(config.graphQL.queries).toBeUndefined()
    expect(config.graphQL.mutations).toBeUndefined()
  })

  it('no Express route outside the public API and the portal waits for staff', () => {
    expect(expressRoutesInSource()).toEqual(Object.keys(EXPRESS_ROUTES).sort())
  })

  for (const [key, row] of Object.entries(ENDPOINTS))
    it(`${key}: outsiders refused, the entitled let through (${row.why})`, async () => {
      for (const probe of row.probes) {
        const before = row.state ? await row.state() : undefined
        for (const who of CALLERS) {
          const url = probe.url()
          const label = `${who} ${probe.method} ${url}${probe.label ? ` (${probe.label})` : ''}`
          const res = await send(people[who], probe.method, url, probe.body?.())
          expect(res.status, `${label}: ${res.text.slice(0, 300)}`).toBeLessThan(500)
          expect(probe.refused[who], `${label}: ${res.text.slice(0, 300)}`).toContain(res.status)
          expect(res.text, label).not.toContain(MARK)
          if (res.status >= 200 && res.status < 300) {
            expect(probe.empty, `${label}: a 2xx needs a check that it holds nothing`).toBeDefined()
            probe.empty!(res, who)
          }
        }
        if (row.state)
          expect(await row.state(), `${key}: changed by a refused call`).toEqual(before)
        const allowed = await send(
          probe.allowed.who(),
          probe.method,
          probe.url(),
          (probe.allowed.body ?? probe.body)?.(),
        )
        expect(probe.allowed.status, `${key} allowed: ${allowed.text.slice(0, 300)}`).toContain(
          allowed.status,
        )
        probe.allowed.check?.(allowed)
      }
    })

  for (const [key, entry] of Object.entries(PUBLIC))
    it(`${key} is public on purpose (${entry.why}) and answers anonymously without error`, async () => {
      const [method, url, body] = entry.call()
      const res = await send(null, method, url, body)
      expect(res.status, res.text.slice(0, 300)).toBeLessThan(500)
      expect(entry.status, res.text.slice(0, 300)).toContain(res.status)
      entry.check?.(res)
    })
})

/**
 * Local API calls made for a user with `overrideAccess: true` (security-checks.md 11; the review
 * is /tmp/notes/override-access-review.md): where the code writes on someone's behalf with full
 * authority, the person must not reach another department's records through it.
 */
describe(`writes made with the workflow's authority stay in the department, on ${dbKind}`, () => {
  let publisherA: Person

  beforeAll(async () => {
    publisherA = await person(server, deptA, ['publisher'])
  })

  async function uploadAs(who: Person, name: string) {
    const form = new FormData()
    form.append(
      'file',
      new Blob([new Uint8Array(minimalPdf(name))], { type: 'application/pdf' }),
      name,
    )
    form.append('_payload', JSON.stringify({ title: name }))
    const res = await send(who, 'POST', '/api/attachments', form)
    expect(res.status, res.text).toBe(201)
    return res.json.doc
  }

  it("publishing A's document does not make B's unpublished file public (publishFiles)", async () => {
    const secret = await uploadAs(people.otherAuthor, `${MARK}-b-annex.pdf`)
    const fileUrl = `/api/attachments/file/${encodeURIComponent(secret.filename)}`
    expect((await send(null, 'GET', fileUrl)).status).toBe(403)

    // A's author points A's policy at B's file (its id is all they need), and A publishes it.
    const made = await send(people.authorA, 'POST', '/api/policies', {
      ...build.policies(deptA.id),
      attachments: [secret.id],
    })
    if (made.status === 201) {
      await publishThroughWorkflow(
        server,
        { author: people.authorA, reviewer: people.reviewerA, publisher: publisherA },
        'policies',
        made.json.doc.id,
      )
    } else expect([400, 403]).toContain(made.status)

    const stored: any = await server.payload.findByID({ collection: 'attachments', id: secret.id })
    expect(stored.public, 'B’s file was made public by A’s publication').not.toBe(true)
    expect([403, 404]).toContain((await send(null, 'GET', fileUrl)).status)
    expect([403, 404]).toContain((await send(people.noRole, 'GET', fileUrl)).status)
  })

  it("recording A's handling takes only A's files and A's people (eventInput)", async () => {
    // B's staff upload a response file for B; its id is all A's staff would need.
    const form = new FormData()
    form.append('file', new Blob([new Uint8Array(minimalPdf('乙部门答复书'))]), 'b.pdf')
    form.append('_payload', JSON.stringify({ department: deptB.id, purpose: 'response' }))
    const uploaded = await send(people.otherStaff, 'POST', '/api/request-files', form)
    expect(uploaded.status, uploaded.text).toBe(201)
    const events = async () =>
      (
        (await server.payload.findByID({
          collection: 'disclosure-requests',
          id: request.id,
        })) as any
      ).events.length
    const before = await events()
    const url = `/api/disclosure-requests/${request.id}/events`

    const foreignFile = await send(people.authorA, 'POST', url, {
      type: 'answered',
      outcome: 'partly_disclosed',
      answer: '答复',
      responseFiles: [uploaded.json.doc.id],
    })
    expect(foreignFile.status).toBe(400)
    expect(foreignFile.json.errors.map((e: any) => e.field)).toContain('responseFiles')

    const foreignPerson = await send(people.authorA, 'POST', url, {
      type: 'assigned',
      assignee: people.otherStaff.id,
    })
    expect(foreignPerson.status).toBe(400)
    expect(foreignPerson.json.errors.map((e: any) => e.field)).toEqual(['assignee'])
    expect(await events()).toBe(before)
  })

  it("publishing A's document does not repeal B's document (applyRelations)", async () => {
    // B's published policy: only B's staff may change it.
    const theirs = await makeDocument(server.payload, 'policies', deptB.id)
    expect(
      (await send(people.authorA, 'PATCH', `/api/policies/${theirs.id}`, { validity: 'repealed' }))
        .status,
    ).toBe(403)

    const made = await send(people.authorA, 'POST', '/api/policies', {
      ...build.policies(deptA.id),
      repeals: [{ relationTo: 'policies', value: theirs.id }],
    })
    // Refused when saved, naming the relation.
    expect(made.status, made.text).toBe(400)
    expect(JSON.stringify(made.json)).toContain('repeals')
    // A relation stored before that check existed (simulated by skipping it) cannot go forward:
    // submitting it is refused the same way.
    const mine: any = await server.payload.create({
      collection: 'policies',
      draft: true,
      data: {
        ...build.policies(deptA.id),
        repeals: [{ relationTo: 'policies', value: theirs.id }],
      } as any,
      context: { relationUpdate: true },
    })
    const submitted = await act(server, people.authorA, 'policies', mine.id, 'submit')
    expect(submitted.status).toBe(400)
    expect(JSON.stringify(submitted.body)).toContain('repeals.0')

    const after: any = await server.payload.findByID({ collection: 'policies', id: theirs.id })
    expect(after.validity, 'B’s policy was repealed by A’s publication').toBe('valid')
    expect(after.repealedBy ?? null).toBeNull()
  })
})
