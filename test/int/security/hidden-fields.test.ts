/**
 * Hidden fields cannot be probed (security-checks.md 3): password hashes and salts, reset tokens,
 * lockout counters, session ids, API key hashes, webhook secrets, the unmasked party name and ID
 * number of decisions about natural persons, and applicant data of disclosure requests.
 *
 * A probe is a pair of filters that would answer differently if the filter worked on the hidden
 * value: `equals <true value>` against `equals <a decoy of the same shape>`, a `like` on a prefix
 * of each, `exists true` against `exists false`, a bound just below and at a date, and so on.
 * Before asking the server, each pair is run through the Local API with access overridden, over
 * the rows the prober can see: it must answer differently there, so the test would fail if the
 * server let the filter through. The server must then refuse both (400/403) or answer both the
 * same; `sort=field` and `sort=-field` likewise give one order (or a refusal).
 */
import crypto from 'node:crypto'

import type { CollectionSlug, Where } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { residentIdCheckChar } from '../../../src/domain/resident-id'
import { build, makeDepartment, makeDocument, residentId } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { act, call, type Person, person } from '../../support/people'

let server: TestServer
let deptA: any
let deptB: any
/** Department A: an author, a department admin; B: an author (the "other department"). */
let aAuthor: Person
let aAdmin: Person
let bAuthor: Person
/** What the probes compare against: true stored values, read with access overridden. */
const truth: Record<string, any> = {}

/** A value of the same shape as a hex-ish secret that no row holds: every hex digit moved by 8. */
const flip = (s: string) => s.replace(/[0-9a-f]/g, (c) => (parseInt(c, 16) ^ 8).toString(16))
/** A resident ID that masks the same as `id` (region, sequence and check character) but is not it. */
function sameMaskAs(id: string): string {
  for (let day = new Date('1980-01-01'); ; day = new Date(day.getTime() + 86_400_000)) {
    const birth = day.toISOString().slice(0, 10).replace(/-/g, '')
    const first17 = `${id.slice(0, 6)}${birth}${id.slice(14, 17)}`
    const candidate = first17 + residentIdCheckChar(first17)
    if (candidate !== id && candidate.slice(-4) === id.slice(-4)) return candidate
  }
}
const shiftDate = (iso: string, ms: number) => new Date(Date.parse(iso) + ms).toISOString()

async function hidden(collection: CollectionSlug, id: number | string) {
  return (await server.payload.findByID({
    collection,
    id,
    depth: 0,
    overrideAccess: true,
    showHiddenFields: true,
  })) as any
}

beforeAll(async () => {
  server = await startTestServer()
  const { payload } = server
  deptA = await makeDepartment(payload)
  deptB = await makeDepartment(payload)
  aAuthor = await person(server, deptA, ['author'])
  aAdmin = await person(server, deptA, ['department_admin'])
  bAuthor = await person(server, deptB, ['author'])
  const aReviewer = await person(server, deptA, ['reviewer'])
  const aPublisher = await person(server, deptA, ['publisher'])

  // Users of department A that never sign in: reset tokens and lockout counters of their own.
  const victims: any[] = []
  for (const [i, attempts] of [
    [1, 3],
    [2, 1],
  ] as const) {
    const v: any = await payload.create({
      collection: 'users',
      data: {
        email: `victim${i}-${crypto.randomBytes(3).toString('hex')}@example.gov`,
        password: 'a long enough password',
        memberships: [{ department: deptA.id, roles: ['reviewer'] }],
      } as any,
    })
    await payload.forgotPassword({
      collection: 'users',
      data: { email: v.email },
      disableEmail: true,
    })
    await payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: v.id } },
      data: {
        loginAttempts: attempts,
        lockUntil: new Date(Date.now() + i * 3_600_000).toISOString(),
      },
    })
    victims.push(await hidden('users', v.id))
  }
  await payload.forgotPassword({
    collection: 'users',
    data: { email: aAuthor.email },
    disableEmail: true,
  })
  truth.victim = victims[0]
  truth.author = await hidden('users', aAuthor.id)

  // API keys and webhook subscriptions of department A, issued the way the admin issues them.
  for (const name of ['site one', 'site two', 'site three']) {
    const key: any = await payload.create({
      collection: 'api-keys',
      data: { name, department: deptA.id },
    })
    const issued = await call(server, aAdmin, 'POST', `/api/api-keys/${key.id}/issue`)
    expect(issued.status).toBe(200)
    truth.apiKey ??= await hidden('api-keys', key.id)
  }
  for (const name of ['hook one', 'hook two', 'hook three']) {
    const created = await call(server, aAdmin, 'POST', '/api/webhook-subscriptions', {
      name,
      department: deptA.id,
      url: 'https://receiver.example.org/hook',
      events: ['document.published'],
    })
    expect(created.status, JSON.stringify(created.body)).toBe(201)
    truth.webhook ??= await hidden('webhook-subscriptions', created.body.doc.id)
  }

  // Published decisions of department B: two about natural persons (masked in public), one about
  // a company (public as it is), in each decision collection.
  const people = [
    { partyName: '欧阳娜娜', idNumber: residentId('19900307', '123') },
    { partyName: '上官婉儿', idNumber: residentId('19851111', '456') },
  ]
  for (const collection of ['licensing-decisions', 'penalty-decisions'] as const) {
    const naturals = []
    for (const p of people)
      naturals.push(
        await makeDocument(payload, collection, deptB.id, {
          ...p,
          partyType: 'natural_person',
          idType: 'resident_id',
        }),
      )
    await makeDocument(payload, collection, deptB.id)
    truth[collection] = await hidden(collection, naturals[0].id)
  }

  // Two published policies of A, through the workflow: submittedBy points at the author (a user
  // whose secrets a relationship path could reach), and the reviewer's comments are internal.
  for (const comment of ['退回意见：第三条依据不足', '同意发布，注意核对附件']) {
    const policy = (await call(server, aAuthor, 'POST', '/api/policies', build.policies(deptA.id)))
      .body.doc
    for (const [who, action, input] of [
      [aAuthor, 'submit', {}],
      [aReviewer, 'approve', { comment }],
      [aPublisher, 'publish', {}],
    ] as const) {
      const res = await act(server, who, 'policies', policy.id, action, input)
      expect(res.status, `${action}: ${JSON.stringify(res.body)}`).toBe(200)
    }
    truth.policy ??= await hidden('policies', policy.id)
  }

  // Disclosure requests to A, submitted by the public.
  for (const [name, birth] of [
    ['张三丰', '19700101'],
    ['李四光', '19800202'],
  ] as const) {
    const res = await fetch(`${server.url}/api/v1/disclosure-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        department: deptA.code,
        applicantType: 'natural_person',
        applicantName: name,
        idType: 'resident_id',
        idNumber: residentId(birth, '321'),
        email: `${birth}@example.com`,
        phone: `138${birth}`,
        description: '请公开本部门2025年的收费目录。',
      }),
    })
    const body: any = await res.json()
    expect(res.status, JSON.stringify(body)).toBe(201)
    const stored = await server.payload.find({
      collection: 'disclosure-requests',
      where: { trackingCode: { equals: body.trackingCode } },
      overrideAccess: true,
      showHiddenFields: true,
    })
    truth.request ??= stored.docs[0]
  }
})

afterAll(async () => {
  await server?.stop()
})

type Kind = 'text' | 'number' | 'date'
type Probe = {
  /** Who asks: a function, since people exist only once beforeAll ran. */
  who: () => Person | null
  whoName: string
  collection: CollectionSlug
  field: string
  kind: Kind
  value: () => string | number
  /** A value of the same shape (and the same public, masked form) that the probed row lacks. */
  decoy: () => string | number
  /** Whether the field's presence is itself private (false when it is implied by public data). */
  existence?: boolean
  /** Whether to probe sorting (the prober sees at least two rows with distinct values). */
  sort?: boolean
  /** A path through a relationship to users: the oracle asks users, then the collection. */
  via?: { relation: string; field: string }
}

const anonymous = { who: () => null, whoName: 'anonymous' }
const asAuthorA = { who: () => aAuthor, whoName: 'author of A' }
const asAdminA = { who: () => aAdmin, whoName: 'department admin of A' }
const asAuthorB = { who: () => bAuthor, whoName: 'author of B' }
type Who = typeof anonymous | typeof asAuthorA

const userProbes = (who: Who, of: 'author' | 'victim', sort: boolean): Probe[] => [
  ...(['hash', 'salt', 'resetPasswordToken'] as const).map((field): Probe => ({
    ...who,
    collection: 'users',
    field,
    kind: 'text',
    value: () => truth[of][field],
    decoy: () => flip(truth[of][field]),
    sort,
  })),
  {
    ...who,
    collection: 'users',
    field: 'resetPasswordExpiration',
    kind: 'date',
    value: () => truth[of].resetPasswordExpiration,
    decoy: () => shiftDate(truth[of].resetPasswordExpiration, 86_400_000),
    sort,
  },
  {
    ...who,
    collection: 'users',
    field: 'loginAttempts',
    kind: 'number',
    value: () => truth[of].loginAttempts ?? 0,
    decoy: () => (truth[of].loginAttempts ?? 0) + 7,
    sort,
  },
]

const PROBES: Probe[] = [
  // The author sees only their own account: their own secrets must not be queryable either.
  ...userProbes(asAuthorA, 'author', false),
  // The department admin sees A's accounts, the victims among them.
  ...userProbes(asAdminA, 'victim', true),
  {
    ...asAdminA,
    collection: 'users',
    field: 'lockUntil',
    kind: 'date',
    value: () => truth.victim.lockUntil,
    decoy: () => shiftDate(truth.victim.lockUntil, 86_400_000),
    sort: true,
  },
  {
    // The author signed in, so has a session; the admin sees the author's account.
    ...asAdminA,
    collection: 'users',
    field: 'sessions.id',
    kind: 'text',
    value: () => truth.author.sessions[0].id,
    decoy: () => flip(truth.author.sessions[0].id),
  },
  ...[asAdminA, asAuthorA].map((who): Probe => ({
    ...who,
    collection: 'api-keys',
    field: 'keyHash',
    kind: 'text',
    value: () => truth.apiKey.keyHash,
    decoy: () => flip(truth.apiKey.keyHash),
    sort: who === asAdminA,
  })),
  ...[asAdminA, asAuthorA].map((who): Probe => ({
    ...who,
    collection: 'webhook-subscriptions',
    field: 'secret',
    kind: 'text',
    value: () => truth.webhook.secret,
    decoy: () => flip(truth.webhook.secret),
    sort: who === asAdminA,
  })),
  // A user's secrets (and a staff email) through a relationship of a public document.
  ...(['hash', 'salt', 'resetPasswordToken', 'email'] as const).flatMap((field) =>
    [anonymous, asAuthorB].map((who): Probe => ({
      ...who,
      collection: 'policies',
      field: `submittedBy.${field}`,
      via: { relation: 'submittedBy', field },
      kind: 'text',
      value: () => truth.author[field],
      decoy: () => (field === 'email' ? `x${truth.author.email}` : flip(truth.author[field])),
      existence: field !== 'email',
    })),
  ),
  // The reviewer's internal comment on a published document of A.
  ...[anonymous, asAuthorB].map((who): Probe => ({
    ...who,
    collection: 'policies',
    field: 'reviewComment',
    kind: 'text',
    value: () => truth.policy.reviewComment,
    decoy: () => '退回意见：第五条表述不清',
    sort: true,
  })),
  // Decisions of B about natural persons: the public and other departments see masked forms.
  ...(['licensing-decisions', 'penalty-decisions'] as const).flatMap((collection) =>
    [anonymous, asAuthorA].flatMap((who): Probe[] => [
      {
        ...who,
        collection,
        field: 'partyName',
        kind: 'text',
        value: () => truth[collection].partyName,
        // Same surname, so the same masked public name (欧阳**).
        decoy: () => `${truth[collection].partyName.slice(0, 2)}丽丽`,
        // Every decision has a party name; companies' names are public.
        existence: false,
        sort: true,
      },
      {
        ...who,
        collection,
        field: 'idNumber',
        kind: 'text',
        value: () => truth[collection].idNumber,
        decoy: () => sameMaskAs(truth[collection].idNumber),
        sort: true,
      },
    ]),
  ),
  // Disclosure requests to A: nobody outside A sees applicants, and nobody sees the key hash.
  ...(
    [
      ['name', (v: string) => `${v.slice(0, 1)}丽丽`],
      ['idNumber', sameMaskAs],
      ['email', (v: string) => `x${v}`],
      ['phone', (v: string) => [...v].reverse().join('')],
    ] as const
  ).flatMap(([field, decoy]) =>
    [anonymous, asAuthorB].map((who): Probe => ({
      ...who,
      collection: 'disclosure-requests',
      field: `applicant.${field}`,
      kind: 'text',
      value: () => truth.request.applicant[field],
      decoy: () => decoy(truth.request.applicant[field]),
      sort: true,
    })),
  ),
  ...[asAuthorA, asAuthorB].map((who): Probe => ({
    ...who,
    collection: 'disclosure-requests',
    field: 'accessKeyHash',
    kind: 'text',
    value: () => truth.request.accessKeyHash,
    decoy: () => flip(truth.request.accessKeyHash),
    sort: true,
  })),
]

type Pair = [op: string, forValue: unknown, forDecoy: unknown]

/** Filter pairs that would tell the true value from the decoy if the filter worked. */
function pairs(kind: Kind, value: any, decoy: any, existence: boolean): Pair[] {
  const both = (op: string, f: (v: any) => unknown = (v) => v): Pair => [op, f(value), f(decoy)]
  const list: Pair[] = [
    both('equals'),
    both('not_equals'),
    both('in', (v) => [v]),
    both('not_in', (v) => [v]),
  ]
  if (kind === 'text') {
    const prefix = (v: string) => v.slice(0, Math.max(3, Math.ceil(v.length * 0.75)))
    const middle = (v: string) => v.slice(Math.floor(v.length / 2))
    list.push(both('like', prefix), both('not_like', prefix), both('contains', middle))
  }
  if (kind === 'number')
    list.push(['greater_than', value - 1, value], ['less_than', value + 1, value])
  if (kind === 'date')
    list.push(
      ['greater_than', shiftDate(value, -1), value],
      ['less_than_equal', value, shiftDate(value, -1)],
    )
  if (existence) list.push(['exists', true, false])
  return list
}

/** `where[a.b][op]=v` in Payload's query-string form (arrays as [0]=…). */
function whereQuery(field: string, op: string, v: unknown): string {
  const key = `where[${field}][${op}]`
  if (Array.isArray(v))
    return v.map((x, i) => `${key}[${i}]=${encodeURIComponent(String(x))}`).join('&')
  return `${key}=${encodeURIComponent(String(v))}`
}

type Answer = { status: number; totalDocs?: number; ids?: unknown[]; text: string }

async function rest(who: Person | null, collection: string, query: string): Promise<Answer> {
  const res = await call(server, who, 'GET', `/api/${collection}?depth=0&limit=100&${query}`)
  return {
    status: res.status,
    totalDocs: res.body?.totalDocs,
    ids: res.body?.docs?.map((d: any) => d.id),
    text: JSON.stringify(res.body),
  }
}

/** What the prober can see at all: where a working filter would tell the values apart. */
async function visibleIds(who: Person | null, collection: string) {
  const all = await rest(who, collection, 'limit=1000')
  return all.status === 200 ? (all.ids ?? []) : []
}

/**
 * Counts and orders with access overridden: what the server would answer if the filter worked,
 * over the rows the prober sees (or over all rows when it sees none: then what is probed is the
 * row-level access itself).
 */
async function oracle(probe: Probe, scope: unknown[], where: Where, sort?: string) {
  let constraint = where
  if (probe.via) {
    // Payload refuses hidden fields behind a relationship even with access overridden: ask users.
    const [op, v] = Object.entries(where[probe.field] as object)[0]!
    const users = await server.payload.find({
      collection: 'users',
      where: { [probe.via.field]: { [op]: v } },
      depth: 0,
      limit: 1000,
      overrideAccess: true,
      showHiddenFields: true,
    })
    constraint = { [probe.via.relation]: { in: [0, ...users.docs.map((u) => u.id)] } }
  }
  const res = await server.payload.find({
    collection: probe.collection,
    where: scope.length ? { and: [{ id: { in: scope } }, constraint] } : constraint,
    sort,
    depth: 0,
    limit: 1000,
    overrideAccess: true,
    showHiddenFields: true,
  })
  return { totalDocs: res.totalDocs, ids: res.docs.map((d) => d.id) }
}

/** Both refused, or both answered alike. */
function expectSameAnswer(a: Answer, b: Answer, what: string, compare: 'totalDocs' | 'ids') {
  expect([200, 400, 403], `${what}: ${a.status} ${a.text.slice(0, 300)}`).toContain(a.status)
  expect(b.status, `${what}: ${b.text.slice(0, 300)}`).toBe(a.status)
  if (a.status === 200) expect(b[compare], `${what}: ${compare}`).toEqual(a[compare])
}

describe(`hidden fields on ${dbKind}`, () => {
  for (const probe of PROBES) {
    it(`${probe.whoName}: ${probe.collection} ${probe.field}`, async () => {
      const who = probe.who()
      const value = probe.value()
      const decoy = probe.decoy()
      expect(value ?? '', 'the probed row holds a value').not.toBe('')
      expect(decoy).not.toEqual(value)
      const scope = probe.via ? [] : await visibleIds(who, probe.collection)
      // Only pairs that tell the values apart where the filter would run are probes (`not_like`,
      // for one, matches nothing but nulls on some fields); equality always must.
      const telling: Pair[] = []
      for (const pair of pairs(probe.kind, value, decoy, probe.existence ?? true)) {
        const [op, forValue, forDecoy] = pair
        const o1 = await oracle(probe, scope, { [probe.field]: { [op]: forValue } })
        const o2 = await oracle(probe, scope, { [probe.field]: { [op]: forDecoy } })
        if (o1.totalDocs !== o2.totalDocs) telling.push(pair)
      }
      expect(
        telling.map(([op]) => op),
        'probes that can tell (test setup)',
      ).toContain('equals')
      if (probe.kind === 'text')
        expect(
          telling.map(([op]) => op),
          'probes that can tell (test setup)',
        ).toContain('like')

      for (const [op, forValue, forDecoy] of telling) {
        const what = `${probe.field} ${op}`
        const a = await rest(who, probe.collection, whereQuery(probe.field, op, forValue))
        const b = await rest(who, probe.collection, whereQuery(probe.field, op, forDecoy))
        expectSameAnswer(a, b, what, 'totalDocs')
        // Nor does any answer carry the value.
        if (typeof value === 'string' && value.length > 6) {
          expect(a.text, what).not.toContain(value)
          expect(b.text, what).not.toContain(value)
        }
        // Payload's /count answers the same way.
        const count = (v: unknown) =>
          call(
            server,
            who,
            'GET',
            `/api/${probe.collection}/count?${whereQuery(probe.field, op, v)}`,
          )
        const [c1, c2] = [await count(forValue), await count(forDecoy)]
        expect([200, 400, 403], `${what} /count`).toContain(c1.status)
        expect(c2.status, `${what} /count`).toBe(c1.status)
        if (c1.status === 200) expect(c2.body.totalDocs, `${what} /count`).toBe(c1.body.totalDocs)
      }

      if (probe.sort) {
        const asc = await oracle(probe, scope, {}, probe.field)
        const desc = await oracle(probe, scope, {}, `-${probe.field}`)
        expect(asc.ids, 'sorting can tell (test setup)').not.toEqual(desc.ids)
        expectSameAnswer(
          await rest(who, probe.collection, `sort=${probe.field}`),
          await rest(who, probe.collection, `sort=-${probe.field}`),
          `sort ${probe.field}`,
          'ids',
        )
      }
    })
  }
})

/**
 * The same probes through GraphQL. Hidden fields are not in the schema's `where` types at all (a
 * validation error); fields with read access in the schema must answer as REST does.
 */
type GqlProbe = {
  who: () => Person | null
  whoName: string
  list: string
  field: string
  value: () => string
  decoy: () => string
}

const GQL_PROBES: GqlProbe[] = [
  ...(['hash', 'salt', 'resetPasswordToken'] as const).flatMap((field) =>
    [asAdminA, asAuthorA].map((who): GqlProbe => ({
      ...who,
      list: 'Users',
      field,
      value: () => truth[who === asAdminA ? 'victim' : 'author'][field],
      decoy: () => flip(truth[who === asAdminA ? 'victim' : 'author'][field]),
    })),
  ),
  ...(
    [
      ['LicensingDecisions', 'licensing-decisions'],
      ['PenaltyDecisions', 'penalty-decisions'],
    ] as const
  ).flatMap(([list, collection]) =>
    [anonymous, asAuthorA].flatMap((who): GqlProbe[] => [
      {
        ...who,
        list,
        field: 'partyName',
        value: () => truth[collection].partyName,
        decoy: () => `${truth[collection].partyName.slice(0, 2)}丽丽`,
      },
      {
        ...who,
        list,
        field: 'idNumber',
        value: () => truth[collection].idNumber,
        decoy: () => sameMaskAs(truth[collection].idNumber),
      },
    ]),
  ),
  ...[anonymous, asAuthorB].map((who): GqlProbe => ({
    ...who,
    list: 'Policies',
    field: 'reviewComment',
    value: () => truth.policy.reviewComment,
    decoy: () => '退回意见：第五条表述不清',
  })),
]

type GqlAnswer = { status: number; refused: boolean; totalDocs?: number; ids?: unknown[] }

async function gql(who: Person | null, query: string): Promise<GqlAnswer> {
  const res = await call(server, who, 'POST', '/api/graphql', { query })
  const result = res.body?.data ? Object.values(res.body.data)[0] : null
  return {
    status: res.status,
    refused: Boolean(res.body?.errors?.length) || !result,
    totalDocs: (result as any)?.totalDocs,
    ids: (result as any)?.docs?.map((d: any) => d.id),
  }
}

function expectSameGql(a: GqlAnswer, b: GqlAnswer, what: string) {
  expect(a.status, what).toBeLessThan(500)
  expect(b.status, what).toBeLessThan(500)
  expect(b.refused, what).toBe(a.refused)
  if (!a.refused) {
    expect(b.totalDocs, what).toBe(a.totalDocs)
    expect(b.ids, what).toEqual(a.ids)
  }
}

describe(`hidden fields through GraphQL on ${dbKind}`, () => {
  for (const probe of GQL_PROBES) {
    it(`${probe.whoName}: ${probe.list} ${probe.field}`, async () => {
      const who = probe.who()
      const [value, decoy] = [probe.value(), probe.decoy()]
      expect(value).toBeTruthy()
      // The list itself answers this person (a refusal below is about the field, nothing else).
      const control = await gql(who, `{ ${probe.list}(limit: 1) { totalDocs docs { id } } }`)
      expect(control.refused, `${probe.list} answers ${probe.whoName}`).toBe(false)
      const prefix = (v: string) => v.slice(0, Math.max(3, Math.ceil(v.length * 0.75)))
      for (const [op, v, d] of [
        ['equals', value, decoy],
        ['like', prefix(value), prefix(decoy)],
        ['in', [value], [decoy]],
        ['not_equals', value, decoy],
      ] as const) {
        const ask = (x: unknown) =>
          gql(
            who,
            `{ ${probe.list}(where: { ${probe.field}: { ${op}: ${JSON.stringify(x)} } }, limit: 100) { totalDocs docs { id } } }`,
          )
        expectSameGql(await ask(v), await ask(d), `${probe.list} ${probe.field} ${op}`)
      }
      const sorted = (sort: string) =>
        gql(who, `{ ${probe.list}(sort: "${sort}", limit: 100) { totalDocs docs { id } } }`)
      expectSameGql(
        await sorted(probe.field),
        await sorted(`-${probe.field}`),
        `${probe.list} sort ${probe.field}`,
      )
    })
  }
})
