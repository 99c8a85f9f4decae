/**
 * A published annual report is frozen: its tables and publication time are written once, by the
 * publish endpoint (or the demo seed), which mark the write with `req.context.publishingAnnualReport`.
 * Any other write that would set them, and any change to a published report, is refused (409), so
 * the collection's own REST/admin access cannot rewrite what the public was shown.
 */
import { APIError, type CollectionBeforeChangeHook } from 'payload'

export const PUBLISHING = 'publishingAnnualReport'

export const freezePublishedReports: CollectionBeforeChangeHook = ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  if (operation === 'update' && originalDoc?.publishedAt)
    throw new APIError('A published annual report is frozen and cannot change', 409, null, true)
  const setsFrozen =
    (data.publishedAt !== undefined && data.publishedAt !== null) ||
    (data.tables !== undefined && data.tables !== null)
  if (setsFrozen && !req.context?.[PUBLISHING])
    throw new APIError(
      'Tables and publication time are set only by publishing (POST /api/reports/annual/publish)',
      409,
      null,
      true,
    )
  return data
}
