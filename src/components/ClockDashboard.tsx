'use client'
/**
 * The statutory clocks on the admin dashboard: across the signed-in person's departments, what is
 * overdue, due soon or paused (disclosure requests; documents not yet published within their 20
 * or 7 working days), most urgent first, and today's unread reminders. Data from
 * GET /api/clocks/dashboard and the person's notifications.
 */
import { useConfig, useTranslation } from '@payloadcms/ui'
import React, { useEffect, useState } from 'react'

import { clockStateLabel } from '../clocks/states'

type Item = {
  kind: 'request' | 'proactive' | 'decision'
  collection: string
  id: string | number
  title: string
  dueDate: string | null
  state: string
  workingDaysLeft: number | null
  provisional: boolean
}
type Dashboard = { today: string; overdue: number; dueSoon: number; paused: number; items: Item[] }
type Notice = { id: string | number; title: string; body?: string | null }

const KIND: Record<Item['kind'], [string, string]> = {
  request: ['依申请公开', 'Disclosure request'],
  proactive: ['主动公开（20个工作日）', 'Proactive disclosure (20 working days)'],
  decision: ['双公示决定（7个工作日）', 'Decision (7 working days)'],
}

export function ClockDashboard() {
  const { config } = useConfig()
  const { i18n } = useTranslation()
  const zh = i18n.language !== 'en'
  const t = (pair: [string, string] | undefined, fallback = '') =>
    pair ? pair[zh ? 0 : 1] : fallback
  const [data, setData] = useState<Dashboard | null>(null)
  const [notices, setNotices] = useState<Notice[]>([])
  const api = `${config.serverURL ?? ''}${config.routes.api}`
  const admin = `${config.serverURL ?? ''}${config.routes.admin}`

  useEffect(() => {
    void fetch(`${api}/clocks/dashboard`, { credentials: 'include' })
      .then((res) => (res.ok ? res.json() : null))
      .then(setData)
      .catch(() => setData(null))
    void fetch(`${api}/notifications?where[readAt][exists]=false&sort=-createdAt&limit=5&depth=0`, {
      credentials: 'include',
    })
      .then((res) => (res.ok ? res.json() : { docs: [] }))
      .then((body) => setNotices(body.docs ?? []))
      .catch(() => setNotices([]))
  }, [api])

  if (!data) return null
  return (
    <section className="gk-inbox gk-clocks" aria-labelledby="gk-clocks-title">
      <h2 id="gk-clocks-title">
        {zh ? '法定时限' : 'Statutory clocks'}: {zh ? '逾期' : 'overdue'} {data.overdue} ·{' '}
        {zh ? '即将到期' : 'due soon'} {data.dueSoon} · {zh ? '中止' : 'paused'} {data.paused}
      </h2>
      {notices.length ? (
        <ul className="gk-clocks__notices">
          {notices.map((n) => (
            <li key={n.id}>
              <a href={`${admin}/collections/notifications/${n.id}`}>{n.title}</a>
            </li>
          ))}
        </ul>
      ) : null}
      {data.items.length === 0 ? (
        <p className="gk-inbox__empty">
          {zh ? '没有逾期或即将到期的事项' : 'Nothing is overdue or due soon'}
        </p>
      ) : (
        <table className="gk-inbox__table">
          <thead>
            <tr>
              <th scope="col">{zh ? '事项' : 'Item'}</th>
              <th scope="col">{zh ? '类别' : 'Clock'}</th>
              <th scope="col">{zh ? '期限' : 'Due'}</th>
              <th scope="col">{zh ? '状态' : 'State'}</th>
            </tr>
          </thead>
          <tbody>
            {data.items.map((item) => (
              <tr key={`${item.collection}:${item.id}`} data-state={item.state}>
                <td>
                  <a href={`${admin}/collections/${item.collection}/${item.id}`}>{item.title}</a>
                </td>
                <td>{t(KIND[item.kind])}</td>
                <td>
                  {item.dueDate ?? '—'}
                  {item.provisional
                    ? zh
                      ? '（节假日安排未公布，暂定）'
                      : ' (provisional: holidays not yet published)'
                    : ''}
                </td>
                <td>
                  {clockStateLabel(item.state, zh)}
                  {item.workingDaysLeft !== null &&
                  item.workingDaysLeft >= 0 &&
                  item.state !== 'paused'
                    ? zh
                      ? `（剩 ${item.workingDaysLeft} 个工作日）`
                      : ` (${item.workingDaysLeft} working days left)`
                    : ''}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  )
}
