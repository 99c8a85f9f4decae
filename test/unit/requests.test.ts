import { describe, expect, it } from 'vitest'

import { WorkingCalendar } from '../../src/clocks/calendar'
import { ClockInputError } from '../../src/clocks/clocks'
import { availableEvents } from '../../src/requests/actions'
import { clockFields } from '../../src/requests/handling'
import { reasonFits } from '../../src/requests/model'
import { applicantErrors, PUBLIC_NAMES } from '../../src/requests/validate'

describe('events offered per status', () => {
  it.each([
    [
      'received',
      0,
      ['correction_requested', 'consultation_started', 'extended', 'answered', 'assigned'],
    ],
    ['extended', 20, ['correction_requested', 'consultation_started', 'answered', 'assigned']],
    ['awaiting_correction', 0, ['correction_received', 'answered', 'assigned']],
    ['in_consultation', 0, ['consultation_ended', 'answered', 'assigned']],
    ['answered', 0, []],
  ] as const)('%s (extension %i)', (status, days, expected) => {
    expect(availableEvents(status, days)).toEqual(expected)
  })
})

describe('outcome reasons', () => {
  it.each([
    ['disclosed', null, true],
    ['disclosed', 'state_secret', false],
    ['refused', 'state_secret', true],
    ['refused', null, false],
    ['unable', 'not_held', true],
    ['unable', 'state_secret', false],
    ['not_processed', 'repeated', true],
    ['other', 'fee_not_paid', true],
    ['nonsense', null, false],
  ] as const)('%s / %s → %s', (outcome, reason, fits) => {
    expect(reasonFits(outcome, reason)).toBe(fits)
  })
})

describe('applicant rules', () => {
  const person = {
    type: 'natural_person',
    name: '张三',
    idType: 'passport',
    idNumber: 'E12345678',
    email: 'a@b.cn',
  }
  it.each([
    ['a complete natural person', person, []],
    ['no contact', { ...person, email: '' }, ['email', 'phone']],
    ['a bad email', { ...person, email: 'nope' }, ['email']],
    [
      'no ID for a person',
      { ...person, idType: undefined, idNumber: undefined },
      ['idType', 'idNumber'],
    ],
    [
      'a wrong resident ID',
      { ...person, idType: 'resident_id', idNumber: '110101199003071234' },
      ['idNumber'],
    ],
    [
      'an organisation without code',
      { type: 'research', name: '研究所', phone: '010-12345678' },
      ['organizationCode'],
    ],
    [
      'an organisation with a code',
      {
        type: 'research',
        name: '研究所',
        phone: '010-12345678',
        organizationCode: '12100000400000000A',
      },
      [],
    ],
    ['no type, no name', { email: 'a@b.cn' }, ['applicantType', 'applicantName']],
  ])('%s', (_name, input, fields) => {
    expect(applicantErrors(input, '', PUBLIC_NAMES).map((e) => e.field)).toEqual(
      fields.map((f) => (f === 'applicantType' || f === 'applicantName' ? f : f)),
    )
  })
})

describe('status from events', () => {
  const calendar = new WorkingCalendar()
  it.each([
    [[{ type: 'received', date: '2026-11-02' }], 'received', '2026-11-30'],
    [
      [
        { type: 'received', date: '2026-11-02' },
        { type: 'correction_requested', date: '2026-11-03' },
      ],
      'awaiting_correction',
      null,
    ],
    [
      [
        { type: 'received', date: '2026-11-02' },
        { type: 'consultation_started', date: '2026-11-03' },
      ],
      'in_consultation',
      '2026-12-01',
    ],
    [
      [
        { type: 'received', date: '2026-11-02' },
        { type: 'extended', date: '2026-11-03', days: 3 },
      ],
      'extended',
      '2026-12-03',
    ],
    [
      [
        { type: 'received', date: '2026-11-02' },
        { type: 'assigned', date: '2026-11-03' },
        { type: 'answered', date: '2026-11-04' },
      ],
      'answered',
      '2026-11-30',
    ],
  ])('%#: %s', (events, status, dueDate) => {
    const fields = clockFields(events, calendar, '2026-11-04')
    expect(fields.status).toBe(status)
    expect(fields.dueDate).toBe(dueDate)
  })

  it('refuses what the clock refuses', () => {
    expect(() =>
      clockFields([{ type: 'answered', date: '2026-11-02' }], calendar, '2026-11-04'),
    ).toThrow(ClockInputError)
  })
})
