/**
 * Applying for government information (依申请公开) in headless Chromium against the real server
 * (`node dist/server.mjs`, run `npm run build:server` first) with the demo content, tried as a new
 * user would: from the home page to the form, filled in with the keyboard only (a file attached),
 * the receipt's tracking code and key typed into the status page, which shows the due date; with
 * JavaScript on and off. axe-core (WCAG 2.1 A and AA) finds no violation on the form (empty and
 * with errors), the receipt, the status form and the status page, in Chinese and English;
 * screenshots at 1280 and 390 px go to test-results/e2e/portal/.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { chinaDate, WorkingCalendar } from '../../src/clocks/calendar'
import { longDate } from '../../src/portal/i18n'
import { minimalPdf } from '../../src/seed/files'
import { launchChromium, screenshots } from '../support/admin-browser'
import { residentId } from '../support/factories'
import {
  createTestDatabase,
  spawnServer,
  type SpawnedServer,
  stopSpawned,
  tempDir,
  type TestDatabase,
} from '../support/harness'
import { recordMeasurement } from '../support/measure'

const axeSource: string = createRequire(import.meta.url)('axe-core').source
const shots = path.join(screenshots, 'portal')
const ADMIN = { email: 'request-admin@example.gov', password: 'request e2e password 2026' }

let db: TestDatabase
let server: SpawnedServer & { url: string }
let browser: Browser
let attachment: string

/** The due date the law gives a request received today: 20 working days, holidays skipped. */
const dueToday = () => new WorkingCalendar().addWorkingDays(chinaDate(new Date()), 20)

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  attachment = path.join(tempDir(), '身份证明.pdf')
  fs.writeFileSync(attachment, minimalPdf('身份证明'))
  db = await createTestDatabase('sqlite')
  const spawned = await spawnServer(
    {
      DATABASE_URL: db.url,
      DATA_DIR: tempDir(),
      MEDIA_DIR: tempDir(),
      GONGKAI_ADMIN: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
      // Every submission here comes from 127.0.0.1; the limit has its own integration test.
      DISCLOSURE_RATE_LIMIT: '1000',
    },
    300_000,
  )
  if (!spawned.url) throw new Error(`server did not start:\n${spawned.stderr()}`)
  server = spawned as SpawnedServer & { url: string }
  browser = await launchChromium()
}, 360_000)

afterAll(async () => {
  await browser?.close()
  if (server) {
    await stopSpawned(server)
    fs.writeFileSync(path.join(shots, 'disclosure-server.stderr.log'), server.stderr())
  }
  await db?.drop()
})

async function context(
  options: Parameters<Browser['newContext']>[0] = {},
): Promise<BrowserContext> {
  return browser.newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 900 }, ...options })
}

/** Tab forward until the focused element matches `selector`; fails after `max` presses. */
async function tabTo(page: Page, selector: string, max = 80) {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab')
    if ((await page.locator(`${selector}:focus`).count()) > 0) return
  }
  throw new Error(`never reached ${selector} with Tab`)
}

/** Submit the focused form control with Enter and wait for the page the POST answers with. */
async function submitWith(page: Page, press: () => Promise<void>) {
  // The page's own load event: the answer to the POST has replaced the form.
  const [response] = await Promise.all([
    page.waitForResponse(
      (r) => r.request().method() === 'POST' && r.request().isNavigationRequest(),
    ),
    page.waitForEvent('load'),
    press(),
  ])
  return response
}

/** Fills the form the quick way (for the pages axe and the screenshots look at). */
async function fillForm(page: Page) {
  await page.selectOption('#f-department', { index: 1 })
  await page.check('#f-applicantType-0')
  await page.fill('#f-applicantName', '张小明')
  await page.selectOption('#f-idType', 'resident_id')
  await page.fill('#f-idNumber', residentId('19900101', '234'))
  await page.fill('#f-email', 'xiaoming@example.com')
  await page.fill('#f-description', '请公开本部门2025年度行政事业性收费项目及标准。')
  await page.setInputFiles('#f-attachments', attachment)
}

async function axe(page: Page, label: string, failures: string[]) {
  expect(await page.getAttribute('html', 'lang'), label).toMatch(/^(zh-CN|en)$/)
  await page.addScriptTag({ content: axeSource })
  const { passes, violations } = await page.evaluate(async () => {
    const result = await (window as any).axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    })
    return {
      passes: result.passes.length as number,
      violations: result.violations.map((v: any) => ({
        id: v.id,
        impact: v.impact,
        help: v.help,
        nodes: v.nodes.slice(0, 5).map((n: any) => `${n.target.join(' ')}: ${n.failureSummary}`),
      })),
    }
  })
  expect(passes, label).toBeGreaterThan(5)
  for (const v of violations)
    failures.push(`${label}\n  ${v.id} [${v.impact}] ${v.help}\n    ${v.nodes.join('\n    ')}`)
}

/**
 * Every page of the journey in one locale, each handed to `visit`: the empty form, the form with
 * errors, the receipt, the status form, the status page.
 */
async function journey(page: Page, locale: 'zh' | 'en', visit: (name: string) => Promise<void>) {
  const q = locale === 'en' ? '?locale=en' : ''
  expect((await page.goto(`${server.url}/disclosure-requests/new${q}`))?.status()).toBe(200)
  await visit('request-form')
  const invalid = await submitWith(page, () => page.click('.request-form button[type=submit]'))
  expect(invalid.status()).toBe(400)
  await visit('request-form-errors')
  await fillForm(page)
  const created = await submitWith(page, () => page.click('.request-form button[type=submit]'))
  expect(created.status()).toBe(201)
  const code = await page.locator('#tracking-code').innerText()
  const key = await page.locator('#access-key').innerText()
  await visit('request-receipt')
  expect((await page.goto(`${server.url}/disclosure-requests/status${q}`))?.status()).toBe(200)
  await visit('request-status-form')
  await page.fill('#f-trackingCode', code)
  await page.fill('#f-accessKey', key)
  const seen = await submitWith(page, () => page.click('.request-form button[type=submit]'))
  expect(seen.status()).toBe(200)
  await visit('request-status')
}

describe('applying for government information in Chromium', () => {
  for (const javaScriptEnabled of [true, false]) {
    it(`a new user applies and checks the status with the keyboard only (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const ctx = await context({ javaScriptEnabled })
      const page = await ctx.newPage()
      await page.goto(`${server.url}/`, { waitUntil: 'load' })
      // From the home page, by the link in the header.
      await tabTo(page, '.site-nav a[href="/disclosure-requests/new"]')
      await Promise.all([
        page.waitForURL(/\/disclosure-requests\/new$/),
        page.keyboard.press('Enter'),
      ])
      expect(await page.locator('h1').innerText()).toBe('政府信息公开申请')

      // The department: the first in the list, chosen with the arrow key.
      await tabTo(page, '#f-department')
      await page.keyboard.press('ArrowDown')
      expect(await page.locator('#f-department').inputValue()).not.toBe('')
      // Applicant type: Tab into the group, Space picks the focused option (自然人).
      await tabTo(page, 'input[name="applicantType"]')
      await page.keyboard.press('Space')
      expect(await page.locator('#f-applicantType-0').isChecked()).toBe(true)
      await tabTo(page, '#f-applicantName')
      await page.keyboard.type('陈新')
      await tabTo(page, '#f-idType')
      await page.keyboard.press('ArrowDown')
      expect(await page.locator('#f-idType').inputValue()).toBe('resident_id')
      await tabTo(page, '#f-idNumber')
      await page.keyboard.type(residentId('19920315', '567'))
      await tabTo(page, '#f-email')
      await page.keyboard.type('chenxin@example.com')
      await tabTo(page, '#f-description')
      await page.keyboard.type('请公开本部门2025年政府采购合同目录。')
      // The honeypot is never reached by Tab: from the description on, the next stops skip it.
      await tabTo(page, '#f-attachments')
      // A file input opens the system's file chooser: the file is handed to it directly.
      await page.setInputFiles('#f-attachments', attachment)
      await tabTo(page, '.request-form button[type=submit]')
      expect(await page.locator('#f-website').evaluate((el) => el === document.activeElement)).toBe(
        false,
      )
      const created = await submitWith(page, () => page.keyboard.press('Enter'))
      expect(created.status()).toBe(201)
      expect(created.headers()['cache-control']).toBe('no-store')
      expect(page.url()).not.toContain('key')

      const code = await page.locator('#tracking-code').innerText()
      const key = await page.locator('#access-key').innerText()
      expect(code).toMatch(/^\d{4}-[2-9A-Z]{5}-[2-9A-Z]{5}$/)
      expect(key.length).toBeGreaterThanOrEqual(20)
      const due = dueToday()
      expect(await page.locator('#due-date').getAttribute('datetime')).toBe(due)
      expect(await page.locator('#due-date').innerText()).toBe(longDate(due, 'zh'))
      await page.screenshot({
        path: path.join(
          shots,
          `portal-request-keyboard-receipt-js-${javaScriptEnabled ? 'on' : 'off'}.png`,
        ),
        fullPage: true,
      })

      // The status page, by the link on the receipt.
      await tabTo(page, 'main a[href="/disclosure-requests/status"]')
      await Promise.all([
        page.waitForURL(/\/disclosure-requests\/status$/),
        page.keyboard.press('Enter'),
      ])
      await tabTo(page, '#f-trackingCode')
      await page.keyboard.type(code)
      await tabTo(page, '#f-accessKey')
      await page.keyboard.type(key)
      const seen = await submitWith(page, () => page.keyboard.press('Enter'))
      expect(seen.status()).toBe(200)
      expect(page.url()).toBe(`${server.url}/disclosure-requests/status`)
      expect(await page.locator('#request-status').innerText()).toBe('已受理')
      expect(await page.locator('#due-date').getAttribute('datetime')).toBe(due)
      expect(await page.locator('#due-date').innerText()).toBe(longDate(due, 'zh'))

      // A mistyped key: the form again, focus on the message.
      await page.goto(`${server.url}/disclosure-requests/status`)
      await tabTo(page, '#f-trackingCode')
      await page.keyboard.type(code)
      await tabTo(page, '#f-accessKey')
      await page.keyboard.type(`${key}x`)
      const wrong = await submitWith(page, () => page.keyboard.press('Enter'))
      expect(wrong.status()).toBe(404)
      expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary')
      await ctx.close()
    }, 180_000)
  }

  it('a form sent with mistakes: the summary takes focus and its links lead to the fields; the values stay', async () => {
    const ctx = await context({ javaScriptEnabled: false })
    const page = await ctx.newPage()
    await page.goto(`${server.url}/disclosure-requests/new`)
    await page.fill('#f-applicantName', '赵六')
    await page.fill('#f-description', '请公开……')
    await page.setInputFiles('#f-attachments', attachment)
    const res = await submitWith(page, () => page.click('.request-form button[type=submit]'))
    expect(res.status()).toBe(400)
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('error-summary')
    const links = await page
      .locator('#error-summary a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')))
    expect(links).toEqual(
      expect.arrayContaining(['#f-department', '#f-applicantType-0', '#f-email', '#f-phone']),
    )
    expect(await page.locator('#f-applicantName').inputValue()).toBe('赵六')
    expect(await page.locator('#f-description').inputValue()).toBe('请公开……')
    expect(await page.locator('.notice-inline').innerText()).toContain('请重新选择')
    // Following a link with the keyboard puts the focus on the field.
    await tabTo(page, '#error-summary a[href="#f-email"]')
    await page.keyboard.press('Enter')
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('f-email')
    expect(await page.locator('#f-email').getAttribute('aria-invalid')).toBe('true')
    await ctx.close()
  }, 120_000)

  it('axe-core finds no WCAG 2.1 A/AA violation on the form, its errors, the receipt and the status pages, in Chinese and English', async () => {
    // axe is injected as an inline script, which the portal's CSP forbids: the test bypasses it.
    const ctx = await context({ bypassCSP: true })
    const page = await ctx.newPage()
    const failures: string[] = []
    let checked = 0
    for (const locale of ['zh', 'en'] as const)
      await journey(page, locale, async (name) => {
        expect(await page.getAttribute('html', 'lang')).toBe(locale === 'en' ? 'en' : 'zh-CN')
        await axe(page, `${name} (${locale})`, failures)
        checked++
      })
    await ctx.close()
    if (failures.length) console.error(failures.join('\n'))
    expect(checked).toBe(10)
    expect(failures).toEqual([])
  }, 300_000)

  it('saves screenshots of every page of the journey at 1280 and 390 px, none scrolling sideways', async () => {
    const saved: string[] = []
    for (const [width, height, label] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const ctx = await context({ viewport: { width, height }, deviceScaleFactor: 1 })
      const page = await ctx.newPage()
      for (const locale of ['zh', 'en'] as const)
        await journey(page, locale, async (name) => {
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
          )
          expect(
            overflow,
            `${name} (${locale}) at ${width}px scrolls sideways`,
          ).toBeLessThanOrEqual(0)
          const file = path.join(shots, `portal-${name}-${locale}-${label}.png`)
          await page.screenshot({ path: file, fullPage: true })
          saved.push(file)
        })
      await ctx.close()
    }
    expect(saved).toHaveLength(20)
    recordMeasurement(
      `disclosure-request screenshots: ${saved.length} in ${path.relative(process.cwd(), shots)}`,
    )
  }, 300_000)
})
