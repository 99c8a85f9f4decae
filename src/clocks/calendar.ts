/**
 * The working-day calendar of the statutory clocks (domain.md, Statutory clocks): Monday to
 * Friday, minus the mainland public holidays, plus the make-up working days (调休) that the State
 * Council moves onto weekends, both from the `chinese-days` data; then the body's own local
 * entries (a local holiday, an extra working day), which win over both.
 *
 * Dates are calendar dates in China ('YYYY-MM-DD'), never instants: a deadline is a day. Counting
 * follows the general rule for periods (期间开始的日，不计算在内): the day of receipt or decision is
 * not counted, the first working day after it is day 1, so `addWorkingDays(d, 20)` is the last day
 * on which the duty can still be met. The official data covers the years `chinese-days` ships
 * (each year's arrangement is published in the autumn before it); past that, only weekends and
 * local entries are known, and `covers()` says so, so a clock can be marked provisional.
 */
import { createRequire } from 'node:module'

export type IsoDate = string

export interface CalendarEntry {
  date: IsoDate
  /** true: a working day (e.g. a make-up Saturday); false: a day off (e.g. a local holiday). */
  working: boolean
  name?: string
}

interface ChineseDaysData {
  holidays: Record<string, string>
  workdays: Record<string, string>
}

const require = createRequire(import.meta.url)
let official: ChineseDaysData | undefined
function officialData(): ChineseDaysData {
  official ??= require('chinese-days/dist/chinese-days.json') as ChineseDaysData
  return official
}

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/
const DAY_MS = 86_400_000

/** Days since 1970-01-01 for a valid ISO date; throws on anything else (a bug upstream, not input). */
export function dayNumber(date: IsoDate): number {
  const m = ISO.exec(date)
  if (!m) throw new RangeError(`not a date: ${JSON.stringify(date)}`)
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]))
  const back = new Date(ms)
  if (back.getUTCDate() !== Number(m[3]) || back.getUTCMonth() !== Number(m[2]) - 1) {
    throw new RangeError(`not a date: ${JSON.stringify(date)}`)
  }
  return ms / DAY_MS
}

export function dateOfDayNumber(n: number): IsoDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10)
}

export function isIsoDate(value: unknown): value is IsoDate {
  if (typeof value !== 'string') return false
  try {
    dayNumber(value)
    return true
  } catch {
    return false
  }
}

/** The calendar date in China (UTC+8, no daylight saving) of an instant. */
export function chinaDate(instant: Date | string | number): IsoDate {
  const ms = new Date(instant).getTime()
  if (!Number.isFinite(ms)) throw new RangeError(`not an instant: ${String(instant)}`)
  return new Date(ms + 8 * 3_600_000).toISOString().slice(0, 10)
}

export class WorkingCalendar {
  private readonly local = new Map<IsoDate, CalendarEntry>()
  private readonly years: { first: number; last: number }

  constructor(
    localEntries: readonly CalendarEntry[] = [],
    private readonly data: ChineseDaysData = officialData(),
  ) {
    for (const entry of localEntries) {
      dayNumber(entry.date)
      this.local.set(entry.date, entry)
    }
    const years = Object.keys(data.holidays).map((d) => Number(d.slice(0, 4)))
    this.years = { first: Math.min(...years), last: Math.max(...years) }
  }

  /** Whether the official holiday arrangement of the date's year is known. */
  covers(date: IsoDate): boolean {
    const year = Number(date.slice(0, 4))
    return year >= this.years.first && year <= this.years.last
  }

  get officialYears(): { first: number; last: number } {
    return { ...this.years }
  }

  /** What makes the day what it is, for the admin's calendar view and for explanations. */
  describe(date: IsoDate): {
    working: boolean
    source: 'local' | 'holiday' | 'makeup' | 'weekday' | 'weekend'
    name?: string
  } {
    const local = this.local.get(date)
    if (local) return { working: local.working, source: 'local', name: local.name }
    const holiday = this.data.holidays[date]
    if (holiday) return { working: false, source: 'holiday', name: chineseName(holiday) }
    const makeup = this.data.workdays[date]
    if (makeup) return { working: true, source: 'makeup', name: chineseName(makeup) }
    const weekday = new Date(dayNumber(date) * DAY_MS).getUTCDay()
    return weekday === 0 || weekday === 6
      ? { working: false, source: 'weekend' }
      : { working: true, source: 'weekday' }
  }

  isWorkingDay(date: IsoDate): boolean {
    return this.describe(date).working
  }

  /**
   * The n-th working day after `date` (n ≥ 0; the date itself is not counted). n = 0 gives the
   * date itself when it is a working day, else the next working day.
   */
  addWorkingDays(date: IsoDate, n: number): IsoDate {
    if (!Number.isInteger(n) || n < 0)
      throw new RangeError(`working days must be a whole number ≥ 0, got ${n}`)
    let day = dayNumber(date)
    if (n === 0) {
      while (!this.isWorkingDay(dateOfDayNumber(day))) day++
      return dateOfDayNumber(day)
    }
    let left = n
    while (left > 0) {
      day++
      if (this.isWorkingDay(dateOfDayNumber(day))) left--
    }
    return dateOfDayNumber(day)
  }

  /**
   * Working days in (from, to]: how many working days have passed since `from` by the end of `to`.
   * Negative when `to` is before `from` (the working days in (to, from], negated).
   */
  workingDaysBetween(from: IsoDate, to: IsoDate): number {
    const a = dayNumber(from)
    const b = dayNumber(to)
    if (b < a) return -this.workingDaysBetween(to, from)
    let count = 0
    for (let day = a + 1; day <= b; day++) if (this.isWorkingDay(dateOfDayNumber(day))) count++
    return count
  }
}

function chineseName(entry: string): string {
  // "Spring Festival,春节,4" → 春节
  return entry.split(',')[1] ?? entry
}
