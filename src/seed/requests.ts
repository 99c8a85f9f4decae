/**
 * A disclosure request with its handling, created through the Local API the way the collection
 * stores one: created with its receipt date (the intake hook adds the `received` event and the
 * clock), then the later events appended and the outcome set, as the events endpoint would. Used
 * by the demo seed and by the report's tests.
 */
import type { Payload } from 'payload'

import type { IsoDate } from '../clocks/calendar'
import { residentIdCheckChar } from '../domain/resident-id'
import type { ApplicantType } from '../requests/model'

export interface SeedRequest {
  department: number | string
  applicantType: ApplicantType
  receivedOn: IsoDate
  /** Handling events after receipt (not the answer), in order. */
  events?: Array<{ type: string; date: IsoDate; days?: number; reason?: string; approver?: string }>
  answer?: { on: IsoDate; outcome: string; reason?: string | null }
  /** Distinguishes the applicant (name, ID number); deterministic. */
  n?: number
  description?: string
  /** A fixed tracking code (the demo's, so every run gives the same); by default a random one. */
  trackingCode?: string
}

function applicantOf(type: ApplicantType, n: number) {
  const contact = { email: `applicant${n}@example.com` }
  if (type === 'natural_person') {
    const first17 = `33010219900307${String(100 + (n % 900)).padStart(3, '0')}`
    return {
      type,
      name: `申请人${n}`,
      idType: 'resident_id',
      idNumber: first17 + residentIdCheckChar(first17),
      ...contact,
    }
  }
  return { type, name: `申请单位${n}`, organizationCode: '91330100MA2B3C4D5E', ...contact }
}

export async function seedRequest(payload: Payload, r: SeedRequest): Promise<any> {
  const n = r.n ?? 1
  const created: any = await payload.create({
    collection: 'disclosure-requests',
    data: {
      department: r.department,
      ...(r.trackingCode ? { trackingCode: r.trackingCode } : {}),
      receivedVia: 'post',
      receivedOn: r.receivedOn,
      applicant: applicantOf(r.applicantType, n),
      request: { description: r.description ?? `请公开第${n}号申请所述的政府信息。` },
    } as any,
    depth: 0,
    overrideAccess: true,
  })
  const later = [
    ...(r.events ?? []),
    ...(r.answer ? [{ type: 'answered', date: r.answer.on }] : []),
  ]
  if (later.length === 0) return created
  const events = [
    ...(created.events ?? []).map(({ id: _id, ...e }: any) => e),
    ...later.map((e) => ({ ...e, at: `${e.date}T02:00:00.000Z` })),
  ]
  return payload.update({
    collection: 'disclosure-requests',
    id: created.id,
    data: {
      events,
      ...(r.answer
        ? {
            outcome: r.answer.outcome,
            outcomeReason: r.answer.reason ? `${r.answer.outcome}.${r.answer.reason}` : null,
            answer: '已依法答复。',
          }
        : {}),
    } as any,
    depth: 0,
    overrideAccess: true,
  })
}
