/**
 * Accounts and the three separated administrator powers (三员分立), over real HTTP on a real
 * database: who creates accounts, who assigns roles, who unlocks and disables, who reads whom.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { makeDepartment } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer
let dept: any
const PASSWORD = 'a long enough password'
const tokens: Record<string, string> = {}

async function api(who: string | null, method: string, path: string, body?: unknown) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(who ? { authorization: `JWT ${tokens[who]}` } : {}),
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

async function login(email: string, password = PASSWORD) {
  return api(null, 'POST', '/api/users/login', { email, password })
}

async function account(email: string, data: Record<string, unknown> = {}) {
  const user = await server.payload.create({
    collection: 'users',
    data: { email, password: PASSWORD, ...data } as any,
  })
  const res = await login(email)
  tokens[email] = res.body.token
  return user as any
}

beforeAll(async () => {
  server = await startTestServer()
  dept = await makeDepartment(server.payload)
  await account('sys@example.gov', { platformRoles: ['system_admin'] })
  await account('sec@example.gov', { platformRoles: ['security_admin'] })
  await account('aud@example.gov', { platformRoles: ['audit_admin'] })
  await account('editor@example.gov', { memberships: [{ department: dept.id, roles: ['author'] }] })
})
afterAll(async () => {
  await server?.stop()
})

describe(`accounts on ${dbKind}`, () => {
  it('the system admin creates accounts, but roles in the request are ignored', async () => {
    const res = await api('sys@example.gov', 'POST', '/api/users', {
      email: 'new@example.gov',
      password: PASSWORD,
      platformRoles: ['security_admin'],
      memberships: [{ department: dept.id, roles: ['publisher'] }],
    })
    expect(res.status).toBe(201)
    const stored: any = await server.payload.findByID({ collection: 'users', id: res.body.doc.id })
    expect(stored.platformRoles ?? []).toEqual([])
    expect(stored.memberships ?? []).toEqual([])
  })

  it.each(['sec@example.gov', 'aud@example.gov', 'editor@example.gov', null])(
    '%s cannot create accounts',
    async (who) => {
      const res = await api(who, 'POST', '/api/users', {
        email: `x-${who}@example.gov`,
        password: PASSWORD,
      })
      expect(res.status).toBe(403)
    },
  )

  it('only the security admin assigns roles', async () => {
    const target: any = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'new@example.gov' } },
      })
    ).docs[0]
    const bySys = await api('sys@example.gov', 'PATCH', `/api/users/${target.id}`, {
      memberships: [{ department: dept.id, roles: ['publisher'] }],
    })
    expect(bySys.status).toBe(200)
    expect(
      ((await server.payload.findByID({ collection: 'users', id: target.id })) as any).memberships,
    ).toEqual([])
    const bySec = await api('sec@example.gov', 'PATCH', `/api/users/${target.id}`, {
      memberships: [{ department: dept.id, roles: ['publisher'] }],
    })
    expect(bySec.status).toBe(200)
    const stored: any = await server.payload.findByID({
      collection: 'users',
      id: target.id,
      depth: 0,
    })
    expect(stored.memberships.map((m: any) => [m.department, m.roles])).toEqual([
      [dept.id, ['publisher']],
    ])
  })

  it('refuses two platform roles on one account, and a platform role with an editorial role', async () => {
    const target: any = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'new@example.gov' } },
      })
    ).docs[0]
    const two = await api('sec@example.gov', 'PATCH', `/api/users/${target.id}`, {
      platformRoles: ['system_admin', 'audit_admin'],
      memberships: [],
    })
    expect(two.status).toBe(400)
    expect(two.body.errors[0].data.errors[0]).toMatchObject({ path: 'platformRoles' })
    const mixed = await api('sec@example.gov', 'PATCH', `/api/users/${target.id}`, {
      platformRoles: ['system_admin'],
    })
    expect(mixed.status).toBe(400)
    expect(mixed.body.errors[0].data.errors[0]).toMatchObject({ path: 'memberships' })
    expect(
      ((await server.payload.findByID({ collection: 'users', id: target.id })) as any)
        .platformRoles ?? [],
    ).toEqual([])
  })

  it('the audit admin and editors see only themselves; nobody reads hashes or tokens', async () => {
    for (const who of ['aud@example.gov', 'editor@example.gov']) {
      const list = await api(who, 'GET', '/api/users?limit=100')
      expect(list.body.docs.map((u: any) => u.email)).toEqual([who])
      expect(JSON.stringify(list.body)).not.toMatch(/"(hash|salt|resetPasswordToken)"/)
    }
    const all = await api('sec@example.gov', 'GET', '/api/users?limit=100')
    expect(all.body.totalDocs).toBeGreaterThanOrEqual(5)
    expect((await api(null, 'GET', '/api/users')).status).toBe(403)
  })

  it('an editor edits their own name, not their roles or anyone else', async () => {
    const me: any = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'editor@example.gov' } },
      })
    ).docs[0]
    const own = await api('editor@example.gov', 'PATCH', `/api/users/${me.id}`, {
      name: '新名字',
      memberships: [{ department: dept.id, roles: ['author', 'reviewer', 'publisher'] }],
      platformRoles: ['system_admin'],
    })
    expect(own.status).toBe(200)
    const stored: any = await server.payload.findByID({ collection: 'users', id: me.id, depth: 0 })
    expect(stored.name).toBe('新名字')
    expect(stored.memberships.flatMap((m: any) => m.roles)).toEqual(['author'])
    expect(stored.platformRoles ?? []).toEqual([])
    const sys: any = (
      await server.payload.find({
        collection: 'users',
        where: { email: { equals: 'sys@example.gov' } },
      })
    ).docs[0]
    expect(
      (await api('editor@example.gov', 'PATCH', `/api/users/${sys.id}`, { name: 'x' })).status,
    ).toBeGreaterThanOrEqual(403)
  })

  it('a disabled account cannot sign in, and its existing token stops working', async () => {
    const user = await account('leaver@example.gov', {
      memberships: [{ department: dept.id, roles: ['author'] }],
    })
    expect((await api('leaver@example.gov', 'GET', '/api/users?limit=10')).body.docs).toHaveLength(
      1,
    )
    const disable = await api('sec@example.gov', 'PATCH', `/api/users/${user.id}`, {
      disabled: true,
    })
    expect(disable.status).toBe(200)
    expect((await api('leaver@example.gov', 'GET', '/api/users?limit=10')).status).toBe(403)
    expect(
      (
        await api('leaver@example.gov', 'POST', '/api/policies', {
          title: 'x',
          department: dept.id,
        })
      ).status,
    ).toBe(403)
    expect((await login('leaver@example.gov')).status).toBe(401)
  })

  it('lockout: the right password fails while locked; only the security admin unlocks', async () => {
    await account('forgetful@example.gov')
    for (let i = 0; i < 5; i++)
      expect((await login('forgetful@example.gov', 'wrong password!!')).status).toBe(401)
    expect((await login('forgetful@example.gov')).status).not.toBe(200)
    for (const who of ['sys@example.gov', 'aud@example.gov', 'editor@example.gov']) {
      const res = await api(who, 'POST', '/api/users/unlock', { email: 'forgetful@example.gov' })
      expect(res.status).toBe(403)
    }
    expect((await login('forgetful@example.gov')).status).not.toBe(200)
    const unlock = await api('sec@example.gov', 'POST', '/api/users/unlock', {
      email: 'forgetful@example.gov',
    })
    expect(unlock.status).toBe(200)
    expect((await login('forgetful@example.gov')).status).toBe(200)
  })

  it('only the system admin deletes accounts', async () => {
    const doomed = await account('doomed@example.gov')
    for (const who of ['sec@example.gov', 'aud@example.gov', 'editor@example.gov']) {
      expect((await api(who, 'DELETE', `/api/users/${doomed.id}`)).status).toBeGreaterThanOrEqual(
        403,
      )
    }
    expect((await api('sys@example.gov', 'DELETE', `/api/users/${doomed.id}`)).status).toBe(200)
  })
})
