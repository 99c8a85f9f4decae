/**
 * The portal's published annual reports (政府信息公开工作年度报告): `/reports` lists them, newest year
 * first; `/reports/{id}` shows one report's frozen tables (rendered by src/report/render.ts), with
 * its printable page (`/reports/{id}/print`) and CSV (`/reports/{id}/csv`). Only reports with a
 * publication time are public; anything else is a 404, the same as an id that does not exist.
 */
import type { Request, Response, Router } from 'express'
import type { Payload } from 'payload'
import type { ReactNode } from 'react'

import type { AnnualReport } from '../report/annual'
import {
  renderAnnualReportBody,
  renderAnnualReportCsv,
  renderAnnualReportHtml,
} from '../report/render'
import { dateOnly, type Locale } from './i18n'
import { Html, type PageFrame } from './layout'
import { href } from './links'
import { PortalLocaleQuery } from './params'

type Send = (
  req: Request,
  res: Response,
  status: number,
  frame: Omit<PageFrame, 'switchHref'>,
  body: ReactNode,
) => void

export interface ReportPageHelpers {
  send: Send
  notFound: (req: Request, res: Response, locale?: Locale) => void
  parse: (
    req: Request,
    res: Response,
    schema: typeof PortalLocaleQuery,
  ) => { locale: Locale } | null
}

const words = {
  reports: ['政府信息公开工作年度报告', 'Annual transparency reports'],
  none: ['尚无已发布的年度报告。', 'No annual report has been published yet.'],
  year: ['年度', 'Year'],
  publishedAt: ['发布时间', 'Published'],
  print: ['打印版', 'Printable version'],
  csv: ['下载 CSV', 'Download CSV'],
  back: ['全部年度报告', 'All annual reports'],
  government: ['本级政府', 'Whole government'],
} as const
const w = (locale: Locale, key: keyof typeof words) => words[key][locale === 'en' ? 1 : 0]

/** The footer's link to the list. */
export const reportsLink = (locale: Locale) => ({
  href: href('/reports', locale),
  text: w(locale, 'reports'),
})

const ID = /^(\d{1,18}|[0-9a-f]{24})$/

async function publishedById(payload: Payload, id: string): Promise<any | null> {
  if (!ID.test(id)) return null
  const { docs } = await payload.find({
    collection: 'annual-reports',
    where: { and: [{ id: { equals: id } }, { publishedAt: { exists: true } }] },
    depth: 0,
    limit: 1,
    overrideAccess: true,
  })
  const doc: any = docs[0]
  return doc && doc.tables?.requests ? doc : null
}

function ReportList({ locale, items }: { locale: Locale; items: any[] }) {
  return (
    <>
      <h1>{w(locale, 'reports')}</h1>
      {items.length === 0 ? (
        <p>{w(locale, 'none')}</p>
      ) : (
        <ul className="report-list">
          {items.map((r) => (
            <li key={String(r.id)}>
              <a href={href(`/reports/${r.id}`, locale)}>{r.title}</a>{' '}
              <small>
                {w(locale, 'publishedAt')}：{dateOnly(r.publishedAt)}
              </small>
            </li>
          ))}
        </ul>
      )}
    </>
  )
}

function ReportView({ locale, doc }: { locale: Locale; doc: any }) {
  const report = doc.tables as AnnualReport
  return (
    <article className="annual-report">
      <p>
        <a href={href('/reports', locale)}>{w(locale, 'back')}</a>
      </p>
      <h1>{doc.title}</h1>
      <p>
        统计期限：{report.year}年1月1日至{report.year}年12月31日；{w(locale, 'publishedAt')}：
        {dateOnly(doc.publishedAt)}
      </p>
      <p>
        <a href={`/reports/${doc.id}/print`}>{w(locale, 'print')}</a>
        {' · '}
        <a href={`/reports/${doc.id}/csv`}>{w(locale, 'csv')}</a>
      </p>
      <Html html={renderAnnualReportBody(report)} />
    </article>
  )
}

/** Adds the report pages to the portal's router. */
export function registerReportPages(router: Router, payload: Payload, h: ReportPageHelpers) {
  router.get('/reports', async (req, res) => {
    const q = h.parse(req, res, PortalLocaleQuery)
    if (!q) return
    const { docs } = await payload.find({
      collection: 'annual-reports',
      where: { publishedAt: { exists: true } },
      sort: ['-year', 'title'],
      select: { title: true, year: true, publishedAt: true },
      depth: 0,
      limit: 500,
      overrideAccess: true,
    } as any)
    h.send(
      req,
      res,
      200,
      { locale: q.locale, title: w(q.locale, 'reports') },
      ReportList({ locale: q.locale, items: docs }),
    )
  })

  router.get('/reports/:id', async (req, res) => {
    const q = h.parse(req, res, PortalLocaleQuery)
    if (!q) return
    const doc = await publishedById(payload, req.params.id!)
    if (!doc) return h.notFound(req, res, q.locale)
    h.send(
      req,
      res,
      200,
      { locale: q.locale, title: doc.title },
      ReportView({ locale: q.locale, doc }),
    )
  })

  const raw = (type: string, disposition?: string) => (res: Response, body: string) => {
    res
      .status(200)
      .set('content-type', type)
      .set('cache-control', 'public, max-age=300')
      .set('x-content-type-options', 'nosniff')
      // The printable page carries its own inline print stylesheet, and nothing else.
      .set(
        'content-security-policy',
        "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'self'",
      )
    if (disposition) res.set('content-disposition', disposition)
    res.send(body)
  }

  router.get('/reports/:id/print', async (req, res) => {
    const doc = await publishedById(payload, req.params.id!)
    if (!doc) return h.notFound(req, res)
    raw('text/html; charset=utf-8')(res, renderAnnualReportHtml(doc.tables as AnnualReport))
  })

  router.get('/reports/:id/csv', async (req, res) => {
    const doc = await publishedById(payload, req.params.id!)
    if (!doc) return h.notFound(req, res)
    const name = `annual-report-${doc.year}-${doc.id}.csv`
    raw('text/csv; charset=utf-8', `attachment; filename="${name}"`)(
      res,
      renderAnnualReportCsv(doc.tables as AnnualReport),
    )
  })
}
