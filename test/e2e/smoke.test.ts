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

  it('the system admin signs in; author, reviewer and publisher take a policy to the public', async () => {
    const title = `端到端测试政策 ${Date.now()}`
    await page.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
    expect(page.url()).toContain('/admin/login')
    await page.screenshot({ path: path.join(shots, '01-login.png') })
    await signIn(page, server.url, ADMIN)
    expect(page.url()).not.toContain('/login')
    await page.screenshot({ path: path.join(shots, '02-dashboard.png') })

    // The author writes the policy and submits it.
    const author = await session.pageAs(session.accounts.author!)
    await author.goto(`${server.url}/admin/collections/policies/create`, {
      waitUntil: 'networkidle',
    })
    await author.fill('#field-title', title)
    await author.click('#field-department')
    await author.keyboard.type('临江')
    await author.locator('.rs__option').first().click()
    await author.screenshot({ path: path.join(shots, '03-create.png') })
    await author.click('#action-save-draft')
    await author.waitForURL(/\/admin\/collections\/policies\/\d+/, { timeout: 30_000 })
    const docUrl = author.url().split('?')[0]!
    const id = /\/(\d+)$/.exec(docUrl)![1]
    await step(author, 'submit', '待审核', '04-submitted')

    // Nothing public yet.
    expect(
      (await (await fetch(`${server.url}/api/policies/${id}?depth=0`)).json()).title,
    ).toBeUndefined()

    // The reviewer approves; the publisher publishes.
    const reviewer = await session.pageAs(session.accounts.reviewer!)
    await reviewer.goto(docUrl, { waitUntil: 'networkidle' })
    await step(reviewer, 'approve', '已审核待发布', '05-approved')
    const publisher = await session.pageAs(session.accounts.publisher!)
    await publisher.goto(docUrl, { waitUntil: 'networkidle' })
    await step(publisher, 'publish', '已发布', '06-published')

    const res = await fetch(
      `${server.url}/api/policies?where[title][equals]=${encodeURIComponent(title)}&depth=0`,
    )
    expect(res.status).toBe(200)
    const body = await res.json()
    expect(body.totalDocs).toBe(1)
    expect(body.docs[0]).toMatchObject({ title, _status: 'published', workflowState: 'published' })
    expect(body.docs[0].uid).toMatch(/^[0-9a-f-]{36}$/)
    expect(body.docs[0].indexNumber).toMatch(/^\w+\/\d{4}-\d{5}$/)
  }, 180_000)
})

/** Click a workflow button and wait until the editor shows the new state. */
async function step(p: Page, action: string, state: string, shot: string) {
  await p
    .locator(`button[data-action=${action}]`)
    .click({ timeout: 20_000 })
    .catch(async (err) => {
      await p.screenshot({ path: path.join(shots, `failure-${shot}.png`), fullPage: true })
      throw err
    })
  await expect
    .poll(
      async () =>
        p
          .locator('.gk-workflow__state')
          .innerText()
          .catch(() => ''),
      { timeout: 30_000 },
    )
    .toContain(state)
  await p.screenshot({ path: path.join(shots, `${shot}.png`) })
}
