/**
 * Performance figures per department and period (domain.md "Performance evaluation"), as a plain
 * function over rows the caller passes, on the statutory clocks of src/clocks (no database here).
 *
 * The figures are as of the end of the period (`to`): anything dated after it (a later publication,
 * a later handling event) is treated as not having happened yet, so a period's figures do not move
 * when they are regenerated later.
 * - Disclosures: a `proactive` item (20 working days from formed/changed) or a `decision`
 *   (7 working days from the decision date), on simpleClock. Published in the period → on time or
 *   late (published after the due date); not published by the period end and past its due date →
 *   overdue (counted once per period in which it is overdue at the end). Median working days to
 *   publish: over the items published in the period, working days from the start date to the
 *   publication date (the start day not counted, as the clocks count).
 * - Requests: their handling events replayed by requestClock. Answered in the period → on time or
 *   late; unanswered at the period end and past the due date → overdue (a request paused for 补正
 *   has no due date and is never overdue). An event sequence the clock refuses is reported in
 *   `errors` with its ref, never thrown.
 * - Documents updated after publication: counts the caller passes per department.
 */
import { dayNumber, type IsoDate, type WorkingCalendar } from '../clocks/calendar'
import { ClockInputError, requestClock, simpleClock, type RequestEvent } from '../clocks/clocks'

export interface DisclosureRow {
  departmentCode: string
  kind: 'proactive' | 'decision'
  /** The day the information was formed or changed, or the decision date. */
  start: IsoDate
  publishedOn: IsoDate | null
}

export interface RequestEventsRow {
  ref?: string
  departmentCode: string
  /** In the order they happened (see requestClock). */
  events: readonly RequestEvent[]
}

export interface PerformanceInput {
  calendar: WorkingCalendar
  period: { from: IsoDate; to: IsoDate }
  disclosures: readonly DisclosureRow[]
  requests: readonly RequestEventsRow[]
  updatedAfterPublication?: ReadonlyArray<{ departmentCode: string; count: number }>
}

export interface PerformanceFigures {
  disclosuresOnTime: number
  disclosuresLate: number
  /** Not published by the period end, past the due date. */
  disclosuresOverdue: number
  /** on time / (on time + late), null when nothing was published. */
  disclosureOnTimeRate: number | null
  /** Median working days from start to publication, null when nothing was published. */
  medianWorkingDaysToPublish: number | null
  requestsOnTime: number
  requestsLate: number
  /** Unanswered at the period end, past the due date. */
  requestsOverdue: number
  requestOnTimeRate: number | null
  updatedAfterPublication: number
}

export interface DepartmentPerformance extends PerformanceFigures {
  departmentCode: string
}

export interface PerformanceReport {
  period: { from: IsoDate; to: IsoDate }
  /** Sorted by department code. */
  departments: DepartmentPerformance[]
  total: PerformanceFigures
  errors: Array<{ ref: string; departmentCode: string; message: string }>
}

interface Tally {
  disclosuresOnTime: number
  disclosuresLate: number
  disclosuresOverdue: number
  daysToPublish: number[]
  requestsOnTime: number
  requestsLate: number
  requestsOverdue: number
  updatedAfterPublication: number
}

function emptyTally(): Tally {
  return {
    disclosuresOnTime: 0,
    disclosuresLate: 0,
    disclosuresOverdue: 0,
    daysToPublish: [],
    requestsOnTime: 0,
    requestsLate: 0,
    requestsOverdue: 0,
    updatedAfterPublication: 0,
  }
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2
}

function rate(good: number, bad: number): number | null {
  return good + bad === 0 ? null : good / (good + bad)
}

function figures(t: Tally): PerformanceFigures {
  return {
    disclosuresOnTime: t.disclosuresOnTime,
    disclosuresLate: t.disclosuresLate,
    disclosuresOverdue: t.disclosuresOverdue,
    disclosureOnTimeRate: rate(t.disclosuresOnTime, t.disclosuresLate),
    medianWorkingDaysToPublish: median(t.daysToPublish),
    requestsOnTime: t.requestsOnTime,
    requestsLate: t.requestsLate,
    requestsOverdue: t.requestsOverdue,
    requestOnTimeRate: rate(t.requestsOnTime, t.requestsLate),
    updatedAfterPublication: t.updatedAfterPublication,
  }
}

export function computePerformance(input: PerformanceInput): PerformanceReport {
  const { calendar, period } = input
  const from = dayNumber(period.from)
  const to = dayNumber(period.to)
  if (to < from)
    throw new RangeError(`the period ends before it starts: ${period.from}–${period.to}`)
  const inPeriod = (d: IsoDate) => dayNumber(d) >= from && dayNumber(d) <= to
  const byDepartment = new Map<string, Tally>()
  const tally = (code: string) => {
    let t = byDepartment.get(code)
    if (!t) byDepartment.set(code, (t = emptyTally()))
    return t
  }
  const errors: PerformanceReport['errors'] = []

  for (const d of input.disclosures) {
    const t = tally(d.departmentCode)
    const published = d.publishedOn != null && dayNumber(d.publishedOn) <= to ? d.publishedOn : null
    const clock = simpleClock(
      calendar,
      { kind: d.kind, start: d.start, metOn: published },
      period.to,
    )
    if (published && inPeriod(published)) {
      if (clock.state === 'met_on_time') t.disclosuresOnTime++
      else t.disclosuresLate++
      t.daysToPublish.push(calendar.workingDaysBetween(d.start, published))
    } else if (!published && clock.state === 'overdue') {
      t.disclosuresOverdue++
    }
  }

  input.requests.forEach((r, index) => {
    const t = tally(r.departmentCode)
    const events = r.events.filter((e) => dayNumber(e.date) <= to)
    if (events.length === 0) return
    try {
      const clock = requestClock(calendar, events, period.to)
      if (clock.metOn) {
        if (!inPeriod(clock.metOn)) return
        if (clock.state === 'met_on_time') t.requestsOnTime++
        else t.requestsLate++
      } else if (clock.state === 'overdue') {
        t.requestsOverdue++
      }
    } catch (error) {
      if (!(error instanceof ClockInputError)) throw error
      errors.push({
        ref: r.ref ?? `#${index + 1}`,
        departmentCode: r.departmentCode,
        message: error.message,
      })
    }
  })

  for (const u of input.updatedAfterPublication ?? [])
    tally(u.departmentCode).updatedAfterPublication += u.count

  const codes = [...byDepartment.keys()].sort()
  const all = emptyTally()
  for (const code of codes) {
    const t = byDepartment.get(code)!
    all.disclosuresOnTime += t.disclosuresOnTime
    all.disclosuresLate += t.disclosuresLate
    all.disclosuresOverdue += t.disclosuresOverdue
    all.daysToPublish.push(...t.daysToPublish)
    all.requestsOnTime += t.requestsOnTime
    all.requestsLate += t.requestsLate
    all.requestsOverdue += t.requestsOverdue
    all.updatedAfterPublication += t.updatedAfterPublication
  }
  return {
    period: { from: period.from, to: period.to },
    departments: codes.map((code) => ({
      departmentCode: code,
      ...figures(byDepartment.get(code)!),
    })),
    total: figures(all),
    errors,
  }
}
