/**
 * End-to-end smoke test in headless Chromium against the real server with the built admin:
 * sign in as the seeded admin, create and publish a policy, and read it anonymously through /api.
 * Needs the admin build (`npm run build`) and Debian's chromium; .ci/run provides both.
 */
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type AdminBrowser,
  screenshots as shots,
  signIn,
  startAdminBrowser,
} from '../support/admin-browser'

const ADMIN = { email: 'editor@example.gov', password: 'e2e smoke password 2026' }

let session: AdminBrowser
let server: AdminBrowser['server']
let browser: Browser
let page: Page

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN, { signedIn: false })
  ;({ server, browser, page } = session)
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

describe('admin smoke test in Chromium', () => {
  it('speaks Chinese by default, and English to a browser that asks for it', async () => {
    for (const [locale, expected] of [
      ['fr-FR', '登录'],
      ['en-US', 'Login'],
    ] as const) {
      const context = await browser.newContext({ locale })
      const p = await context.newPage()
      await p.goto(`${server.url}/admin/login`, { waitUntil: 'networkidle' })
      expect(await p.locator('button[type=submit]').innerText()).toBe(expected)
      await context.close()
    }
  }, 60_000)

  it('signs in, publishes a policy, and the public sees it through /api', async () => {
    const title = `端到端测试政策 ${Date.now()}`
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
    expect(page.url()).toContain('/admin/login')
    await page.screenshot({ path: path.join(shots, '01-login.png') })

    await signIn(page, server.url, ADMIN)
    expect(page.url()).not.toContain('/login')
    await page.screenshot({ path: path.join(shots, '02-dashboard.png') })

    await page.goto(`${server.url}/admin/collections/policies/create`, { waitUntil: 'networkidle' })
    await page.fill('#field-title', title)
    // The department relationship: open the select and take the first department.
    await page.click('#field-department')
    await page.keyboard.type('临江')
    await page.locator('.rs__option').first().click()
    await page.screenshot({ path: path.join(shots, '03-create.png') })

    await page.click('#action-save')
    await page.waitForURL(/\/admin\/collections\/policies\/\d+/, { timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: path.join(shots, '04-published.png') })

    const res = await fetch(
      `${server.url}/api/policies?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0]).toMatchObject({ title, _status: 'published' })
    expect(body.docs[0].uid).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.docs[0].publishedAt).toBeTruthy()
  }, 120_000)
})
