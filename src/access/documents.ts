import type { Access, Where } from 'payload'

import { departmentIdsOf, isAuthenticated } from './predicates'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/**
 * What the public may read: published, not withdrawn-and-gone (unpublished), and not past its
 * scheduled removal (a penalty's publication end date, a scheduled unpublish). Evaluated at
 * request time, so a decision leaves public output on its end date even if no job has run.
 * Withdrawn documents stay readable: they carry their public withdrawal notice.
 */
export function publiclyVisible(now = new Date()): Where {
  return {
    and: [
      { _status: { equals: 'published' } },
      { workflowState: { in: ['published', 'withdrawn'] } },
      {
        or: [
          { unpublishAt: { exists: false } },
          { unpublishAt: { greater_than: now.toISOString() } },
        ],
      },
    ],
  }
}

/** Staff read their departments' work in every state; everyone reads what is public. */
export const readDocuments: Access = ({ req: { user } }) => {
  const departments = departmentIdsOf(user as any)
  if (!departments.length) return publiclyVisible()
  return { or: [publiclyVisible(), { department: { in: departments } }] }
}

/** Versions (drafts and history) only within one's departments. */
export const readDocumentVersions: Access = ({ req: { user } }) => {
  const departments = departmentIdsOf(user as any)
  return departments.length ? { 'version.department': { in: departments } } : false
}

/** Authors create documents, only in their departments. */
export const createDocuments: Access = ({ req: { user }, data }) => {
  const departments = departmentIdsOf(user as any, 'author')
  if (!departments.length) return false
  return data?.department === undefined || departments.includes(String(idOf(data.department)))
}

/** Authors edit their departments' documents (every save is a working copy; see src/workflow). */
export const updateDocuments: Access = ({ req: { user } }) => {
  const departments = departmentIdsOf(user as any, 'author')
  return departments.length ? { department: { in: departments } } : false
}

/** A document that was never published may be deleted by its department's authors or admins. */
export const deleteDocuments: Access = ({ req: { user } }) => {
  const departments = departmentIdsOf(user as any, 'author', 'department_admin')
  if (!departments.length) return false
  const where: Where = {
    and: [{ department: { in: departments } }, { publishedAt: { exists: false } }],
  }
  return where
}

export const documentAccess = {
  read: readDocuments,
  readVersions: readDocumentVersions,
  create: createDocuments,
  update: updateDocuments,
  delete: deleteDocuments,
}

export const isStaff = (user: unknown) =>
  isAuthenticated(user as any) && departmentIdsOf(user as any).length > 0
