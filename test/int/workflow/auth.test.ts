/**
 * Authentication hardening over real HTTP, with the MLPS password profile: the password policy
 * (length, breached list, complexity, rotation), tokens that die at logout, deletion and expiry,
 * closed first-user registration, and per-address sign-in throttling across REST and GraphQL.
 */
import crypto from 'node:crypto'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { call, type Person, person } from '../../support/people'
import { RESET_LIMIT_DEFAULT } from '../../../src/server/login-throttle'

const LIMIT = 6
const GOOD = 'Correct horse battery staple 7'
let server: TestServer
let sysadmin: Person

const login = (email: string, password: string, headers: Record<string, string> = {}) =>
  call(server, null, 'POST', '/api/users/login', { email, password }, headers)
const me = async (token: string) =>
  (await call(server, { token } as Person, 'GET', '/api/users/me')).body?.user ?? null
const passwordErrors = (body: any): string[] =>
  (body?.errors?.[0]?.data?.errors ?? [])
    .filter((e: any) => e.path === 'password')
    .map((e: any) => e.message)

/** A token signed like Payload's (its header, HS256 with the instance secret), with these claims. */
function sign(like: string, claims: Record<string, unknown>): string {
  const b64 = (v: object) => Buffer.from(JSON.stringify(v)).toString('base64url')
  const head = `${like.split('.')[0]}.${b64(claims)}`
  const mac = crypto.createHmac('sha256', server.payload.secret).update(head).digest('base64url')
  return `${head}.${mac}`
}
const claimsOf = (token: string) =>
  JSON.parse(Buffer.from(token.split('.')[1]!, 'base64url').toString('utf8'))

beforeAll(async () => {
  server = await startTestServer({
    passwordPolicy: 'mlps',
    loginRateLimit: LIMIT,
    // As behind a reverse proxy on this machine: X-Forwarded-For names the client.
    trustProxy: 'loopback',
    adminPassword: 'Correct horse battery staple 1',
  })
  sysadmin = await person(server, null, [], {
    platformRoles: ['system_admin'],
    password: 'Admin password for tests 1',
  })
})
afterAll(async () => {
  await server?.stop()
})

describe(`authentication on ${dbKind} (MLPS profile)`, () => {
  it('new passwords meet the policy; the field is named in the error; nothing is stored', async () => {
    for (const [password, fragment] of [
      ['short', '至少需要 12 个字符'],
      ['qwerty123456', '泄露密码库'],
      ['Password1234!', '泄露密码库'],
      ['all lower case words here', '至少三类'],
    ]) {
      const res = await call(server, sysadmin, 'POST', '/api/users', {
        email: `p-${crypto.randomBytes(3).toString('hex')}@example.gov`,
        password,
      })
      expect(res.status, password).toBe(400)
      expect(passwordErrors(res.body).join(' '), password).toContain(fragment)
    }
    const { totalDocs } = await server.payload.count({ collection: 'users' })
    const ok = await call(server, sysadmin, 'POST', '/api/users', {
      email: 'good@example.gov',
      password: GOOD,
      passwordChangedAt: '2000-01-01T00:00:00Z', // not the client's to set
    })
    expect(ok.status).toBe(201)
    expect((await server.payload.count({ collection: 'users' })).totalDocs).toBe(totalDocs + 1)
    const stored: any = await server.payload.findByID({ collection: 'users', id: ok.body.doc.id })
    expect(Date.parse(stored.passwordChangedAt)).toBeGreaterThan(Date.now() - 60_000)
  })

  it('a person cannot change their own password to a weak one; the old one keeps working', async () => {
    const p = await person(server, null, [], { password: GOOD })
    const res = await call(server, p, 'PATCH', `/api/users/${p.id}`, { password: 'qwerty123456' })
    expect(res.status).toBe(400)
    expect(passwordErrors(res.body).length).toBeGreaterThan(0)
    expect((await login(p.email, GOOD)).status).toBe(200)
  })

  it('MLPS rotation: a password older than 90 days does not sign in until an admin resets it', async () => {
    const p = await person(server, null, [], { password: GOOD })
    await server.payload.db.updateOne({
      collection: 'users',
      where: { id: { equals: p.id } },
      data: { passwordChangedAt: new Date(Date.now() - 91 * 86_400_000).toISOString() },
    })
    const refused = await login(p.email, GOOD)
    expect(refused.status).toBe(403)
    expect(refused.body.errors[0].message).toContain('90 天')
    const reset = await call(server, sysadmin, 'PATCH', `/api/users/${p.id}`, {
      password: 'A fresh password for 2027',
    })
    expect(reset.status).toBe(200)
    expect((await login(p.email, 'A fresh password for 2027')).status).toBe(200)
  })

  it('a token dies at logout, at account deletion, and at expiry', async () => {
    const p = await person(server, null, [], { password: GOOD })
    expect(await me(p.token)).toMatchObject({ email: p.email })
    const out = await call(server, p, 'POST', '/api/users/logout')
    expect(out.status).toBe(200)
    expect(await me(p.token)).toBeNull()

    const q = await person(server, null, [], { password: GOOD })
    // Our own signature is accepted while the token is current (the next check is meaningful)...
    const claims = claimsOf(q.token)
    expect(
      await me(sign(q.token, { ...claims, exp: Math.floor(Date.now() / 1000) + 600 })),
    ).toMatchObject({
      email: q.email,
    })
    // ...and refused once it has expired.
    expect(
      await me(sign(q.token, { ...claims, exp: Math.floor(Date.now() / 1000) - 1 })),
    ).toBeNull()

    expect((await call(server, sysadmin, 'DELETE', `/api/users/${q.id}`)).status).toBe(200)
    expect(await me(q.token)).toBeNull()
  })

  it('first-user registration is closed once a user exists', async () => {
    const res = await call(server, null, 'POST', '/api/users/first-register', {
      email: 'intruder@example.gov',
      password: 'Intruder password 2026!',
    })
    expect(res.status).toBe(403)
    const { totalDocs } = await server.payload.count({
      collection: 'users',
      where: { email: { equals: 'intruder@example.gov' } },
    })
    expect(totalDocs).toBe(0)
  })

  it(`throttles sign-ins per client address: after ${LIMIT} failures (REST and GraphQL) even the right password gets 429`, async () => {
    const p = await person(server, null, [], { password: GOOD })
    const from = (ip: string) => ({ 'x-forwarded-for': ip, 'accept-language': 'en' })
    const attacker = from('203.0.113.9')
    for (let i = 0; i < LIMIT; i++) {
      if (i % 2) {
        const res = await login(`nobody-${i}@example.gov`, 'Wrong password 12345!', attacker)
        expect(res.status).toBe(401)
      } else {
        const gql = await call(
          server,
          null,
          'POST',
          '/api/graphql',
          {
            query: `mutation { loginUser(email: "nobody-${i}@example.gov", password: "Wrong password 12345!") { token } }`,
          },
          attacker,
        )
        expect(gql.status).toBe(200)
        expect(gql.body.errors?.length).toBeGreaterThan(0)
      }
    }
    const blocked = await login(p.email, GOOD, attacker)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(blocked.body.errors[0].message).toMatch(/Too many sign-in attempts/)
    const gql = await call(
      server,
      null,
      'POST',
      '/api/graphql',
      { query: `mutation { loginUser(email: "${p.email}", password: "${GOOD}") { token } }` },
      attacker,
    )
    expect(gql.status).toBe(429)
    // Another address signs in; other requests from the blocked one are not affected.
    expect((await login(p.email, GOOD, from('198.51.100.7'))).status).toBe(200)
    expect((await call(server, p, 'GET', '/api/users/me', undefined, attacker)).status).toBe(200)
    const { docs } = await server.payload.find({
      collection: 'audit-log',
      where: { action: { equals: 'login' }, result: { equals: 'failure' } },
      pagination: false,
      overrideAccess: true,
    })
    expect(
      docs.filter((d: any) => d.ip === '203.0.113.9').map((d: any) => d.detail?.reason),
    ).toContain('throttled')
  })

  it('throttles password-reset requests per address: every one counts, as each may send an email', async () => {
    const from = (ip: string) => ({ 'x-forwarded-for': ip, 'accept-language': 'en' })
    const sender = from('203.0.113.77')
    const forgot = (email: string, headers: Record<string, string>) =>
      call(server, null, 'POST', '/api/users/forgot-password', { email }, headers)
    // Known and unknown addresses alike answer 200 (no enumeration), and all count.
    for (let i = 0; i < RESET_LIMIT_DEFAULT; i++) {
      const res = await forgot(i % 2 ? sysadmin.email : `nobody-${i}@example.gov`, sender)
      expect(res.status).toBe(200)
    }
    const blocked = await forgot(sysadmin.email, sender)
    expect(blocked.status).toBe(429)
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0)
    expect(blocked.body.errors[0].message).toMatch(/Too many password-reset requests/)
    // Another address is not affected, and signing in from the throttled one still works.
    expect((await forgot(sysadmin.email, from('198.51.100.77'))).status).toBe(200)
    // The refusal is recorded (after the answer: the client does not wait for it).
    await expect
      .poll(async () => {
        const { docs } = await server.payload.find({
          collection: 'audit-log',
          where: { action: { equals: 'password.reset.request' }, ip: { equals: '203.0.113.77' } },
          overrideAccess: true,
        })
        return docs.map((d: any) => d.detail?.reason)
      })
      .toContain('throttled')
  })
})
