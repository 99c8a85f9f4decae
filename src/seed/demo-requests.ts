/**
 * Demo disclosure requests and review cases, so the demo's annual report (2025) and its
 * carried-over check (2026) have numbers: requests of several applicant types received from the
 * end of 2024 to 2026, answered with several outcomes, some carried into the next year, and a few
 * still open. Fixed dates, so every run seeds the same; a date after the day the seed runs is left
 * out (a receipt) or left unanswered (an answer), because the clock refuses future dates.
 */
import type { Payload } from 'payload'

import { chinaDate, dayNumber } from '../clocks/calendar'
import type { ApplicantType } from '../requests/model'
import { seedRequest, type SeedRequest } from './requests'

type Row = [
  department: string,
  applicantType: ApplicantType,
  receivedOn: string,
  answer: [on: string, outcome: string, reason?: string] | null,
  events?: SeedRequest['events'],
]

const MARKET = '002489634'
const ECOLOGY = '002489642'

export const DEMO_REQUESTS: Row[] = [
  [MARKET, 'natural_person', '2024-12-16', ['2025-01-10', 'disclosed']],
  [MARKET, 'business', '2024-12-23', ['2025-01-17', 'refused', 'third_party_rights']],
  [MARKET, 'natural_person', '2025-02-10', ['2025-02-28', 'disclosed']],
  [MARKET, 'business', '2025-03-05', ['2025-03-26', 'partly_disclosed']],
  [MARKET, 'natural_person', '2025-03-18', ['2025-04-08', 'unable', 'not_held']],
  [MARKET, 'research', '2025-04-22', ['2025-05-13', 'disclosed']],
  [MARKET, 'natural_person', '2025-05-09', ['2025-05-29', 'refused', 'third_party_rights']],
  [MARKET, 'legal_services', '2025-06-16', ['2025-07-04', 'refused', 'process_information']],
  [
    MARKET,
    'natural_person',
    '2025-07-07',
    ['2025-08-05', 'disclosed'],
    [
      { type: 'correction_requested', date: '2025-07-09', reason: '请明确所需信息的时间范围' },
      { type: 'correction_received', date: '2025-07-15' },
    ],
  ],
  [MARKET, 'nonprofit', '2025-08-20', ['2025-09-10', 'not_processed', 'petition']],
  [MARKET, 'natural_person', '2025-09-15', ['2025-10-20', 'unable', 'needs_creation']],
  [MARKET, 'business', '2025-11-03', ['2025-11-21', 'disclosed']],
  [MARKET, 'natural_person', '2025-12-08', ['2026-01-06', 'disclosed']],
  [MARKET, 'other', '2025-12-19', ['2026-01-16', 'other', 'other']],
  [MARKET, 'natural_person', '2026-01-12', ['2026-01-30', 'disclosed']],
  [MARKET, 'business', '2026-03-02', ['2026-03-20', 'partly_disclosed']],
  [MARKET, 'natural_person', '2026-04-15', ['2026-05-08', 'disclosed']],
  [MARKET, 'natural_person', '2026-09-01', ['2026-09-25', 'refused', 'internal_affairs']],
  [MARKET, 'natural_person', '2026-11-10', null],
  [MARKET, 'research', '2026-11-16', null],
  [ECOLOGY, 'natural_person', '2025-06-10', ['2025-06-27', 'disclosed']],
  [ECOLOGY, 'business', '2026-10-12', null],
]

/** The demo's published annual report: the market regulator's 2025 report. */
export const DEMO_REPORT = {
  department: MARKET,
  year: 2025,
  manual: { coercion: 4, feesWan: 12.35 },
  publishedAt: '2026-01-20T02:00:00.000Z',
} as const

export const DEMO_REVIEW_CASES = [
  {
    department: MARKET,
    caseNumber: '临政复〔2025〕12号',
    kind: 'review',
    result: 'upheld',
    year: 2025,
  },
  {
    department: MARKET,
    caseNumber: '临政复〔2025〕31号',
    kind: 'review',
    result: 'corrected',
    year: 2025,
  },
  {
    department: MARKET,
    caseNumber: '（2025）浙0102行初45号',
    kind: 'litigation_direct',
    result: 'upheld',
    year: 2025,
  },
  {
    department: MARKET,
    caseNumber: '临政复〔2026〕7号',
    kind: 'review',
    result: 'pending',
    year: 2026,
  },
] as const

/** 2025-DEMOA-22223: readable, in the alphabet of real codes, the same on every run. */
export function demoTrackingCode(receivedOn: string, n: number): string {
  const alphabet = '23456789ABCDEFGHJKMNPQRSTUVWXYZ'
  let code = ''
  for (let rest = n, i = 0; i < 5; i++, rest = Math.floor(rest / alphabet.length))
    code = alphabet[rest % alphabet.length] + code
  return `${receivedOn.slice(0, 4)}-DEMQA-${code}`
}

/** Creates the demo requests and review cases; returns how many of each. */
export async function seedDemoRequests(
  payload: Payload,
  departments: Map<string, number | string>,
  today = chinaDate(new Date()),
): Promise<{ requests: number; reviews: number }> {
  const notAfterToday = (date: string) => dayNumber(date) <= dayNumber(today)
  let requests = 0
  for (const [i, [code, applicantType, receivedOn, answer, events]] of DEMO_REQUESTS.entries()) {
    if (!notAfterToday(receivedOn)) continue
    const answered = answer && notAfterToday(answer[0]) ? answer : null
    await seedRequest(payload, {
      department: departments.get(code)!,
      applicantType,
      receivedOn,
      n: i + 1,
      trackingCode: demoTrackingCode(receivedOn, i + 1),
      events: answered ? events : (events ?? []).filter((e) => notAfterToday(e.date)),
      ...(answered
        ? { answer: { on: answered[0], outcome: answered[1], reason: answered[2] ?? null } }
        : {}),
    })
    requests++
  }
  for (const c of DEMO_REVIEW_CASES) {
    await payload.create({
      collection: 'review-cases',
      data: { ...c, department: departments.get(c.department) } as any,
      overrideAccess: true,
    })
  }
  return { requests, reviews: DEMO_REVIEW_CASES.length }
}
