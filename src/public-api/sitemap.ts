/**
 * GET /sitemap.xml and /sitemaps/documents-<n>.xml (sitemaps.org): the public pages of published
 * documents, split into files of at most 50,000 URLs, in a stable order (publishedAt, then uid) so
 * a URL stays in its file while nothing is published before it.
 */
import express, { type Router } from 'express'
import type { Payload, Where } from 'payload'

import { where } from './documents'
import { sendBody } from './http'
import { documentPageUrl, publicOrigin } from './origin'
import { notFound, sendProblem } from './problem'

const XML = 'application/xml; charset=utf-8'
const NS = 'http://www.sitemaps.org/schemas/sitemap/0.9'

const escapeXml = (text: string) =>
  text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;')

const published = (): Where => where({ locale: 'zh' }, [], new Date())!

export type SitemapOptions = {
  /** URLs per sitemap file; the protocol's maximum by default. */
  urlsPerFile?: number
}

export function sitemapRoutes(
  payload: Payload,
  { urlsPerFile = 50_000 }: SitemapOptions = {},
): Router {
  const router = express.Router()

  router.get('/sitemap.xml', async (req, res) => {
    const { totalDocs } = await payload.count({
      collection: 'public-documents',
      where: published(),
      overrideAccess: true,
    })
    const files = Math.max(1, Math.ceil(totalDocs / urlsPerFile))
    const origin = publicOrigin(req, payload)
    const entries = Array.from(
      { length: files },
      (_, i) =>
        `  <sitemap><loc>${escapeXml(`${origin}/sitemaps/documents-${i + 1}.xml`)}</loc></sitemap>`,
    )
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<sitemapindex xmlns="${NS}">\n${entries.join('\n')}\n</sitemapindex>\n`
    sendBody(req, res, body, XML)
  })

  router.get('/sitemaps/:file', async (req, res) => {
    const n = /^documents-([1-9]\d{0,6})\.xml$/.exec(req.params.file)?.[1]
    if (!n) return sendProblem(res, notFound(`No sitemap ${req.params.file}`))
    const page = Number(n)
    const { docs, totalDocs } = await payload.find({
      collection: 'public-documents',
      where: published(),
      sort: ['publishedAt', 'uid'],
      limit: urlsPerFile,
      page,
      depth: 0,
      select: { uid: true, publicUpdatedAt: true, publishedAt: true, updatedAt: true },
      overrideAccess: true,
    })
    // The first file always exists (empty while nothing is published), as the index lists it.
    if (!docs.length && page > Math.max(1, Math.ceil(totalDocs / urlsPerFile)))
      return sendProblem(res, notFound(`No sitemap ${req.params.file}`))
    const origin = publicOrigin(req, payload)
    let lastModified: Date | null = null
    const urls = (docs as any[]).map((row) => {
      const t = row.updatedAt ? new Date(row.updatedAt) : null
      if (t && (!lastModified || t > lastModified)) lastModified = t
      const changed = row.publicUpdatedAt ?? row.publishedAt
      const lastmod = changed ? `<lastmod>${new Date(changed).toISOString()}</lastmod>` : ''
      return `  <url><loc>${escapeXml(documentPageUrl(origin, row.uid))}</loc>${lastmod}</url>`
    })
    const body = `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="${NS}">\n${urls.join('\n')}${urls.length ? '\n' : ''}</urlset>\n`
    sendBody(req, res, body, XML, { lastModified })
  })

  return router
}
