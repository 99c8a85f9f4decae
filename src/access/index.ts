import type { Access, FieldAccess, Where } from 'payload'

import { isAuthenticated, isStaffOf } from './predicates'

export const PUBLISHED: Where = { _status: { equals: 'published' } }

/**
 * What the public may read: published, and not past its scheduled removal (a penalty's
 * publication end date, a scheduled unpublish). Evaluated at request time, so a decision leaves
 * every public output on its end date even if no job has run.
 */
export function publiclyVisible(now = new Date()): Where {
  return {
    and: [
      PUBLISHED,
      {
        or: [
          { unpublishAt: { exists: false } },
          { unpublishAt: { greater_than: now.toISOString() } },
        ],
      },
    ],
  }
}

/** Staff read everything; anyone else reads published versions only (never drafts). */
export const authenticatedOrPublished: Access = ({ req }) =>
  isAuthenticated(req.user) ? true : PUBLISHED

/** As above, and respecting the scheduled end of publication. */
export const staffOrPubliclyVisible: Access = ({ req }) =>
  isAuthenticated(req.user) ? true : publiclyVisible()

export const authenticated: Access = ({ req }) => isAuthenticated(req.user)

export const anyone: Access = () => true

export const nobody: Access = () => false

/**
 * Field access: only staff of the document's own department read this field. While a document is
 * being created (no stored document yet) its author, signed in, sees what they type.
 */
export const staffOfDocumentDepartment: FieldAccess = ({ req, doc }) =>
  doc?.id === undefined ? isAuthenticated(req.user) : isStaffOf(req.user as any, doc?.department)

/** Access of every document type: the workflow issue narrows who may write; reads stay as here. */
export const documentAccess = {
  read: staffOrPubliclyVisible,
  create: authenticated,
  update: authenticated,
  delete: authenticated,
}
