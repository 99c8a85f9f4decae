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
import { DocumentListQuery } from './documents'
import {
  DepartmentDetailResponse,
  DocumentListResponse,
  DepartmentListResponse,
  DepartmentPath,
  LocaleQuery,
  ProblemSchema,
  TopicListResponse,
} from './schemas'

type Operation = {
  summary: string
  query?: z.ZodObject
  path?: z.ZodObject
  /** The 200 body; an operation without one describes its success in `responses`. */
  response?: z.ZodType
  errors: number[]
  /** Further responses, e.g. a redirect, or an error with its own schema. */
  responses?: Record<number, (ref: (schema: z.ZodType) => unknown) => unknown>
}

const OPERATIONS: Record<string, Operation> = {
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
    429: 'Too many requests: see Retry-After',
  }
  const paths = Object.fromEntries(
    Object.entries(OPERATIONS).map(([path, op]) => [
      path,
      {
        get: {
          summary: op.summary,
          parameters: [...parameters('path', op.path), ...parameters('query', op.query)],
          responses: {
            ...(op.response
              ? {
                  200: {
                    description: 'OK',
                    headers: HEADERS,
                    content: { 'application/json': { schema: ref(op.response) } },
                  },
                  304: { description: 'Not modified (If-None-Match / If-Modified-Since)' },
                }
              : {}),
            ...Object.fromEntries(op.errors.map((s) => [s, problem(ERROR_TEXT[s] ?? 'Error')])),
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
