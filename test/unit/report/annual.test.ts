import { describe, expect, it } from 'vitest'

import { WorkingCalendar } from '../../../src/clocks/calendar'
import {
  computeAnnualReport,
  computePerformance,
  type AnnualReportInput,
  type ColumnCounts,
  type RequestRow,
} from '../../../src/report/annual'
import {
  renderAnnualReportCsv,
  renderAnnualReportHtml,
  renderPerformanceCsv,
} from '../../../src/report/render'

// A seeded year (2026) for department D01, worked out by hand. Columns: N natural person,
// B business, R research, P non-profit, L legal services, O other.
const counts = (c: Partial<ColumnCounts>): ColumnCounts => ({
  natural_person: 0,
  business: 0,
  research: 0,
  nonprofit: 0,
  legal_services: 0,
  other: 0,
  total: 0,
  ...c,
})

const requests: RequestRow[] = [
  // received 2025, answered 2026: 上年结转 and handled
  {
    ref: 'r1',
    applicantType: 'natural_person',
    receivedOn: '2025-12-20',
    answeredOn: '2026-01-10',
    outcome: 'disclosed',
    reason: null,
  },
  {
    ref: 'r2',
    applicantType: 'business',
    receivedOn: '2025-12-28',
    answeredOn: '2026-01-20',
    outcome: 'refused',
    reason: 'state_secret',
  },
  // received and answered in 2025: nowhere
  {
    ref: 'r3',
    applicantType: 'natural_person',
    receivedOn: '2025-11-03',
    answeredOn: '2025-12-01',
    outcome: 'disclosed',
    reason: null,
  },
  // received and answered in 2026 (r4 on Jan 1, r16 answered on Dec 31)
  {
    ref: 'r4',
    applicantType: 'natural_person',
    receivedOn: '2026-01-01',
    answeredOn: '2026-01-20',
    outcome: 'disclosed',
    reason: null,
  },
  {
    ref: 'r5',
    applicantType: 'natural_person',
    receivedOn: '2026-03-02',
    answeredOn: '2026-03-25',
    outcome: 'partly_disclosed',
    reason: null,
  },
  {
    ref: 'r6',
    applicantType: 'research',
    receivedOn: '2026-04-01',
    answeredOn: '2026-04-28',
    outcome: 'unable',
    reason: 'not_held',
  },
  {
    ref: 'r7',
    applicantType: 'nonprofit',
    receivedOn: '2026-05-06',
    answeredOn: '2026-05-29',
    outcome: 'not_processed',
    reason: 'repeated',
  },
  {
    ref: 'r8',
    applicantType: 'legal_services',
    receivedOn: '2026-06-01',
    answeredOn: '2026-06-30',
    outcome: 'other',
    reason: 'correction_not_made',
  },
  {
    ref: 'r9',
    applicantType: 'other',
    receivedOn: '2026-07-01',
    answeredOn: '2026-07-20',
    outcome: 'refused',
    reason: 'three_safeties',
  },
  {
    ref: 'r10',
    applicantType: 'business',
    receivedOn: '2026-08-03',
    answeredOn: '2026-08-31',
    outcome: 'refused',
    reason: 'third_party_rights',
  },
  {
    ref: 'r15',
    applicantType: 'natural_person',
    receivedOn: '2026-09-01',
    answeredOn: '2026-09-29',
    outcome: 'not_processed',
    reason: 'petition',
  },
  {
    ref: 'r16',
    applicantType: 'research',
    receivedOn: '2026-10-09',
    answeredOn: '2026-12-31',
    outcome: 'other',
    reason: 'other',
  },
  // received 2026, open at the end of 2026: 结转下年度 (r12 is answered in 2027)
  {
    ref: 'r11',
    applicantType: 'natural_person',
    receivedOn: '2026-12-15',
    answeredOn: null,
    outcome: null,
    reason: null,
  },
  {
    ref: 'r12',
    applicantType: 'business',
    receivedOn: '2026-12-31',
    answeredOn: '2027-01-08',
    outcome: 'disclosed',
    reason: null,
  },
  // received 2025, still open: both 上年结转 and 结转下年度
  {
    ref: 'r14',
    applicantType: 'legal_services',
    receivedOn: '2025-12-30',
    answeredOn: null,
    outcome: null,
    reason: null,
  },
  // received 2027: nowhere
  {
    ref: 'r13',
    applicantType: 'natural_person',
    receivedOn: '2027-01-05',
    answeredOn: null,
    outcome: null,
    reason: null,
  },
  // another department's request: left out of D01's report
  {
    ref: 'x1',
    applicantType: 'natural_person',
    receivedOn: '2026-02-02',
    answeredOn: '2026-02-20',
    outcome: 'disclosed',
    reason: null,
    departmentCode: 'D02',
  },
]

const seeded: AnnualReportInput = {
  year: 2026,
  scope: { code: 'D01', name: '示例市司法局' },
  documents: [
    { type: 'regulation', issuedOn: '2026-03-01', validity: 'valid' },
    { type: 'regulation', issuedOn: '2026-06-15', validity: 'valid' },
    // repealed after the year: issued and in force at the end of 2026
    { type: 'regulation', issuedOn: '2026-09-10', validity: 'repealed', repealedOn: '2027-02-01' },
    { type: 'regulation', issuedOn: '2019-05-01', validity: 'repealed', repealedOn: '2026-04-01' },
    { type: 'regulation', issuedOn: '2020-01-01', validity: 'valid' },
    { type: 'regulation', issuedOn: '2021-01-01', validity: 'expired', expiredOn: '2025-12-31' },
    { type: 'regulation', issuedOn: '2027-01-15', validity: 'valid' },
    { type: 'regulation', issuedOn: '2026-05-05', validity: 'valid', departmentCode: 'D02' },
    { type: 'normative', issuedOn: '2026-01-05', validity: 'valid', departmentCode: 'D01' },
    { type: 'normative', issuedOn: '2024-01-01', validity: 'valid' },
    { type: 'normative', issuedOn: '2023-03-03', validity: 'repealed', repealedOn: '2026-11-30' },
    { type: 'normative', issuedOn: '2022-02-02', validity: 'expired', expiredOn: '2026-07-01' },
    { type: 'policy', issuedOn: '2026-02-02', validity: 'valid' },
  ],
  decisions: [
    { kind: 'licensing', decisionDate: '2026-01-01' },
    { kind: 'licensing', decisionDate: '2026-06-30' },
    { kind: 'licensing', decisionDate: '2026-12-31' },
    { kind: 'licensing', decisionDate: '2025-12-31' },
    { kind: 'licensing', decisionDate: '2027-01-01' },
    { kind: 'penalty', decisionDate: '2026-03-03' },
    { kind: 'penalty', decisionDate: '2026-04-04' },
    { kind: 'penalty', decisionDate: '2026-04-04', departmentCode: 'D02' },
    { kind: 'coercion', decisionDate: '2026-05-05' },
  ],
  fees: [
    { on: '2026-03-31', amountWan: 1.25 },
    { on: '2026-06-30', amountWan: 0.1 },
    { on: '2026-09-30', amountWan: 0.2 },
    { on: '2025-12-31', amountWan: 5 },
  ],
  requests,
  reviews: [
    { kind: 'review', result: 'upheld', year: 2026 },
    { kind: 'review', result: 'upheld', year: 2026 },
    { kind: 'review', result: 'corrected', year: 2026 },
    { kind: 'review', result: 'pending', year: 2026 },
    { kind: 'review', result: 'upheld', year: 2025 },
    { kind: 'litigation_direct', result: 'other', year: 2026 },
    { kind: 'litigation_after_review', result: 'upheld', year: 2026 },
    { kind: 'litigation_after_review', result: 'pending', year: 2026 },
  ],
}

describe('computeAnnualReport: table (2) 主动公开政府信息情况', () => {
  const report = computeAnnualReport(seeded)

  it('counts 规章 and 行政规范性文件 issued, repealed and in force at year end', () => {
    expect(report.proactive.regulations).toEqual({ issued: 3, repealed: 1, inForce: 4 })
    expect(report.proactive.normativeDocuments).toEqual({ issued: 1, repealed: 1, inForce: 2 })
  })

  it('counts decisions of the year by kind and sums the fees in 万元', () => {
    expect(report.proactive.licensing).toBe(3)
    expect(report.proactive.penalty).toBe(2)
    expect(report.proactive.coercion).toBe(1)
    expect(report.proactive.feesWan).toBe(1.55)
  })
})

describe('computeAnnualReport: table (3) 收到和处理政府信息公开申请情况', () => {
  const report = computeAnnualReport(seeded)
  const t = report.requests
  const group = (outcome: string) => t.results.find((g) => g.outcome === outcome)!
  const reason = (outcome: string, value: string) =>
    group(outcome).reasons.find((r) => r.reason === value)!.counts

  it('counts 本年新收, 上年结转 and 结转下年度 per column', () => {
    expect(t.received).toEqual(
      counts({
        natural_person: 4,
        business: 2,
        research: 2,
        nonprofit: 1,
        legal_services: 1,
        other: 1,
        total: 11,
      }),
    )
    expect(t.carriedOver).toEqual(
      counts({ natural_person: 1, business: 1, legal_services: 1, total: 3 }),
    )
    expect(t.carriedForward).toEqual(
      counts({ natural_person: 1, business: 1, legal_services: 1, total: 3 }),
    )
  })

  it('puts each request answered in the year in the row of its outcome and reason', () => {
    expect(group('disclosed').counts).toEqual(counts({ natural_person: 2, total: 2 }))
    expect(group('partly_disclosed').counts).toEqual(counts({ natural_person: 1, total: 1 }))
    expect(reason('refused', 'state_secret')).toEqual(counts({ business: 1, total: 1 }))
    expect(reason('refused', 'three_safeties')).toEqual(counts({ other: 1, total: 1 }))
    expect(reason('refused', 'third_party_rights')).toEqual(counts({ business: 1, total: 1 }))
    expect(group('refused').counts).toEqual(counts({ business: 2, other: 1, total: 3 }))
    expect(reason('unable', 'not_held')).toEqual(counts({ research: 1, total: 1 }))
    expect(reason('not_processed', 'petition')).toEqual(counts({ natural_person: 1, total: 1 }))
    expect(reason('not_processed', 'repeated')).toEqual(counts({ nonprofit: 1, total: 1 }))
    expect(reason('other', 'correction_not_made')).toEqual(counts({ legal_services: 1, total: 1 }))
    expect(reason('other', 'other')).toEqual(counts({ research: 1, total: 1 }))
    // every other reason row is zero
    const seededRows = [
      'state_secret',
      'three_safeties',
      'third_party_rights',
      'not_held',
      'petition',
      'repeated',
      'correction_not_made',
      'other',
    ]
    for (const g of t.results)
      for (const r of g.reasons)
        if (!seededRows.includes(r.reason)) expect(r.counts, r.zh).toEqual(counts({}))
    expect(t.handledTotal).toEqual(
      counts({
        natural_person: 4,
        business: 2,
        research: 2,
        nonprofit: 1,
        legal_services: 1,
        other: 1,
        total: 11,
      }),
    )
  })

  it('uses the template row titles in template order', () => {
    expect(t.results.map((g) => g.zh)).toEqual([
      '（一）予以公开',
      '（二）部分公开（区分处理的，只计这一情形，不计其他情形）',
      '（三）不予公开',
      '（四）无法提供',
      '（五）不予处理',
      '（六）其他处理',
    ])
    expect(group('refused').reasons.map((r) => r.zh)).toEqual([
      '1.属于国家秘密',
      '2.其他法律行政法规禁止公开',
      '3.危及“三安全一稳定”',
      '4.保护第三方合法权益',
      '5.属于三类内部事务信息',
      '6.属于四类过程性信息',
      '7.属于行政执法案卷',
      '8.属于行政查询事项',
    ])
    expect(group('other').reasons.map((r) => r.zh)).toEqual([
      '1.申请人无正当理由逾期不补正、行政机关不再处理其政府信息公开申请',
      '2.申请人逾期未按收费通知要求缴纳费用、行政机关不再处理其政府信息公开申请',
      '3.其他',
    ])
  })

  it('holds the identity 上年结转 + 本年新收 = 办理结果总计 + 结转下年度 in every column', () => {
    const identity = report.checks.filter((c) => c.kind === 'identity')
    expect(identity).toHaveLength(7)
    expect(identity.every((c) => c.ok)).toBe(true)
    expect(identity.find((c) => c.column === 'total')).toMatchObject({ expected: 14, actual: 14 })
    expect(report.ok).toBe(true)
  })
})

describe('computeAnnualReport: table (4) 行政复议、行政诉讼', () => {
  it('counts the year’s cases by kind and result', () => {
    const report = computeAnnualReport(seeded)
    expect(report.reviews).toEqual({
      review: { upheld: 2, corrected: 1, other: 0, pending: 1, total: 4 },
      litigationDirect: { upheld: 0, corrected: 0, other: 1, pending: 0, total: 1 },
      litigationAfterReview: { upheld: 1, corrected: 0, other: 0, pending: 1, total: 2 },
    })
  })
})

describe('computeAnnualReport: checks', () => {
  it('accepts the previous report whose 结转下年度 equals this year’s 上年结转', () => {
    const report = computeAnnualReport({
      ...seeded,
      previous: {
        year: 2025,
        requests: {
          carriedForward: counts({ natural_person: 1, business: 1, legal_services: 1, total: 3 }),
        },
      },
    })
    const carried = report.checks.filter((c) => c.kind === 'carried_over')
    expect(carried).toHaveLength(7)
    expect(carried.every((c) => c.ok)).toBe(true)
    expect(report.ok).toBe(true)
  })

  it('shows a wrong previous report as a mismatch with both numbers, without throwing', () => {
    const report = computeAnnualReport({
      ...seeded,
      previous: {
        year: 2025,
        requests: {
          carriedForward: counts({ natural_person: 2, business: 1, legal_services: 1, total: 4 }),
        },
      },
    })
    expect(report.ok).toBe(false)
    const failed = report.checks.filter((c) => !c.ok)
    expect(failed).toEqual([
      {
        kind: 'carried_over',
        column: 'natural_person',
        ok: false,
        expected: 2,
        actual: 1,
        message: '自然人：2025年报告结转下年度 2，本年上年结转 1',
      },
      {
        kind: 'carried_over',
        column: 'total',
        ok: false,
        expected: 4,
        actual: 3,
        message: '总计：2025年报告结转下年度 4，本年上年结转 3',
      },
    ])
    // the tables themselves are unchanged
    expect(report.requests.carriedOver.total).toBe(3)
  })

  it('flags a previous report of the wrong year', () => {
    const report = computeAnnualReport({
      ...seeded,
      previous: {
        year: 2024,
        requests: {
          carriedForward: counts({ natural_person: 1, business: 1, legal_services: 1, total: 3 }),
        },
      },
    })
    expect(report.checks.find((c) => c.kind === 'previous_year')).toMatchObject({
      ok: false,
      expected: 2025,
      actual: 2024,
    })
  })

  it('shows a request answered without a valid reason as unclassified and as an identity mismatch', () => {
    const report = computeAnnualReport({
      ...seeded,
      requests: [
        ...requests,
        {
          ref: 'bad',
          applicantType: 'research',
          receivedOn: '2026-02-02',
          answeredOn: '2026-02-27',
          outcome: 'refused',
          reason: null,
        },
      ],
    })
    expect(report.ok).toBe(false)
    expect(report.checks.find((c) => c.kind === 'unclassified')).toMatchObject({ refs: ['bad'] })
    const research = report.checks.find((c) => c.kind === 'identity' && c.column === 'research')
    expect(research).toMatchObject({ ok: false, expected: 3, actual: 2 })
    expect(research!.message).toBe(
      '科研机构：上年结转 0 + 本年新收 3 = 3，办理结果总计 2 + 结转下年度 0 = 2',
    )
  })

  it('lists a request of an unknown applicant type instead of counting it', () => {
    const report = computeAnnualReport({
      ...seeded,
      requests: [
        ...requests,
        {
          ref: 'odd',
          applicantType: 'alien' as RequestRow['applicantType'],
          receivedOn: '2026-02-02',
          answeredOn: null,
          outcome: null,
          reason: null,
        },
      ],
    })
    expect(report.checks.find((c) => c.kind === 'unknown_applicant_type')).toMatchObject({
      ok: false,
      refs: ['odd'],
    })
    expect(report.requests.received.total).toBe(11)
    expect(Object.keys(report.requests.received)).toHaveLength(7)
    expect(report.ok).toBe(false)
  })

  it('takes every row for the whole government', () => {
    const report = computeAnnualReport({ ...seeded, scope: 'all' })
    expect(report.scope).toEqual({ code: null, name: '全部' })
    expect(report.requests.received.total).toBe(12)
    expect(report.proactive.regulations.issued).toBe(4)
    expect(report.proactive.penalty).toBe(3)
    expect(report.ok).toBe(true)
  })
})

// November 2026 has no holiday: Mondays are Nov 2, 9, 16, 23, 30; December's are 7, 14, 21, 28.
// Decisions are due 7 working days after the decision date (from Nov 2: Nov 11), proactive
// disclosures 20 (from Nov 2: Nov 30), requests 20 (from receipt on Nov 2: Nov 30).
describe('computePerformance: one disclosure at a time', () => {
  const calendar = new WorkingCalendar()
  const nov = { from: '2026-11-01', to: '2026-11-30' }
  const novDec = { from: '2026-11-01', to: '2026-12-31' }
  const dec = { from: '2026-12-01', to: '2026-12-31' }
  it.each([
    // why, kind, start, publishedOn, period, onTime, late, overdue, median days
    ['decision on its due date', 'decision', '2026-11-02', '2026-11-11', nov, 1, 0, 0, 7],
    ['decision a day late', 'decision', '2026-11-02', '2026-11-12', nov, 0, 1, 0, 8],
    ['proactive on its due date', 'proactive', '2026-11-02', '2026-11-30', nov, 1, 0, 0, 20],
    [
      'published after the period, not yet due at its end',
      'proactive',
      '2026-11-02',
      '2026-12-01',
      nov,
      0,
      0,
      0,
      null,
    ],
    [
      'the same seen over Nov–Dec: late',
      'proactive',
      '2026-11-02',
      '2026-12-01',
      novDec,
      0,
      1,
      0,
      21,
    ],
    ['unpublished past its due date (Nov 25)', 'decision', '2026-11-16', null, nov, 0, 0, 1, null],
    [
      'published after the period, overdue at its end',
      'decision',
      '2026-11-16',
      '2026-12-02',
      nov,
      0,
      0,
      1,
      null,
    ],
    ['unpublished, due Dec 1', 'decision', '2026-11-20', null, nov, 0, 0, 0, null],
    ['published before the period', 'decision', '2026-11-02', '2026-11-11', dec, 0, 0, 0, null],
  ] as const)('%s', (_why, kind, start, publishedOn, period, onTime, late, overdue, days) => {
    const result = computePerformance({
      calendar,
      period,
      disclosures: [{ departmentCode: 'D01', kind, start, publishedOn }],
      requests: [],
    })
    expect(result.total).toMatchObject({
      disclosuresOnTime: onTime,
      disclosuresLate: late,
      disclosuresOverdue: overdue,
      medianWorkingDaysToPublish: days,
    })
  })
})

describe('computePerformance: one request at a time', () => {
  const calendar = new WorkingCalendar()
  const nov = { from: '2026-11-01', to: '2026-11-30' }
  const novDec = { from: '2026-11-01', to: '2026-12-31' }
  const received = { type: 'received', date: '2026-11-02' } as const
  const answered = (date: string) => ({ type: 'answered', date }) as const
  it.each([
    // why, events, period, onTime, late, overdue
    ['answered on the due date', [received, answered('2026-11-30')], nov, 1, 0, 0],
    ['answered a day late', [received, answered('2026-12-01')], novDec, 0, 1, 0],
    [
      'answered after the period, due on its last day',
      [received, answered('2026-12-01')],
      nov,
      0,
      0,
      0,
    ],
    ['unanswered past the due date', [received], { from: '2026-11-01', to: '2026-12-04' }, 0, 0, 1],
    [
      'extended by 5 (due Dec 7)',
      [received, { type: 'extended', date: '2026-11-20', days: 5 }, answered('2026-12-04')],
      novDec,
      1,
      0,
      0,
    ],
    [
      'waiting for 补正: no due date, never overdue',
      [received, { type: 'correction_requested', date: '2026-11-05' }],
      novDec,
      0,
      0,
      0,
    ],
    [
      '补正 received Nov 9 restarts the clock (due Dec 7)',
      [
        received,
        { type: 'correction_requested', date: '2026-11-05' },
        { type: 'correction_received', date: '2026-11-09' },
        answered('2026-12-04'),
      ],
      novDec,
      1,
      0,
      0,
    ],
    [
      'consultation Nov 4–11 not counted (5 days, due Dec 7)',
      [
        received,
        { type: 'consultation_started', date: '2026-11-04' },
        { type: 'consultation_ended', date: '2026-11-11' },
        answered('2026-12-04'),
      ],
      novDec,
      1,
      0,
      0,
    ],
    [
      'answered before the period',
      [received, answered('2026-11-27')],
      { from: '2026-12-01', to: '2026-12-31' },
      0,
      0,
      0,
    ],
  ] as const)('%s', (_why, events, period, onTime, late, overdue) => {
    const result = computePerformance({
      calendar,
      period,
      disclosures: [],
      requests: [{ departmentCode: 'D01', events }],
    })
    expect(result.errors).toEqual([])
    expect(result.total).toMatchObject({
      requestsOnTime: onTime,
      requestsLate: late,
      requestsOverdue: overdue,
    })
  })

  it('reports an event sequence the clock refuses instead of throwing', () => {
    const result = computePerformance({
      calendar,
      period: nov,
      disclosures: [],
      requests: [
        {
          ref: 'Q-7',
          departmentCode: 'D02',
          events: [received, { type: 'consultation_ended', date: '2026-11-05' }],
        },
      ],
    })
    expect(result.errors).toEqual([
      { ref: 'Q-7', departmentCode: 'D02', message: 'no consultation was started' },
    ])
    expect(result.total.requestsOnTime + result.total.requestsLate).toBe(0)
  })
})

describe('computePerformance: per department', () => {
  it('keeps each department’s figures, sorted by code, and a total', () => {
    const calendar = new WorkingCalendar()
    const result = computePerformance({
      calendar,
      period: { from: '2026-11-01', to: '2026-12-31' },
      disclosures: [
        { departmentCode: 'D02', kind: 'decision', start: '2026-11-02', publishedOn: '2026-11-11' }, // 7, on time
        { departmentCode: 'D02', kind: 'decision', start: '2026-11-02', publishedOn: '2026-11-12' }, // 8, late
        {
          departmentCode: 'D02',
          kind: 'proactive',
          start: '2026-11-02',
          publishedOn: '2026-11-16',
        }, // 10, on time
        { departmentCode: 'D01', kind: 'decision', start: '2026-11-16', publishedOn: '2026-12-02' }, // 12, late
        { departmentCode: 'D01', kind: 'decision', start: '2026-11-16', publishedOn: null }, // overdue
      ],
      requests: [
        {
          departmentCode: 'D01',
          events: [
            { type: 'received', date: '2026-11-02' },
            { type: 'answered', date: '2026-11-30' },
          ],
        },
        {
          departmentCode: 'D01',
          events: [
            { type: 'received', date: '2026-11-02' },
            { type: 'answered', date: '2026-12-01' },
          ],
        },
        {
          departmentCode: 'D01',
          events: [
            { type: 'received', date: '2026-11-02' },
            { type: 'answered', date: '2026-12-02' },
          ],
        },
        { departmentCode: 'D02', events: [{ type: 'received', date: '2026-11-02' }] }, // overdue
      ],
      updatedAfterPublication: [
        { departmentCode: 'D01', count: 2 },
        { departmentCode: 'D03', count: 1 },
      ],
    })
    expect(result.departments.map((d) => d.departmentCode)).toEqual(['D01', 'D02', 'D03'])
    expect(result.departments[0]).toEqual({
      departmentCode: 'D01',
      disclosuresOnTime: 0,
      disclosuresLate: 1,
      disclosuresOverdue: 1,
      disclosureOnTimeRate: 0,
      medianWorkingDaysToPublish: 12,
      requestsOnTime: 1,
      requestsLate: 2,
      requestsOverdue: 0,
      requestOnTimeRate: 1 / 3,
      updatedAfterPublication: 2,
    })
    expect(result.departments[1]).toEqual({
      departmentCode: 'D02',
      disclosuresOnTime: 2,
      disclosuresLate: 1,
      disclosuresOverdue: 0,
      disclosureOnTimeRate: 2 / 3,
      medianWorkingDaysToPublish: 8,
      requestsOnTime: 0,
      requestsLate: 0,
      requestsOverdue: 1,
      requestOnTimeRate: null,
      updatedAfterPublication: 0,
    })
    expect(result.departments[2]).toMatchObject({
      departmentCode: 'D03',
      disclosureOnTimeRate: null,
      medianWorkingDaysToPublish: null,
      updatedAfterPublication: 1,
    })
    // all four publications: 7, 8, 10, 12 → median (8 + 10) / 2
    expect(result.total).toEqual({
      disclosuresOnTime: 2,
      disclosuresLate: 2,
      disclosuresOverdue: 1,
      disclosureOnTimeRate: 0.5,
      medianWorkingDaysToPublish: 9,
      requestsOnTime: 1,
      requestsLate: 2,
      requestsOverdue: 1,
      requestOnTimeRate: 1 / 3,
      updatedAfterPublication: 3,
    })
  })
})

describe('renderAnnualReportHtml and renderAnnualReportCsv', () => {
  const wrongPrevious = {
    year: 2025,
    requests: {
      carriedForward: counts({ natural_person: 2, business: 1, legal_services: 1, total: 4 }),
    },
  }

  it('gives the same bytes for the same input', () => {
    const a = computeAnnualReport(seeded)
    const b = computeAnnualReport(structuredClone(seeded))
    expect(renderAnnualReportHtml(a)).toBe(renderAnnualReportHtml(b))
    expect(renderAnnualReportCsv(a)).toBe(renderAnnualReportCsv(b))
    expect(renderAnnualReportHtml(a, { generatedAt: '2027-01-15 09:00' })).toContain(
      '生成时间：2027-01-15 09:00',
    )
    expect(renderAnnualReportHtml(a)).not.toContain('生成时间')
  })

  it('writes a standalone zh page with captions, scoped headers and no external resources', () => {
    const html = renderAnnualReportHtml(computeAnnualReport(seeded))
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="zh-CN">')).toBe(true)
    expect(html).toContain('<title>示例市司法局2026年政府信息公开工作年度报告</title>')
    expect(html).toContain('@media print')
    expect(html).not.toMatch(/<(link|script|img|iframe)\b/)
    expect(html).not.toMatch(/(src|href)=|url\(|@import/)
    expect(html.match(/<table/g)).toHaveLength(6)
    expect(html.match(/<caption>/g)).toHaveLength(6)
    expect(html).toContain('<caption>三、收到和处理政府信息公开申请情况</caption>')
    expect(html).toContain('<caption>四、政府信息公开行政复议、行政诉讼情况</caption>')
    expect(html).not.toMatch(/<th(?=[\s>])(?![^>]*scope=)/)
    // a few seeded cells, in their rows
    expect(html).toContain('<tr><th scope="row">规章</th><td>3</td><td>1</td><td>4</td></tr>')
    expect(html).toContain('<tr><th scope="row">行政事业性收费</th><td>1.55</td></tr>')
    expect(html).toContain(
      '<tr><th scope="row" colspan="3">一、本年新收政府信息公开申请数量</th><td>4</td><td>2</td><td>2</td><td>1</td><td>1</td><td>1</td><td>11</td></tr>',
    )
    expect(html).toContain(
      '<th scope="row">3.危及“三安全一稳定”</th><td>0</td><td>0</td><td>0</td><td>0</td><td>0</td><td>1</td><td>1</td></tr>',
    )
    expect(html).toContain(
      '<tr><td>2</td><td>1</td><td>0</td><td>1</td><td>4</td><td>0</td><td>0</td><td>1</td><td>0</td><td>1</td><td>1</td><td>0</td><td>0</td><td>1</td><td>2</td></tr>',
    )
    expect(html).toContain('全部校验通过。')
  })

  it('prints a mismatch with both numbers', () => {
    const html = renderAnnualReportHtml(computeAnnualReport({ ...seeded, previous: wrongPrevious }))
    expect(html).toContain('有 2 项校验不一致')
    expect(html).toContain(
      '<li class="fail">不一致：总计：2025年报告结转下年度 4，本年上年结转 3</li>',
    )
    const csv = renderAnnualReportCsv(computeAnnualReport({ ...seeded, previous: wrongPrevious }))
    expect(csv).toContain('不一致,自然人：2025年报告结转下年度 2，本年上年结转 1\r\n')
  })

  it('escapes every text, including the department name', () => {
    const html = renderAnnualReportHtml(
      computeAnnualReport({ ...seeded, scope: { code: 'D01', name: '<b>&"' } }),
      { generatedAt: "<i>'" },
    )
    expect(html).toContain('<title>&lt;b&gt;&amp;&quot;2026年政府信息公开工作年度报告</title>')
    expect(html).toContain('<h1>&lt;b&gt;&amp;&quot;2026年')
    expect(html).toContain('生成时间：&lt;i&gt;&#39;')
    expect(html).not.toContain('<b>')
    expect(html).not.toContain('<i>')
  })

  it('writes CSV with a BOM, CRLF, section titles as rows and the seeded cells', () => {
    const csv = renderAnnualReportCsv(computeAnnualReport(seeded))
    expect(csv.startsWith('\uFEFF示例市司法局2026年政府信息公开工作年度报告\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    for (const title of [
      '二、主动公开政府信息情况',
      '三、收到和处理政府信息公开申请情况',
      '四、政府信息公开行政复议、行政诉讼情况',
      '数据校验',
    ])
      expect(lines).toContain(title)
    expect(lines).toContain('规章,3,1,4')
    expect(lines).toContain('行政规范性文件,1,1,2')
    expect(lines).toContain('行政许可,3')
    expect(lines).toContain('行政处罚,2')
    expect(lines).toContain('行政强制,1')
    expect(lines).toContain('行政事业性收费,1.55')
    expect(lines).toContain('二、上年结转政府信息公开申请数量,,,1,1,0,0,1,0,3')
    expect(lines).toContain('三、本年度办理结果,（一）予以公开,,2,0,0,0,0,0,2')
    expect(lines).toContain('三、本年度办理结果,（三）不予公开,1.属于国家秘密,0,1,0,0,0,0,1')
    expect(lines).toContain('三、本年度办理结果,（三）不予公开,3.危及“三安全一稳定”,0,0,0,0,0,1,1')
    expect(lines).toContain('三、本年度办理结果,（七）总计,,4,2,2,1,1,1,11')
    expect(lines).toContain('四、结转下年度继续办理,,,1,1,0,0,1,0,3')
    expect(lines).toContain('2,1,0,1,4,0,0,1,0,1,1,0,0,1,2')
    // the name is data in CSV, quoted when it needs to be
    const odd = renderAnnualReportCsv(
      computeAnnualReport({ ...seeded, scope: { code: 'D01', name: '<b>&"' } }),
    )
    expect(odd.startsWith('\uFEFF"<b>&""2026年政府信息公开工作年度报告"\r\n')).toBe(true)
  })
})

describe('renderPerformanceCsv', () => {
  it('writes one row per department, the total and the refused requests', () => {
    const calendar = new WorkingCalendar()
    const input = {
      calendar,
      period: { from: '2026-11-01', to: '2026-11-30' },
      disclosures: [
        { departmentCode: 'D01', kind: 'decision', start: '2026-11-02', publishedOn: '2026-11-11' },
        { departmentCode: 'D01', kind: 'decision', start: '2026-11-02', publishedOn: '2026-11-12' },
        {
          departmentCode: 'D01',
          kind: 'proactive',
          start: '2026-11-02',
          publishedOn: '2026-11-16',
        },
      ],
      requests: [
        {
          ref: 'Q-7',
          departmentCode: 'D02',
          events: [
            { type: 'received', date: '2026-11-02' },
            { type: 'consultation_ended', date: '2026-11-05' },
          ],
        },
      ],
    } as const
    const csv = renderPerformanceCsv(computePerformance(input))
    expect(csv).toBe(renderPerformanceCsv(computePerformance(input)))
    expect(csv.startsWith('\uFEFF政务公开绩效：2026-11-01至2026-11-30\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines).toContain('D01,2,1,0,66.7%,8,0,0,0,,0')
    expect(lines).toContain('D02,0,0,0,,,0,0,0,,0')
    expect(lines).toContain('合计,2,1,0,66.7%,8,0,0,0,,0')
    expect(lines).toContain('Q-7,D02,no consultation was started')
  })
})
