import {
  type CollectionAfterChangeHook,
  type CollectionBeforeChangeHook,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import { toDateOnly } from '../domain/amendments'
import { message } from '../fields/labels'
import { patchPublishedVersion } from './published'

/** Document types that can amend, repeal or replace each other. */
export const LEGAL_COLLECTIONS = ['policies', 'regulations'] as const
type LegalSlug = (typeof LEGAL_COLLECTIONS)[number]
type Ref = { relationTo: LegalSlug; value: number | string | { id: number | string } }

const refId = (ref: Ref) => (typeof ref.value === 'object' ? ref.value.id : ref.value)
const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)
const RELATIONS = ['repeals', 'supersedes', 'amends'] as const
const sameRef = (a: Ref, b: Ref) =>
  a.relationTo === b.relationTo && String(refId(a)) === String(refId(b))

/** Does the target belong to the department (the only one whose documents this one may change)? */
async function ownTarget(req: PayloadRequest, target: Ref, department: unknown) {
  const found = await load(req, target).catch(() => null)
  return !found || String(idOf(found.department)) === String(idOf(department))
}

/**
 * A document amends, repeals or replaces only documents of its own department: marking a
 * document repealed changes it, and another department's documents are theirs to change (an
 * author of A gets 403 editing B's). The relation is refused when saved (400 naming the field).
 */
export const relationsStayInDepartment: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  req,
  collection,
  context,
}) => {
  if (context?.relationUpdate) return data
  const department = data.department ?? originalDoc?.department
  const errors: Array<{ path: string; message: string }> = []
  for (const field of RELATIONS) {
    const targets: Ref[] = Array.isArray(data[field]) ? data[field] : []
    for (const [i, target] of targets.entries()) {
      if (await ownTarget(req, target, department)) continue
      errors.push({
        path: `${field}.${i}`,
        message: message(
          req,
          '只能修改、废止或替代本部门的文件',
          'Only documents of the same department can be amended, repealed or replaced',
        ),
      })
    }
  }
  if (errors.length) throw new ValidationError({ collection: collection.slug, errors })
  return data
}

/**
 * When a document that amends, repeals or replaces others is published, the others are marked,
 * in the same transaction: repealed or replaced → validity `repealed` with the date and a link
 * to the newer document (repealedBy / supersededBy); amended → listed in `amendedBy`.
 * Their public pages show the banner from these fields.
 */
export const applyRelations: CollectionAfterChangeHook = async ({
  doc,
  req,
  collection,
  context,
}) => {
  if (context?.relationUpdate) return doc
  if (doc._status !== 'published') return doc
  const self: Ref = { relationTo: collection.slug as LegalSlug, value: doc.id }
  const on = toDateOnly(doc.publishedAt) ?? toDateOnly(new Date())!
  const links: Array<[keyof typeof MARK, Ref[]]> = [
    ['repeals', doc.repeals ?? []],
    ['supersedes', doc.supersedes ?? []],
    ['amends', doc.amends ?? []],
  ]
  for (const [relation, targets] of links) {
    for (const target of targets) {
      if (sameRef(target, self)) continue
      const old = await load(req, target)
      // Relations saved before they were checked (relationsStayInDepartment) change nothing abroad.
      if (String(idOf(old.department)) !== String(idOf(doc.department))) continue
      await MARK[relation](req, target, old, self, on)
    }
  }
  return doc
}

async function load(req: PayloadRequest, target: Ref) {
  return req.payload.findByID({
    collection: target.relationTo,
    id: refId(target),
    depth: 0,
    req,
    overrideAccess: true,
  }) as Promise<any>
}

async function save(
  req: PayloadRequest,
  target: Ref,
  _old: unknown,
  data: Record<string, unknown>,
) {
  // The published version is marked; a pending working copy stays unpublished (and marked too).
  await patchPublishedVersion(req, target.relationTo, refId(target), data, { relationUpdate: true })
}

const plainRefs = (refs: Ref[] | null | undefined): Ref[] =>
  (refs ?? []).map((r) => ({ relationTo: r.relationTo, value: refId(r) }))

const MARK = {
  async repeals(req: PayloadRequest, target: Ref, old: any, by: Ref, on: string) {
    if (old.validity === 'repealed' && old.repealedBy && sameRef(old.repealedBy, by)) return
    await save(req, target, old, { validity: 'repealed', repealedOn: on, repealedBy: by })
  },
  async supersedes(req: PayloadRequest, target: Ref, old: any, by: Ref, on: string) {
    const supersededBy = plainRefs(old.supersededBy)
    if (supersededBy.some((r) => sameRef(r, by))) return
    await save(req, target, old, {
      validity: 'repealed',
      repealedOn: old.repealedOn ?? on,
      repealedBy: old.repealedBy ?? by,
      supersededBy: [...supersededBy, by],
    })
  },
  async amends(req: PayloadRequest, target: Ref, old: any, by: Ref) {
    const amendedBy = plainRefs(old.amendedBy)
    if (amendedBy.some((r) => sameRef(r, by))) return
    await save(req, target, old, { amendedBy: [...amendedBy, by] })
  },
}
