/**
 * Login redirects stay on the same origin (security-checks.md 8). The admin's login page takes
 * `?redirect=`: Payload 3.90.2 passes it through `getSafeRedirect` (payload/dist/utilities) both in
 * the login view on the server (a visitor who is already signed in is redirected at once) and in
 * the login form in the browser (where it goes after a successful sign-in); anything that is not a
 * plain same-origin path falls back to /admin. These tests hold that against the built admin on
 * the real server, over HTTP and in Chromium, for the usual open-redirect spellings, and check that
 * a legitimate path still lands where it asked.
 */
import type { BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type AdminBrowser, startAdminBrowser } from '../support/admin-browser'

const ADMIN = { email: 'origin-check@example.gov', password: 'same place after signing in 2026' }

/** `query` is the query string as it would appear in a link someone is sent. */
const HOSTILE = [
  { label: '//evil.example', query: 'redirect=//evil.example' },
  { label: 'https://evil.example', query: 'redirect=https://evil.example' },
  { label: '/\\evil.example', query: `redirect=${encodeURIComponent('/\\evil.example')}` },
  { label: 'javascript:alert(1)', query: `redirect=${encodeURIComponent('javascript:alert(1)')}` },
  { label: '%2F%2Fevil.example', query: 'redirect=%2F%2Fevil.example' },
  // A few more spellings browsers or URL parsers are known to read as another host.
  { label: '%252F%252Fevil.example', query: 'redirect=%252F%252Fevil.example' },
  { label: '/%2F%2Fevil.example', query: `redirect=${encodeURIComponent('/%2F%2Fevil.example')}` },
  { label: '///evil.example', query: 'redirect=///evil.example' },
  { label: '/<TAB>/evil.example', query: `redirect=${encodeURIComponent('/\t/evil.example')}` },
  { label: 'https:evil.example', query: 'redirect=https:evil.example' },
  {
    label: '/javascript:alert(1)',
    query: `redirect=${encodeURIComponent('/javascript:alert(1)')}`,
  },
] as const
const LEGITIMATE = { label: '/admin/collections/policies', path: '/admin/collections/policies' }

let session: AdminBrowser
let origin: string

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN, { signedIn: false })
  origin = new URL(session.server.url).origin
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

/**
 * A signed-in session cookie, from the REST login (what the admin's form posts to). It is sent
 * with `Sec-Fetch-Site: none`, as a browser sends it when someone opens a link typed or pasted:
 * Payload honours a cookie without an Origin only for same-site or direct navigations (CSRF), so a
 * link followed from another site shows the login page instead (the anonymous case below).
 */
async function sessionCookie(): Promise<string> {
  const res = await fetch(`${session.server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(ADMIN),
  })
  expect(res.status).toBe(200)
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  expect(cookie).toBeDefined()
  return cookie!.split(';')[0]!
}

/**
 * A fresh browser session that records every request leaving the server's origin (and refuses
 * it, so nothing reaches the network) and every dialog (a `javascript:` URL that ran).
 */
async function isolatedPage(): Promise<{
  context: BrowserContext
  page: Page
  offOrigin: string[]
  dialogs: string[]
}> {
  const context = await session.browser.newContext({ locale: 'zh-CN' })
  const offOrigin: string[] = []
  const dialogs: string[] = []
  await context.route('**/*', (route) => {
    const url = route.request().url()
    if (new URL(url).origin === origin) return route.continue()
    offOrigin.push(url)
    return route.abort()
  })
  const page = await context.newPage()
  page.setDefaultTimeout(60_000)
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message())
    void dialog.dismiss()
  })
  return { context, page, offOrigin, dialogs }
}

/** Opens the login page with the query, signs in, and returns where the browser ended up. */
async function signInThrough(query: string) {
  const { context, page, offOrigin, dialogs } = await isolatedPage()
  await page.goto(`${session.server.url}/admin/login?${query}`, { waitUntil: 'networkidle' })
  await page.fill('#field-email', ADMIN.email)
  await page.fill('#field-password', ADMIN.password)
  await Promise.all([
    page.waitForURL((u) => !u.pathname.endsWith('/login'), { timeout: 30_000 }),
    page.click('button[type=submit]'),
  ])
  await page.waitForLoadState('networkidle')
  // Anything still pending (a client-side push after the first navigation) gets its chance.
  await page.waitForTimeout(500)
  const landed = page.url()
  await context.close()
  return { landed, offOrigin, dialogs }
}

describe('login redirects stay on the same origin', () => {
  it('over HTTP, a signed-in visitor of the login page is sent to a same-origin path', async () => {
    const cookie = await sessionCookie()
    for (const { label, query } of HOSTILE) {
      const res = await fetch(`${session.server.url}/admin/login?${query}`, {
        headers: { cookie, 'sec-fetch-site': 'none' },
        redirect: 'manual',
      })
      // Next answers a redirect() during the first render with a 307 and a Location.
      expect(res.status, label).toBe(307)
      const location = res.headers.get('location') ?? ''
      const target = new URL(location, session.server.url)
      expect(target.origin, `${label} → ${location}`).toBe(origin)
      expect(target.pathname, `${label} → ${location}`).toBe('/admin')
      expect(location, label).not.toMatch(/evil|javascript/i)
    }
    const res = await fetch(
      `${session.server.url}/admin/login?redirect=${encodeURIComponent(LEGITIMATE.path)}`,
      { headers: { cookie, 'sec-fetch-site': 'none' }, redirect: 'manual' },
    )
    expect(res.status).toBe(307)
    const target = new URL(res.headers.get('location') ?? '', session.server.url)
    expect(target.origin).toBe(origin)
    expect(target.pathname).toBe(LEGITIMATE.path)
  })

  it('over HTTP, an anonymous visitor gets the login page itself, not a redirect', async () => {
    for (const { label, query } of HOSTILE) {
      const res = await fetch(`${session.server.url}/admin/login?${query}`, { redirect: 'manual' })
      expect(res.status, label).toBe(200)
      expect(res.headers.get('location'), label).toBeNull()
      expect(res.headers.get('content-type'), label).toContain('text/html')
    }
  })

  for (const { label, query } of HOSTILE)
    it(`in Chromium, signing in with redirect=${label} lands on the admin of this server`, async () => {
      const { landed, offOrigin, dialogs } = await signInThrough(query)
      expect(offOrigin, 'requests that left the origin').toEqual([])
      expect(dialogs, 'dialogs opened (a javascript: URL ran)').toEqual([])
      const url = new URL(landed)
      expect(url.origin, landed).toBe(origin)
      expect(url.pathname, landed).toBe('/admin')
    })

  it(`in Chromium, signing in with redirect=${LEGITIMATE.label} lands on that page`, async () => {
    const { landed, offOrigin, dialogs } = await signInThrough(
      `redirect=${encodeURIComponent(LEGITIMATE.path)}`,
    )
    expect(offOrigin).toEqual([])
    expect(dialogs).toEqual([])
    const url = new URL(landed)
    expect(url.origin).toBe(origin)
    expect(url.pathname).toBe(LEGITIMATE.path)
  })
})
