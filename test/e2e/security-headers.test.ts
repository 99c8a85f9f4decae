/**
 * The admin and the portal work under their Content-Security-Policies (security-checks.md 19):
 * in Chromium, every admin collection's list, a create form with the rich-text editor, the
 * account page, and the portal's page types load with no `securitypolicyviolation` (the e2e setup
 * fails any file whose pages report one), and the admin's scripts run under a per-response nonce.
 */
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type AdminBrowser,
  cspViolations,
  screenshots as shots,
  startAdminBrowser,
} from '../support/admin-browser'

const ADMIN = { email: 'csp@example.gov', password: 'e2e content policy walk 2026' }

const COLLECTIONS = [
  'policies',
  'regulations',
  'interpretations',
  'procedures',
  'licensing-decisions',
  'penalty-decisions',
  'attachments',
  'media',
  'departments',
  'topics',
  'users',
  'import-runs',
  'calendar-entries',
  'disclosure-requests',
  'review-cases',
  'annual-reports',
  'api-keys',
  'webhook-subscriptions',
  'webhook-deliveries',
]

let session: AdminBrowser
let page: Page

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN)
  page = session.page
  page.setDefaultTimeout(60_000)
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

describe('Content-Security-Policy in Chromium', () => {
  it('the violation reporter sees a violation (so an empty list means none happened)', async () => {
    const p = await session.browser.newContext().then((c) => c.newPage())
    await p.goto(`${session.server.url}/healthz`)
    // The API's policy allows no image from elsewhere: this one is refused and reported.
    await p.evaluate(() => {
      const s = document.createElement('img')
      s.src = 'https://blocked.example/x.png'
      document.body.appendChild(s)
    })
    await expect.poll(() => cspViolations.length, { timeout: 10_000 }).toBeGreaterThan(0)
    expect(cspViolations.join('\n')).toContain('blocked.example')
    cspViolations.length = 0
    await p.context().close()
  })

  it('admin pages carry a fresh nonce and run their scripts under it', async () => {
    const nonces = new Set<string>()
    for (let i = 0; i < 2; i++) {
      const res = await page.goto(`${session.server.url}/admin`, { waitUntil: 'networkidle' })
      const csp = (await res!.allHeaders())['content-security-policy'] ?? ''
      expect(csp).toMatch(/script-src 'self' 'nonce-[A-Za-z0-9+/=]{24}'/)
      expect(csp).toContain("frame-ancestors 'self'")
      expect(csp).toContain("object-src 'none'")
      nonces.add(/'nonce-([^']+)'/.exec(csp)![1]!)
    }
    expect(nonces.size).toBe(2)
    // React ran (the dashboard's navigation is interactive).
    await page.locator('nav').first().waitFor()
    expect(
      await page.evaluate(() => document.querySelectorAll('script[nonce]').length),
    ).toBeGreaterThan(0)
  })

  it.each(COLLECTIONS)('the %s list loads with no violation', async (slug) => {
    await page.goto(`${session.server.url}/admin/collections/${slug}`, { waitUntil: 'networkidle' })
    await page.locator('.template-default, .list-controls, main').first().waitFor()
    expect(cspViolations).toEqual([])
  })

  it("an author's create form with the rich-text editor, and the account page", async () => {
    const author = await session.pageAs(session.accounts.author!)
    author.setDefaultTimeout(60_000)
    await author.goto(`${session.server.url}/admin/collections/policies/create`, {
      waitUntil: 'networkidle',
    })
    await author.fill('#field-title', '内容安全策略下的编辑')
    await author.getByRole('button', { name: '正文', exact: true }).click()
    const editor = author.locator('[data-lexical-editor="true"]').first()
    await editor.waitFor()
    await editor.scrollIntoViewIfNeeded()
    await editor.click()
    await author.keyboard.type('正文')
    await expect.poll(() => editor.innerText()).toContain('正文')
    await author.screenshot({ path: path.join(shots, 'csp-policy-create.png') })
    await author.goto(`${session.server.url}/admin/account`, { waitUntil: 'networkidle' })
    await author.locator('#field-email').waitFor()
    expect(cspViolations).toEqual([])
    await author.context().close()
  })

  it('portal pages load with no violation', async () => {
    const p = await session.browser.newContext().then((c) => c.newPage())
    for (const path of [
      '/',
      '/search?q=%E8%AE%B8%E5%8F%AF',
      '/disclosure-requests/new',
      '/reports',
    ]) {
      const res = await p.goto(`${session.server.url}${path}`, { waitUntil: 'networkidle' })
      expect(res!.status()).toBe(200)
    }
    const first = await p.goto(`${session.server.url}/search?q=%E6%94%BF%E7%AD%96`)
    expect(first!.status()).toBe(200)
    const link = p.locator('main a[href^="/documents/"]').first()
    if (await link.count()) {
      await link.click()
      await p.waitForLoadState('networkidle')
    }
    expect(cspViolations).toEqual([])
    await p.context().close()
  })
})
