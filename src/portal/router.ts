/**
 * The public portal at the site root: `/`, `/search`, `/documents/{uid}`, `/departments/{code}`
 * and its stylesheet. Server-rendered HTML that works without JavaScript, Chinese by default and
 * English with `?locale=en`. It reads only through the public API's own functions (listDocuments,
 * documentDetail, departmentWithCounts, listDepartments) and the search service, so it can never
 * show what the API would not. No cookies; the API's cache policy and strong ETags.
 */
import express, { type Request, type Response, type Router } from 'express'
import type { Payload } from 'payload'
import type { ReactNode } from 'react'
import type { z } from 'zod'

import { documentDetail, UUID } from '../public-api/detail'
import { departmentsOf, listDocuments, listQuery } from '../public-api/documents'
import { CACHE_CONTROL, representation, sendRepresentation } from '../public-api/http'
import { departmentCode, parseQuery } from '../public-api/params'
import { text } from '../public-api/presenters'
import type { ParameterError } from '../public-api/problem'
import { departmentWithCounts, listDepartments } from '../public-api/reference'
import { DOCUMENT_TYPES } from '../public-api/schemas'
import { searchDocuments, SearchQueryError } from '../search/service'
import { DepartmentPage } from './department'
import { DocumentPage } from './document'
import { BadRequestPage, GonePage, NotFoundPage } from './errors'
import { HomePage } from './home'
import { type Locale, t, typeLabel } from './i18n'
import { type PageFrame, renderPage } from './layout'
import { PortalLocaleQuery, PortalSearchQuery } from './params'
import { registerReportPages } from './reports'
import { SearchPage, type SearchView } from './search'
import { CSS, CSS_PATH } from './style'

/** How many of the newest documents of each type the home and department pages show. */
export const LATEST_PER_TYPE = 5

/**
 * Only our stylesheet, same-origin images and files; no script at all. The bodies are sanitised
 * already; this is the second line of defence.
 */
const SECURITY_HEADERS = {
  'content-security-policy':
    "default-src 'none'; style-src 'self'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'self'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'strict-origin-when-cross-origin',
}

/** The locale asked for, for pages whose parameters failed to parse. */
const askedLocale = (req: Request): Locale => (req.query.locale === 'en' ? 'en' : 'zh')

/** The same URL in the other language. */
function switchHref(req: Request, locale: Locale): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(req.query))
    if (typeof value === 'string' && name !== 'locale') params.set(name, value)
  if (locale === 'zh') params.set('locale', 'en')
  const query = params.toString().replace(/%2C/g, ',')
  return `${req.path}${query ? `?${query}` : ''}`
}

function send(
  req: Request,
  res: Response,
  status: number,
  frame: Omit<PageFrame, 'switchHref'>,
  body: ReactNode,
) {
  const html = renderPage({ ...frame, switchHref: switchHref(req, frame.locale) }, body)
  res.set(SECURITY_HEADERS)
  if (status === 200)
    return sendRepresentation(req, res, representation(html, 'text/html; charset=utf-8'))
  res
    .status(status)
    .set('cache-control', CACHE_CONTROL)
    .set('content-type', 'text/html; charset=utf-8')
    .send(html)
}

function badRequest(req: Request, res: Response, errors: ParameterError[]) {
  const locale = askedLocale(req)
  send(
    req,
    res,
    400,
    { locale, title: t(locale, 'badRequest'), noindex: true },
    BadRequestPage({ locale, errors }),
  )
}

function notFound(req: Request, res: Response, locale: Locale = askedLocale(req)) {
  send(
    req,
    res,
    404,
    { locale, title: t(locale, 'notFound'), noindex: true },
    NotFoundPage({ locale }),
  )
}

function parse<S extends z.ZodObject>(req: Request, res: Response, schema: S) {
  const parsed = parseQuery(schema, req.query as Record<string, unknown>)
  if (!parsed.ok) {
    badRequest(req, res, parsed.errors)
    return null
  }
  return parsed.value
}

export function portalRouter(payload: Payload): Router {
  const router = express.Router()

  router.get('/portal-assets/:file', (req, res) => {
    if (req.path !== CSS_PATH) return notFound(req, res)
    res
      .set('content-type', 'text/css; charset=utf-8')
      .set('cache-control', 'public, max-age=31536000, immutable')
      .set('x-content-type-options', 'nosniff')
      .send(CSS)
  })

  router.get('/', async (req, res) => {
    const q = parse(req, res, PortalLocaleQuery)
    if (!q) return
    const { locale } = q
    const [latest, departments] = await Promise.all([
      Promise.all(
        DOCUMENT_TYPES.map(async (type) => {
          const listed = await listDocuments(
            payload,
            listQuery({ type: [type], pageSize: LATEST_PER_TYPE, locale }),
          )
          if (!listed.ok) throw new Error('the home page list query is invalid')
          return { type, total: listed.value.meta.total, data: listed.value.data }
        }),
      ),
      listDepartments(payload, locale),
    ])
    send(
      req,
      res,
      200,
      { locale, title: t(locale, 'home') },
      HomePage({ locale, data: { latest, departments: departments.data } }),
    )
  })

  router.get('/search', async (req, res) => {
    const p = parse(req, res, PortalSearchQuery)
    if (!p) return
    const { locale } = p
    if (p.from && p.to && p.from > p.to)
      return badRequest(req, res, [{ parameter: 'to', message: 'must not be before from' }])
    let view: SearchView
    if (p.q) {
      let result
      try {
        result = await searchDocuments(payload, {
          q: p.q,
          type: p.type,
          department: p.department,
          includeChildren: p.includeChildren,
          topic: p.topic,
          validity: p.validity,
          from: p.from,
          to: p.to,
          year: p.year,
          sort: p.sort ?? 'relevance',
          page: p.page,
          pageSize: p.pageSize,
          locale,
        })
      } catch (error) {
        if (error instanceof SearchQueryError)
          return badRequest(req, res, [{ parameter: error.parameter, message: error.message }])
        throw error
      }
      view = { params: p, data: result.data, facets: result.facets, meta: result.meta }
    } else {
      // No query: the documents matching the filters, newest first (the API's list).
      let { from, to } = p
      if (p.year) {
        const first = `${p.year}-01-01`
        const last = `${p.year}-12-31`
        from = from && from > first ? from : first
        to = to && to < last ? to : last
      }
      if (from && to && from > to) {
        view = { params: p, data: [], facets: null, meta: empty(p.page, p.pageSize) }
      } else {
        const listed = await listDocuments(
          payload,
          listQuery({
            type: p.type,
            department: p.department,
            includeChildren: p.includeChildren,
            topic: p.topic,
            validity: p.validity,
            from,
            to,
            sort: p.sort === 'publishedAt' ? 'publishedAt' : '-publishedAt',
            page: p.page,
            pageSize: p.pageSize,
            locale,
          }),
        )
        if (!listed.ok) return badRequest(req, res, listed.errors)
        view = { params: p, data: listed.value.data, facets: null, meta: listed.value.meta }
      }
    }
    const title = p.q
      ? t(locale, 'resultsFor', { q: p.q })
      : p.type?.length === 1
        ? typeLabel(p.type[0]!, locale)
        : t(locale, 'browse')
    send(
      req,
      res,
      200,
      // Result pages are for people, not for search engines' indexes.
      { locale, title, noindex: Boolean(p.q) },
      SearchPage({ locale, view }),
    )
  })

  router.get('/documents/:uid', async (req, res) => {
    const q = parse(req, res, PortalLocaleQuery)
    if (!q) return
    const { locale } = q
    if (!UUID.test(req.params.uid)) return notFound(req, res, locale)
    const found = await documentDetail(payload, req.params.uid, { locale })
    if (found.kind === 'missing' || found.kind === 'invalid') return notFound(req, res, locale)
    if (found.kind === 'withdrawn')
      return send(
        req,
        res,
        410,
        { locale, title: t(locale, 'gone'), noindex: true },
        GonePage({
          locale,
          title: found.title,
          withdrawnAt: found.withdrawnAt,
          notice: found.withdrawnNotice,
        }),
      )
    send(
      req,
      res,
      200,
      { locale, title: found.data.title, description: found.data.summary ?? undefined },
      DocumentPage({ locale, doc: found.data }),
    )
  })

  router.get('/departments/:code', async (req, res) => {
    const q = parse(req, res, PortalLocaleQuery)
    if (!q) return
    const { locale } = q
    const code = req.params.code
    if (!departmentCode.safeParse(code).success) return notFound(req, res, locale)
    const found = await departmentWithCounts(payload, code, locale)
    if (!found) return notFound(req, res, locale)
    const [latest, all] = await Promise.all([
      Promise.all(
        DOCUMENT_TYPES.filter((type) => found.counts[type] > 0).map(async (type) => {
          const listed = await listDocuments(
            payload,
            listQuery({ type: [type], department: [code], pageSize: LATEST_PER_TYPE, locale }),
          )
          return { type, data: listed.ok ? listed.value.data : [] }
        }),
      ),
      departmentsOf(payload),
    ])
    const parent = found.department.parentCode
      ? all.find((d) => d.code === found.department.parentCode)
      : null
    send(
      req,
      res,
      200,
      { locale, title: found.department.name },
      DepartmentPage({
        locale,
        view: { ...found, latest, parentName: parent ? text(parent.name, locale) : null },
      }),
    )
  })

  registerReportPages(router, payload, { send, notFound, parse })

  return router
}

const empty = (page: number, pageSize: number) => ({ total: 0, page, pageSize, pages: 1 })
