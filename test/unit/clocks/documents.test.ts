import { describe, expect, it } from 'vitest'

import { WorkingCalendar } from '../../../src/clocks/calendar'
import { documentClock } from '../../../src/clocks/documents'
import { digestOf } from '../../../src/clocks/reminders'
import { parseFrom } from '../../../src/server/email'

const calendar = new WorkingCalendar()

describe('document clocks', () => {
  it.each([
    // collection, document, today, dueDate, state
    ['policies', { signedDate: '2026-10-20T00:00:00.000Z' }, '2026-11-27', '2026-11-17', 'overdue'],
    [
      'regulations',
      { signedDate: '2026-11-02T00:00:00.000Z' },
      '2026-11-27',
      '2026-11-30',
      'due_soon',
    ],
    // A date stored as China midnight (16:00 UTC the day before) is still that China day.
    [
      'policies',
      { signedDate: '2026-11-01T16:00:00.000Z' },
      '2026-11-27',
      '2026-11-30',
      'due_soon',
    ],
    [
      'penalty-decisions',
      { decisionDate: '2026-11-20T00:00:00.000Z' },
      '2026-11-27',
      '2026-12-01',
      'due_soon',
    ],
    [
      'licensing-decisions',
      { decisionDate: '2026-02-13T00:00:00.000Z', publishedAt: '2026-03-02T09:00:00.000Z' },
      '2026-11-27',
      '2026-03-02',
      'met_on_time',
    ],
    [
      'licensing-decisions',
      { decisionDate: '2026-02-13T00:00:00.000Z', publishedAt: '2026-03-02T17:00:00.000Z' },
      '2026-11-27',
      '2026-03-02',
      'met_late', // 01:00 on 03-03 in China
    ],
  ] as const)('%s %j on %s: due %s, %s', (collection, doc, today, dueDate, state) => {
    const clock = documentClock(collection, doc, calendar, today)
    expect(clock?.dueDate).toBe(dueDate)
    expect(clock?.state).toBe(state)
  })

  it('has no clock without a start date or for an unclocked type', () => {
    expect(documentClock('policies', {}, calendar, '2026-11-27')).toBeNull()
    expect(
      documentClock('procedures', { signedDate: '2026-11-02' }, calendar, '2026-11-27'),
    ).toBeNull()
  })
})

describe('reminder digest', () => {
  const item = (
    state: string,
    kind: 'request' | 'proactive' | 'decision',
    left: number | null,
  ) => ({
    kind,
    collection: 'x',
    id: 1,
    title: '标题',
    department: 1,
    dueDate: '2026-11-30',
    state,
    workingDaysLeft: left,
    provisional: false,
  })
  it.each([
    [[item('overdue', 'request', -3)], '法定时限提醒：1 项已逾期', 'clock_overdue'],
    [[item('due_soon', 'decision', 1)], '法定时限提醒：1 项即将到期', 'clock_due_soon'],
    [
      [
        item('overdue', 'proactive', -1),
        item('due_soon', 'proactive', 2),
        item('due_soon', 'request', 0),
      ],
      '法定时限提醒：1 项已逾期，2 项即将到期',
      'clock_overdue',
    ],
  ])('%#: %s', (items, title, kind) => {
    const digest = digestOf(items)
    expect(digest.title).toBe(title)
    expect(digest.kind).toBe(kind)
    expect(digest.body.split('\n')).toHaveLength(items.length)
  })

  it('says how many working days are left, not for overdue items', () => {
    expect(digestOf([item('due_soon', 'decision', 2)]).body).toBe(
      '【即将到期】双公示决定：标题，期限 2026-11-30（剩 2 个工作日）',
    )
    expect(digestOf([item('overdue', 'decision', -2)]).body).toBe(
      '【已逾期】双公示决定：标题，期限 2026-11-30',
    )
  })
})

describe('EMAIL_FROM', () => {
  it.each([
    ['公开平台 <noreply@example.gov>', { name: '公开平台', address: 'noreply@example.gov' }],
    ['"Gongkai" <a@b.cn>', { name: 'Gongkai', address: 'a@b.cn' }],
    ['a@b.cn', { name: '', address: 'a@b.cn' }],
  ])('%s', (from, expected) => {
    expect(parseFrom(from)).toEqual(expected)
  })
})
