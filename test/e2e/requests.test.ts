/**
 * A disclosure request handled in the admin, in Chromium, as a department's member of staff would:
 * the request arrives through the public API, shows on the dashboard's clock panel, and is taken
 * through 补正 and the answer with the sidebar's handling buttons; the applicant's status page
 * follows. Screenshots in test-results/e2e/.
 */
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  type AdminBrowser,
  apiFromPage,
  screenshots as shots,
  startAdminBrowser,
} from '../support/admin-browser'

const ADMIN = { email: 'requests@example.gov', password: 'e2e request handling password 2026' }

let session: AdminBrowser
let page: Page

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN, { signedIn: false })
  page = await session.pageAs(session.accounts.author!)
  // A loaded CI machine renders the admin slowly; every wait below is for something that comes.
  page.setDefaultTimeout(60_000)
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

async function record(event: string, fill: (p: Page) => Promise<void> = async () => {}) {
  await page.locator(`button[data-event="${event}"]`).click({ timeout: 60_000 })
  await fill(page)
  await Promise.all([
    page.waitForLoadState('load'),
    page.locator(`button[data-confirm="${event}"]`).click(),
  ])
}

describe('disclosure requests in the admin', () => {
  it('takes a request from submission through 补正 to the answer', async () => {
    const url = session.server.url
    const departments = await (await fetch(`${url}/api/v1/departments`)).json()
    const code = departments.data[0].code
    // The report of this year, before: the request will show in it once answered.
    const year = new Date(Date.now() + 8 * 3_600_000).getUTCFullYear()
    const reportUrl = `${url}/api/reports/annual?department=${code}&year=${year}&format=json`
    const before = (await apiFromPage(page, reportUrl)).body.report.requests
    const submitted = await fetch(`${url}/api/v1/disclosure-requests`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        department: code,
        applicantType: 'business',
        applicantName: '某某科技有限公司',
        organizationCode: '91330000MA2XXXXX1A',
        phone: '0571-88888888',
        description: '请公开本部门2025年度的行政许可办理情况统计。',
      }),
    })
    expect(submitted.status).toBe(201)
    const receipt = await submitted.json()

    const found = await apiFromPage(
      page,
      `${url}/api/disclosure-requests?where[trackingCode][equals]=${receipt.trackingCode}&depth=0`,
    )
    expect(found.body.docs).toHaveLength(1)
    const id = found.body.docs[0].id

    await page.goto(`${url}/admin`)
    await page.locator('#gk-clocks-title').waitFor({ timeout: 60_000 })
    await page.screenshot({ path: path.join(shots, 'admin-clock-dashboard.png'), fullPage: true })

    await page.goto(`${url}/admin/collections/disclosure-requests/${id}`)
    const state = page.locator('.gk-request [role="status"]')
    await expect.poll(() => state.textContent(), { timeout: 60_000 }).toContain('已受理')
    expect(await state.textContent()).toContain(receipt.dueDate)

    await record('correction_requested', (p) =>
      p.locator('.gk-request textarea[name="reason"]').fill('请说明所需统计的具体事项。'),
    )
    await expect
      .poll(() => page.locator('.gk-request [role="status"]').textContent(), { timeout: 60_000 })
      .toContain('待补正')

    await record('correction_received')
    await expect
      .poll(() => page.locator('.gk-request [role="status"]').textContent(), { timeout: 60_000 })
      .toContain('已受理')

    // An answer without an outcome is refused, and says why.
    await page.locator('button[data-event="answered"]').click()
    await page.locator('button[data-confirm="answered"]').click()
    await expect
      .poll(() => page.locator('.gk-request [role="alert"]').textContent(), { timeout: 60_000 })
      .toContain('outcome')

    await page.locator('.gk-request select[name="outcome"]').selectOption('disclosed')
    await page
      .locator('.gk-request textarea[name="answer"]')
      .fill('相关统计已在本部门网站公开，现随函提供。')
    await Promise.all([
      page.waitForLoadState('load'),
      page.locator('button[data-confirm="answered"]').click(),
    ])
    await expect
      .poll(() => page.locator('.gk-request [role="status"]').textContent(), { timeout: 60_000 })
      .toContain('已答复')
    // The handling department sees the applicant (and nobody else does: test/int/requests).
    await expect
      .poll(() => page.locator('#field-applicant__name').inputValue(), { timeout: 60_000 })
      .toBe('某某科技有限公司')
    await page.screenshot({ path: path.join(shots, 'admin-request-answered.png'), fullPage: true })

    const status = await fetch(`${url}/api/v1/disclosure-requests/${receipt.trackingCode}`, {
      headers: { 'x-access-key': receipt.accessKey },
    })
    const body = await status.json()
    expect(body).toMatchObject({
      status: 'answered',
      outcome: { code: 'disclosed', label: '予以公开' },
    })
    // In this year's report: one more received (a business), one more handled and disclosed.
    const after = (await apiFromPage(page, reportUrl)).body.report.requests
    expect(after.received.business).toBe(before.received.business + 1)
    expect(after.handledTotal.total).toBe(before.handledTotal.total + 1)
    const disclosed = (r: any) => r.results.find((g: any) => g.outcome === 'disclosed')
    expect(disclosed(after).counts.total).toBe(disclosed(before).counts.total + 1)
    expect(body.history.map((h: any) => h.type)).toEqual([
      'received',
      'correction_requested',
      'correction_received',
      'answered',
    ])
  }, 300_000)
})
