/**
 * Which documents run a statutory clock, from which date (plain): policies and regulations must
 * be disclosed within 20 working days of being formed (成文日期, 条例 Art. 26), licensing and
 * penalty decisions within 7 of the decision date (双公示). The clock is met on the day of first
 * publication.
 */
import { chinaDate, type WorkingCalendar, type IsoDate } from './calendar'
import { simpleClock, type Clock } from './clocks'

export const CLOCKED = [
  { collection: 'policies', kind: 'proactive', start: 'signedDate' },
  { collection: 'regulations', kind: 'proactive', start: 'signedDate' },
  { collection: 'licensing-decisions', kind: 'decision', start: 'decisionDate' },
  { collection: 'penalty-decisions', kind: 'decision', start: 'decisionDate' },
] as const

export type ClockedCollection = (typeof CLOCKED)[number]['collection']

export function clockSpec(collection: string) {
  return CLOCKED.find((c) => c.collection === collection)
}

/** The document's clock, or null when it has no start date (a policy without 成文日期). */
export function documentClock(
  collection: string,
  doc: Record<string, any>,
  calendar: WorkingCalendar,
  today: IsoDate,
): Clock | null {
  const spec = clockSpec(collection)
  const start = spec ? doc[spec.start] : null
  if (!spec || !start) return null
  return simpleClock(
    calendar,
    {
      kind: spec.kind,
      start: chinaDate(start),
      metOn: doc.publishedAt ? chinaDate(doc.publishedAt) : null,
    },
    today,
  )
}
