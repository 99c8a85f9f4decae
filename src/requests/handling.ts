/**
 * Handling a disclosure request: the clock fields every write recomputes, the staff's events
 * endpoint (POST /api/disclosure-requests/:id/events), and the recomputation after a calendar
 * change. The rules themselves are plain (src/clocks/clocks.ts, ./validate.ts).
 */
import crypto from 'node:crypto'

import {
  addDataAndFileToRequest,
  commitTransaction,
  type CollectionBeforeChangeHook,
  type Endpoint,
  initTransaction,
  killTransaction,
  type Payload,
  type PayloadRequest,
  ValidationError,
} from 'payload'

import {
  chinaDate,
  dayNumber,
  isIsoDate,
  type IsoDate,
  type WorkingCalendar,
} from '../clocks/calendar'
import { ClockInputError, requestClock, type RequestEvent } from '../clocks/clocks'
import { loadCalendar } from '../clocks/store'
import { message } from '../fields/labels'
import { departmentIdsOf } from '../access/predicates'
import { reasonFits, type RequestStatus } from './model'
import { applicantErrors, type FieldError } from './validate'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

export interface StoredEvent {
  type: string
  date: IsoDate
  days?: number | null
  reason?: string | null
  approver?: string | null
  note?: string | null
  by?: unknown
  at?: string | null
}

/** The stored events the clock reads (requestClock); the others (e.g. assigned) do not move it. */
export const CLOCK_EVENTS: ReadonlySet<string> = new Set<RequestEvent['type']>([
  'received',
  'correction_requested',
  'correction_received',
  'consultation_started',
  'consultation_ended',
  'extended',
  'answered',
])

/** A request's stored events as the clock's input, in the order given. */
export function clockEventsOf(events: readonly StoredEvent[]): RequestEvent[] {
  return events
    .filter((e) => CLOCK_EVENTS.has(e.type))
    .map(
      (e) =>
        ({
          type: e.type,
          date: e.date,
          ...(e.type === 'extended' ? { days: e.days ?? 0 } : {}),
        }) as RequestEvent,
    )
}

/** The fields a request's events decide. Throws ClockInputError for a sequence the law refuses. */
export function clockFields(
  events: readonly StoredEvent[],
  calendar: WorkingCalendar,
  today: IsoDate,
) {
  const clockEvents = clockEventsOf(events)
  const clock = requestClock(calendar, clockEvents, today)
  const answered = clockEvents.find((e) => e.type === 'answered')
  const status: RequestStatus = answered
    ? 'answered'
    : clock.awaiting === 'correction'
      ? 'awaiting_correction'
      : clock.awaiting === 'consultation'
        ? 'in_consultation'
        : clock.extensionDays > 0
          ? 'extended'
          : 'received'
  return {
    status,
    dueDate: clock.dueDate,
    clockState: clock.state,
    provisional: clock.provisional,
    extensionDays: clock.extensionDays,
    answeredOn: answered?.date ?? null,
  }
}

/** A tracking code people can read out on the phone: no 0/O, 1/I/L. Not a secret (the key is). */
export function newTrackingCode(year: string): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
  const bytes = crypto.randomBytes(10)
  let code = ''
  for (const byte of bytes) code += alphabet[byte % alphabet.length]
  return `${year}-${code.slice(0, 5)}-${code.slice(5)}`
}

export function hashAccessKey(key: string): string {
  return crypto.createHash('sha256').update(key, 'utf8').digest('hex')
}

export function newAccessKey(): { key: string; hash: string } {
  const key = crypto.randomBytes(24).toString('base64url')
  return { key, hash: hashAccessKey(key) }
}

function fail(req: PayloadRequest, errors: FieldError[]): never {
  throw new ValidationError({
    collection: 'disclosure-requests',
    errors: errors.map((e) => ({ path: e.field, message: message(req, e.zh, e.en) })),
  })
}

/**
 * Every write of a request (a public submission, a request entered by staff, an edit in the
 * admin): the applicant's fields checked together, the receipt date checked, and the clock fields
 * recomputed from the events. A request entered by staff gets its tracking code and its
 * `received` event here.
 */
export const staffIntake: CollectionBeforeChangeHook = async ({
  data,
  originalDoc,
  operation,
  req,
}) => {
  const merged = { ...(originalDoc ?? {}), ...data }
  const errors = applicantErrors(
    { ...(merged.applicant ?? {}), ...(data.applicant ?? {}) },
    'applicant.',
  )
  const today = chinaDate(new Date())
  if (!isIsoDate(merged.receivedOn)) {
    errors.push({
      field: 'receivedOn',
      zh: '收到申请日期格式应为 YYYY-MM-DD',
      en: 'receivedOn must be a date, YYYY-MM-DD',
    })
  } else if (dayNumber(merged.receivedOn) > dayNumber(today)) {
    errors.push({
      field: 'receivedOn',
      zh: '收到申请日期不能晚于今天',
      en: 'receivedOn cannot be in the future',
    })
  }
  if (errors.length) fail(req, errors)

  let events: StoredEvent[] = (data.events ?? originalDoc?.events ?? []) as StoredEvent[]
  if (operation === 'create') {
    data.trackingCode ??= newTrackingCode(merged.receivedOn.slice(0, 4))
    data.submittedAt ??= new Date().toISOString()
    events = [
      {
        type: 'received',
        date: merged.receivedOn,
        by: req.user?.id ?? null,
        at: new Date().toISOString(),
      },
    ]
  } else if (data.receivedOn && data.receivedOn !== originalDoc?.receivedOn) {
    // The receipt date can be corrected only before anything else happened.
    if (events.some((e) => e.type !== 'received')) {
      fail(req, [
        {
          field: 'receivedOn',
          zh: '已有办理记录，不能再修改收到申请日期',
          en: 'The receipt date cannot change once handling has started',
        },
      ])
    }
    events = events.map((e) => (e.type === 'received' ? { ...e, date: data.receivedOn } : e))
  }
  const calendar = await loadCalendar(req.payload, req)
  try {
    Object.assign(data, { events, ...clockFields(events, calendar, today) })
  } catch (error) {
    if (error instanceof ClockInputError)
      fail(req, [{ field: 'events', zh: error.message, en: error.message }])
    throw error
  }
  return data
}

type EventBody = {
  type?: unknown
  date?: unknown
  days?: unknown
  reason?: unknown
  approver?: unknown
  note?: unknown
  outcome?: unknown
  outcomeReason?: unknown
  answer?: unknown
  responseFiles?: unknown
  department?: unknown
  assignee?: unknown
}

const STAFF_EVENTS = [
  'correction_requested',
  'correction_received',
  'consultation_started',
  'consultation_ended',
  'extended',
  'answered',
  'assigned',
] as const

const text = (v: unknown, max = 5000) =>
  typeof v === 'string' && v.trim() ? v.trim().slice(0, max) : null

function problem(req: PayloadRequest, status: number, errors: FieldError[]) {
  return Response.json(
    { errors: errors.map((e) => ({ field: e.field, message: message(req, e.zh, e.en) })) },
    { status },
  )
}

/** Checks an event's own input (the sequence is requestClock's); returns the stored event and the fields to set. */
export async function eventInput(
  req: PayloadRequest,
  current: any,
  body: EventBody,
  today: IsoDate,
): Promise<{ errors: FieldError[]; event?: StoredEvent; set?: Record<string, unknown> }> {
  const errors: FieldError[] = []
  const type = body.type as (typeof STAFF_EVENTS)[number]
  if (!STAFF_EVENTS.includes(type)) {
    return {
      errors: [
        {
          field: 'type',
          zh: `未知事项：${String(body.type)}`,
          en: `type must be one of ${STAFF_EVENTS.join(', ')}`,
        },
      ],
    }
  }
  const date = body.date === undefined || body.date === null || body.date === '' ? today : body.date
  if (!isIsoDate(date))
    errors.push({ field: 'date', zh: '日期格式应为 YYYY-MM-DD', en: 'date must be YYYY-MM-DD' })
  else if (dayNumber(date) > dayNumber(today))
    errors.push({ field: 'date', zh: '日期不能晚于今天', en: 'date cannot be in the future' })
  const event: StoredEvent = {
    type,
    date: date as IsoDate,
    note: text(body.note),
    by: req.user?.id ?? null,
    at: new Date().toISOString(),
  }
  const set: Record<string, unknown> = {}
  if (type === 'extended') {
    const days =
      typeof body.days === 'string' && /^\d+$/.test(body.days) ? Number(body.days) : body.days
    if (!Number.isInteger(days) || (days as number) < 1 || (days as number) > 20)
      errors.push({
        field: 'days',
        zh: '延期为 1 至 20 个工作日',
        en: 'days must be a whole number from 1 to 20',
      })
    if (!text(body.reason))
      errors.push({
        field: 'reason',
        zh: '请填写延期理由',
        en: 'reason is required for an extension',
      })
    if (!text(body.approver, 100))
      errors.push({
        field: 'approver',
        zh: '请填写批准延期的机关负责人',
        en: 'approver (the head of the body who approved) is required',
      })
    Object.assign(event, { days, reason: text(body.reason), approver: text(body.approver, 100) })
  }
  if (type === 'correction_requested' || type === 'consultation_started') {
    if (!text(body.reason))
      errors.push({
        field: 'reason',
        zh: '请说明需要补正或征求意见的内容',
        en: 'reason is required',
      })
    event.reason = text(body.reason)
  }
  if (type === 'answered') {
    const outcome = typeof body.outcome === 'string' ? body.outcome : ''
    const reason =
      typeof body.outcomeReason === 'string' && body.outcomeReason ? body.outcomeReason : null
    if (
      !reasonFits(outcome, reason) &&
      !['disclosed', 'partly_disclosed', 'refused', 'unable', 'not_processed', 'other'].includes(
        outcome,
      )
    ) {
      errors.push({
        field: 'outcome',
        zh: '请选择办理结果',
        en: 'outcome must be one of the outcome categories',
      })
    } else if (!reasonFits(outcome, reason)) {
      errors.push({
        field: 'outcomeReason',
        zh: '理由类别与办理结果不符',
        en: 'outcomeReason must be one of the reasons of this outcome',
      })
    }
    const files = Array.isArray(body.responseFiles)
      ? body.responseFiles.map(String)
      : body.responseFiles === undefined
        ? []
        : null
    let fileIds: unknown[] = []
    if (files === null)
      errors.push({
        field: 'responseFiles',
        zh: '答复文件应为文件编号列表',
        en: 'responseFiles must be a list of file ids',
      })
    else if (files.length) {
      const { docs } = await req.payload.find({
        collection: 'request-files',
        where: { id: { in: files } },
        depth: 0,
        pagination: false,
        req,
        overrideAccess: true,
      })
      const ok = docs.filter(
        (f: any) => String(idOf(f.department)) === String(idOf(current.department)),
      )
      fileIds = ok.map((f: any) => f.id)
      if (ok.length !== new Set(files).size)
        errors.push({
          field: 'responseFiles',
          zh: '答复文件须为本部门上传的文件',
          en: 'responseFiles must be files uploaded for this department',
        })
    }
    Object.assign(set, {
      outcome,
      outcomeReason: reason ? `${outcome}.${reason}` : null,
      answer: text(body.answer, 20_000),
      // The ids as the database types them (numbers on SQL databases).
      responseFiles: fileIds,
    })
  }
  if (type === 'assigned') {
    const mine = departmentIdsOf(req.user as any)
    const code = typeof body.department === 'string' ? body.department : null
    if (code) {
      const { docs } = await req.payload.find({
        collection: 'departments',
        where: { code: { equals: code } },
        depth: 0,
        limit: 1,
        req,
        overrideAccess: true,
      })
      if (!docs[0])
        errors.push({
          field: 'department',
          zh: `没有代码为 ${code} 的部门`,
          en: `No department with code ${code}`,
        })
      else {
        set.department = docs[0].id
        set.assignee = null
        event.note = [`→ ${code}`, event.note].filter(Boolean).join(' ')
      }
    }
    if (body.assignee !== undefined && body.assignee !== null && body.assignee !== '') {
      const target = set.department ?? idOf(current.department)
      const user = await req.payload
        .findByID({
          collection: 'users',
          id: String(body.assignee),
          depth: 0,
          req,
          overrideAccess: true,
          disableErrors: true,
        })
        .catch(() => null)
      const member = (user as any)?.memberships?.some(
        (m: any) => String(idOf(m.department)) === String(target),
      )
      if (!member)
        errors.push({
          field: 'assignee',
          zh: '承办人须为办理部门的工作人员',
          en: 'assignee must be staff of the handling department',
        })
      else set.assignee = (user as any).id
    }
    if (!code && (body.assignee === undefined || body.assignee === null || body.assignee === ''))
      errors.push({
        field: 'department',
        zh: '请选择转办部门或承办人',
        en: 'department or assignee is required',
      })
    void mine
  }
  return { errors, event, set }
}

/**
 * POST /api/disclosure-requests/:id/events — the handling department records what happened.
 * The request is read as the caller (another department's request is a 404); the new sequence is
 * checked by the same rules as the clock; the write, its recomputed clock and the audit record
 * share one transaction.
 */
export const recordEventEndpoint: Endpoint = {
  path: '/:id/events',
  method: 'post',
  handler: async (req) => {
    const id = req.routeParams?.id as string
    if (!req.user)
      return problem(req, 401, [{ field: 'user', zh: '请先登录', en: 'Sign in first' }])
    await addDataAndFileToRequest(req)
    const body = (req.data ?? {}) as EventBody
    const shouldCommit = await initTransaction(req)
    try {
      const current: any = await req.payload
        .findByID({
          collection: 'disclosure-requests',
          id,
          depth: 0,
          req,
          overrideAccess: false,
          user: req.user,
          disableErrors: true,
        })
        .catch(() => null)
      if (!current) {
        if (shouldCommit) await killTransaction(req)
        return problem(req, 404, [{ field: 'id', zh: '没有这个申请', en: 'No such request' }])
      }
      const today = chinaDate(new Date())
      const { errors, event, set } = await eventInput(req, current, body, today)
      if (errors.length || !event) {
        if (shouldCommit) await killTransaction(req)
        return problem(req, 400, errors)
      }
      const events = [
        ...((current.events ?? []) as StoredEvent[]).map(({ id: _id, ...e }: any) => e),
        event,
      ]
      const calendar = await loadCalendar(req.payload, req)
      try {
        clockFields(events, calendar, today)
      } catch (error) {
        if (shouldCommit) await killTransaction(req)
        if (error instanceof ClockInputError)
          return problem(req, 409, [
            {
              field: error.field === 'days' ? 'days' : 'type',
              zh: error.message,
              en: error.message,
            },
          ])
        throw error
      }
      const updated = await req.payload.update({
        collection: 'disclosure-requests',
        id,
        data: { ...set, events } as any,
        depth: 0,
        req,
        overrideAccess: true,
      })
      if (shouldCommit) await commitTransaction(req)
      return Response.json({ doc: updated }, { status: 200 })
    } catch (error) {
      if (shouldCommit) await killTransaction(req)
      throw error
    }
  },
}

/** After a calendar change (or daily): every request not answered gets its clock recomputed. */
export async function recomputeOpenRequests(
  payload: Payload,
  req?: PayloadRequest,
): Promise<number> {
  const calendar = await loadCalendar(payload, req)
  const today = chinaDate(new Date())
  const { docs } = await payload.find({
    collection: 'disclosure-requests',
    where: { status: { not_equals: 'answered' } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  let changed = 0
  for (const doc of docs as any[]) {
    const fields = clockFields(doc.events ?? [], calendar, today)
    if (
      fields.dueDate !== doc.dueDate ||
      fields.clockState !== doc.clockState ||
      fields.provisional !== Boolean(doc.provisional)
    ) {
      await payload.db.updateOne({
        collection: 'disclosure-requests',
        id: doc.id,
        data: {
          dueDate: fields.dueDate,
          clockState: fields.clockState,
          provisional: fields.provisional,
        },
        ...(req ? { req } : {}),
      })
      changed++
    }
  }
  return changed
}
