/**
 * Fuzzing of the staff endpoints' parameters (security-checks.md 2, "every v1 query parameter"'s
 * counterpart for staff; Payload's own query parameters are in payload-fuzz.test.ts): each custom
 * endpoint that reads a query or a body gets generated values — wrong types, impossible dates,
 * repeated and nested parameters, NUL bytes, injection strings, huge strings, broken JSON — from
 * the person entitled to call it. Every answer is a documented status, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import { generator } from '../../support/fuzz'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person } from '../../support/people'

const PER_ENDPOINT = 150
const DOCUMENTED = [200, 201, 400, 401, 403, 404, 409, 413, 415]

let server: TestServer
let dept: any
let staff: Person
let auditor: Person
let draftId: number | string

const { pick, rand } = generator(9)

function hostile(): string {
  return pick([
    '',
    ' ',
    '0',
    '-1',
    '1.5',
    '2025',
    '1999',
    '3000',
    '2025-02-30',
    '2025-13-01',
    '9999-12-31',
    '2025-01-01T00:00:00Z',
    'abc',
    'true',
    'false',
    'null',
    'NaN',
    'Infinity',
    '1e309',
    '[]',
    '{}',
    '\u0000',
    '%00',
    "' OR 1=1--",
    '"; DROP TABLE users; --',
    '../../etc/passwd',
    '〔2025〕',
    '__proto__',
    'constructor',
    'x'.repeat(5000),
    '许可'.repeat(300),
    dept?.code ?? 'A',
  ])
}

function anyValue(depth = 0): unknown {
  const r = rand()
  if (r < 0.35) return hostile()
  if (r < 0.5) return pick([0, -1, 1.5, 2025, 1e308, -0, Number.MAX_SAFE_INTEGER + 2])
  if (r < 0.6) return pick([true, false, null])
  if (r < 0.8 && depth < 3)
    return Array.from({ length: Math.floor(rand() * 4) }, () => anyValue(depth + 1))
  if (depth < 3) return Object.fromEntries([[hostile(), anyValue(depth + 1)]])
  return hostile()
}

type Valid = Record<string, () => unknown>

/** Half the time a value the endpoint accepts, so the generator also gets past its checks. */
const valueOf = (name: string, valid: Valid) =>
  valid[name] && rand() < 0.75 ? String(valid[name]!()) : hostile()

/** A query string over these names: values generated, sometimes repeated or bracketed. */
function query(names: readonly string[], valid: Valid): string {
  const parts: string[] = []
  for (const name of names) {
    const r = rand()
    if (r < 0.1) continue
    const key = r < 0.15 ? `${name}[${hostile().slice(0, 8)}]` : name
    parts.push(`${encodeURIComponent(key)}=${encodeURIComponent(valueOf(name, valid))}`)
    if (rand() < 0.15) parts.push(`${encodeURIComponent(name)}=${encodeURIComponent(hostile())}`)
  }
  if (rand() < 0.2) parts.push(`${encodeURIComponent(hostile().slice(0, 20))}=1`)
  return parts.join('&')
}

/** A JSON body over these names (or, sometimes, something that is not an object, or not JSON). */
function body(names: readonly string[], valid: Valid): string {
  const r = rand()
  if (r < 0.1) return pick(['', '{', 'null', '[]', '"text"', '{"a":', '\u0000'])
  if (r < 0.15) return JSON.stringify(anyValue())
  const out: Record<string, unknown> = {}
  for (const name of names)
    if (rand() < 0.9) out[name] = valid[name] && rand() < 0.75 ? valid[name]!() : anyValue()
  if (rand() < 0.2) out[hostile().slice(0, 20)] = anyValue()
  return JSON.stringify(out)
}

type Target = {
  name: string
  who: () => Person
  method: 'GET' | 'POST'
  path: () => string
  params?: readonly string[]
  fields?: readonly string[]
  /** Values the endpoint accepts, by parameter. */
  valid?: Valid
  /** Statuses the run must include: proof that the input reached past the checks, or was refused. */
  reached: number[]
}

const year = () => pick([2024, 2025, '2025'])
const day = () => pick(['2025-01-01', '2025-06-30', '2025-12-31'])

const TARGETS: Target[] = [
  {
    name: 'GET /api/reports/annual',
    who: () => staff,
    method: 'GET',
    path: () => '/api/reports/annual',
    params: ['department', 'year', 'includeChildren', 'coercion', 'feesWan', 'format'],
    valid: {
      department: () => dept.code,
      year,
      includeChildren: () => pick(['true', 'false']),
      coercion: () => pick([0, 3]),
      feesWan: () => pick([0, 1.5]),
      format: () => pick(['html', 'csv', 'json']),
    },
    reached: [200, 400],
  },
  {
    name: 'GET /api/reports/performance',
    who: () => staff,
    method: 'GET',
    path: () => '/api/reports/performance',
    params: ['department', 'from', 'to', 'includeChildren', 'format'],
    valid: {
      department: () => dept.code,
      from: () => '2025-01-01',
      to: day,
      includeChildren: () => pick(['true', 'false']),
      format: () => pick(['html', 'csv', 'json']),
    },
    reached: [200, 400],
  },
  {
    name: 'POST /api/reports/annual/publish',
    who: () => staff,
    method: 'POST',
    path: () => '/api/reports/annual/publish',
    fields: ['department', 'year', 'includeChildren', 'coercion', 'feesWan'],
    valid: {
      department: () => dept.code,
      year: () => pick([2023, 2024, 2025]),
      includeChildren: () => pick([true, false]),
      coercion: () => pick([0, 3]),
      feesWan: () => pick([0, 1.5]),
    },
    reached: [400],
  },
  {
    name: 'GET /api/audit-log/export',
    who: () => auditor,
    method: 'GET',
    path: () => '/api/audit-log/export',
    params: ['from', 'to'],
    valid: { from: day, to: () => pick(['2025-12-31', '2026-12-31T00:00:00Z']) },
    reached: [200, 400],
  },
  {
    name: 'GET /api/clocks/dashboard',
    who: () => staff,
    method: 'GET',
    path: () => '/api/clocks/dashboard',
    params: ['today'],
    valid: { today: day },
    reached: [200, 400],
  },
  {
    name: 'GET /api/workflow/inbox',
    who: () => staff,
    method: 'GET',
    path: () => '/api/workflow/inbox',
    params: ['collection', 'limit', 'page'],
    reached: [200],
  },
  {
    name: 'POST /api/policies/:id/workflow',
    who: () => staff,
    method: 'POST',
    path: () => `/api/policies/${draftId}/workflow`,
    fields: ['action', 'comment', 'notice', 'reason', 'publishAt', 'updatedAt'],
    valid: {
      action: () =>
        pick(['submit', 'recall', 'reject', 'approve', 'publish', 'schedule', 'withdraw']),
      comment: () => pick(['请补充依据', '']),
      publishAt: () => new Date(Date.now() + 86_400_000).toISOString(),
    },
    reached: [200, 400],
  },
  {
    name: 'GET /api/import-runs/:id/errors.csv',
    who: () => staff,
    method: 'GET',
    path: () => `/api/import-runs/${pick(['1', '999999', '0', '-1', 'abc', '%00'])}/errors.csv`,
    reached: [404],
  },
]

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  staff = await person(server, dept, ['author', 'reviewer', 'publisher', 'department_admin'])
  auditor = await person(server, null, [], { platformRoles: ['audit_admin'] })
  const made = await call(server, staff, 'POST', '/api/policies', build.policies(dept.id))
  expect(made.status).toBe(201)
  draftId = made.body.doc.id
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe(`staff endpoints' parameters, fuzzed, on ${dbKind}`, () => {
  it.each(TARGETS.map((t) => [t.name, t] as const))(
    '%s answers generated input with a documented status, never a 500',
    async (_name, target) => {
      const seen = new Map<number, number>()
      const wrong: string[] = []
      for (let i = 0; i < PER_ENDPOINT; i++) {
        const q = target.params ? query(target.params, target.valid ?? {}) : ''
        const url = `${server.url}${target.path()}${q ? `?${q}` : ''}`
        const sent =
          target.method === 'POST' ? body(target.fields ?? [], target.valid ?? {}) : undefined
        const res = await fetch(url, {
          method: target.method,
          headers: {
            authorization: `JWT ${target.who().token}`,
            ...(sent === undefined ? {} : { 'content-type': 'application/json' }),
          },
          body: sent,
        })
        await res.arrayBuffer()
        seen.set(res.status, (seen.get(res.status) ?? 0) + 1)
        if (!DOCUMENTED.includes(res.status))
          wrong.push(
            `${res.status} ${target.method} ${url.slice(0, 300)} ${sent?.slice(0, 200) ?? ''}`,
          )
      }
      expect(wrong.slice(0, 5), `statuses seen: ${JSON.stringify([...seen])}`).toEqual([])
      // The generator reaches past the parameter checks at times, and is refused at others.
      for (const status of target.reached)
        expect(seen.get(status) ?? 0, `${status} in ${JSON.stringify([...seen])}`).toBeGreaterThan(
          0,
        )
    },
    120_000,
  )

  it('the server is still healthy afterwards', async () => {
    expect((await call(server, null, 'GET', '/healthz')).status).toBe(200)
  })
})
