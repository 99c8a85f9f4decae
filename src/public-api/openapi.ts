/**
 * GET /api/v1/openapi.json: OpenAPI 3.1, generated from the zod schemas that validate requests
 * and shape responses (schemas.ts), so the description cannot drift from the code.
 */
import { z } from 'zod'

import {
  DocumentDetailQuery,
  DocumentDetailResponse,
  DocumentPath,
  IndexNumberPath,
  WithdrawnProblemSchema,
} from './detail'
import { CatalogSchema } from './catalog'
import { DirectorySchema } from './directory'
import { DocumentListQuery } from './documents'
import { EXPORT_FORMATS } from './exports'
import { FEED_SIZE, FeedQuery } from './feeds'
import { SearchQuery, SearchResponse } from './search'
import {
  DisclosureReceipt,
  DisclosureRequestBody,
  DisclosureStatus,
  MAX_FILES,
  TrackingPath,
} from './disclosure'
import {
  DepartmentDetailResponse,
  DOCUMENT_TYPES,
  DocumentListResponse,
  DepartmentListResponse,
  DepartmentPath,
  LocaleQuery,
  NoQuery,
  ProblemSchema,
  TopicListResponse,
} from './schemas'

type Operation = {
  /** GET unless given. */
  method?: 'get' | 'post'
  /** The success status, 200 unless given. */
  status?: number
  /** Request headers the operation reads (by name: description). */
  requestHeaders?: Record<string, { description: string; required: boolean }>
  /** A request body: content map (media type → schema or zod schema). */
  requestBody?: Record<string, z.ZodType | Record<string, unknown>>
  summary: string
  description?: string
  query?: z.ZodObject
  path?: z.ZodObject
  /** A zod schema of the body (in `mediaType`), or the content map of a non-JSON body. */
  /** The 200 body; an operation without one describes its success in `responses`. */
  response?: z.ZodType | { content: Record<string, { schema: Record<string, unknown> }> }
  /** The media type of a zod `response`; application/json unless given. */
  mediaType?: string
  /** Produced while sent: no ETag, Last-Modified or 304. */
  streamed?: boolean
  /** Private to the caller, never cached: no ETag, Last-Modified or 304 either. */
  uncached?: boolean
  headers?: Record<string, unknown>
  /** Paths outside /api/v1 (the sitemap at the site root). */
  servers?: { url: string; description?: string }[]
  errors: number[]
  /** Further responses, e.g. a redirect, or an error with its own schema. */
  responses?: Record<number, (ref: (schema: z.ZodType) => unknown) => unknown>
}

const text = (mediaType: string) => ({ content: { [mediaType]: { schema: { type: 'string' } } } })
const ExportPath = z.object({
  type: z.enum(DOCUMENT_TYPES).describe('Document type'),
})
const SitemapPath = z.object({
  n: z
    .string()
    .regex(/^[1-9]\d*$/)
    .describe('1-based number of the sitemap file'),
})
const ROOT = [{ url: '/', description: 'The site root' }]
const feedDescription = (format: string) =>
  `${format}: the newest ${FEED_SIZE} published documents (by publication date), with the filters of /documents. Entry ids are urn:uuid:<uid>; links go to the public page /documents/<uid>; updated is the public update time.`
const exportOperation = (format: keyof typeof EXPORT_FORMATS): Operation => ({
  summary: `Every published document of one type, as ${format === 'csv' ? 'CSV' : 'JSON Lines'}`,
  description:
    (format === 'csv'
      ? 'UTF-8 with a byte-order mark and a header row of column names. Lists are joined with "; ". '
      : 'One JSON object per line. ') +
    'Columns: the summary fields (uid, type, title, summary, indexNumber, docNumber, departmentCode, departmentName, publishedAt, updatedAt, validity, url), then the public fields of the type. Personal data of natural persons is masked (partyNamePublic, idNumberPublic). Streamed while produced: no ETag or Last-Modified.',
  query: LocaleQuery,
  path: ExportPath,
  response: text(EXPORT_FORMATS[format].split(';')[0]!),
  streamed: true,
  headers: {
    'Content-Disposition': { description: 'attachment; filename=…', schema: { type: 'string' } },
  },
  errors: [400, 401, 404, 429],
})

const ACCESS_KEY = {
  'X-Access-Key': { description: 'The access key shown once in the receipt', required: true },
}

const OPERATIONS: Record<string, Operation> = {
  '/disclosure-requests': {
    method: 'post',
    status: 201,
    summary: 'Submit a disclosure request (依申请公开); the receipt is the confirmation of receipt',
    description: `JSON without attachments, or multipart/form-data with the same fields and up to ${MAX_FILES} files in "attachments" (PDF, OFD, DOCX, ODT, JPEG or PNG, by content; 10 MB each). Natural persons give idType and idNumber, organisations organizationCode; email and/or phone. Every bad field is named in errors; nothing is stored unless all is well. Rate-limited per address (429 with Retry-After). The answer is due within 20 working days of the receipt date (Regulations on the Disclosure of Government Information, Art. 33).`,
    requestBody: {
      'application/json': DisclosureRequestBody,
      'multipart/form-data': {
        allOf: [
          { $ref: '#/components/schemas/DisclosureRequestInput' },
          {
            type: 'object',
            properties: {
              attachments: {
                type: 'array',
                maxItems: MAX_FILES,
                items: { type: 'string', contentMediaType: 'application/octet-stream' },
              },
            },
          },
        ],
      },
    },
    response: DisclosureReceipt,
    uncached: true,
    headers: { Location: { description: 'The status URL', schema: { type: 'string' } } },
    errors: [400, 413, 415, 429],
  },
  '/disclosure-requests/{trackingCode}': {
    summary: 'The status of a disclosure request: progress, due date, and the answer once given',
    description:
      'Needs the X-Access-Key of the receipt; a wrong key answers 404, as an unknown code does. Never cached.',
    path: TrackingPath,
    requestHeaders: ACCESS_KEY,
    response: DisclosureStatus,
    uncached: true,
    errors: [404, 429],
  },
  '/disclosure-requests/{trackingCode}/files/{name}': {
    summary: 'A response file of an answered request (as an attachment)',
    path: TrackingPath.extend({ name: z.string().describe('The file name from responseFiles') }),
    requestHeaders: ACCESS_KEY,
    response: { content: { 'application/octet-stream': { schema: { type: 'string' } } } },
    uncached: true,
    errors: [404, 429],
  },
  '/documents': {
    summary: 'Published documents of every type, newest first, with filters',
    query: DocumentListQuery,
    response: DocumentListResponse,
    errors: [400, 401, 429],
  },
  '/documents/{uid}': {
    summary: 'One published document in full (body, files, relations, change history, JSON-LD)',
    query: DocumentDetailQuery,
    path: DocumentPath,
    response: DocumentDetailResponse,
    errors: [400, 401, 404, 429],
    responses: {
      410: (ref) => ({
        description: 'Withdrawn: the body carries the withdrawal notice',
        content: { 'application/problem+json': { schema: ref(WithdrawnProblemSchema) } },
      }),
    },
  },
  '/documents/by-index/{indexNumber}': {
    summary: 'Redirects (308) to the document with this index number (索引号)',
    query: z.strictObject({ locale: DocumentDetailQuery.shape.locale.optional() }),
    path: IndexNumberPath,
    errors: [400, 401, 404, 429],
    responses: {
      308: () => ({
        description: 'Permanent redirect to /documents/{uid}',
        headers: { Location: { schema: { type: 'string' } } },
      }),
    },
  },
  '/search': {
    summary: 'Full-text search over published documents, with facets and highlights',
    description:
      'Chinese needs no spaces: any string of two or more characters that occurs in a document finds it (one character finds every document containing it). A document number matches in any bracket style. Relevance: terms in the title first, then the terms adjacent as typed, then newer documents.',
    query: SearchQuery,
    response: SearchResponse,
    errors: [400, 401, 429],
  },
  '/departments': {
    summary: 'The departments (a tree: each names its parent)',
    query: LocaleQuery,
    response: DepartmentListResponse,
    errors: [400, 401, 429],
  },
  '/departments/{code}': {
    summary: 'One department, with counts of its published documents by type',
    query: LocaleQuery,
    path: DepartmentPath,
    response: DepartmentDetailResponse,
    errors: [400, 401, 404, 429],
  },
  '/topics': {
    summary: 'The topic taxonomy (主题分类), as a tree',
    query: LocaleQuery,
    response: TopicListResponse,
    errors: [400, 401, 429],
  },
  '/feeds/documents.atom': {
    summary: 'Atom 1.0 feed of the newest published documents, with filters',
    description: feedDescription('Atom 1.0'),
    query: FeedQuery,
    response: text('application/atom+xml'),
    errors: [400, 401, 429],
  },
  '/feeds/documents.rss': {
    summary: 'RSS 2.0 feed of the newest published documents, with filters',
    description: feedDescription('RSS 2.0'),
    query: FeedQuery,
    response: text('application/rss+xml'),
    errors: [400, 401, 429],
  },
  '/exports/{type}.csv': exportOperation('csv'),
  '/exports/{type}.jsonl': exportOperation('jsonl'),
  '/catalog.jsonld': {
    summary: 'DCAT catalogue (JSON-LD) of the open-data exports',
    query: NoQuery,
    response: CatalogSchema,
    mediaType: 'application/ld+json',
    errors: [400, 401, 429],
  },
  '/catalog/directory.json': {
    summary: 'Information resource directory (政务信息资源目录) of the open-data exports',
    description:
      'One entry per export: resource code and name, provider, summary, formats, information items (the columns and their types), sharing type and method, open attribute, update cycle, last modification, download URLs and the matching DCAT dataset.',
    query: NoQuery,
    response: DirectorySchema,
    errors: [400, 401, 429],
  },
  '/sitemap.xml': {
    summary: 'Sitemap index (sitemaps.org) over the public pages of published documents',
    servers: ROOT,
    response: text('application/xml'),
    errors: [],
  },
  '/sitemaps/documents-{n}.xml': {
    summary: 'One sitemap file: at most 50,000 public document pages, oldest first',
    servers: ROOT,
    path: SitemapPath,
    response: text('application/xml'),
    errors: [404],
  },
}

const schemaOf = (schema: z.ZodType) =>
  z.toJSONSchema(schema, { target: 'draft-2020-12', io: 'input', unrepresentable: 'any' })

function parameters(where: 'query' | 'path', shape: z.ZodObject | undefined) {
  if (!shape) return []
  return Object.entries(shape.shape).map(([name, field]) => {
    const { $schema: _, ...schema } = schemaOf(field as z.ZodType) as Record<string, unknown>
    return {
      name,
      in: where,
      required: where === 'path',
      description: (field as z.ZodType).description,
      schema,
    }
  })
}

const HEADERS = {
  ETag: { description: 'Strong validator of the body', schema: { type: 'string' } },
  'Cache-Control': { schema: { type: 'string' } },
  'Last-Modified': { schema: { type: 'string' } },
  'X-Cache': {
    description: '`hit` when the server answered from its response cache',
    schema: { type: 'string', enum: ['hit', 'miss'] },
  },
}

export function openApiDocument(): Record<string, unknown> {
  const registry = z.globalRegistry
  const components = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io: 'output',
    unrepresentable: 'any',
    uri: (id) => `#/components/schemas/${id}`,
  }).schemas
  const ref = (schema: z.ZodType) => {
    const id = registry.get(schema)?.id
    return id ? { $ref: `#/components/schemas/${id}` } : schemaOf(schema)
  }
  const problem = (description: string) => ({
    description,
    content: { 'application/problem+json': { schema: ref(ProblemSchema) } },
  })
  const ERROR_TEXT: Record<number, string> = {
    400: 'An unknown parameter or a bad value: `errors` names each parameter',
    401: 'An unknown or revoked API key (requests without a key are allowed)',
    404: 'No such resource',
    410: 'Withdrawn: the body carries the withdrawal notice',
    413: 'The body is too large',
    415: 'Unsupported media type',
    429: 'Too many requests: see Retry-After',
  }
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, op]) => [
      path,
      {
        ...(op.servers ? { servers: op.servers } : {}),
        [op.method ?? 'get']: {
          summary: op.summary,
          ...(op.description ? { description: op.description } : {}),
          parameters: [
            ...parameters('path', op.path),
            ...parameters('query', op.query),
            ...Object.entries(op.requestHeaders ?? {}).map(([name, h]) => ({
              name,
              in: 'header',
              required: h.required,
              description: h.description,
              schema: { type: 'string' },
            })),
          ],
          ...(op.requestBody
            ? {
                requestBody: {
                  required: true,
                  content: Object.fromEntries(
                    Object.entries(op.requestBody).map(([type, schema]) => [
                      type,
                      { schema: schema instanceof z.ZodType ? ref(schema) : schema },
                    ]),
                  ),
                },
              }
            : {}),
          responses: {
            ...(op.response
              ? {
                  [op.status ?? 200]: {
                    description: op.status === 201 ? 'Created' : 'OK',
                    headers: {
                      ...(op.streamed || op.uncached
                        ? { 'Cache-Control': HEADERS['Cache-Control'] }
                        : HEADERS),
                      ...op.headers,
                    },
                    content:
                      op.response instanceof z.ZodType
                        ? { [op.mediaType ?? 'application/json']: { schema: ref(op.response) } }
                        : op.response.content,
                  },
                  ...(op.streamed || op.uncached
                    ? {}
                    : { 304: { description: 'Not modified (If-None-Match / If-Modified-Since)' } }),
                }
              : {}),
            ...Object.fromEntries(op.errors.map((s) => [s, problem(ERROR_TEXT[s] ?? 'Error')])),
            // Any operation, when the database cannot be reached (src/server/errors.ts).
            503: {
              ...problem('The content store cannot be reached for now: retry after Retry-After'),
              headers: {
                'Retry-After': {
                  description: 'Seconds to wait before retrying',
                  schema: { type: 'integer' },
                },
              },
            },
            ...Object.fromEntries(
              Object.entries(op.responses ?? {}).map(([s, make]) => [s, make(ref)]),
            ),
          },
        },
      },
    ]),
  )
  return {
    openapi: '3.1.0',
    jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
    info: {
      title: 'Gongkai public content API',
      version: '1.0.0',
      description:
        'Published government information for department websites and the public. Read-only; published content only.',
    },
    servers: [{ url: '/api/v1' }],
    paths,
    // Anonymous use is allowed; a department site's key raises its rate limit.
    security: [{}, { apiKey: [] }],
    components: {
      schemas: components,
      securitySchemes: {
        apiKey: {
          type: 'http',
          scheme: 'bearer',
          description:
            'An API key issued to a department website in the admin (Authorization: Bearer gk_…)',
        },
      },
    },
  }
}
