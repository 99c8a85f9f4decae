/**
 * The daily reminders of the statutory clocks: each morning (China time) every member of staff
 * with something due soon or overdue gets one in-admin notification listing it (and an email
 * when an email adapter is configured). One digest per person and day: the notification's unique
 * `key` makes the job idempotent, so every server process may run it and a restart re-runs it
 * harmlessly. Requests with an assignee remind the assignee; everything else the department.
 */
import type { Payload } from 'payload'

import { chinaDate, type IsoDate } from './calendar'
import { dueItems, type DueItem } from './dashboard'
import { clockStateLabel } from './states'
import { recomputeOpenRequests } from '../requests/handling'
import type { Logger } from '../logger'
import { runPeriodically } from '../server/periodic'

const idOf = (v: any) => (v && typeof v === 'object' ? v.id : v)

const KIND_ZH: Record<DueItem['kind'], string> = {
  request: '依申请公开',
  proactive: '主动公开',
  decision: '双公示决定',
}

/** The digest text of one person's items (plain). */
export function digestOf(items: readonly DueItem[]): {
  title: string
  body: string
  kind: 'clock_overdue' | 'clock_due_soon'
} {
  const overdue = items.filter((i) => i.state === 'overdue').length
  const dueSoon = items.filter((i) => i.state === 'due_soon').length
  const parts = [
    overdue ? `${overdue} 项已逾期` : '',
    dueSoon ? `${dueSoon} 项即将到期` : '',
  ].filter(Boolean)
  const lines = items.map(
    (i) =>
      `【${clockStateLabel(i.state, true)}】${KIND_ZH[i.kind]}：${i.title}，期限 ${i.dueDate ?? '—'}` +
      (i.workingDaysLeft !== null && i.workingDaysLeft >= 0
        ? `（剩 ${i.workingDaysLeft} 个工作日）`
        : ''),
  )
  return {
    title: `法定时限提醒：${parts.join('，')}`,
    body: lines.join('\n'),
    kind: overdue ? 'clock_overdue' : 'clock_due_soon',
  }
}

export async function sendReminders(
  payload: Payload,
  options: { today?: IsoDate; logger?: Logger } = {},
): Promise<{ notified: number; emailed: number; items: number }> {
  const today = options.today ?? chinaDate(new Date())
  await recomputeOpenRequests(payload)
  const { docs: departments } = await payload.find({
    collection: 'departments',
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const items = (
    await dueItems(
      payload,
      departments.map((d) => d.id),
      { today },
    )
  ).filter((i) => i.state === 'overdue' || i.state === 'due_soon')
  if (!items.length) return { notified: 0, emailed: 0, items: 0 }
  const touched = [...new Set(items.map((i) => String(i.department)))]
  const { docs: users } = await payload.find({
    collection: 'users',
    where: { 'memberships.department': { in: touched } },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  const emailOn = Boolean((payload as any).email && (payload as any).email.name !== 'console')
  let notified = 0
  let emailed = 0
  for (const user of users as any[]) {
    if (user.disabled) continue
    const mine = new Set(((user.memberships ?? []) as any[]).map((m) => String(idOf(m.department))))
    const theirs = items.filter((i) =>
      i.assignee !== undefined && i.assignee !== null
        ? String(i.assignee) === String(user.id)
        : mine.has(String(i.department)),
    )
    if (!theirs.length) continue
    const key = `clock-digest:${user.id}:${today}`
    const existing = await payload.find({
      collection: 'notifications',
      where: { key: { equals: key } },
      depth: 0,
      limit: 1,
      overrideAccess: true,
      showHiddenFields: true,
    })
    if (existing.docs.length) continue
    const digest = digestOf(theirs)
    let created: any
    try {
      created = await payload.create({
        collection: 'notifications',
        data: {
          user: user.id,
          department: theirs[0]!.department,
          kind: digest.kind,
          title: digest.title,
          body: digest.body,
          link: '/admin',
          key,
        } as any,
        overrideAccess: true,
        depth: 0,
      })
    } catch (error) {
      // Another process wrote today's digest first (the key is unique): nothing to do.
      options.logger?.debug({ err: error, key }, 'reminder already written')
      continue
    }
    notified++
    if (emailOn && user.email) {
      try {
        await payload.sendEmail({ to: user.email, subject: digest.title, text: `${digest.body}\n` })
        await payload.update({
          collection: 'notifications',
          id: created.id,
          data: { emailedAt: new Date().toISOString() } as any,
          overrideAccess: true,
          depth: 0,
        })
        emailed++
      } catch (error) {
        options.logger?.warn({ err: error, user: user.id }, 'reminder email not sent')
      }
    }
  }
  return { notified, emailed, items: items.length }
}

/** Runs the reminders now and then every `everyMs` (each run is idempotent per person and day). */
export function startReminders(
  payload: Payload,
  options: { everyMs: number; logger?: Logger },
): () => Promise<void> {
  return runPeriodically(
    async () => {
      const result = await sendReminders(payload, { logger: options.logger })
      if (result.notified) options.logger?.info(result, 'clock reminders sent')
    },
    {
      everyMs: options.everyMs,
      firstMs: 5_000,
      logger: options.logger,
      failure: 'clock reminders failed',
    },
  )
}
