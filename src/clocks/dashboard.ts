/**
 * What is due soon and overdue across all clocks, per department (the admin's clock dashboard and
 * the daily reminders): open disclosure requests, and documents not yet published whose
 * disclosure clock runs. Read through the Local API, bounded per collection.
 */
import type { Payload, PayloadRequest } from 'payload'

import { departmentIdsOf } from '../access/predicates'
import { chinaDate, type IsoDate } from './calendar'
import { clockFields } from '../requests/handling'
import { CLOCKED, documentClock } from './documents'
import { loadCalendar } from './store'

export const DASHBOARD_LIMIT = 500

export interface DueItem {
  kind: 'request' | 'proactive' | 'decision'
  collection: string
  id: string | number
  title: string
  department: string | number
  dueDate: string | null
  state: string
  workingDaysLeft: number | null
  provisional: boolean
  assignee?: string | number | null
}

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

/** Due-soon, overdue and paused clocks of the given departments, most urgent first. */
export async function dueItems(
  payload: Payload,
  departments: ReadonlyArray<string | number>,
  options: { today?: IsoDate; req?: PayloadRequest } = {},
): Promise<DueItem[]> {
  if (!departments.length) return []
  const today = options.today ?? chinaDate(new Date())
  const calendar = await loadCalendar(payload, options.req)
  const items: DueItem[] = []
  const requests = await payload.find({
    collection: 'disclosure-requests',
    where: {
      and: [{ department: { in: [...departments] } }, { status: { not_equals: 'answered' } }],
    },
    depth: 0,
    limit: DASHBOARD_LIMIT,
    sort: 'dueDate',
    overrideAccess: true,
    ...(options.req ? { req: options.req } : {}),
  })
  for (const doc of requests.docs as any[]) {
    const clock = clockFields(doc.events ?? [], calendar, today)
    if (clock.clockState === 'on_time') continue
    items.push({
      kind: 'request',
      collection: 'disclosure-requests',
      id: doc.id,
      title: doc.trackingCode,
      department: idOf(doc.department),
      dueDate: clock.dueDate,
      state: clock.clockState,
      workingDaysLeft: clock.dueDate ? calendar.workingDaysBetween(today, clock.dueDate) : null,
      provisional: clock.provisional,
      assignee: idOf(doc.assignee) ?? null,
    })
  }
  for (const spec of CLOCKED) {
    const { docs } = await payload.find({
      collection: spec.collection,
      where: {
        and: [
          { department: { in: [...departments] } },
          { publishedAt: { exists: false } },
          { [spec.start]: { exists: true } },
        ],
      },
      draft: true,
      depth: 0,
      limit: DASHBOARD_LIMIT,
      sort: spec.start,
      overrideAccess: true,
      ...(options.req ? { req: options.req } : {}),
    })
    for (const doc of docs as any[]) {
      const clock = documentClock(spec.collection, doc, calendar, today)
      if (!clock || (clock.state !== 'due_soon' && clock.state !== 'overdue')) continue
      items.push({
        kind: spec.kind,
        collection: spec.collection,
        id: doc.id,
        title: doc.title ?? String(doc.id),
        department: idOf(doc.department),
        dueDate: clock.dueDate,
        state: clock.state,
        workingDaysLeft: clock.workingDaysLeft,
        provisional: clock.provisional,
      })
    }
  }
  const rank = (s: string) => (s === 'overdue' ? 0 : s === 'due_soon' ? 1 : 2)
  return items.sort(
    (a, b) =>
      rank(a.state) - rank(b.state) ||
      String(a.dueDate ?? '9').localeCompare(String(b.dueDate ?? '9')),
  )
}

/** The dashboard of a signed-in member of staff: their departments' items. */
export async function dashboardFor(payload: Payload, user: any, today?: IsoDate) {
  const departments = departmentIdsOf(user)
  const items = await dueItems(payload, departments, { today })
  const count = (state: string) => items.filter((i) => i.state === state).length
  return {
    today: today ?? chinaDate(new Date()),
    overdue: count('overdue'),
    dueSoon: count('due_soon'),
    paused: count('paused'),
    items,
  }
}
