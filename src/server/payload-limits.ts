/**
 * Bounds on what one request to Payload's own REST and GraphQL API can make the server do
 * (security-checks.md 20). Payload reads published documents for anyone, and left to itself:
 *   - `?limit=1000000`, `?limit=0`, `?limit=-1`, `?limit=abc` and `?pagination=false` all return
 *     every document of a collection in one response (measured: 1,200 decisions, 2 MB; it grows
 *     with the collection), as does the admin's POST with X-Payload-HTTP-Method-Override: GET;
 *     GraphQL's `limit:` and `pagination: false` arguments do the same;
 *   - a GraphQL query of a few thousand chained fragment spreads overflows the stack in
 *     validation and answers 500;
 *   - a multipart body busboy cannot parse (a NUL or other control character in a part header,
 *     no boundary, a body cut short) or a `_payload` field that is not JSON answers 500
 *     "Something went wrong";
 *   - a request body Payload stops reading (a multipart limit reached) could throw
 *     ERR_INVALID_STATE from inside Node's Readable.toWeb adapter, uncaught: the process exits.
 * `depth` needs nothing here: Payload caps it at its `maxDepth` (10) itself. Sizes of multipart
 * bodies (parts, fields, files, the whole request) are Payload's own limits, answered with 413.
 *
 * Wiring (src/server/app.ts, src/config/build-config.ts, src/server/payload-bridge.ts):
 *   app.all('/api/graphql', graphQLLimits(), payloadGraphQL(config))
 *   app.all('/api/{*path}', capPayloadReads(payload), payloadRest(config))
 *   hooks: { afterError: [auditFailedLogin, unparseableBodiesAreClientErrors] }
 *   toWebRequest: body … : requestBodyStream(req)   (instead of Readable.toWeb(req))
 */
import type { IncomingMessage } from 'node:http'

import express, { type Request, type RequestHandler, type Response } from 'express'
import {
  type DocumentNode,
  type FragmentDefinitionNode,
  Kind,
  parse,
  type SelectionSetNode,
  type ValueNode,
  visit,
} from 'graphql'
import type { AfterErrorHook, Payload } from 'payload'

/**
 * The most documents one list request returns. Larger than any page the admin asks for (its
 * list views offer up to 100; its department picker in the annual-report panel asks for 1,000),
 * small enough that one response stays under 2 MB (1,000 decisions: 1.7 MB, 0.5 s on SQLite).
 */
export const MAX_LIST_LIMIT = 1_000

/** Field nesting of a GraphQL operation (fragments expanded); the introspection query needs 12. */
export const MAX_GRAPHQL_DEPTH = 20

/** Tokens in a GraphQL document: what parsing costs before any other check can run. */
export const MAX_GRAPHQL_TOKENS = 10_000

/** Fields, fragments and spreads on any one path: bounds the depth check's own recursion. */
const MAX_GRAPHQL_HOPS = 3 * MAX_GRAPHQL_DEPTH

// ------------------------------------------------------------------------------------------------
// REST: ?limit and ?pagination on list routes

/** `limit[0]`, `limit[x][y]` and `limit` are all `limit` to qs, which Payload parses queries with. */
const rootOf = (key: string) => key.split('[')[0]!

export type ListQuery =
  { kind: 'fine' } | { kind: 'capped'; query: string } | { kind: 'refused'; message: string }

/**
 * What to do with a list query's `limit` and `pagination`, read the way Payload reads them (qs,
 * then Number()): a whole number from 1 to `max` is fine; 0, more than `max`, or
 * `pagination=false` (all of them "everything" to Payload) becomes `limit=max`; anything else
 * (`-1`, `1.5`, `abc`, `1e308`, several values), which Payload passes to the database as it is
 * and which then applies no limit or fails, is refused, as src/server/query-guard.ts refuses it
 * for the calls that do not come through here.
 */
export function listQuery(query: string, max = MAX_LIST_LIMIT): ListQuery {
  const params = new URLSearchParams(query)
  const keys = [...new Set(params.keys())]
  const limitKeys = keys.filter((k) => rootOf(k) === 'limit')
  const paginationKeys = keys.filter((k) => rootOf(k) === 'pagination')
  const unpaginated = paginationKeys.some((k) => params.getAll(k).includes('false'))
  if (!limitKeys.length && !unpaginated) return { kind: 'fine' }
  const values = limitKeys.flatMap((k) => params.getAll(k))
  if (values.length > 1) return { kind: 'refused', message: 'Invalid query: limit: given twice' }
  const raw = values[0]
  const asked = raw === undefined ? undefined : raw.trim() === '' ? NaN : Number(raw)
  if (asked !== undefined && !(Number.isSafeInteger(asked) && asked >= 0))
    return { kind: 'refused', message: 'Invalid query: limit: not a whole number' }
  const capped = asked === undefined || asked === 0 || asked > max ? max : asked
  if (!unpaginated && capped === asked && limitKeys[0] === 'limit') return { kind: 'fine' }
  for (const key of [...limitKeys, ...paginationKeys]) params.delete(key)
  params.set('limit', String(capped))
  return { kind: 'capped', query: params.toString() }
}

const overridesToGet = (req: Request) =>
  req.method === 'POST' &&
  (req.get('x-payload-http-method-override') === 'GET' ||
    req.get('x-http-method-override') === 'GET')

/**
 * Caps list reads of Payload's REST API (listQuery): GET /api/<collection>,
 * /api/<collection>/versions and /api/globals/<global>/versions, and the same as a POST with a
 * method-override header and a form-encoded query for a body (what the admin's relationship
 * fields send). Other routes, custom endpoints included, are left alone.
 */
export function capPayloadReads(payload: Payload, max = MAX_LIST_LIMIT): RequestHandler {
  const collections = new Set<string>(payload.config.collections.map((c) => c.slug))
  const globals = new Set<string>((payload.config.globals ?? []).map((g) => g.slug))
  const isList = (path: string) => {
    const m = /^\/api\/(?:globals\/([^/]+)\/versions|([^/]+)(\/versions)?)\/?$/.exec(path)
    if (!m) return false
    return m[1] !== undefined ? globals.has(m[1]) : collections.has(m[2]!)
  }
  // The override's body is read here to be capped, then handed on as bytes (payload-bridge.ts).
  const readForm = express.raw({ type: () => true, limit: '1mb' })
  const refuse = (res: Response, message: string) =>
    res
      .status(400)
      .set('cache-control', 'no-store')
      .json({ errors: [{ message }] })
  return (req, res, next) => {
    if (!isList(req.path)) return next()
    const [path, query = ''] = req.originalUrl.split(/\?(.*)/s) as [string, string?]
    if (req.method === 'GET' || req.method === 'HEAD') {
      const checked = listQuery(query, max)
      if (checked.kind === 'refused') return refuse(res, checked.message)
      if (checked.kind === 'capped') {
        req.originalUrl = `${path}?${checked.query}`
        req.url = `${req.url.split('?')[0]}?${checked.query}`
      }
      return next()
    }
    // Payload appends the body to the URL after a second `?` (so `?limit=5` in the URL and a body
    // would make the limit `5?…`, which it reads as none): the URL's query goes into the body.
    if (!overridesToGet(req) || req.get('content-type') !== 'application/x-www-form-urlencoded')
      return next()
    readForm(req, res, (err?: unknown) => {
      if (err) return next(err)
      const body = Buffer.isBuffer(req.body) ? req.body.toString('utf8') : ''
      const merged = [query, body].filter(Boolean).join('&')
      const checked = listQuery(merged, max)
      if (checked.kind === 'refused') return refuse(res, checked.message)
      req.body = Buffer.from(checked.kind === 'capped' ? checked.query : merged, 'utf8')
      req.headers['content-length'] = String(req.body.length)
      req.originalUrl = path
      req.url = req.url.split('?')[0]!
      next()
    })
  }
}

// ------------------------------------------------------------------------------------------------
// GraphQL: document size, nesting, and list sizes

class Refused extends Error {}

/** The deepest field nesting of any operation, fragments expanded; throws Refused past the caps. */
export function graphQLDepth(document: DocumentNode, maxDepth = MAX_GRAPHQL_DEPTH): number {
  const fragments = new Map<string, FragmentDefinitionNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d)
  // A fragment's depth does not depend on where it is spread: each is measured once.
  const measured = new Map<string, number>()
  const open = new Set<string>()
  const depthOf = (set: SelectionSetNode | undefined, hops: number): number => {
    if (!set) return 0
    if (hops > MAX_GRAPHQL_HOPS) throw new Refused(`nested more than ${MAX_GRAPHQL_HOPS} levels`)
    let deepest = 0
    for (const s of set.selections) {
      let d = 0
      if (s.kind === Kind.FIELD) d = 1 + depthOf(s.selectionSet, hops + 1)
      else if (s.kind === Kind.INLINE_FRAGMENT) d = depthOf(s.selectionSet, hops + 1)
      else {
        const name = s.name.value
        const fragment = fragments.get(name)
        if (measured.has(name)) d = measured.get(name)!
        else if (fragment && !open.has(name)) {
          // A cycle or an unknown fragment counts nothing here: GraphQL's validation refuses both.
          open.add(name)
          d = depthOf(fragment.selectionSet, hops + 1)
          open.delete(name)
          measured.set(name, d)
        }
      }
      deepest = Math.max(deepest, d)
      if (deepest > maxDepth) throw new Refused(`nested deeper than ${maxDepth} fields`)
    }
    return deepest
  }
  let deepest = 0
  for (const d of document.definitions)
    if (d.kind === Kind.OPERATION_DEFINITION)
      deepest = Math.max(deepest, depthOf(d.selectionSet, 0))
  return deepest
}

/** The value of an argument, a variable's from the request (or its default), else undefined. */
function argumentValue(
  node: ValueNode,
  variables: Record<string, unknown>,
  defaults: Map<string, ValueNode>,
): unknown {
  if (node.kind === Kind.VARIABLE) {
    const name = node.name.value
    if (name in variables) return variables[name]
    const fallback = defaults.get(name)
    return fallback ? argumentValue(fallback, {}, new Map()) : undefined
  }
  if (node.kind === Kind.INT) return Number(node.value)
  if (node.kind === Kind.FLOAT) return Number(node.value)
  if (node.kind === Kind.BOOLEAN) return node.value
  if (node.kind === Kind.NULL) return null
  if (node.kind === Kind.STRING || node.kind === Kind.ENUM) return node.value
  return undefined
}

/** Why the operation asks for too much (a list limit, or every document), or null. */
export function graphQLListProblem(
  document: DocumentNode,
  variables: Record<string, unknown>,
  max = MAX_LIST_LIMIT,
): string | null {
  const defaults = new Map<string, ValueNode>()
  for (const d of document.definitions)
    if (d.kind === Kind.OPERATION_DEFINITION)
      for (const v of d.variableDefinitions ?? [])
        if (v.defaultValue) defaults.set(v.variable.name.value, v.defaultValue)
  let problem: string | null = null
  visit(document, {
    Argument(node) {
      if (problem) return
      const name = node.name.value
      if (name !== 'limit' && name !== 'pagination') return
      const value = argumentValue(node.value, variables, defaults)
      if (value === undefined || value === null) return
      if (name === 'pagination' && value === false)
        problem = `pagination: false is not allowed; page through at most ${max} documents at a time`
      if (
        name === 'limit' &&
        !(typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= max)
      )
        problem = `limit must be a whole number from 1 to ${max}`
    },
  })
  return problem
}

/** The operation a request carries, as graphql-http reads it: a JSON body, or GET's query string. */
function operationOf(req: Request): { query: unknown; variables: unknown } | null {
  if (req.method === 'GET') {
    const variables = req.query.variables
    let parsed: unknown = undefined
    if (typeof variables === 'string') {
      try {
        parsed = JSON.parse(variables)
      } catch {
        return null
      }
    }
    return { query: req.query.query, variables: parsed }
  }
  if (!Buffer.isBuffer(req.body)) return null
  try {
    const body = JSON.parse(req.body.toString('utf8'))
    if (!body || typeof body !== 'object' || Array.isArray(body)) return null
    return { query: body.query, variables: body.variables }
  } catch {
    return null
  }
}

/**
 * Refuses, with 400 and GraphQL's error format, an operation that is too long to parse safely,
 * nested too deeply (through fragments too), or that asks for a list beyond MAX_LIST_LIMIT.
 * Payload's complexity limit (config graphQL.maxComplexity) still applies after this; anything
 * this cannot read (no query, a batch, bad JSON) is left for graphql-http to refuse.
 */
export function graphQLLimits(
  options: { maxDepth?: number; maxTokens?: number; maxLimit?: number } = {},
): RequestHandler {
  const { maxDepth = MAX_GRAPHQL_DEPTH, maxTokens = MAX_GRAPHQL_TOKENS } = options
  const maxLimit = options.maxLimit ?? MAX_LIST_LIMIT
  // app.ts reads POST bodies first (for the sign-in throttle); this reads them if it did not.
  const readBody = express.raw({ type: () => true, limit: '2mb' })
  const check: RequestHandler = (req, res, next) => {
    const operation = operationOf(req)
    if (!operation || typeof operation.query !== 'string') return next()
    const refuse = (message: string) =>
      res
        .status(400)
        .set('cache-control', 'no-store')
        .json({ errors: [{ message, extensions: { code: 'QUERY_TOO_LARGE' } }] })
    let document: DocumentNode
    try {
      document = parse(operation.query, { maxTokens, noLocation: true })
    } catch (err) {
      // A syntax error is graphql-http's to report as usual; what overflowed the parser is ours.
      if (err instanceof RangeError) return refuse('The query is nested too deeply to parse.')
      // graphql-js 16 words it "more that".
      if (/contains more tha[nt] \d+ tokens/.test(String((err as Error)?.message)))
        return refuse(`The query has more than ${maxTokens} tokens.`)
      return next()
    }
    try {
      graphQLDepth(document, maxDepth)
    } catch (err) {
      if (err instanceof Refused || err instanceof RangeError)
        return refuse(`The query is ${err instanceof Refused ? err.message : 'nested too deeply'}.`)
      throw err
    }
    const variables =
      operation.variables && typeof operation.variables === 'object'
        ? (operation.variables as Record<string, unknown>)
        : {}
    const problem = graphQLListProblem(document, variables, maxLimit)
    if (problem) return refuse(problem)
    next()
  }
  return (req, res, next) => {
    if (req.method !== 'POST') return check(req, res, next)
    readBody(req, res, (err?: unknown) => (err ? next(err) : check(req, res, next)))
  }
}

// ------------------------------------------------------------------------------------------------
// Multipart and form bodies Payload cannot parse

/**
 * What busboy throws for a body that is malformed (as opposed to one over a size limit), and what
 * Payload throws itself, with status 500, for a multipart content type without a boundary.
 */
const UNPARSEABLE =
  /^(Malformed part header|Unexpected end of (form|file)|Multipart: Boundary not found|Malformed content type|Missing Content-Type|Malformed urlencoded form|Unsupported content type|Request is not eligible for file upload$)/

/**
 * Payload's afterError hook: a body its multipart parser (busboy) could not read, or JSON it could
 * not parse where Payload calls JSON.parse itself (a multipart body's `_payload` field, a `where`
 * or `data` query parameter given as a string), is the client's mistake: 400, not "Something went
 * wrong" with 500. Payload has already logged the error. Errors with a 4xx status of their own
 * (the size limits' 413) are left as they are.
 */
export const unparseableBodiesAreClientErrors: AfterErrorHook = ({ error }) => {
  const err = error as { message?: unknown; status?: unknown } | undefined
  if (typeof err?.status === 'number' && err.status < 500) return
  if (typeof err?.message !== 'string') return
  const json = err instanceof SyntaxError && /JSON/.test(err.message)
  if (!json && !UNPARSEABLE.test(err.message)) return
  const message = json
    ? 'The request contains JSON that could not be parsed.'
    : 'The request body could not be read as multipart/form-data.'
  return { status: 400, response: { errors: [{ message }] }, graphqlResult: { message } }
}

// ------------------------------------------------------------------------------------------------
// The request body as a Web stream

/** What is still read (and thrown away) of a body after its reader gave up, before hanging up. */
export const DRAIN_AFTER_CANCEL_BYTES = 8 * 1024 * 1024

/**
 * The request body as a Web ReadableStream, for Payload's handlers. Node 20's Readable.toWeb(req)
 * destroys the request when the reader cancels (Payload does, on a multipart limit), yet chunks
 * already buffered are still emitted and enqueued into the closed stream: ERR_INVALID_STATE thrown
 * from an event listener, uncaught, and the server process exits (reproduced: 5,000 parts as a
 * signed-in author, PostgreSQL). Here nothing is enqueued after the end, and a cancelled body is
 * read on and discarded for a while, so the client gets the 413 instead of a reset connection.
 */
export function requestBodyStream(req: IncomingMessage): ReadableStream<Uint8Array> {
  let finished = false
  let detach = () => {}
  return new ReadableStream<Uint8Array>(
    {
      start(controller) {
        const finish = (then: () => void) => {
          if (finished) return
          finished = true
          detach()
          then()
        }
        const onData = (chunk: Buffer) => {
          if (finished) return
          // A copy: the chunk may be a slice of a pooled buffer Node reuses.
          controller.enqueue(new Uint8Array(chunk))
          if ((controller.desiredSize ?? 0) <= 0) req.pause()
        }
        const onEnd = () => finish(() => controller.close())
        const onError = (err: Error) => finish(() => controller.error(err))
        const onClose = () => {
          if (!req.complete) onError(new Error('the client closed the connection mid-body'))
        }
        req.on('data', onData)
        req.once('end', onEnd)
        req.once('error', onError)
        req.once('close', onClose)
        detach = () => {
          req.off('data', onData)
          req.off('end', onEnd)
          req.off('error', onError)
          req.off('close', onClose)
        }
        req.pause()
      },
      pull() {
        if (!finished) req.resume()
      },
      cancel() {
        if (finished) return
        finished = true
        detach()
        let drained = 0
        const drain = (chunk: Buffer) => {
          drained += chunk.length
          if (drained > DRAIN_AFTER_CANCEL_BYTES) {
            req.off('data', drain)
            req.destroy()
          }
        }
        req.on('data', drain)
        req.once('error', () => {})
        req.resume()
      },
    },
    new ByteLengthQueuingStrategy({ highWaterMark: 64 * 1024 }),
  )
}
