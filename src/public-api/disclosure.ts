/**
 * Disclosure requests (public-api.md): POST /api/v1/disclosure-requests (JSON, or multipart with
 * attachments) and GET /api/v1/disclosure-requests/{trackingCode} with `X-Access-Key`, and the
 * response files behind the same key. Mounted before the response cache: nothing here is cached
 * or shared; a stricter per-client limit applies to submissions.
 *
 * A submission is checked completely (every field, every file's real type and size, the
 * honeypot) before anything is written; the request and its files are then written in one
 * transaction, and files already on disk are removed if it fails, so a refused or failed
 * submission leaves nothing behind. Online requests are confirmed on submission: the 201 with the
 * tracking code is the body's confirmation of receipt, so the receipt date is today (China).
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import Busboy from 'busboy'
import express, { type Request, type RequestHandler, type Response, type Router } from 'express'
import { rateLimit, ipKeyGenerator, MemoryStore, type Store } from 'express-rate-limit'
import {
  commitTransaction,
  createLocalReq,
  initTransaction,
  killTransaction,
  type Payload,
} from 'payload'
import { z } from 'zod'

import { chinaDate } from '../clocks/calendar'
import { hashAccessKey, newAccessKey } from '../requests/handling'
import {
  APPLICANT_TYPES,
  ID_TYPES,
  OUTCOMES,
  PREFERRED_FORMS,
  REPLY_CHANNELS,
  REQUEST_STATUSES,
} from '../requests/model'
import { applicantErrors, PUBLIC_NAMES } from '../requests/validate'
import { MAX_BYTES, safeFileName, sniffUpload } from '../uploads/hooks'
import {
  invalidParameters,
  notFound,
  PROBLEM_TYPES,
  sendProblem,
  type ParameterError,
} from './problem'

export const MAX_FILES = 5
const enumOf = <T extends ReadonlyArray<{ value: string }>>(list: T, what: string) =>
  z
    .enum(list.map((o) => o.value) as [string, ...string[]], {
      error: `must be one of ${list.map((o) => o.value).join(', ')}`,
    })
    .describe(what)
const str = (max: number, what: string) =>
  z
    .string()
    .trim()
    .max(max, { error: `must be at most ${max} characters` })
    .describe(what)

export const DisclosureRequestBody = z
  .strictObject({
    department: z
      .string()
      .regex(/^[A-Za-z0-9_-]{1,40}$/, { error: 'must be a department code' })
      .describe('Code of the department asked'),
    applicantType: enumOf(APPLICANT_TYPES, 'Who is asking'),
    applicantName: str(200, 'Name of the person or organisation').min(1, { error: 'is required' }),
    idType: enumOf(ID_TYPES, 'Identity document type (natural persons)').optional(),
    idNumber: str(40, 'Identity document number (natural persons)').optional(),
    organizationCode: str(40, 'Unified social credit code (organisations)').optional(),
    email: str(254, 'Email (email and/or phone)').optional(),
    phone: str(40, 'Phone (email and/or phone)').optional(),
    address: str(300, 'Postal address').optional(),
    description: str(5000, 'What is requested').min(1, { error: 'is required' }),
    documentTitle: str(300, 'Title of the document asked for').optional(),
    docNumber: str(100, 'Its document number (文号)').optional(),
    preferredForm: enumOf(PREFERRED_FORMS, 'Paper or electronic').optional(),
    channel: enumOf(REPLY_CHANNELS, 'How the answer should reach the applicant').optional(),
    website: z
      .string()
      .max(0, { error: 'must be empty' })
      .optional()
      .describe('Leave empty (a trap for robots)'),
  })
  .meta({ id: 'DisclosureRequestInput' })

export const DisclosureReceipt = z
  .object({
    trackingCode: z.string(),
    accessKey: z.string().describe('Shown once: with the tracking code it opens the status page'),
    receivedAt: z.string().describe('When the submission was received (ISO 8601)'),
    receivedOn: z
      .string()
      .describe('The receipt date the time limit counts from (YYYY-MM-DD, China)'),
    dueDate: z.string().describe('The last working day for the answer (YYYY-MM-DD)'),
    statusUrl: z.string(),
  })
  .meta({ id: 'DisclosureReceipt' })

export const DisclosureStatus = z
  .object({
    trackingCode: z.string(),
    department: z.object({ code: z.string(), name: z.string() }),
    receivedOn: z.string(),
    status: z.enum(REQUEST_STATUSES.map((s) => s.value) as [string, ...string[]]),
    statusLabel: z.string(),
    dueDate: z
      .string()
      .nullable()
      .describe('Null while the request waits for the applicant’s correction'),
    extensionDays: z.number().int(),
    history: z.array(z.object({ type: z.string(), date: z.string() })),
    outcome: z
      .object({ code: z.string(), label: z.string(), reason: z.string().nullable() })
      .nullable(),
    answeredOn: z.string().nullable(),
    answer: z.string().nullable(),
    responseFiles: z.array(
      z.object({
        name: z.string(),
        size: z.number().int(),
        sha256: z.string().nullable(),
        url: z.string(),
      }),
    ),
  })
  .meta({ id: 'DisclosureStatus' })

export const TrackingPath = z.object({
  trackingCode: z
    .string()
    .regex(/^\d{4}-[2-9A-Z]{5}-[2-9A-Z]{5}$/)
    .describe('The tracking code of the receipt'),
})

export type Upload = { field: string; name: string; data: Buffer }
/** A refusal naming a field; `zh` is the portal's Chinese wording where it differs from the rule's. */
export type SubmissionError = ParameterError & { zh?: string }
export type Parsed = {
  fields: Record<string, unknown>
  files: Upload[]
  errors: SubmissionError[]
}
export type CheckedSubmission = {
  errors: SubmissionError[]
  body?: z.infer<typeof DisclosureRequestBody>
  department?: any
  sniffed?: Array<Upload & { mime: string }>
}
export type Receipt = z.infer<typeof DisclosureReceipt>

/**
 * Reads a multipart body with limits (busboy): fields as strings, files in memory (≤ 10 MB each).
 * A file part without a name and without bytes is a browser's empty file input: no file.
 */
export function readMultipart(req: Request): Promise<Parsed> {
  return new Promise((resolve) => {
    const fields: Record<string, unknown> = {}
    const files: Upload[] = []
    const errors: SubmissionError[] = []
    let bb: Busboy.Busboy
    try {
      bb = Busboy({
        headers: req.headers,
        limits: {
          fields: 30,
          fieldSize: 20_000,
          files: MAX_FILES,
          fileSize: MAX_BYTES.request,
          parts: 40,
        },
        defParamCharset: 'utf8',
      })
    } catch {
      return resolve({
        fields,
        files,
        errors: [{ parameter: 'body', message: 'is not a valid multipart/form-data body' }],
      })
    }
    bb.on('field', (name, value, info) => {
      if (info.valueTruncated) errors.push({ parameter: name, message: 'is too long' })
      else if (name in fields) errors.push({ parameter: name, message: 'must be given once' })
      else fields[name] = value
    })
    bb.on('file', (name, stream, info) => {
      const chunks: Buffer[] = []
      stream.on('data', (chunk: Buffer) => chunks.push(chunk))
      stream.on('limit', () =>
        errors.push({
          parameter: name,
          message: `${info.filename}: larger than ${MAX_BYTES.request / 1024 / 1024} MB`,
          zh: `${info.filename}：超过 ${MAX_BYTES.request / 1024 / 1024} MB`,
        }),
      )
      stream.on('close', () => {
        const data = Buffer.concat(chunks)
        if (!info.filename && data.length === 0) return
        if (name !== 'attachments')
          errors.push({ parameter: name, message: 'files go in the field "attachments"' })
        else if (!(stream as any).truncated)
          files.push({ field: name, name: info.filename ?? 'file', data })
      })
    })
    bb.on('filesLimit', () =>
      errors.push({
        parameter: 'attachments',
        message: `at most ${MAX_FILES} files`,
        zh: `最多 ${MAX_FILES} 个文件`,
      }),
    )
    bb.on('fieldsLimit', () => errors.push({ parameter: 'body', message: 'too many fields' }))
    bb.on('partsLimit', () => errors.push({ parameter: 'body', message: 'too many parts' }))
    bb.on('error', () => {
      errors.push({ parameter: 'body', message: 'is not a valid multipart/form-data body' })
      resolve({ fields, files, errors })
    })
    bb.on('close', () => resolve({ fields, files, errors }))
    req.pipe(bb)
  })
}

/** Every problem with a submission, in the contract's field names; [] when it can be stored. */
export async function submissionErrors(
  payload: Payload,
  input: Record<string, unknown>,
  files: Upload[],
): Promise<CheckedSubmission> {
  const errors: SubmissionError[] = []
  for (const [name, value] of Object.entries(input)) {
    // eslint-disable-next-line no-control-regex
    if (typeof value === 'string' && /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/.test(value))
      errors.push({ parameter: name, message: 'must not contain control characters' })
  }
  const parsed = DisclosureRequestBody.safeParse(input)
  if (!parsed.success) {
    for (const issue of parsed.error.issues) {
      if (issue.code === 'unrecognized_keys')
        for (const key of issue.keys)
          errors.push({ parameter: key, message: 'is not a field of a disclosure request' })
      else if (
        issue.code === 'invalid_type' &&
        issue.path.length === 1 &&
        input[String(issue.path[0])] === undefined
      )
        errors.push({ parameter: String(issue.path[0]), message: 'is required' })
      else errors.push({ parameter: issue.path.join('.') || 'body', message: issue.message })
    }
  }
  const fieldOf = (e: { field: string }) => e.field
  const cross = applicantErrors(
    {
      type: input.applicantType,
      name: input.applicantName,
      idType: input.idType,
      idNumber: input.idNumber,
      organizationCode: input.organizationCode,
      email: input.email,
      phone: input.phone,
    },
    '',
    PUBLIC_NAMES,
  )
  for (const e of cross) {
    const same = errors.find((x) => x.parameter === fieldOf(e))
    if (!same) errors.push({ parameter: e.field, message: e.en, zh: e.zh })
    else if (same.message === e.en) same.zh ??= e.zh
  }
  let department: any
  if (typeof input.department === 'string' && /^[A-Za-z0-9_-]{1,40}$/.test(input.department)) {
    const { docs } = await payload.find({
      collection: 'departments',
      where: { code: { equals: input.department } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
    })
    department = docs[0]
    if (!department)
      errors.push({
        parameter: 'department',
        message: `no department has the code ${input.department}`,
        zh: '没有这个部门，请从列表中选择',
      })
  } else if (input.department === undefined) {
    if (!errors.some((e) => e.parameter === 'department'))
      errors.push({ parameter: 'department', message: 'is required' })
  }
  const sniffed: Array<Upload & { mime: string }> = []
  for (const [i, file] of files.entries()) {
    const result = await sniffUpload('request', file.data)
    if (!result.ok)
      errors.push({
        parameter: `attachments[${i}]`,
        message: `${file.name}: ${result.reason} (PDF, OFD, DOCX, ODT, JPEG or PNG only)`,
        zh: `${file.name}：文件类型不符或无法识别（仅接受 PDF、OFD、DOCX、ODT、JPEG 或 PNG）`,
      })
    else sniffed.push({ ...file, name: safeFileName(file.name, result.ext), mime: result.mime })
  }
  if (errors.length || !parsed.success) return { errors }
  return { errors, body: parsed.data, department, sniffed }
}

function statusUrl(req: Request, code: string): string {
  return `${req.baseUrl}/disclosure-requests/${code}`
}

/**
 * Writes a checked submission (the request and its files) in one transaction and returns the
 * receipt with the access key, which exists nowhere else: only its hash is stored. Files already
 * on disk are removed if the transaction fails. The API and the portal form both store through it.
 */
export async function storeSubmission(
  payload: Payload,
  checked: Required<Omit<CheckedSubmission, 'errors'>>,
  statusPath: (trackingCode: string) => string,
): Promise<Receipt> {
  const { body, department, sniffed } = checked
  const { key, hash } = newAccessKey()
  const now = new Date()
  const localReq = await createLocalReq({}, payload)
  const written: string[] = []
  const shouldCommit = await initTransaction(localReq)
  try {
    const fileIds: Array<number | string> = []
    for (const file of sniffed) {
      const doc = await payload.create({
        collection: 'request-files',
        data: { department: department.id, purpose: 'applicant' },
        file: { data: file.data, mimetype: file.mime, name: file.name, size: file.data.length },
        req: localReq,
        overrideAccess: true,
        depth: 0,
      })
      written.push(String((doc as any).filename))
      fileIds.push(doc.id)
    }
    const doc: any = await payload.create({
      collection: 'disclosure-requests',
      data: {
        department: department.id,
        receivedVia: 'online',
        receivedOn: chinaDate(now),
        submittedAt: now.toISOString(),
        accessKeyHash: hash,
        applicant: {
          type: body.applicantType,
          name: body.applicantName,
          idType: body.idType ?? null,
          idNumber: body.idNumber ? body.idNumber.toUpperCase() : null,
          organizationCode: body.organizationCode ? body.organizationCode.toUpperCase() : null,
          email: body.email ?? null,
          phone: body.phone ?? null,
          address: body.address ?? null,
        },
        request: {
          description: body.description,
          documentTitle: body.documentTitle ?? null,
          docNumber: body.docNumber ?? null,
          preferredForm: body.preferredForm ?? null,
          replyChannel: body.channel ?? null,
        },
        attachments: fileIds,
      } as any,
      req: localReq,
      overrideAccess: true,
      depth: 0,
    })
    if (shouldCommit) await commitTransaction(localReq)
    return {
      trackingCode: doc.trackingCode,
      accessKey: key,
      receivedAt: now.toISOString(),
      receivedOn: doc.receivedOn,
      dueDate: doc.dueDate,
      statusUrl: statusPath(doc.trackingCode),
    }
  } catch (error) {
    if (shouldCommit) await killTransaction(localReq)
    const dir = payload.collections['request-files']?.config.upload?.staticDir
    if (dir) for (const name of written) await fs.promises.rm(path.join(dir, name), { force: true })
    throw error
  }
}

/** The contract's errors: the portal's Chinese wording stays out of the API. */
export const contractErrors = (errors: SubmissionError[]): ParameterError[] =>
  errors.map(({ parameter, message }) => ({ parameter, message }))

/**
 * Form fields (multipart or JSON) as submissionErrors takes them: values of known fields must be
 * strings; everything else is still checked, so that one answer names every bad field.
 */
export async function checkSubmission(
  payload: Payload,
  parsed: Parsed,
): Promise<CheckedSubmission> {
  const known = Object.keys(DisclosureRequestBody.shape)
  const fields: Record<string, unknown> = {}
  const parseErrors = [...parsed.errors]
  for (const [name, value] of Object.entries(parsed.fields)) {
    if (typeof value === 'string' || value === null || !known.includes(name))
      fields[name] = value ?? undefined
    else if (!parseErrors.some((e) => e.parameter === name))
      parseErrors.push({ parameter: name, message: 'must be a string' })
  }
  const checked = await submissionErrors(payload, fields, parsed.files)
  const errors = [
    ...parseErrors,
    ...checked.errors.filter((e) => !parseErrors.some((p) => p.parameter === e.parameter)),
  ]
  return errors.length || !checked.body ? { errors } : checked
}

async function submit(payload: Payload, req: Request, res: Response): Promise<void> {
  const type = req.get('content-type') ?? ''
  let parsed: Parsed
  if (/^multipart\/form-data/i.test(type)) parsed = await readMultipart(req)
  else if (/^application\/json/i.test(type)) {
    const body = req.body
    parsed =
      body && typeof body === 'object' && !Array.isArray(body)
        ? { fields: body, files: [], errors: [] }
        : {
            fields: {},
            files: [],
            errors: [{ parameter: 'body', message: 'must be a JSON object' }],
          }
  } else {
    return sendProblem(res, {
      type: PROBLEM_TYPES.invalidParameter,
      title: 'Unsupported Media Type',
      status: 415,
      detail: 'Send multipart/form-data (with attachments) or application/json',
    })
  }
  const checked = await checkSubmission(payload, parsed)
  if (checked.errors.length || !checked.body)
    return sendProblem(res, invalidParameters(contractErrors(checked.errors)))
  const receipt = await storeSubmission(
    payload,
    { body: checked.body, department: checked.department, sniffed: checked.sniffed ?? [] },
    (code) => statusUrl(req, code),
  )
  res.status(201).set('cache-control', 'no-store').location(receipt.statusUrl).json(receipt)
}

/** The request behind a tracking code and its key, or undefined (a wrong key looks like no request). */
export async function findWithKey(
  payload: Payload,
  code: string,
  key: string | undefined,
): Promise<any> {
  if (!key || key.length > 100 || !/^\d{4}-[2-9A-Z]{5}-[2-9A-Z]{5}$/.test(code)) return undefined
  const { docs } = await payload.find({
    collection: 'disclosure-requests',
    where: { trackingCode: { equals: code } },
    depth: 1,
    limit: 1,
    overrideAccess: true,
    showHiddenFields: true,
  })
  const doc: any = docs[0]
  const expected = Buffer.from(doc?.accessKeyHash ?? '0'.repeat(64), 'hex')
  const given = Buffer.from(hashAccessKey(key), 'hex')
  return doc && expected.length === given.length && crypto.timingSafeEqual(expected, given)
    ? doc
    : undefined
}

const label = (list: ReadonlyArray<{ value: string; zh: string }>, value: string) =>
  list.find((o) => o.value === value)?.zh ?? value

/** What the applicant may see of their request: its progress and the answer, nothing of the staff's notes. */
export function presentStatus(doc: any, base: string): z.infer<typeof DisclosureStatus> {
  const outcome = OUTCOMES.find((o) => o.value === doc.outcome)
  const reasonValue =
    typeof doc.outcomeReason === 'string' ? doc.outcomeReason.split('.')[1] : undefined
  const files =
    doc.status === 'answered'
      ? ((doc.responseFiles ?? []) as any[]).filter((f) => f && typeof f === 'object')
      : []
  return {
    trackingCode: doc.trackingCode,
    department: { code: doc.department?.code ?? '', name: doc.department?.name ?? '' },
    receivedOn: doc.receivedOn,
    status: doc.status,
    statusLabel: label(REQUEST_STATUSES, doc.status),
    dueDate: doc.dueDate ?? null,
    extensionDays: doc.extensionDays ?? 0,
    history: ((doc.events ?? []) as any[])
      .filter((e) => e.type !== 'assigned')
      .map((e) => ({ type: e.type, date: e.date })),
    outcome:
      doc.status === 'answered' && outcome
        ? {
            code: outcome.value,
            label: outcome.zh,
            reason: outcome.reasons.find((r) => r.value === reasonValue)?.zh ?? null,
          }
        : null,
    answeredOn: doc.status === 'answered' ? (doc.answeredOn ?? null) : null,
    answer: doc.status === 'answered' ? (doc.answer ?? null) : null,
    responseFiles: files.map((f) => ({
      name: f.filename,
      size: f.filesize ?? 0,
      sha256: f.sha256 ?? null,
      url: `${base}/disclosure-requests/${doc.trackingCode}/files/${encodeURIComponent(f.filename)}`,
    })),
  }
}

/** A response file of an answered request, by its name, with where it lies on disk. */
export function responseFileOf(
  payload: Payload,
  doc: any,
  name: string,
): { file: any; path: string } | undefined {
  const file =
    doc?.status === 'answered'
      ? ((doc.responseFiles ?? []) as any[]).find(
          (f) => f && typeof f === 'object' && f.filename === name,
        )
      : undefined
  const dir = payload.collections['request-files']?.config.upload?.staticDir
  if (!file || !dir) return undefined
  return { file, path: path.join(dir, path.basename(file.filename)) }
}

/** The hourly window of the submission limit. */
export const SUBMISSION_WINDOW_MS = 3_600_000

/**
 * A per-client-address limit over a window whose refusal each caller words itself (a problem
 * document, a page), with `Retry-After` set to the seconds until the window resets.
 */
export function addressLimiter(
  limit: number,
  windowMs: number,
  store: Store,
  refuse: (req: Request, res: Response, retryAfterSeconds: number) => void,
): RequestHandler {
  return rateLimit({
    store,
    windowMs,
    limit,
    standardHeaders: 'draft-7',
    legacyHeaders: false,
    validate: false,
    keyGenerator: (req) => ipKeyGenerator(req.ip ?? ''),
    handler: (req, res) => {
      const reset = (req as any).rateLimit?.resetTime as Date | undefined
      const seconds = Math.max(
        1,
        Math.ceil(((reset?.getTime() ?? Date.now() + windowMs) - Date.now()) / 1000),
      )
      res.set('retry-after', String(seconds))
      refuse(req, res, seconds)
    },
  })
}

/**
 * The hourly per-address limit on submissions. The API and the portal form each build one with
 * their own refusal (a problem document, a page) over the same counters (`store`), so a client
 * gets `perHour` submissions in all, whichever way it sends them.
 */
export function submissionLimiter(
  perHour: number,
  store: Store,
  refuse: (req: Request, res: Response, retryAfterSeconds: number) => void,
): RequestHandler {
  return addressLimiter(perHour, SUBMISSION_WINDOW_MS, store, refuse)
}

/** A response file as a download, never rendered in the site's origin. */
export function sendResponseFile(
  res: Response,
  { file, path: where }: { file: any; path: string },
) {
  res
    .type(file.mimeType ?? 'application/octet-stream')
    .set('x-content-type-options', 'nosniff')
    .set('content-security-policy', "default-src 'none'; sandbox")
    .attachment(file.filename)
    .sendFile(where)
}

export function disclosureRoutes(
  payload: Payload,
  submissionsPerHour: number,
  /** The submission counters, shared with the portal's form (submissionLimiter). */
  store: Store = new MemoryStore(),
): Router {
  const router = express.Router()
  const noStore: express.RequestHandler = (_req, res, next) => {
    res.set('cache-control', 'no-store')
    next()
  }
  const submissions = submissionLimiter(submissionsPerHour, store, (_req, res, seconds) =>
    sendProblem(res, {
      type: PROBLEM_TYPES.tooManyRequests,
      title: 'Too Many Requests',
      status: 429,
      detail: `At most ${submissionsPerHour} requests an hour from one address; retry after ${seconds} s.`,
    }),
  )
  router.post(
    '/disclosure-requests',
    noStore,
    submissions,
    express.json({ limit: '64kb', type: 'application/json' }),
    (req, res, next) => {
      submit(payload, req, res).catch(next)
    },
  )
  router.get('/disclosure-requests/:trackingCode', noStore, async (req, res, next) => {
    try {
      const doc = await findWithKey(
        payload,
        String(req.params.trackingCode),
        req.get('x-access-key'),
      )
      if (!doc)
        return sendProblem(res, notFound('No request with this tracking code and access key'))
      res.set('vary', 'X-Access-Key').json(presentStatus(doc, req.baseUrl))
    } catch (error) {
      next(error)
    }
  })
  router.get('/disclosure-requests/:trackingCode/files/:name', noStore, async (req, res, next) => {
    try {
      const doc = await findWithKey(
        payload,
        String(req.params.trackingCode),
        req.get('x-access-key'),
      )
      const found = responseFileOf(payload, doc, String(req.params.name))
      if (!found) return sendProblem(res, notFound('No such file'))
      sendResponseFile(res, found)
    } catch (error) {
      next(error)
    }
  })
  // A JSON body that does not parse is the client's mistake, named as such.
  router.use('/disclosure-requests', ((
    error: any,
    _req: Request,
    res: Response,
    next: express.NextFunction,
  ) => {
    if (error?.type === 'entity.parse.failed')
      return sendProblem(
        res,
        invalidParameters([{ parameter: 'body', message: 'is not valid JSON' }]),
      )
    if (error?.type === 'entity.too.large')
      return sendProblem(res, {
        ...invalidParameters([{ parameter: 'body', message: 'is larger than 64 kB' }]),
        status: 413,
        title: 'Payload Too Large',
      })
    next(error)
  }) as express.ErrorRequestHandler)
  return router
}
