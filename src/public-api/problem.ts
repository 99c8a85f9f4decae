import type { Response } from 'express'

/** RFC 9457 problem details: every error of the public API has this shape. */
export type ParameterError = { parameter: string; message: string }
export type Problem = {
  type: string
  title: string
  status: number
  detail?: string
  errors?: ParameterError[]
  [extra: string]: unknown
}

export const PROBLEM_TYPES = {
  invalidParameter: '/api/v1/problems/invalid-parameter',
  notFound: '/api/v1/problems/not-found',
  gone: '/api/v1/problems/gone',
  tooManyRequests: '/api/v1/problems/too-many-requests',
  invalidApiKey: '/api/v1/problems/invalid-api-key',
} as const

export function sendProblem(res: Response, problem: Problem): void {
  res
    .status(problem.status)
    .type('application/problem+json; charset=utf-8')
    .set('cache-control', 'no-store')
    .send(JSON.stringify(problem))
}

export const invalidParameters = (errors: ParameterError[]): Problem => ({
  type: PROBLEM_TYPES.invalidParameter,
  title: 'Invalid request parameters',
  status: 400,
  detail: errors.map((e) => `${e.parameter}: ${e.message}`).join('; '),
  errors,
})

export const notFound = (detail: string): Problem => ({
  type: PROBLEM_TYPES.notFound,
  title: 'Not Found',
  status: 404,
  detail,
})
