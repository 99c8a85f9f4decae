/**
 * The public generation: a token in the database that changes, in the same transaction, with every
 * change to what the public API shows (a publication, change, withdrawal or unpublishing of a
 * document; a department, topic or API key). Every server process polls it (one indexed read) and
 * drops its response cache when it changes, so a change written by any process (another server, a
 * CLI import) reaches every cache within the poll interval.
 *
 * A fresh random token per write, not a counter: two concurrent transactions never need to read
 * each other's value, and whichever commits last still leaves a value no process has seen.
 */
import crypto from 'node:crypto'

import type { Payload, PayloadRequest } from 'payload'

const KV = 'payload-kv' as const
export const GENERATION_KEY = 'gongkai:public-generation'

export async function bumpGeneration(req: PayloadRequest): Promise<void> {
  await req.payload.db.upsert({
    collection: KV,
    where: { key: { equals: GENERATION_KEY } },
    data: {
      key: GENERATION_KEY,
      data: { token: crypto.randomUUID(), at: new Date().toISOString() },
    },
    req,
    select: {},
    joins: false,
  } as any)
  await markChanged(req)
}

/** A collection hook (afterChange / afterDelete) that bumps the generation. */
export const bumpPublicGeneration = async ({ req, doc }: { req: PayloadRequest; doc: any }) => {
  await bumpGeneration(req)
  return doc
}

/** The current token; creates the row on first use so that later writes only ever update it. */
export async function readGeneration(payload: Payload): Promise<string> {
  const row = (await payload.db.findOne({
    collection: KV,
    where: { key: { equals: GENERATION_KEY } },
    req: {} as PayloadRequest,
    select: { data: true },
    joins: false,
  } as any)) as { data?: { token?: string } } | null
  if (row?.data?.token) return row.data.token
  await payload.kv.set(GENERATION_KEY, { token: 'initial', at: new Date().toISOString() })
  return 'initial'
}

/**
 * Listeners called after the commit of a transaction that changed the public generation (or at
 * once, where the database runs without transactions). The adapter's commit is wrapped once.
 */
const changed = new WeakMap<Payload, Set<string>>()
const listeners = new WeakMap<Payload, Set<() => void>>()

export function onPublicCommit(payload: Payload, listener: () => void): () => void {
  let set = listeners.get(payload)
  if (!set) {
    set = new Set()
    listeners.set(payload, set)
    changed.set(payload, new Set())
    const db = payload.db as any
    const commit = db.commitTransaction.bind(db)
    const rollback = db.rollbackTransaction.bind(db)
    db.commitTransaction = async (id: unknown) => {
      await commit(id)
      const key = String(await id)
      if (changed.get(payload)!.delete(key)) notify(payload)
    }
    db.rollbackTransaction = async (id: unknown) => {
      await rollback(id)
      changed.get(payload)!.delete(String(await id))
    }
  }
  set.add(listener)
  return () => set.delete(listener)
}

function notify(payload: Payload): void {
  for (const listener of listeners.get(payload) ?? []) listener()
}

async function markChanged(req: PayloadRequest): Promise<void> {
  const id = await req.transactionID
  if (id === undefined || id === null) notify(req.payload)
  else changed.get(req.payload)?.add(String(id))
}
