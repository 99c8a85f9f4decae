/**
 * People for integration tests: accounts with roles in a department, signed in over real HTTP,
 * and the workflow driven the way the admin drives it (POST …/:id/workflow).
 */
import crypto from 'node:crypto'

import type { TestServer } from './harness'

export const PASSWORD = 'a long enough password'

export type Person = {
  id: number | string
  email: string
  token: string
  /** The department the person was given roles in, if any. */
  departmentId?: number | string
}

export async function person(
  server: TestServer,
  department: { id: number | string } | null,
  roles: string[],
  data: Record<string, unknown> = {},
): Promise<Person> {
  const email = `${roles.join('-') || 'staff'}-${crypto.randomBytes(3).toString('hex')}@example.gov`
  const user: any = await server.payload.create({
    collection: 'users',
    data: {
      email,
      password: PASSWORD,
      memberships: department ? [{ department: department.id, roles }] : [],
      ...data,
    } as any,
  })
  const res = await fetch(`${server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: (data.password as string | undefined) ?? PASSWORD }),
  })
  const body = await res.json()
  if (!body.token) throw new Error(`login failed for ${email}: ${JSON.stringify(body)}`)
  return { id: user.id, email, token: body.token, departmentId: department?.id }
}

export async function call(
  server: TestServer,
  who: Person | null,
  method: string,
  path: string,
  body?: unknown,
  headers: Record<string, string> = {},
) {
  const res = await fetch(server.url + path, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(who ? { authorization: `JWT ${who.token}` } : {}),
      ...headers,
    },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return {
    status: res.status,
    body: (await res.json().catch(() => null)) as any,
    headers: res.headers,
  }
}

export function act(
  server: TestServer,
  who: Person,
  collection: string,
  id: number | string,
  action: string,
  input: Record<string, unknown> = {},
) {
  return call(server, who, 'POST', `/api/${collection}/${id}/workflow`, { action, ...input })
}

/** Author submits, reviewer approves, publisher publishes: a change through the whole workflow. */
export async function publishThroughWorkflow(
  server: TestServer,
  people: { author: Person; reviewer: Person; publisher: Person },
  collection: string,
  id: number | string,
) {
  for (const [who, action] of [
    [people.author, 'submit'],
    [people.reviewer, 'approve'],
    [people.publisher, 'publish'],
  ] as const) {
    const res = await act(server, who, collection, id, action)
    if (res.status !== 200)
      throw new Error(`${action} by ${who.email}: ${res.status} ${JSON.stringify(res.body)}`)
  }
}
