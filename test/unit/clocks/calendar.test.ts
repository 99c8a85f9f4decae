import { describe, expect, it } from 'vitest'

import {
  chinaDate,
  dateOfDayNumber,
  dayNumber,
  WorkingCalendar,
} from '../../../src/clocks/calendar'

const calendar = new WorkingCalendar()

// Worked out by hand from the State Council's arrangements (国务院办公厅关于…部分节假日安排的通知),
// independently of the data file, so a wrong or missing year in `chinese-days` fails here.
const addCases: Array<[string, number, string, string]> = [
  // 2024 Spring Festival: 2-10..2-17 off; Sunday 2-4 and Sunday 2-18 are make-up working days.
  ['2024-02-08', 1, '2024-02-09', 'Thursday → Friday'],
  ['2024-02-09', 1, '2024-02-18', 'the holiday is skipped, the make-up Sunday counts'],
  ['2024-02-09', 2, '2024-02-19', 'then Monday'],
  ['2024-02-02', 1, '2024-02-04', 'Saturday off, make-up Sunday 2-4 counts'],
  ['2024-02-01', 7, '2024-02-09', '7 working days before the holiday, incl. 2-4'],
  ['2024-02-01', 20, '2024-03-05', '20 working days across the holiday'],
  ['2024-02-12', 0, '2024-02-18', 'n = 0 on a holiday: the next working day'],
  // 2024 National Day: 10-1..10-7 off; Sunday 9-29 and Saturday 10-12 worked.
  ['2024-09-27', 1, '2024-09-29', 'make-up Sunday'],
  ['2024-09-30', 1, '2024-10-08', 'Golden Week skipped'],
  ['2024-09-30', 7, '2024-10-15', 'make-up Saturday 10-12 counts'],
  // 2025 Spring Festival: 1-28..2-4 off; Sunday 1-26 and Saturday 2-8 worked.
  ['2025-01-24', 1, '2025-01-26', 'make-up Sunday'],
  ['2025-01-27', 1, '2025-02-05', 'eight days off'],
  ['2025-01-27', 4, '2025-02-08', 'make-up Saturday'],
  ['2025-01-30', 20, '2025-03-03', 'received during the holiday: counting starts after it'],
  // 2025 National Day + Mid-Autumn: 10-1..10-8 off; Sunday 9-28 and Saturday 10-11 worked.
  ['2025-09-26', 1, '2025-09-28', 'make-up Sunday'],
  ['2025-09-30', 1, '2025-10-09', 'eight days off'],
  ['2025-09-30', 3, '2025-10-11', 'make-up Saturday'],
  // 2026 Spring Festival: 2-15..2-23 off; Saturdays 2-14 and 2-28 worked.
  ['2026-02-13', 1, '2026-02-14', 'make-up Saturday before'],
  ['2026-02-14', 1, '2026-02-24', 'nine days off'],
  ['2026-02-24', 4, '2026-02-28', 'make-up Saturday after'],
  ['2026-02-13', 7, '2026-03-02', 'a penalty decision of Friday 2-13'],
  // 2026 Mid-Autumn 9-25..9-27 and National Day 10-1..10-7; Sunday 9-20 and Saturday 10-10 worked.
  ['2026-09-18', 1, '2026-09-20', 'make-up Sunday'],
  ['2026-09-24', 1, '2026-09-28', 'Mid-Autumn Friday off'],
  ['2026-09-30', 1, '2026-10-08', 'Golden Week skipped'],
  ['2026-09-30', 3, '2026-10-10', 'make-up Saturday'],
  // Ordinary weeks.
  ['2026-11-27', 1, '2026-11-30', 'Friday → Monday'],
  ['2026-11-25', 0, '2026-11-25', 'n = 0 on a working day: itself'],
]

describe('WorkingCalendar.addWorkingDays', () => {
  it.each(addCases)('%s + %i working days = %s (%s)', (from, n, expected) => {
    expect(calendar.addWorkingDays(from, n)).toBe(expected)
  })

  it('refuses negative or fractional counts and impossible dates', () => {
    expect(() => calendar.addWorkingDays('2026-01-05', -1)).toThrow(RangeError)
    expect(() => calendar.addWorkingDays('2026-01-05', 1.5)).toThrow(RangeError)
    expect(() => calendar.addWorkingDays('2026-02-30', 1)).toThrow(/not a date/)
    expect(() => calendar.addWorkingDays('26-1-5', 1)).toThrow(/not a date/)
  })
})

const betweenCases: Array<[string, string, number]> = [
  ['2024-02-09', '2024-02-18', 1],
  ['2024-09-30', '2024-10-13', 5],
  ['2025-09-26', '2025-10-12', 6],
  ['2026-09-24', '2026-10-09', 5],
  ['2026-02-13', '2026-02-13', 0],
  ['2026-02-24', '2026-02-13', -2],
]

describe('WorkingCalendar.workingDaysBetween', () => {
  it.each(betweenCases)('(%s, %s] holds %i working days', (from, to, expected) => {
    expect(calendar.workingDaysBetween(from, to)).toBe(expected)
  })

  it('inverts addWorkingDays on 2,000 random starts and counts (property)', () => {
    let seed = 7
    const next = () => (seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31
    const first = dayNumber('2024-01-01')
    for (let i = 0; i < 2000; i++) {
      const from = dateOfDayNumber(first + Math.floor(next() * 1000))
      const n = 1 + Math.floor(next() * 45)
      const due = calendar.addWorkingDays(from, n)
      expect(calendar.workingDaysBetween(from, due)).toBe(n)
      expect(calendar.isWorkingDay(due)).toBe(true)
    }
  })
})

describe('local entries', () => {
  it('a local holiday moves a deadline, a local working day brings it forward', () => {
    const local = new WorkingCalendar([
      { date: '2026-03-02', working: false, name: '本地假日' },
      { date: '2026-11-29', working: true, name: '补班' },
    ])
    expect(local.addWorkingDays('2026-02-13', 7)).toBe('2026-03-03')
    expect(local.addWorkingDays('2026-11-27', 1)).toBe('2026-11-29')
    expect(local.describe('2026-03-02')).toEqual({
      working: false,
      source: 'local',
      name: '本地假日',
    })
  })

  it('describes official days', () => {
    expect(calendar.describe('2026-02-16')).toEqual({
      working: false,
      source: 'holiday',
      name: '春节',
    })
    expect(calendar.describe('2026-02-28')).toEqual({
      working: true,
      source: 'makeup',
      name: '春节',
    })
    expect(calendar.describe('2026-11-28').source).toBe('weekend')
    expect(calendar.describe('2026-11-27').source).toBe('weekday')
  })
})

describe('coverage and dates', () => {
  it('knows which years the official arrangement covers', () => {
    expect(calendar.covers('2026-12-31')).toBe(true)
    expect(calendar.covers('2003-06-01')).toBe(false)
    expect(calendar.officialYears.first).toBe(2004)
    expect(calendar.officialYears.last).toBeGreaterThanOrEqual(2026)
  })

  it.each([
    ['2026-11-26T15:59:59.000Z', '2026-11-26'],
    ['2026-11-26T16:00:00.000Z', '2026-11-27'],
    ['2026-12-31T20:00:00+08:00', '2026-12-31'],
  ])('the China date of %s is %s', (instant, expected) => {
    expect(chinaDate(instant)).toBe(expected)
  })
})
