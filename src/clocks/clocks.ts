/**
 * Statutory clocks (domain.md, Statutory clocks): plain functions from dates and events to a due
 * date and a state, on a WorkingCalendar. Nothing here reads a database; the collections keep the
 * inputs and call these whenever an input or the calendar changes (and a daily job re-reads the
 * states, which move with today).
 *
 * - Proactive disclosure: published within 20 working days of being formed or changed (条例 Art. 26).
 * - Licensing and penalty decisions: within 7 working days of the decision date (双公示).
 * - Disclosure requests: answered within 20 working days of receipt (条例 Art. 33); one extension of
 *   up to 20 working days; a 补正 request stops the clock and the corrected request starts it again
 *   from the day the correction is received (Art. 30); third-party consultation is not counted
 *   (Art. 32), up to the 15 working days the third party has to answer: a consultation that runs
 *   longer counts again from its 16th working day.
 *
 * The day a clock starts is not counted; the due date is the last day on which the duty is met on
 * time. States: on_time, due_soon (within `dueSoonDays` working days), overdue, met_on_time,
 * met_late, and paused (a request waiting for the applicant's correction or in consultation).
 */
import { dayNumber, type IsoDate, type WorkingCalendar } from './calendar'
import type { ClockState } from './states'

export const LIMITS = {
  proactive: 20,
  decision: 7,
  request: 20,
  extensionMax: 20,
  consultationMax: 15,
} as const

export const DUE_SOON_DAYS = 3

export type ClockKind = 'proactive' | 'decision' | 'request'
export type { ClockState } from './states'
export { CLOCK_STATE_LABELS, CLOCK_STATES, clockStateLabel } from './states'

export interface Clock {
  kind: ClockKind
  /** The day counting starts after (receipt, corrected receipt, decision, formed or changed). */
  start: IsoDate
  /** Null only while a request waits for the applicant's correction. */
  dueDate: IsoDate | null
  state: ClockState
  metOn: IsoDate | null
  /** Working days from today to the due date (negative when overdue); null when met or paused without a date. */
  workingDaysLeft: number | null
  /** Some day up to the due date lies in a year whose official holiday arrangement is not known yet. */
  provisional: boolean
}

export class ClockInputError extends Error {
  constructor(
    message: string,
    readonly field: string,
  ) {
    super(message)
    this.name = 'ClockInputError'
  }
}

/** The state of a clock with a due date on `today`. */
export function stateOf(
  calendar: WorkingCalendar,
  dueDate: IsoDate,
  today: IsoDate,
  metOn: IsoDate | null,
  dueSoonDays = DUE_SOON_DAYS,
): ClockState {
  if (metOn) return dayNumber(metOn) <= dayNumber(dueDate) ? 'met_on_time' : 'met_late'
  if (dayNumber(today) > dayNumber(dueDate)) return 'overdue'
  return calendar.workingDaysBetween(today, dueDate) <= dueSoonDays ? 'due_soon' : 'on_time'
}

function finish(
  calendar: WorkingCalendar,
  kind: ClockKind,
  start: IsoDate,
  dueDate: IsoDate,
  metOn: IsoDate | null,
  today: IsoDate,
  dueSoonDays: number,
  paused = false,
): Clock {
  const state = paused && !metOn ? 'paused' : stateOf(calendar, dueDate, today, metOn, dueSoonDays)
  return {
    kind,
    start,
    dueDate,
    state,
    metOn,
    workingDaysLeft: metOn ? null : calendar.workingDaysBetween(today, dueDate),
    provisional: !calendar.covers(start) || !calendar.covers(dueDate),
  }
}

/** Proactive disclosure (20) and decisions (7): start + limit working days, met when published. */
export function simpleClock(
  calendar: WorkingCalendar,
  input: { kind: 'proactive' | 'decision'; start: IsoDate; metOn?: IsoDate | null },
  today: IsoDate,
  dueSoonDays = DUE_SOON_DAYS,
): Clock {
  const dueDate = calendar.addWorkingDays(input.start, LIMITS[input.kind])
  return finish(calendar, input.kind, input.start, dueDate, input.metOn ?? null, today, dueSoonDays)
}

export type ReceiptChannel = 'in_person' | 'post' | 'online'

/**
 * The receipt date (domain.md): in person, the day submitted; by post, the day signed for; online,
 * the day the body confirms receipt. Missing the date the channel needs is an input error.
 */
export function receiptDate(
  channel: ReceiptChannel,
  dates: {
    submittedOn?: IsoDate | null
    signedForOn?: IsoDate | null
    confirmedOn?: IsoDate | null
  },
): IsoDate {
  const pick = { in_person: 'submittedOn', post: 'signedForOn', online: 'confirmedOn' } as const
  const field = pick[channel]
  const date = dates[field]
  if (!date)
    throw new ClockInputError(
      `a request received ${channel.replace('_', ' ')} needs ${field}`,
      field,
    )
  return date
}

export type RequestEvent =
  | { type: 'received'; date: IsoDate }
  | { type: 'correction_requested'; date: IsoDate }
  | { type: 'correction_received'; date: IsoDate }
  | { type: 'consultation_started'; date: IsoDate }
  | { type: 'consultation_ended'; date: IsoDate }
  | { type: 'extended'; date: IsoDate; days: number }
  | { type: 'answered'; date: IsoDate }

export interface RequestClock extends Clock {
  extensionDays: number
  /** Working days not counted because of third-party consultation (after the last restart). */
  consultationDays: number
  awaiting: 'correction' | 'consultation' | null
}

/**
 * Replays a request's handling events (in the order they happened) into its clock. Sequences the
 * law does not allow (a second extension, an answer before receipt, a consultation ended that never
 * started) are refused with a ClockInputError naming the event, so the handling screens can refuse
 * them before they are stored.
 */
export function requestClock(
  calendar: WorkingCalendar,
  events: readonly RequestEvent[],
  today: IsoDate,
  dueSoonDays = DUE_SOON_DAYS,
): RequestClock {
  let start: IsoDate | null = null
  let extensionDays = 0
  let awaitingCorrection = false
  let consultation: { from: IsoDate } | null = null
  let windows: Array<{ from: IsoDate; to: IsoDate }> = []
  let answered: IsoDate | null = null
  let last: IsoDate | null = null

  for (const event of events) {
    if (!start && event.type !== 'received') {
      throw new ClockInputError(`${event.type} before the request was received`, event.type)
    }
    if (answered)
      throw new ClockInputError(`${event.type} after the request was answered`, event.type)
    if (last && dayNumber(event.date) < dayNumber(last)) {
      throw new ClockInputError(
        `${event.type} on ${event.date} is dated before the event before it (${last})`,
        event.type,
      )
    }
    last = event.date
    switch (event.type) {
      case 'received':
        if (start) throw new ClockInputError('the request was already received', event.type)
        start = event.date
        break
      case 'correction_requested':
        if (awaitingCorrection)
          throw new ClockInputError('a correction is already requested', event.type)
        if (consultation)
          throw new ClockInputError('end the third-party consultation first', event.type)
        awaitingCorrection = true
        break
      case 'correction_received':
        if (!awaitingCorrection)
          throw new ClockInputError('no correction was requested', event.type)
        awaitingCorrection = false
        // The corrected request starts the clock again; earlier pauses no longer matter.
        start = event.date
        windows = []
        break
      case 'consultation_started':
        if (consultation) throw new ClockInputError('a consultation is already running', event.type)
        if (awaitingCorrection)
          throw new ClockInputError('the request waits for a correction', event.type)
        consultation = { from: event.date }
        break
      case 'consultation_ended':
        if (!consultation) throw new ClockInputError('no consultation was started', event.type)
        windows.push({ from: consultation.from, to: event.date })
        consultation = null
        break
      case 'extended':
        if (extensionDays > 0)
          throw new ClockInputError('the time limit can be extended once', event.type)
        if (!Number.isInteger(event.days) || event.days < 1 || event.days > LIMITS.extensionMax) {
          throw new ClockInputError(
            `an extension is 1 to ${LIMITS.extensionMax} working days`,
            'days',
          )
        }
        extensionDays = event.days
        break
      case 'answered':
        answered = event.date
        break
    }
  }
  if (!start) throw new ClockInputError('the request has no receipt date', 'received')

  const base = {
    extensionDays,
    awaiting: awaitingCorrection
      ? ('correction' as const)
      : consultation
        ? ('consultation' as const)
        : null,
  }
  if (awaitingCorrection && !answered) {
    return {
      kind: 'request',
      start,
      dueDate: null,
      state: 'paused',
      metOn: null,
      workingDaysLeft: null,
      provisional: !calendar.covers(start),
      consultationDays: 0,
      ...base,
    }
  }
  // A running consultation is projected as ending today (the earliest the clock can run again).
  const open = consultation
    ? [{ from: consultation.from, to: answered ?? maxDate(today, consultation.from) }]
    : []
  const paused = pausedDays(calendar, [...windows, ...open])
  const limit = LIMITS.request + extensionDays
  let counted = 0
  let current = start
  while (counted < limit) {
    current = calendar.addWorkingDays(current, 1)
    if (!paused.has(dayNumber(current))) counted++
  }
  const clock = finish(
    calendar,
    'request',
    start,
    current,
    answered,
    today,
    dueSoonDays,
    consultation !== null,
  )
  return { ...clock, consultationDays: paused.size, ...base }
}

/** Working days inside consultation windows (from, to], at most consultationMax per window. */
function pausedDays(
  calendar: WorkingCalendar,
  windows: ReadonlyArray<{ from: IsoDate; to: IsoDate }>,
): Set<number> {
  const days = new Set<number>()
  for (const window of windows) {
    let current = window.from
    for (let i = 0; i < LIMITS.consultationMax; i++) {
      current = calendar.addWorkingDays(current, 1)
      if (dayNumber(current) > dayNumber(window.to)) break
      days.add(dayNumber(current))
    }
  }
  return days
}

function maxDate(a: IsoDate, b: IsoDate): IsoDate {
  return dayNumber(a) >= dayNumber(b) ? a : b
}
