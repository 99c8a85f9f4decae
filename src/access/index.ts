import type { Access, Where } from 'payload'

import { isAuthenticated } from './predicates'

export const PUBLISHED: Where = { _status: { equals: 'published' } }

/** Staff read everything; anyone else reads published versions only (never drafts). */
export const authenticatedOrPublished: Access = ({ req }) =>
  isAuthenticated(req.user) ? true : PUBLISHED

export const authenticated: Access = ({ req }) => isAuthenticated(req.user)

export const anyone: Access = () => true
