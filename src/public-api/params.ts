/**
 * Query and path parameters, validated by zod schemas that are also the OpenAPI description.
 * Unknown parameters, repeated ones and bad values are a 400 naming each parameter.
 */
import { z } from 'zod'

import type { ParameterError } from './problem'

export type ParseResult<T> = { ok: true; value: T } | { ok: false; errors: ParameterError[] }

/** Reads `query` (Express's parsed query string) against a schema of optional string-based fields. */
export function parseQuery<S extends z.ZodObject>(
  schema: S,
  query: Record<string, unknown>,
): ParseResult<z.infer<S>> {
  const errors: ParameterError[] = []
  const known = Object.keys(schema.shape)
  const input: Record<string, unknown> = {}
  for (const [name, value] of Object.entries(query)) {
    if (!known.includes(name)) {
      errors.push({ parameter: name, message: 'is not a parameter of this endpoint' })
      continue
    }
    if (typeof value !== 'string') {
      errors.push({ parameter: name, message: 'must be given once, as a plain value' })
      continue
    }
    // NUL and other control characters are never meaningful here (PostgreSQL refuses NUL outright).
    // eslint-disable-next-line no-control-regex
    if (/[\u0000-\u001f\u007f]/.test(value)) {
      errors.push({ parameter: name, message: 'must not contain control characters' })
      continue
    }
    input[name] = value
  }
  if (errors.length) return { ok: false, errors }
  const parsed = schema.safeParse(input)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: issuesToErrors(parsed.error) }
}

export function parseValue<S extends z.ZodType>(
  name: string,
  schema: S,
  value: unknown,
): ParseResult<z.infer<S>> {
  const parsed = schema.safeParse(value)
  if (parsed.success) return { ok: true, value: parsed.data }
  return { ok: false, errors: issuesToErrors(parsed.error, name) }
}

function issuesToErrors(error: z.ZodError, fallback?: string): ParameterError[] {
  return error.issues.map((issue) => ({
    parameter: String(issue.path[0] ?? fallback ?? 'query'),
    message: issue.message,
  }))
}

/** `locale`: the language of text fields, with fallback to Chinese. */
export const localeParam = z
  .enum(['zh', 'en'], { error: 'must be zh or en' })
  .default('zh')
  .describe('Language of text fields (falls back to zh)')

/** A department code: 9-character organisation code or 18-character unified social credit code. */
export const departmentCode = z
  .string()
  .regex(/^[0-9A-Z]{9}$|^[0-9A-HJ-NPQRTUWXY]{2}\d{6}[0-9A-HJ-NPQRTUWXY]{10}$/, {
    error: 'must be a 9-character organisation code or an 18-character unified social credit code',
  })
  .describe('Department code')
