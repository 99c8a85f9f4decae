import {
  APIError,
  type CollectionBeforeChangeHook,
  type CollectionBeforeDeleteHook,
  type SanitizedConfig,
  type PayloadRequest,
} from 'payload'

import { message } from '../fields/labels'
import { isSecurityAdmin } from './predicates'

/** Payload's edit locks expire after 5 minutes without activity (its default duration). */
export const LOCK_SECONDS = 300

const idOf = (v: any) => (v && typeof v === 'object' ? (v.value ?? v.id) : v)
const holderOf = (lock: any) => idOf(idOf(lock?.user))

/** A lock may be taken over or removed by its holder, a security admin, or anyone once it expired. */
export function mayReleaseLock(
  lock: { user?: unknown; updatedAt?: string | null } | null | undefined,
  user: { id: string | number; platformRoles?: string[] | null } | null | undefined,
  now: Date,
): boolean {
  if (!lock) return true
  if (!user) return false
  if (String(holderOf(lock)) === String(user.id)) return true
  if (isSecurityAdmin(user as any)) return true
  const last = lock.updatedAt ? Date.parse(lock.updatedAt) : 0
  return now.getTime() - last > LOCK_SECONDS * 1000
}

function refuse(req: PayloadRequest): never {
  throw new APIError(
    message(
      req,
      '该文件正由他人编辑；只有编辑者本人或安全管理员可以解除锁定',
      'Someone else is editing this document; only they or a security admin can release the lock',
    ),
    403,
    { code: 'locked' },
    true,
  )
}

/** Nobody locks a document in someone else's name, or takes over a live lock of another. */
const guardLockChange: CollectionBeforeChangeHook = ({ data, operation, originalDoc, req }) => {
  if (!req.user) return data
  const claimed = data?.user !== undefined ? holderOf(data) : undefined
  const forSomeoneElse = claimed !== undefined && String(claimed) !== String(req.user.id)
  if (forSomeoneElse && !isSecurityAdmin(req.user as any)) refuse(req)
  if (operation === 'update' && !mayReleaseLock(originalDoc, req.user as any, new Date()))
    refuse(req)
  return data
}

const guardLockDelete: CollectionBeforeDeleteHook = async ({ id, req, collection }) => {
  if (!req.user) return
  const lock = await req.payload.findByID({
    collection: collection.slug as any,
    id,
    depth: 0,
    req,
    overrideAccess: true,
    disableErrors: true,
  })
  if (!mayReleaseLock(lock as any, req.user as any, new Date())) refuse(req)
}

/** Adds the guards to Payload's own locked-documents collection, which has no config of ours. */
export function guardDocumentLocks(config: SanitizedConfig): SanitizedConfig {
  const locks = config.collections.find((c) => c.slug === 'payload-locked-documents')
  if (locks) {
    locks.hooks.beforeChange = [...(locks.hooks.beforeChange ?? []), guardLockChange]
    locks.hooks.beforeDelete = [...(locks.hooks.beforeDelete ?? []), guardLockDelete]
  }
  return config
}
