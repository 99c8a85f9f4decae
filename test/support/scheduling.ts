/** Helpers for scheduled-publication tests. */
import { build } from './factories'
import type { TestServer } from './harness'
import { act, call, type Person } from './people'

type People = { author: Person; reviewer: Person; publisher: Person }

/** A policy written by the author and approved by the reviewer: ready to be scheduled. */
export async function approvedDocument(
  server: TestServer,
  people: People,
  overrides: Record<string, unknown> = {},
): Promise<number | string> {
  const department = people.author.departmentId
  const res = await call(server, people.author, 'POST', '/api/policies', {
    ...build.policies(department!),
    ...overrides,
  })
  if (res.status !== 201) throw new Error(`create: ${res.status} ${JSON.stringify(res.body)}`)
  const id = res.body.doc.id
  for (const [who, action] of [
    [people.author, 'submit'],
    [people.reviewer, 'approve'],
  ] as const) {
    const step = await act(server, who, 'policies', id, action)
    if (step.status !== 200)
      throw new Error(`${action}: ${step.status} ${JSON.stringify(step.body)}`)
  }
  return id
}

export async function jobsFor(
  server: Pick<TestServer, 'payload'>,
  id: number | string,
  kind: 'publish' | 'unpublish' = 'publish',
): Promise<any[]> {
  const { docs } = await server.payload.find({
    collection: 'scheduled-jobs',
    where: { targetId: { equals: String(id) }, kind: { equals: kind } },
    sort: 'createdAt',
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

/** The audit records of the document's publications: one per publication, by construction. */
export async function publishRecords(server: Pick<TestServer, 'payload'>, id: number | string) {
  const { docs } = await server.payload.find({
    collection: 'audit-log',
    where: { targetId: { equals: String(id) }, action: { equals: 'workflow.publish' } },
    pagination: false,
    overrideAccess: true,
    depth: 0,
  })
  return docs
}

/** Polls until the check holds; returns the time it first held. Fails after the timeout. */
export async function until(
  check: () => Promise<boolean>,
  timeoutMs: number,
  intervalMs = 50,
): Promise<number> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    if (await check()) return Date.now()
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, intervalMs))
  }
}
