/**
 * Writes webhook deliveries (the outbox) in the transaction of the change they announce: if the
 * change rolls back, so do they, and nothing is ever sent about it.
 */
import crypto from 'node:crypto'

import type { PayloadRequest } from 'payload'

import type { WebhookEvent } from './events'

export type AnnouncedDocument = {
  uid: string
  type: string
  version: number
  departmentId: string | null
}

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** The department and its ancestors: a subscription "with children" of an ancestor matches too. */
async function ancestry(req: PayloadRequest, departmentId: string): Promise<string[]> {
  const chain: string[] = []
  let current: string | null = departmentId
  while (current && !chain.includes(current) && chain.length < 20) {
    chain.push(current)
    const department = (await req.payload
      .findByID({
        collection: 'departments',
        id: current,
        depth: 0,
        req,
        overrideAccess: true,
        disableErrors: true,
        select: { parent: true } as any,
      })
      .catch(() => null)) as any
    const parent = idOf(department?.parent)
    current = parent === null || parent === undefined ? null : String(parent)
  }
  return chain
}

export async function enqueueEvent(
  req: PayloadRequest,
  event: WebhookEvent,
  doc: AnnouncedDocument,
): Promise<number> {
  if (!doc.departmentId) return 0
  const { payload } = req
  const chain = await ancestry(req, doc.departmentId)
  const { docs: subscriptions } = await payload.find({
    collection: 'webhook-subscriptions',
    where: {
      and: [
        { active: { equals: true } },
        { events: { in: [event] } },
        { department: { in: chain } },
      ],
    },
    pagination: false,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const matching = (subscriptions as any[]).filter(
    (s) => String(idOf(s.department)) === doc.departmentId || s.includeChildren,
  )
  if (!matching.length) return 0
  const eventId = `msg_${crypto.randomUUID()}`
  const serverUrl = (payload.config.serverURL ?? '').replace(/\/+$/, '')
  const body = JSON.stringify({
    type: event,
    timestamp: new Date().toISOString(),
    data: {
      uid: doc.uid,
      type: doc.type,
      version: doc.version,
      url: `${serverUrl}/api/v1/documents/${doc.uid}`,
    },
  })
  for (const subscription of matching) {
    await payload.create({
      collection: 'webhook-deliveries',
      data: {
        eventId,
        eventType: event,
        subscription: subscription.id,
        department: idOf(subscription.department),
        documentUid: doc.uid,
        body,
        state: 'pending',
        attempts: 0,
        nextAttemptAt: new Date().toISOString(),
      } as any,
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  // Test-only fault point: the change fails after its events were written (they must roll back).
  if ((process.env.GONGKAI_TEST_FAILPOINTS ?? '').split(',').includes('fail-after-outbox'))
    throw new Error('failpoint fail-after-outbox')
  return matching.length
}
