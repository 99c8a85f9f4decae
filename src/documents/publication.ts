import { type CollectionBeforeChangeHook, ValidationError } from 'payload'

import { docNumberKey } from '../domain/doc-number'
import { formatIndexNumber, indexSequenceKey } from '../domain/index-number'
import { message } from '../fields/labels'
import { nextSequence } from './sequence'

const idOf = (value: unknown): number | string | undefined =>
  value && typeof value === 'object'
    ? (value as { id: number | string }).id
    : (value as number | string | undefined)

/**
 * System-managed publication metadata, in one place for every document type. Whatever a client
 * sends for these fields is ignored; they derive from the stored document and the transition:
 *
 * - `publishedAt` (发布日期): set once, at first publication;
 * - `indexNumber` (索引号): drawn at first publication from the department's sequence for the year;
 * - `publicUpdatedAt`: the public update time, moved only by a major change (or first publication);
 * - `changeHistory`: a major change of a published document requires a note, which is appended;
 * - `docNumberKey`: the normalised 发文字号, refused when another document of the department has it.
 *
 * Trusted server code (seed, import of historical records) may supply `publishedAt` by setting
 * `context.trustedPublishedAt` on the Local API call.
 */
export function publicationMetadata(options: {
  indexNumber: boolean
  docNumber: boolean
}): CollectionBeforeChangeHook {
  return async ({ data, originalDoc, req, collection }) => {
    const now = new Date().toISOString()
    // A partial update (a PATCH, a system change) may omit fields: fall back to the stored ones.
    const publishing = (data._status ?? originalDoc?._status) === 'published'
    const department = data.department ?? originalDoc?.department
    const wasPublished = Boolean(originalDoc?.publishedAt)

    // 发布日期
    if (wasPublished) data.publishedAt = originalDoc.publishedAt
    else if (publishing)
      data.publishedAt = (req.context?.trustedPublishedAt && data.publishedAt) || now
    else data.publishedAt = null

    // Change notes: a major change of a published document needs a note. The flag and the note
    // travel with the working copy (a partial write, such as the workflow's publication, falls
    // back to the stored ones) and enter the public history when the change is published.
    const majorChange = Boolean(data.majorChange ?? originalDoc?.majorChange)
    const note = String(data.changeNote ?? originalDoc?.changeNote ?? '').trim()
    if (wasPublished && majorChange && !note) {
      throw new ValidationError({
        collection: collection.slug,
        errors: [
          {
            path: 'changeNote',
            message: message(req, '重大变更必须填写变更说明', 'A major change needs a change note'),
          },
        ],
      })
    }
    const history: Array<{ at: string; note: string; id?: string }> = [
      ...(originalDoc?.changeHistory ?? []),
    ]
    if (wasPublished && publishing && majorChange) {
      history.push({ at: now, note })
      data.publicUpdatedAt = now
    } else {
      data.publicUpdatedAt = originalDoc?.publicUpdatedAt ?? (publishing ? data.publishedAt : null)
    }
    data.changeHistory = history.map(({ at, note }) => ({ at, note }))
    // Published (or never published before): the inputs are spent.
    if (publishing || !wasPublished) {
      data.majorChange = false
      data.changeNote = null
    }

    // 索引号
    if (options.indexNumber) {
      if (originalDoc?.indexNumber) data.indexNumber = originalDoc.indexNumber
      else if (publishing)
        data.indexNumber = await drawIndexNumber(req, department, data.publishedAt)
      else data.indexNumber = null
    }

    // 发文字号
    if (options.docNumber) {
      const docNumber = data.docNumber !== undefined ? data.docNumber : originalDoc?.docNumber
      data.docNumberKey = docNumberKey(docNumber)
      if (data.docNumberKey) {
        await refuseDuplicateDocNumber(
          req,
          collection.slug,
          { docNumber, docNumberKey: data.docNumberKey, department },
          originalDoc,
        )
      }
    }
    return data
  }
}

async function drawIndexNumber(
  req: any,
  department: unknown,
  publishedAt: string,
): Promise<string> {
  const id = idOf(department)
  if (id === undefined) throw new Error('a document is published without a department')
  const dept = await req.payload.findByID({
    collection: 'departments',
    id,
    depth: 0,
    req,
    overrideAccess: true,
  })
  const year = new Date(publishedAt).getUTCFullYear()
  const sequence = await nextSequence(req, indexSequenceKey(dept.code, year))
  return formatIndexNumber(dept.code, year, sequence)
}

/** Collections whose 发文字号 share one numbering per department. */
export const DOC_NUMBER_COLLECTIONS = ['policies', 'regulations'] as const

async function refuseDuplicateDocNumber(req: any, slug: string, data: any, originalDoc: any) {
  const department = idOf(data.department)
  if (department === undefined) return
  for (const other of DOC_NUMBER_COLLECTIONS) {
    const where: any = {
      and: [
        { docNumberKey: { equals: data.docNumberKey } },
        { department: { equals: department } },
      ],
    }
    if (other === slug && originalDoc?.id !== undefined)
      where.and.push({ id: { not_equals: originalDoc.id } })
    const { totalDocs } = await req.payload.count({
      collection: other,
      where,
      req,
      overrideAccess: true,
    })
    if (totalDocs > 0) {
      throw new ValidationError({
        collection: slug,
        errors: [
          {
            path: 'docNumber',
            message: message(
              req,
              `本部门已有发文字号为“${data.docNumber}”的文件`,
              `Another document of this department already has the number “${data.docNumber}”`,
            ),
          },
        ],
      })
    }
  }
}
