import type { CollectionSlug, PayloadRequest } from 'payload'

import { refreshPublicDocument } from '../public-api/projection'

/**
 * Changes a few fields of a document's PUBLISHED version (a status, a link) without publishing
 * its pending working copy, and leaves the working copy as the latest version, with the same
 * change applied so that publishing it later does not undo the change.
 *
 * Why: Payload merges every update onto the *latest* version. When an editor has an unreviewed
 * draft over a published document, a plain `update` would make that draft public. So, inside the
 * request's transaction, the published row is patched in place through the database adapter (the
 * fields given, nothing else), and the draft through Payload as a new draft version.
 */
export async function patchPublishedVersion(
  req: PayloadRequest,
  collection: CollectionSlug,
  id: number | string,
  patch: Record<string, unknown>,
  context: Record<string, unknown> = {},
): Promise<void> {
  const { payload } = req
  const common = {
    collection,
    id,
    req,
    overrideAccess: true,
    depth: 0,
    context: { ...context, systemPatch: true },
  } as const
  const latest = (await payload.findByID({ ...common, draft: true })) as any
  if (latest._status !== 'draft') {
    await payload.update({ ...common, data: { ...patch, _status: latest._status } as any })
    return
  }
  const published = (await payload.findByID({
    ...common,
    draft: false,
    locale: 'all' as any,
  })) as any
  if (published._status !== 'published') {
    await payload.update({ ...common, draft: true, data: { ...patch, _status: 'draft' } as any })
    return
  }
  // The main table holds the published version: patch it in place (only the given fields), then
  // the working copy through Payload, which saves it as a new draft version over the published one.
  await payload.db.updateOne({ collection, id, data: patch, req } as any)
  await payload.update({ ...common, draft: true, data: { ...patch, _status: 'draft' } as any })
  // The published row changed behind Payload's hooks: bring the public projection along.
  await refreshPublicDocument(req, collection, id)
}
