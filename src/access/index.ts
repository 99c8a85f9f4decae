import type { Access, FieldAccess } from 'payload'

import { isAuthenticated, isStaffOf, isSystemAdmin } from './predicates'

export const authenticated: Access = ({ req }) => isAuthenticated(req.user)

export const anyone: Access = () => true

export const nobody: Access = () => false

export const systemAdmin: Access = ({ req }) => isSystemAdmin(req.user as any)

/**
 * Field access: only staff of the document's own department read this field. While a document is
 * being created (no stored document yet) its author, signed in, sees what they type.
 *
 * Without any document, Payload is asking whether the field may be read in general: to filter or
 * sort a query on it (validateQueryPaths, validateSortQuery) and to offer it as a list column or
 * filter in the admin. That is no, for everyone: a filter runs over every department's published
 * documents before any row is redacted, so `where[field][equals]=…` would tell another
 * department's value from its count (security-checks.md 3, test/int/security/hidden-fields).
 */
export const staffOfDocumentDepartment: FieldAccess = ({ req, doc }) =>
  !doc
    ? false
    : doc.id === undefined
      ? isAuthenticated(req.user)
      : isStaffOf(req.user as any, doc.department)

export { documentAccess, publiclyVisible } from './documents'
