import type { DateField } from 'payload'

/**
 * 发布日期: the moment of first publication, set by the system and never by a client.
 * Only trusted server code (the seed, the import of historical records) may supply it, by
 * setting `context.trustedPublishedAt` on the Local API call.
 */
export function publishedAtField(): DateField {
  return {
    name: 'publishedAt',
    type: 'date',
    label: { en: 'First published', zh: '发布日期' },
    index: true,
    admin: { readOnly: true, position: 'sidebar', date: { pickerAppearance: 'dayAndTime' } },
    hooks: {
      beforeChange: [
        ({ originalDoc, req, siblingData, value }) => {
          if (originalDoc?.publishedAt) return originalDoc.publishedAt
          if (req.context?.trustedPublishedAt && value) return value
          return siblingData?._status === 'published' ? new Date().toISOString() : null
        },
      ],
    },
  }
}
