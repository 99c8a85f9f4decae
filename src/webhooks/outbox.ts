/**
 * Writes webhook deliveries (the outbox) in the transaction of the change they announce: if the
 * change rolls back, so do they, and nothing is ever sent about it.
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

import type { WebhookEvent } from './events'
import { failpoint } from '../server/failpoints'

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

/** The active subscriptions that want this event about a document of the department. */
export async function matchingSubscriptions(
  req: PayloadRequest,
  event: WebhookEvent,
  departmentId: string,
): Promise<any[]> {
  const chain = await ancestry(req, departmentId)
  const { docs: subscriptions } = await req.payload.find({
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
  return (subscriptions as any[]).filter(
    (s) => String(idOf(s.department)) === departmentId || s.includeChildren,
  )
}

/** The outbox rows of one event: a pending delivery per matching subscription. */
export function deliveryRows(
  payload: Payload,
  event: WebhookEvent,
  subscriptions: readonly any[],
  doc: AnnouncedDocument,
): Array<Record<string, unknown>> {
  const eventId = `msg_${crypto.randomUUID()}`
  const serverUrl = (payload.config.serverURL ?? '').replace(/\/+$/, '')
  const now = new Date().toISOString()
  const body = JSON.stringify({
    type: event,
    timestamp: now,
    data: {
      uid: doc.uid,
      type: doc.type,
      version: doc.version,
      url: `${serverUrl}/api/v1/documents/${doc.uid}`,
    },
  })
  return subscriptions.map((subscription) => ({
    eventId,
    eventType: event,
    subscription: subscription.id,
    department: idOf(subscription.department),
    documentUid: doc.uid,
    body,
    state: 'pending',
    attempts: 0,
    nextAttemptAt: now,
  }))
}

export async function enqueueEvent(
  req: PayloadRequest,
  event: WebhookEvent,
  doc: AnnouncedDocument,
): Promise<number> {
  if (!doc.departmentId) return 0
  const matching = await matchingSubscriptions(req, event, doc.departmentId)
  if (!matching.length) return 0
  for (const data of deliveryRows(req.payload, event, matching, doc)) {
    await req.payload.create({
      collection: 'webhook-deliveries',
      data: data as any,
      req,
      overrideAccess: true,
      depth: 0,
    })
  }
  // Test-only fault point: the change fails after its events were written (they must roll back).
  if (failpoint('fail-after-outbox')) throw new Error('failpoint fail-after-outbox')
  return matching.length
}
