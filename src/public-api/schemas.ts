/**
 * The shapes of the public API v1, as zod schemas: they validate requests, and the OpenAPI
 * document (openapi.ts) is generated from them, so the description cannot drift from the code.
 */
import { z } from 'zod'

import { departmentCode, localeParam } from './params'

export const DOCUMENT_TYPES = [
  'policy',
  'regulation',
  'interpretation',
  'procedure',
  'licensing',
  'penalty',
] as const

export const SUMMARY_FIELDS = [
  'uid',
  'type',
  'title',
  'summary',
  'indexNumber',
  'docNumber',
  'department',
  'publishedAt',
  'updatedAt',
  'validity',
  'url',
  'webUrl',
] as const

export const DocumentSummarySchema = z
  .object({
    uid: z.string().uuid(),
    type: z.enum(DOCUMENT_TYPES),
    title: z.string(),
    summary: z.string().nullable(),
    indexNumber: z.string().nullable(),
    docNumber: z.string().nullable(),
    department: z.object({ code: z.string(), name: z.string() }).nullable(),
    publishedAt: z.string().nullable(),
    updatedAt: z.string().nullable(),
    validity: z.enum(['valid', 'expired', 'repealed']).nullable(),
    url: z.string(),
    webUrl: z.string().nullable(),
  })
  .partial()
  .meta({ id: 'DocumentSummary', description: 'All fields unless `fields` asked for a subset' })
export type DocumentSummary = z.infer<typeof DocumentSummarySchema>

const Link = z.string().nullable()
export const DocumentListResponse = z
  .object({
    data: z.array(DocumentSummarySchema),
    meta: z.object({
      total: z.number().int().min(0),
      page: z.number().int().min(1),
      pageSize: z.number().int().min(1).max(100),
      pages: z.number().int().min(1),
    }),
    links: z.object({ self: Link, first: Link, prev: Link, next: Link, last: Link }),
  })
  .meta({ id: 'DocumentList' })

export const ProblemSchema = z
  .object({
    type: z.string(),
    title: z.string(),
    status: z.number().int(),
    detail: z.string().optional(),
    errors: z.array(z.object({ parameter: z.string(), message: z.string() })).optional(),
  })
  .meta({ id: 'Problem', description: 'RFC 9457 problem details' })

export const DepartmentSchema = z
  .object({
    code: z.string(),
    name: z.string(),
    shortName: z.string().nullable(),
    parentCode: z.string().nullable(),
    website: z.string().nullable().describe('The first registered website'),
    websites: z.array(z.string()),
    contact: z.object({
      phone: z.string().nullable(),
      email: z.string().nullable(),
      address: z.string().nullable(),
      postcode: z.string().nullable(),
      fax: z.string().nullable(),
      hours: z.string().nullable(),
    }),
  })
  .meta({ id: 'Department' })

export const DepartmentDetailSchema = DepartmentSchema.extend({
  counts: z
    .object(
      Object.fromEntries(DOCUMENT_TYPES.map((t) => [t, z.number().int().min(0)])) as Record<
        (typeof DOCUMENT_TYPES)[number],
        z.ZodNumber
      >,
    )
    .describe('Published documents of the department, by type'),
}).meta({ id: 'DepartmentDetail' })

export const TopicSchema = z
  .object({ code: z.string(), name: z.string(), parentCode: z.string().nullable() })
  .meta({ id: 'Topic' })

export const DepartmentListResponse = z
  .object({ data: z.array(DepartmentSchema) })
  .meta({ id: 'DepartmentList' })
export const DepartmentDetailResponse = z
  .object({ data: DepartmentDetailSchema })
  .meta({ id: 'DepartmentDetailResponse' })
export const TopicListResponse = z.object({ data: z.array(TopicSchema) }).meta({ id: 'TopicList' })

export const LocaleQuery = z.strictObject({ locale: localeParam })
export const NoQuery = z.strictObject({})
export const DepartmentPath = z.object({ code: departmentCode })
