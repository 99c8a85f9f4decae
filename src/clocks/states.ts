/**
 * The states of a statutory clock and their labels, in one place for the collection's options,
 * the handling sidebar, the clock dashboard and the reminders, so they cannot drift apart.
 * Imports nothing: client components import it directly (clocks.ts re-exports it, but clocks.ts
 * reaches calendar.ts, which loads the holiday data through node:module).
 */
export type ClockState = 'on_time' | 'due_soon' | 'overdue' | 'met_on_time' | 'met_late' | 'paused'

export const CLOCK_STATES: readonly ClockState[] = [
  'on_time',
  'due_soon',
  'overdue',
  'met_on_time',
  'met_late',
  'paused',
]

/** [Chinese, English] label of each clock state. */
export const CLOCK_STATE_LABELS: Readonly<Record<ClockState, readonly [zh: string, en: string]>> = {
  on_time: ['正常', 'On time'],
  due_soon: ['即将到期', 'Due soon'],
  overdue: ['已逾期', 'Overdue'],
  met_on_time: ['按期办结', 'Met on time'],
  met_late: ['逾期办结', 'Met late'],
  paused: ['计时中止', 'Paused'],
}

/** The label of a stored state; an unknown value is shown as it is. */
export function clockStateLabel(state: string, zh: boolean): string {
  const pair = (CLOCK_STATE_LABELS as Record<string, readonly [string, string] | undefined>)[state]
  return pair ? pair[zh ? 0 : 1] : state
}
