/**
 * The calendar as the database holds it: the official data plus the `calendar-entries` collection,
 * cached per process for a minute (another process's change is seen within that minute; a change
 * in this process at once), and the hook that recomputes open clocks when an entry changes.
 */
import type {
  CollectionAfterChangeHook,
  CollectionAfterDeleteHook,
  Payload,
  PayloadRequest,
} from 'payload'

import { WorkingCalendar, type CalendarEntry } from './calendar'

const TTL_MS = 60_000
let cached: { calendar: WorkingCalendar; at: number } | undefined

export async function loadCalendar(
  payload: Payload,
  req?: PayloadRequest,
): Promise<WorkingCalendar> {
  if (cached && Date.now() - cached.at < TTL_MS && !req?.context?.calendarChanged)
    return cached.calendar
  const { docs } = await payload.find({
    collection: 'calendar-entries',
    pagination: false,
    depth: 0,
    overrideAccess: true,
    ...(req ? { req } : {}),
  })
  const entries: CalendarEntry[] = docs.map((d: any) => ({
    date: d.date,
    working: Boolean(d.working),
    name: d.name ?? undefined,
  }))
  const calendar = new WorkingCalendar(entries)
  cached = { calendar, at: Date.now() }
  return calendar
}

export function forgetCalendar(): void {
  cached = undefined
}

async function recompute(req: PayloadRequest): Promise<void> {
  forgetCalendar()
  req.context.calendarChanged = true
  const { recomputeOpenRequests } = await import('../requests/handling')
  await recomputeOpenRequests(req.payload, req)
}

export const calendarChanged: CollectionAfterChangeHook & CollectionAfterDeleteHook = (async ({
  req,
  doc,
}: any) => {
  await recompute(req)
  return doc
}) as any
