/**
 * Which handling events make sense for a request in a given status (plain; the admin offers these,
 * and src/clocks/clocks.ts still checks every sequence when one is recorded).
 */
import type { RequestStatus } from './model'

export type StaffEvent =
  | 'correction_requested'
  | 'correction_received'
  | 'consultation_started'
  | 'consultation_ended'
  | 'extended'
  | 'answered'
  | 'assigned'

export function availableEvents(
  status: RequestStatus | string | null | undefined,
  extensionDays = 0,
): StaffEvent[] {
  switch (status) {
    case 'awaiting_correction':
      return ['correction_received', 'answered', 'assigned']
    case 'in_consultation':
      return ['consultation_ended', 'answered', 'assigned']
    case 'received':
    case 'extended':
      return [
        'correction_requested',
        'consultation_started',
        ...(extensionDays > 0 ? [] : (['extended'] as const)),
        'answered',
        'assigned',
      ]
    default:
      return []
  }
}

/** The inputs each event asks for besides its date. */
export const EVENT_INPUTS: Record<
  StaffEvent,
  ReadonlyArray<
    'reason' | 'days' | 'approver' | 'outcome' | 'answer' | 'files' | 'department' | 'note'
  >
> = {
  correction_requested: ['reason'],
  correction_received: ['note'],
  consultation_started: ['reason'],
  consultation_ended: ['note'],
  extended: ['days', 'reason', 'approver'],
  answered: ['outcome', 'answer', 'files'],
  assigned: ['department', 'note'],
}
