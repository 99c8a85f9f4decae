/**
 * The public portal at the site root: `/`, `/search`, `/documents/{uid}`, `/departments/{code}`
 * and its stylesheet. Server-rendered HTML that works without JavaScript, Chinese by default and
 * English with `?locale=en`. It reads only through the public API's own functions (listDocuments,
 * documentDetail, departmentWithCounts, listDepartments) and the search service, so it can never
 * show what the API would not. No cookies; the API's cache policy and strong ETags.
 */
import express, { type Request, type Response, type Router } from 'express'
import { MemoryStore, type Store } from 'express-rate-limit'
import type { Payload } from 'payload'
import { createElement, Fragment, type ReactNode } from 'react'
import type { z } from 'zod'

import { documentDetail, UUID } from '../public-api/detail'
import {
  checkSubmission,
  findWithKey,
  presentStatus,
  readMultipart,
  responseFileOf,
  sendResponseFile,
  storeSubmission,
  addressLimiter,
  submissionLimiter,
} from '../public-api/disclosure'
import { departmentsOf, listDocuments, listQuery } from '../public-api/documents'
import { CACHE_CONTROL, representation, sendRepresentation } from '../public-api/http'
import { departmentCode, parseQuery } from '../public-api/params'
import { text } from '../public-api/presenters'
import type { ParameterError } from '../public-api/problem'
import { departmentWithCounts, listDepartments } from '../public-api/reference'
import { DOCUMENT_TYPES } from '../public-api/schemas'
import { searchDocuments, SearchQueryError } from '../search/service'
import { RATE_LIMIT_DEFAULTS, RATE_WINDOW_MS } from '../public-api/guard'
import { publicOrigin } from '../public-api/origin'
import { DepartmentPage } from './department'
import {
  FILES_PATH,
  FORM_FIELDS,
  type FormValues,
  MessagePage,
  NEW_PATH,
  ReceiptPage,
  RequestFormPage,
  STATUS_PATH,
  StatusFormPage,
  StatusPage,
} from './disclosure'
import { DocumentPage } from './document'
import { BadRequestPage, GonePage, NotFoundPage } from './errors'
import { HomePage } from './home'
import { type Locale, t, typeLabel } from './i18n'
import { type PageFrame, renderPage } from './layout'
import { href } from './links'
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
  /** Pages for one person (a receipt, a status): never stored by any cache, no ETag. */
  options: { private?: boolean } = {},
) {
  const html = renderPage({ ...frame, switchHref: switchHref(req, frame.locale) }, body)
  res.set(SECURITY_HEADERS)
  if (status === 200 && !options.private)
    return sendRepresentation(req, res, representation(html, 'text/html; charset=utf-8'))
  res
    .status(status)
    .set('cache-control', options.private ? 'no-store' : CACHE_CONTROL)
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

export type PortalOptions = {
  /** The disclosure-submission counters, shared with the API (one hourly limit per address). */
  disclosureStore?: Store
  disclosurePerHour?: number
  /**
   * Search pages per client address per minute: a search costs what GET /api/v1/search costs, so
   * by default the API's anonymous limit (PUBLIC_RATE_LIMIT) applies to it as well.
   */
  searchPerMinute?: number
  searchStore?: Store
}

const SEARCH_LIMITED: Record<Locale, [string, string]> = {
  zh: ['搜索过于频繁', '同一网络地址每分钟最多搜索 {n} 次。请在 {seconds} 秒后再试。'],
  en: [
    'Too many searches',
    'At most {n} searches a minute can be made from one address. Please try again in {seconds} seconds.',
  ],
}

/**
 * The portal's search (security-checks.md 20): per client address per minute, 429 with
 * Retry-After and a page saying when to come back, like the API's limiter (src/public-api/guard.ts).
 */
function searchLimiter(
  perMinute: number,
  store: Store,
  refuse: (req: Request, res: Response, seconds: number) => void,
): express.RequestHandler {
  return addressLimiter(perMinute, RATE_WINDOW_MS, store, refuse)
}

/**
 * A POST from a page of another site is refused: the forms here are ours alone. Ours is the
 * configured SERVER_URL or the host the request came to; the scheme of the latter is not
 * compared, since behind a TLS proxy without `trust proxy` Express sees http for an https page.
 */
function foreignOrigin(req: Request, payload: Payload): boolean {
  const origin = req.get('origin')
  if (origin === undefined) return false
  if (origin === publicOrigin(req, payload)) return false
  let host: string
  try {
    const url = new URL(origin)
    if (url.protocol !== 'http:' && url.protocol !== 'https:') return true
    host = url.host
  } catch {
    return true
  }
  return host !== req.get('host')
}

export function portalRouter(payload: Payload, options: PortalOptions = {}): Router {
  const router = express.Router()
  const perHour = options.disclosurePerHour ?? RATE_LIMIT_DEFAULTS.disclosurePerHour!
  const searchesPerMinute = options.searchPerMinute ?? RATE_LIMIT_DEFAULTS.anonymous
  const departmentOptions = async (locale: Locale) =>
    (await listDepartments(payload, locale)).data.map((d) => ({ code: d.code, name: d.name }))
  const formValues = (fields: Record<string, unknown>): FormValues =>
    Object.fromEntries(
      FORM_FIELDS.filter((f) => f !== 'website' && typeof fields[f] === 'string').map((f) => [
        f,
        fields[f] as string,
      ]),
    )
  const refuseForeign: express.RequestHandler = (req, res, next) => {
    if (!foreignOrigin(req, payload)) return next()
    const locale = askedLocale(req)
    send(
      req,
      res,
      403,
      { locale, title: t(locale, 'forbiddenTitle'), noindex: true },
      MessagePage({ locale, title: 'forbiddenTitle', body: t(locale, 'forbiddenBody') }),
      { private: true },
    )
  }
  const submissions = submissionLimiter(
    perHour,
    options.disclosureStore ?? new MemoryStore(),
    (req, res, seconds) => {
      const locale = askedLocale(req)
      send(
        req,
        res,
        429,
        { locale, title: t(locale, 'tooManyTitle'), noindex: true },
        MessagePage({
          locale,
          title: 'tooManyTitle',
          body: t(locale, 'tooManyBody', { n: perHour, minutes: Math.ceil(seconds / 60) }),
        }),
        { private: true },
      )
    },
  )

  const searches = searchLimiter(
    searchesPerMinute,
    options.searchStore ?? new MemoryStore(),
    (req, res, seconds) => {
      const locale = askedLocale(req)
      const [title, body] = SEARCH_LIMITED[locale]
      const text = body
        .replace('{n}', String(searchesPerMinute))
        .replace('{seconds}', String(seconds))
      send(
        req,
        res,
        429,
        { locale, title, noindex: true },
        createElement(
          Fragment,
          null,
          createElement('h1', null, title),
          createElement('p', null, text),
          createElement(
            'p',
            null,
            createElement('a', { href: href('/', locale) }, t(locale, 'home')),
          ),
        ),
        { private: true },
      )
    },
  )

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

  router.get('/search', searches, async (req, res) => {
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

  router.get(NEW_PATH, async (req, res) => {
    const q = parse(req, res, PortalLocaleQuery)
    if (!q) return
    const { locale } = q
    send(
      req,
      res,
      200,
      { locale, title: t(locale, 'requestTitle') },
      RequestFormPage({
        locale,
        view: {
          departments: await departmentOptions(locale),
          values: {},
          errors: [],
          filesDropped: false,
        },
      }),
    )
  })

  // The form: the API's reading, checks and storage (src/public-api/disclosure.ts), a page instead
  // of JSON. The receipt is the response to the POST itself, so the key is in no URL, no cache.
  router.post(NEW_PATH, refuseForeign, submissions, async (req, res, next) => {
    try {
      const q = parse(req, res, PortalLocaleQuery)
      if (!q) return
      const { locale } = q
      const parsed = /^multipart\/form-data/i.test(req.get('content-type') ?? '')
        ? await readMultipart(req)
        : {
            fields: {},
            files: [],
            errors: [{ parameter: 'body', message: 'is not a valid multipart/form-data body' }],
          }
      // A browser sends every field, blank ones as ''; blank means not given. Both groups of
      // identity fields are on the page: only the group of the chosen applicant type counts.
      const given: Record<string, unknown> = {}
      for (const [name, value] of Object.entries(parsed.fields))
        if (!(typeof value === 'string' && value.trim() === '' && name !== 'website'))
          given[name] = value
      if (given.applicantType === 'natural_person') delete given.organizationCode
      else if (typeof given.applicantType === 'string') {
        delete given.idType
        delete given.idNumber
      }
      if (given.website === '') delete given.website
      const checked = await checkSubmission(payload, { ...parsed, fields: given })
      if (checked.errors.length || !checked.body) {
        return send(
          req,
          res,
          400,
          { locale, title: t(locale, 'requestTitle'), noindex: true },
          RequestFormPage({
            locale,
            view: {
              departments: await departmentOptions(locale),
              values: formValues(parsed.fields),
              errors: checked.errors,
              filesDropped: parsed.files.length > 0,
            },
          }),
          { private: true },
        )
      }
      const receipt = await storeSubmission(
        payload,
        { body: checked.body, department: checked.department, sniffed: checked.sniffed ?? [] },
        () => STATUS_PATH,
      )
      send(
        req,
        res,
        201,
        { locale, title: t(locale, 'receiptTitle'), noindex: true },
        ReceiptPage({
          locale,
          receipt: {
            ...receipt,
            departmentName: text(checked.department.name, locale) ?? checked.department.code,
          },
        }),
        { private: true },
      )
    } catch (error) {
      next(error)
    }
  })

  router.get(STATUS_PATH, (req, res) => {
    const q = parse(req, res, PortalLocaleQuery)
    if (!q) return
    const { locale } = q
    send(
      req,
      res,
      200,
      { locale, title: t(locale, 'statusTitle'), noindex: true },
      StatusFormPage({ locale }),
    )
  })

  const keyForm = express.urlencoded({ extended: false, limit: '4kb', parameterLimit: 10 })
  const field = (req: Request, name: string) =>
    typeof req.body?.[name] === 'string' ? (req.body[name] as string).trim() : ''

  router.post(STATUS_PATH, refuseForeign, keyForm, async (req, res, next) => {
    try {
      const q = parse(req, res, PortalLocaleQuery)
      if (!q) return
      const { locale } = q
      const code = field(req, 'trackingCode').toUpperCase()
      const key = field(req, 'accessKey')
      const doc = await findWithKey(payload, code, key)
      if (!doc)
        return send(
          req,
          res,
          404,
          { locale, title: t(locale, 'statusTitle'), noindex: true },
          StatusFormPage({ locale, trackingCode: code, notFound: true }),
          { private: true },
        )
      const status = presentStatus(doc, '/api/v1')
      const department =
        doc.department && typeof doc.department === 'object' ? doc.department : null
      send(
        req,
        res,
        200,
        { locale, title: t(locale, 'statusTitle'), noindex: true },
        StatusPage({
          locale,
          accessKey: key,
          view: {
            ...status,
            department: {
              code: status.department.code,
              name: (department && text(department.name, locale)) || status.department.name,
            },
          },
        }),
        { private: true },
      )
    } catch (error) {
      next(error)
    }
  })

  // A response file: the key comes in the POST body, the file goes out as a download.
  router.post(FILES_PATH, refuseForeign, keyForm, async (req, res, next) => {
    try {
      const q = parse(req, res, PortalLocaleQuery)
      if (!q) return
      const doc = await findWithKey(
        payload,
        field(req, 'trackingCode').toUpperCase(),
        field(req, 'accessKey'),
      )
      const found = doc ? responseFileOf(payload, doc, field(req, 'name')) : undefined
      if (!found) return notFound(req, res, q.locale)
      res.set('cache-control', 'no-store')
      sendResponseFile(res, found)
    } catch (error) {
      next(error)
    }
  })

  return router
}

const empty = (page: number, pageSize: number) => ({ total: 0, page, pageSize, pages: 1 })
