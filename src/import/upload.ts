/**
 * The admin's bulk decision import over HTTP (collection `import-runs`):
 *
 * - POST /api/import-runs/upload — multipart/form-data with `kind` (licensing|penalty),
 *   `department` (its id), `publish` (true|false, optional) and `file` (.csv, .xlsx or .jsonl, at
 *   most IMPORT_MAX_MB). The caller must be an author in the department, and a publisher there
 *   too to publish on import. The file streams to a temporary file (never held in memory); the
 *   run is recorded (queued) and imported in the background of this process; the answer is
 *   202 `{ id }` at once, and the screen follows GET /api/import-runs/:id. A refusal is a problem
 *   naming the field (400, or 403 for a role the caller lacks), and stores nothing.
 * - GET /api/import-runs/:id/errors.csv — the rejected rows (row, column, value, message), for
 *   whoever may read the run; 404 otherwise, or when no row was rejected.
 *
 * The import itself is `importDecisions` (src/import/run.ts), as `npm run import` runs it.
 */
import crypto from 'node:crypto'
import { createReadStream, createWriteStream, mkdirSync, type WriteStream } from 'node:fs'
import fs from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'

import Busboy from 'busboy'
import type { Endpoint, PayloadRequest } from 'payload'

import { departmentIdsOf, rolesIn } from '../access/predicates'
import { message } from '../fields/labels'
import type { DecisionKind } from './columns'
import { type FileFormat, formatOf } from './read'
import { importPlaces, importQueue, reportFileOf, RUNS, UPLOADING_PREFIX } from './runs'

type FieldError = { field: string; zh: string; en: string; status?: 400 | 403 }

const FIELDS = ['kind', 'department', 'publish'] as const
const KINDS: readonly DecisionKind[] = ['licensing', 'penalty']

function problem(req: PayloadRequest, status: number, errors: FieldError[]): Response {
  const list = errors.map((e) => ({ field: e.field, message: message(req, e.zh, e.en) }))
  return Response.json(
    {
      title: status === 403 ? 'Forbidden' : status === 401 ? 'Unauthorized' : 'Bad Request',
      status,
      detail: list.map((e) => `${e.field}: ${e.message}`).join('; '),
      errors: list,
    },
    {
      status,
      headers: { 'content-type': 'application/problem+json', 'cache-control': 'no-store' },
    },
  )
}

/** What the form says, checked against the caller's roles; [] when it may be imported. */
export function fieldErrors(
  user: unknown,
  fields: Record<string, string>,
  options: { complete: boolean },
): FieldError[] {
  const errors: FieldError[] = []
  const { kind, department, publish } = fields
  if (kind === undefined) {
    if (options.complete)
      errors.push({ field: 'kind', zh: '请选择类型', en: 'is required (licensing or penalty)' })
  } else if (!KINDS.includes(kind as DecisionKind))
    errors.push({
      field: 'kind',
      zh: '类型应为 licensing（行政许可）或 penalty（行政处罚）',
      en: 'must be licensing or penalty',
    })
  if (department === undefined || department === '') {
    if (options.complete)
      errors.push({ field: 'department', zh: '请选择部门', en: 'is required (a department id)' })
  } else if (!rolesIn(user as any, department).includes('author'))
    errors.push({
      field: 'department',
      zh: '您不是该部门的编辑，不能导入',
      en: 'you are not an author in this department',
      status: 403,
    })
  const wantsPublish = parsePublish(publish)
  if (wantsPublish === null)
    errors.push({ field: 'publish', zh: '应为 true 或 false', en: 'must be true or false' })
  else if (
    wantsPublish &&
    department !== undefined &&
    !rolesIn(user as any, department).includes('publisher')
  )
    errors.push({
      field: 'publish',
      zh: '只有该部门的发布人可以导入后直接公开',
      en: 'only a publisher of the department may publish on import',
      status: 403,
    })
  return errors
}

/** true, false, or null when it is neither (a checkbox sends "on"). */
export function parsePublish(value: string | undefined): boolean | null {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false
  if (value === 'true' || value === 'on' || value === '1') return true
  return null
}

type Received = {
  fields: Record<string, string>
  file: { path: string; name: string; size: number; format: FileFormat } | null
  /** A file was sent (refused or dropped when `file` is null). */
  fileSent: boolean
  errors: FieldError[]
}

const megabytes = (bytes: number) => Math.round((bytes / 1024 / 1024) * 10) / 10

/**
 * Reads the multipart body: fields as strings; the file, once the fields before it allow it, to
 * a temporary file under the upload directory. A refused file is read through and dropped.
 */
function receive(req: PayloadRequest, user: unknown): Promise<Received> {
  const { uploadDir, maxBytes } = importPlaces(req.payload)
  const fields: Record<string, string> = {}
  const errors: FieldError[] = []
  let file: Received['file'] = null
  let fileSent = false
  const writes: Array<Promise<void>> = []
  const receiving: Readable[] = []
  const headers = Object.fromEntries(req.headers.entries())
  return new Promise((resolve) => {
    let bb: Busboy.Busboy
    try {
      bb = Busboy({
        headers,
        limits: { fields: 10, fieldSize: 1_000, files: 1, fileSize: maxBytes, parts: 12 },
        defParamCharset: 'utf8',
      })
    } catch {
      errors.push({
        field: 'body',
        zh: '应为 multipart/form-data 表单',
        en: 'must be multipart/form-data',
      })
      return resolve({ fields, file, fileSent, errors })
    }
    bb.on('field', (name, value, info) => {
      if (!(FIELDS as readonly string[]).includes(name))
        errors.push({ field: name, zh: '不是上传表单的字段', en: 'is not a field of an upload' })
      else if (info.valueTruncated) errors.push({ field: name, zh: '过长', en: 'is too long' })
      else if (name in fields)
        errors.push({ field: name, zh: '只能填一次', en: 'must be given once' })
      else fields[name] = value
    })
    bb.on('file', (name, stream, info) => {
      const drop = () => stream.resume()
      if (name !== 'file') {
        errors.push({
          field: name,
          zh: '文件应放在 file 字段',
          en: 'the file goes in the field "file"',
        })
        return drop()
      }
      // A file input left empty: no file.
      if (!info.filename) return drop()
      fileSent = true
      // The name only (an old browser may send a path), as long as a file name can be.
      const filename = path.basename(info.filename.replace(/\\/g, '/')).slice(-200)
      const format = formatOf(filename)
      if (!format) {
        errors.push({
          field: 'file',
          zh: `${filename}：只能导入 .csv、.xlsx 或 .jsonl 文件`,
          en: `${filename}: not a .csv, .xlsx or .jsonl file`,
        })
        return drop()
      }
      // Fields sent before the file already refuse it: nothing is written.
      if (errors.length || fieldErrors(user, fields, { complete: false }).length) return drop()
      const target = path.join(
        uploadDir,
        `${UPLOADING_PREFIX}${crypto.randomBytes(12).toString('hex')}.${format}`,
      )
      let tooLarge = false
      stream.on('limit', () => {
        tooLarge = true
        errors.push({
          field: 'file',
          zh: `${filename}：超过 ${megabytes(maxBytes)} MB 上限`,
          en: `${filename}: larger than ${megabytes(maxBytes)} MB`,
        })
      })
      // Piped at once (the bytes stream to disk as they arrive, with backpressure).
      let out: WriteStream
      try {
        mkdirSync(uploadDir, { recursive: true })
        out = createWriteStream(target, { flags: 'wx', mode: 0o600 })
      } catch {
        errors.push({ field: 'file', zh: '文件未能保存', en: 'could not be stored' })
        return drop()
      }
      stream.pipe(out)
      receiving.push(stream)
      writes.push(
        new Promise<void>((done, fail) => {
          out.on('finish', done)
          out.on('error', fail)
          stream.on('error', fail)
        })
          .then(async () => {
            if (tooLarge) await fs.rm(target, { force: true })
            else file = { path: target, name: filename, size: out.bytesWritten, format }
          })
          .catch(async () => {
            stream.unpipe(out)
            stream.resume()
            out.destroy()
            await fs.rm(target, { force: true })
            errors.push({
              field: 'file',
              zh: '文件未能完整接收',
              en: 'could not be received completely',
            })
          }),
      )
    })
    bb.on('filesLimit', () =>
      errors.push({ field: 'file', zh: '一次只能导入一个文件', en: 'one file at a time' }),
    )
    bb.on('fieldsLimit', () =>
      errors.push({ field: 'body', zh: '字段过多', en: 'too many fields' }),
    )
    bb.on('partsLimit', () => errors.push({ field: 'body', zh: '部分过多', en: 'too many parts' }))
    let settled = false
    const finish = async () => {
      if (settled) return
      settled = true
      await Promise.all(writes)
      resolve({ fields, file, fileSent, errors })
    }
    bb.on('error', () => {
      // A body cut short: files being written end with an error (and are removed).
      for (const stream of receiving)
        if (!stream.readableEnded) stream.destroy(new Error('aborted'))
      errors.push({
        field: 'body',
        zh: '不是有效的 multipart/form-data 表单',
        en: 'is not a valid multipart/form-data body',
      })
      void finish()
    })
    bb.on('close', () => void finish())
    if (!req.body) {
      errors.push({ field: 'file', zh: '请选择文件', en: 'is required' })
      return void finish()
    }
    const body = Readable.fromWeb(req.body as any)
    body.on('error', () => bb.destroy(new Error('request aborted')))
    body.pipe(bb)
  })
}

/** POST /api/import-runs/upload */
export const uploadEndpoint: Endpoint = {
  path: '/upload',
  method: 'post',
  handler: async (req) => {
    const user = req.user as any
    if (!user) return problem(req, 401, [{ field: 'user', zh: '请先登录', en: 'Sign in first' }])
    if (!departmentIdsOf(user, 'author').length)
      return problem(req, 403, [
        {
          field: 'department',
          zh: '只有部门的编辑可以导入',
          en: 'only an author of a department may import',
        },
      ])
    const received = await receive(req, user)
    const { fields } = received
    const errors = [...received.errors, ...fieldErrors(user, fields, { complete: true })]
    if (!received.file && !received.fileSent)
      errors.push({ field: 'file', zh: '请选择要导入的文件', en: 'is required' })
    else if (received.file?.size === 0)
      errors.push({ field: 'file', zh: '文件是空的', en: 'is empty' })
    const department = errors.length
      ? null
      : await req.payload
          .findByID({
            collection: 'departments',
            id: fields.department!,
            depth: 0,
            overrideAccess: true,
            disableErrors: true,
          })
          .catch(() => null)
    if (!errors.length && !department)
      errors.push({ field: 'department', zh: '没有这个部门', en: 'no such department' })
    if (errors.length) {
      if (received.file) await fs.rm(received.file.path, { force: true })
      const forbidden = errors.filter((e) => e.status === 403)
      return forbidden.length ? problem(req, 403, forbidden) : problem(req, 400, errors)
    }
    const upload = received.file!
    try {
      const run = await req.payload.create({
        collection: RUNS,
        data: {
          status: 'queued',
          kind: fields.kind,
          department: department!.id,
          fileName: upload.name,
          publish: parsePublish(fields.publish) === true,
          user: user.id,
          totalBytes: upload.size,
          leaseUntil: new Date(Date.now() + 60_000).toISOString(),
        } as any,
        depth: 0,
        overrideAccess: true,
      })
      const file = path.join(path.dirname(upload.path), `${run.id}.${upload.format}`)
      await fs.rename(upload.path, file)
      importQueue(req.payload).add({
        id: run.id,
        kind: fields.kind as DecisionKind,
        format: upload.format,
        file,
        fileName: upload.name,
        totalBytes: upload.size,
        department: department!.id,
        publish: parsePublish(fields.publish) === true,
        user,
      })
      return Response.json(
        { id: run.id, status: 'queued' },
        {
          status: 202,
          headers: { location: `/api/${RUNS}/${run.id}`, 'cache-control': 'no-store' },
        },
      )
    } catch (err) {
      await fs.rm(upload.path, { force: true })
      throw err
    }
  },
}

/** An attachment's file name, with an ASCII fallback for old clients. */
function disposition(name: string): string {
  const ascii = name.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_')
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(name)}`
}

/** GET /api/import-runs/:id/errors.csv */
export const errorReportEndpoint: Endpoint = {
  path: '/:id/errors.csv',
  method: 'get',
  handler: async (req) => {
    if (!req.user)
      return problem(req, 401, [{ field: 'user', zh: '请先登录', en: 'Sign in first' }])
    const id = String(req.routeParams?.id ?? '')
    const run: any = await req.payload
      .findByID({
        collection: RUNS,
        id,
        depth: 0,
        overrideAccess: false,
        user: req.user,
        disableErrors: true,
      })
      .catch(() => null)
    const notFound = () =>
      problem(req, 404, [
        { field: 'id', zh: '没有这个导入的错误报告', en: 'No error report for this import' },
      ])
    if (!run) return notFound()
    const file = reportFileOf(req.payload, run.id)
    const stat = await fs.stat(file).catch(() => null)
    if (!stat) return notFound()
    const base = String(run.fileName ?? 'import').replace(/\.[^.]+$/, '')
    return new Response(Readable.toWeb(createReadStream(file)) as ReadableStream, {
      status: 200,
      headers: {
        'content-type': 'text/csv; charset=utf-8',
        'content-length': String(stat.size),
        'content-disposition': disposition(`${base}-errors-${run.id}.csv`),
        'cache-control': 'private, no-store',
      },
    })
  },
}
