/**
 * GET /api/v1/feeds/documents.atom and .rss: the newest 50 published documents, with the filters
 * of /documents (public-api.md). Paging, sorting and field selection do not apply: a 400.
 */
import express, { type Request, type Response, type Router } from 'express'
import { Feed } from 'feed'
import type { Payload } from 'payload'

import { DocumentListQuery, departmentsOf, presentSummary, where } from './documents'
import { sendBody } from './http'
import { documentPageUrl, publicOrigin } from './origin'
import { parseQuery } from './params'
import { invalidParameters, sendProblem } from './problem'

export const FEED_SIZE = 50

/** XML 1.0 cannot carry most control characters, even escaped. */
const xmlSafe = (text: string) =>
  // eslint-disable-next-line no-control-regex
  text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')

const escapeHtml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&#39;')

export const FeedQuery = DocumentListQuery.omit({
  sort: true,
  page: true,
  pageSize: true,
  fields: true,
})

const TITLE = { zh: '政府信息公开：最新文件', en: 'Government information: latest documents' }
const DESCRIPTION = {
  zh: '最新发布的政府信息公开文件',
  en: 'The latest published government documents',
}

const FORMATS = {
  atom: { contentType: 'application/atom+xml; charset=utf-8', render: (f: Feed) => f.atom1() },
  rss: { contentType: 'application/rss+xml; charset=utf-8', render: (f: Feed) => f.rss2() },
} as const

async function sendFeed(payload: Payload, req: Request, res: Response, format: 'atom' | 'rss') {
  const parsed = parseQuery(FeedQuery, req.query as Record<string, unknown>)
  if (!parsed.ok) return sendProblem(res, invalidParameters(parsed.errors))
  const q = parsed.value
  if (q.from && q.to && q.from > q.to)
    return sendProblem(
      res,
      invalidParameters([{ parameter: 'to', message: 'must not be before from' }]),
    )
  const departments = await departmentsOf(payload)
  const filter = where(q, departments, new Date())
  if (!filter)
    return sendProblem(
      res,
      invalidParameters([{ parameter: 'docNumber', message: 'is not a document number' }]),
    )
  const { docs } = await payload.find({
    collection: 'public-documents',
    where: filter,
    sort: ['-publishedAt', '-uid'],
    limit: FEED_SIZE,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const byId = new Map(departments.map((d) => [String(d.id), d]))
  const origin = publicOrigin(req, payload)
  const search = req.originalUrl.includes('?')
    ? req.originalUrl.slice(req.originalUrl.indexOf('?'))
    : ''
  const self = (ext: string) => `${origin}/api/v1/feeds/documents.${ext}${search}`
  // The newest change among the entries: a feed's updated time, stable between identical answers.
  const updated = docs.reduce<Date>((max, row: any) => {
    const t = new Date(row.publicUpdatedAt ?? row.publishedAt ?? 0)
    return t > max ? t : max
  }, new Date(0))
  const lastModified = docs.reduce<Date | null>((max, row: any) => {
    const t = row.updatedAt ? new Date(row.updatedAt) : null
    return t && (!max || t > max) ? t : max
  }, null)
  const feed = new Feed({
    id: self(format),
    title: TITLE[q.locale],
    description: DESCRIPTION[q.locale],
    link: `${origin}/`,
    language: q.locale === 'en' ? 'en' : 'zh-CN',
    updated,
    generator: 'Gongkai',
    feedLinks: { atom: self('atom'), rss: self('rss') },
    // Atom needs an author on the feed when an entry has none.
    author: { name: TITLE[q.locale] },
  })
  for (const row of docs as any[]) {
    const summary = presentSummary(row, q.locale, byId)
    const title = xmlSafe(summary.title ?? '')
    const description = summary.summary ? escapeHtml(xmlSafe(summary.summary)) : undefined
    feed.addItem({
      id: `urn:uuid:${row.uid}`,
      guid: `urn:uuid:${row.uid}`,
      // Atom's title is declared type="html" by the library; RSS titles are plain text.
      title: format === 'atom' ? escapeHtml(title) : title.replaceAll(']]>', ']] >'),
      link: documentPageUrl(origin, row.uid),
      date: new Date(row.publicUpdatedAt ?? row.publishedAt),
      // RSS has one date (pubDate): the library fills it from `published` when given.
      published: format === 'atom' && row.publishedAt ? new Date(row.publishedAt) : undefined,
      description,
      // RSS wants an e-mail address in <author>; Atom a name.
      author:
        format === 'atom' && summary.department
          ? [{ name: xmlSafe(summary.department.name) }]
          : undefined,
      category: [{ name: row.type, term: row.type }],
    })
  }
  const { contentType, render } = FORMATS[format]
  sendBody(req, res, render(feed), contentType, { lastModified })
}

export function feedRoutes(payload: Payload): Router {
  const router = express.Router()
  router.get('/feeds/documents.atom', (req, res) => sendFeed(payload, req, res, 'atom'))
  router.get('/feeds/documents.rss', (req, res) => sendFeed(payload, req, res, 'rss'))
  return router
}
