/**
 * End-to-end smoke test in headless Chromium against the real server with the built admin:
 * sign in as the seeded admin, create and publish a policy, and read it anonymously through /api.
 * Needs the admin build (`npm run build`) and Debian's chromium; .ci/run provides both.
 */
import fs from 'node:fs'
import path from 'node:path'

import type { Browser, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type AdminBrowser,
  apiFromPage,
  screenshots as shots,
  signIn,
  startAdminBrowser,
} from '../support/admin-browser'
import { recordMeasurement } from '../support/measure'

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
    // Payload redirects a visitor without a session on the client, after the page loaded.
    await page.waitForURL(/\/admin\/login/, { timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, '01-login.png') })
    await signIn(page, server.url, ADMIN)
    expect(page.url()).not.toContain('/login')
    await page.screenshot({ path: path.join(shots, '02-dashboard.png') })

    const { docUrl } = await writtenAndApproved(title, '0')
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

  it('a publisher schedules a policy; it appears at the scheduled minute', async () => {
    const title = `定时发布端到端 ${Date.now()}`
    const { docUrl, id } = await writtenAndApproved(title, '1')
    const publisher = await session.pageAs(session.accounts.publisher!)
    await publisher.goto(docUrl, { waitUntil: 'networkidle' })
    // The next full minute at least 20 s away, typed the way a person picks it.
    const due = new Date(Math.ceil((Date.now() + 20_000) / 60_000) * 60_000)
    const pad = (n: number) => String(n).padStart(2, '0')
    const local = `${due.getFullYear()}-${pad(due.getMonth() + 1)}-${pad(due.getDate())}T${pad(due.getHours())}:${pad(due.getMinutes())}`
    await publisher.locator('button[data-action=schedule]').click({ timeout: 20_000 })
    await publisher.fill('input[name=publishAt]', local)
    await publisher.locator('button[data-confirm=schedule]').click()
    await expect
      .poll(
        async () =>
          publisher
            .locator('.gk-workflow__state')
            .innerText()
            .catch(() => ''),
        {
          timeout: 30_000,
        },
      )
      .toContain('定时')
    await publisher.screenshot({ path: path.join(shots, '17-scheduled.png') })
    const publicTitle = async () =>
      (await (await fetch(`${server.url}/api/policies/${id}?depth=0`)).json()).title
    expect(await publicTitle()).toBeUndefined()
    let seen = 0
    await expect
      .poll(
        async () => {
          const t = await publicTitle()
          if (t && !seen) seen = Date.now()
          return t
        },
        { timeout: due.getTime() - Date.now() + 60_000, interval: 250 },
      )
      .toBe(title)
    expect(seen).toBeGreaterThanOrEqual(due.getTime())
    recordMeasurement(
      `scheduling delay in Chromium flow (default 2 s poll): ${seen - due.getTime()} ms after ${due.toISOString()}`,
    )
    await publisher.reload({ waitUntil: 'networkidle' })
    await expect
      .poll(
        async () =>
          publisher
            .locator('.gk-workflow__state')
            .innerText()
            .catch(() => ''),
        {
          timeout: 30_000,
        },
      )
      .toContain('已发布')
    await publisher.screenshot({ path: path.join(shots, '18-published-on-time.png') })
  }, 240_000)
})

describe('the audit trail in Chromium', () => {
  it('the audit admin reads what just happened and exports it; nobody else sees the log', async () => {
    const auditor = await session.pageAs(session.accounts.audit_admin!)
    await auditor.goto(`${server.url}/admin/collections/audit-log`, { waitUntil: 'networkidle' })
    await expect
      .poll(
        async () =>
          auditor
            .locator('table')
            .innerText()
            .catch(() => ''),
        { timeout: 30_000 },
      )
      .toContain('workflow.publish')
    await auditor.screenshot({ path: path.join(shots, '30-audit-log.png') })
    const [download] = await Promise.all([
      auditor.waitForEvent('download', { timeout: 30_000 }),
      auditor.locator('.gk-audit-export a').click(),
    ])
    const csv = fs.readFileSync((await download.path())!, 'utf8')
    expect(csv.replace(/^\uFEFF/, '').split('\n')[0]).toMatch(/^seq,at,actor,/)
    expect(csv).toContain('workflow.publish')
    expect(csv).toContain('login')

    const author = await session.pageAs(session.accounts.author!)
    const res = await author.goto(`${server.url}/admin/collections/audit-log`, {
      waitUntil: 'networkidle',
    })
    expect(await author.locator('table').count()).toBe(0)
    expect(res?.status() === 200 ? await author.locator('body').innerText() : '').not.toContain(
      'workflow.publish',
    )
  }, 120_000)
})

describe('editing conflicts in Chromium', () => {
  it('a save based on a stale version is refused with a clear message; the current tab saves again', async () => {
    const first = await session.pageAs(session.accounts.author!)
    await first.goto(`${server.url}/admin/collections/policies/create`, {
      waitUntil: 'networkidle',
    })
    await first.fill('#field-title', `并发编辑 ${Date.now()}`)
    await first.click('#field-department')
    await first.keyboard.type('临江')
    await first.locator('.rs__option').first().click()
    await first.click('#action-save-draft')
    await first.waitForURL(/\/admin\/collections\/policies\/\d+/, { timeout: 30_000 })
    const docUrl = first.url().split('?')[0]!
    const id = /\/(\d+)$/.exec(docUrl)![1]!
    await first.waitForLoadState('networkidle')

    const second = await session.pageAs(session.accounts.author!)
    await second.goto(docUrl, { waitUntil: 'networkidle' })
    await second.screenshot({ path: path.join(shots, '20-second-tab.png') })

    const save = async (p: Page, summary: string) => {
      await p.fill('#field-summary', summary)
      const response = p.waitForResponse(
        (r) => r.url().includes(`/api/policies/${id}`) && r.request().method() === 'PATCH',
      )
      await p.click('#action-save-draft')
      return (await response).status()
    }
    expect(await save(first, '第一个标签页的修改')).toBe(200)
    expect(await save(second, '第二个标签页基于旧版本的修改')).toBe(409)
    await expect
      .poll(async () => second.getByText('此文件在您打开后已被他人修改').count(), {
        timeout: 10_000,
      })
      .toBeGreaterThan(0)
    await second.screenshot({ path: path.join(shots, '21-stale-save-refused.png') })
    // The tab that saved knows its new version: it saves again without a conflict.
    await first.waitForLoadState('networkidle')
    expect(await save(first, '第一个标签页的第二次修改')).toBe(200)
    const { body: stored } = await apiFromPage(
      first,
      `${server.url}/api/policies/${id}?draft=true&depth=0`,
    )
    // The same cookie from outside the browser, without its same-origin headers, is refused.
    const cookie = (await first.context().cookies()).map((c) => `${c.name}=${c.value}`).join('; ')
    const outside = await fetch(`${server.url}/api/policies/${id}?draft=true&depth=0`, {
      headers: { cookie, origin: 'https://evil.example' },
    })
    expect(outside.status).toBe(404)
    expect(stored.summary).toBe('第一个标签页的第二次修改')
  }, 180_000)
})

/** The author writes a policy and submits it; the reviewer approves it, all in the admin. */
async function writtenAndApproved(title: string, shot: string) {
  const author = await session.pageAs(session.accounts.author!)
  await author.goto(`${server.url}/admin/collections/policies/create`, {
    waitUntil: 'networkidle',
  })
  await author.fill('#field-title', title)
  await author.click('#field-department')
  await author.keyboard.type('临江')
  await author.locator('.rs__option').first().click()
  await author.screenshot({ path: path.join(shots, `${shot}3-create.png`) })
  await author.click('#action-save-draft')
  await author.waitForURL(/\/admin\/collections\/policies\/\d+/, { timeout: 30_000 })
  const docUrl = author.url().split('?')[0]!
  const id = /\/(\d+)$/.exec(docUrl)![1]!
  await step(author, 'submit', '待审核', `${shot}4-submitted`)

  // Nothing public yet.
  expect(
    (await (await fetch(`${server.url}/api/policies/${id}?depth=0`)).json()).title,
  ).toBeUndefined()

  // The reviewer finds it in the dashboard's inbox, looks at the version, then opens it.
  const reviewer = await session.pageAs(session.accounts.reviewer!)
  await reviewer.goto(`${server.url}/admin`, { waitUntil: 'networkidle' })
  const row = reviewer.locator('.gk-inbox__table tr', { hasText: title })
  await row.waitFor({ timeout: 30_000 })
  await reviewer.screenshot({ path: path.join(shots, `${shot}5-inbox.png`) })
  await row.locator('a.gk-inbox__diff').click()
  await reviewer.waitForURL(/\/versions\//, { timeout: 30_000 })
  await reviewer.waitForLoadState('networkidle')
  expect(await reviewer.locator('body').innerText()).toContain(title)
  await reviewer.screenshot({ path: path.join(shots, `${shot}5-version.png`) })
  await reviewer.goto(docUrl, { waitUntil: 'networkidle' })
  await step(reviewer, 'approve', '已审核待发布', `${shot}5-approved`)
  return { docUrl, id }
}

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
