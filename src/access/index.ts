import type { Access, FieldAccess } from 'payload'

import { isAuthenticated, isStaffOf, isSystemAdmin } from './predicates'

export const authenticated: Access = ({ req }) => isAuthenticated(req.user)

export const anyone: Access = () => true

export const nobody: Access = () => false

export const systemAdmin: Access = ({ req }) => isSystemAdmin(req.user as any)

/**
 * Field access: only staff of the document's own department read this field. While a document is
 * being created (no stored document yet) its author, signed in, sees what they type.
 */
export const staffOfDocumentDepartment: FieldAccess = ({ req, doc }) =>
  doc?.id === undefined ? isAuthenticated(req.user) : isStaffOf(req.user as any, doc?.department)

export { documentAccess, publiclyVisible } from './documents'
