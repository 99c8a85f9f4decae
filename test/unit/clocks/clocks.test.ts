import { describe, expect, it } from 'vitest'

import { WorkingCalendar } from '../../../src/clocks/calendar'
import {
  ClockInputError,
  receiptDate,
  requestClock,
  simpleClock,
  type RequestEvent,
} from '../../../src/clocks/clocks'

const calendar = new WorkingCalendar()

// November 2026 has no holiday: Mondays are 2, 9, 16, 23, 30; December's are 7, 14, 21, 28.
describe('proactive disclosure and decision clocks', () => {
  it.each([
    // kind, start, metOn, today, dueDate, state
    ['decision', '2026-02-13', null, '2026-02-27', '2026-03-02', 'due_soon'],
    ['decision', '2026-02-13', '2026-03-02', '2026-03-10', '2026-03-02', 'met_on_time'],
    ['decision', '2026-02-13', '2026-03-03', '2026-03-10', '2026-03-02', 'met_late'],
    ['decision', '2026-02-13', null, '2026-03-03', '2026-03-02', 'overdue'],
    ['decision', '2026-02-13', null, '2026-02-14', '2026-03-02', 'on_time'],
    ['proactive', '2026-09-24', null, '2026-10-08', '2026-10-29', 'on_time'],
    ['proactive', '2026-09-24', null, '2026-10-26', '2026-10-29', 'due_soon'],
    ['proactive', '2026-09-24', '2026-10-30', '2026-11-02', '2026-10-29', 'met_late'],
  ] as const)(
    '%s from %s, met %s, on %s: due %s, %s',
    (kind, start, metOn, today, dueDate, state) => {
      const clock = simpleClock(calendar, { kind, start, metOn }, today)
      expect(clock.dueDate).toBe(dueDate)
      expect(clock.state).toBe(state)
      expect(clock.provisional).toBe(false)
    },
  )

  it('counts working days left, negative when overdue', () => {
    expect(
      simpleClock(calendar, { kind: 'decision', start: '2026-11-02' }, '2026-11-05')
        .workingDaysLeft,
    ).toBe(4)
    expect(
      simpleClock(calendar, { kind: 'decision', start: '2026-11-02' }, '2026-11-13')
        .workingDaysLeft,
    ).toBe(-2)
  })

  it('marks a due date in a year without the official arrangement as provisional', () => {
    const clock = simpleClock(calendar, { kind: 'decision', start: '2026-12-28' }, '2026-12-28')
    expect(clock.dueDate).toBe('2027-01-06')
    expect(clock.provisional).toBe(true)
  })
})

const received = (date: string): RequestEvent => ({ type: 'received', date })

describe('disclosure request clock', () => {
  it.each<[string, RequestEvent[], string, string | null, string, number]>([
    ['20 working days', [received('2026-11-02')], '2026-11-20', '2026-11-30', 'on_time', 0],
    ['due soon 3 days before', [received('2026-11-02')], '2026-11-25', '2026-11-30', 'due_soon', 0],
    ['overdue the day after', [received('2026-11-02')], '2026-12-01', '2026-11-30', 'overdue', 0],
    [
      'across Mid-Autumn and National Day',
      [received('2026-09-24')],
      '2026-10-08',
      '2026-10-29',
      'on_time',
      0,
    ],
    [
      'answered on the due date',
      [received('2026-11-02'), { type: 'answered', date: '2026-11-30' }],
      '2026-12-10',
      '2026-11-30',
      'met_on_time',
      0,
    ],
    [
      'answered a day late',
      [received('2026-11-02'), { type: 'answered', date: '2026-12-01' }],
      '2026-12-10',
      '2026-11-30',
      'met_late',
      0,
    ],
    [
      'extended by 20',
      [received('2026-11-02'), { type: 'extended', date: '2026-11-25', days: 20 }],
      '2026-12-01',
      '2026-12-28',
      'on_time',
      0,
    ],
    [
      'extended by 5',
      [received('2026-11-02'), { type: 'extended', date: '2026-11-25', days: 5 }],
      '2026-12-02',
      '2026-12-07',
      'due_soon',
      0,
    ],
    [
      'consultation of 3 working days',
      [
        received('2026-11-02'),
        { type: 'consultation_started', date: '2026-11-10' },
        { type: 'consultation_ended', date: '2026-11-13' },
      ],
      '2026-11-16',
      '2026-12-03',
      'on_time',
      3,
    ],
    [
      'consultation longer than 15 working days counts from its 16th',
      [
        received('2026-11-02'),
        { type: 'consultation_started', date: '2026-11-05' },
        { type: 'consultation_ended', date: '2026-12-04' },
      ],
      '2026-12-04',
      '2026-12-21',
      'on_time',
      15,
    ],
    [
      'a running consultation pauses, projected to end today',
      [received('2026-11-02'), { type: 'consultation_started', date: '2026-11-10' }],
      '2026-11-12',
      '2026-12-02',
      'paused',
      2,
    ],
    [
      'a correction restarts from the corrected receipt',
      [
        received('2026-11-02'),
        { type: 'consultation_started', date: '2026-11-03' },
        { type: 'consultation_ended', date: '2026-11-04' },
        { type: 'correction_requested', date: '2026-11-04' },
        { type: 'correction_received', date: '2026-11-09' },
      ],
      '2026-11-10',
      '2026-12-07',
      'on_time',
      0,
    ],
  ])('%s', (_name, events, today, dueDate, state, consultationDays) => {
    const clock = requestClock(calendar, events, today)
    expect(clock.dueDate).toBe(dueDate)
    expect(clock.state).toBe(state)
    expect(clock.consultationDays).toBe(consultationDays)
  })

  it('stops while waiting for the applicant’s correction', () => {
    const clock = requestClock(
      calendar,
      [received('2026-11-02'), { type: 'correction_requested', date: '2026-11-04' }],
      '2026-11-10',
    )
    expect(clock).toMatchObject({
      state: 'paused',
      dueDate: null,
      awaiting: 'correction',
      start: '2026-11-02',
    })
  })

  it.each<[string, RequestEvent[], string]>([
    ['nothing received', [], 'received'],
    ['answered before received', [{ type: 'answered', date: '2026-11-02' }], 'answered'],
    ['received twice', [received('2026-11-02'), received('2026-11-03')], 'received'],
    [
      'a second extension',
      [
        received('2026-11-02'),
        { type: 'extended', date: '2026-11-20', days: 5 },
        { type: 'extended', date: '2026-11-27', days: 5 },
      ],
      'extended',
    ],
    [
      'an extension of 21',
      [received('2026-11-02'), { type: 'extended', date: '2026-11-20', days: 21 }],
      'days',
    ],
    [
      'an extension of 0',
      [received('2026-11-02'), { type: 'extended', date: '2026-11-20', days: 0 }],
      'days',
    ],
    [
      'an end without a start',
      [received('2026-11-02'), { type: 'consultation_ended', date: '2026-11-05' }],
      'consultation_ended',
    ],
    [
      'a correction never requested',
      [received('2026-11-02'), { type: 'correction_received', date: '2026-11-05' }],
      'correction_received',
    ],
    [
      'an event dated backwards',
      [received('2026-11-05'), { type: 'answered', date: '2026-11-04' }],
      'answered',
    ],
    [
      'anything after the answer',
      [
        received('2026-11-02'),
        { type: 'answered', date: '2026-11-04' },
        { type: 'extended', date: '2026-11-05', days: 3 },
      ],
      'extended',
    ],
  ])('refuses %s', (_name, events, field) => {
    let error: unknown
    try {
      requestClock(calendar, events, '2026-11-27')
    } catch (e) {
      error = e
    }
    expect(error).toBeInstanceOf(ClockInputError)
    expect((error as ClockInputError).field).toBe(field)
  })
})

describe('receipt date rules', () => {
  const dates = { submittedOn: '2026-11-02', signedForOn: '2026-11-05', confirmedOn: '2026-11-03' }
  it.each([
    ['in_person', '2026-11-02'],
    ['post', '2026-11-05'],
    ['online', '2026-11-03'],
  ] as const)('%s: %s', (channel, expected) => {
    expect(receiptDate(channel, dates)).toBe(expected)
  })

  it('names the date a channel needs when it is missing', () => {
    expect(() => receiptDate('post', { submittedOn: '2026-11-02' })).toThrow(/signedForOn/)
  })
})
