/**
 * The annual report panel in the admin, in Chromium, on the demo data: the system admin picks the
 * market regulator and 2025 (published by the demo seed: the checks pass and it says so), then
 * 2026, whose carried-over row agrees with 2025, and publishes it with the panel's button.
 */
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { DEMO_REPORT } from '../../src/seed/demo-requests'
import {
  type AdminBrowser,
  screenshots as shots,
  startAdminBrowser,
} from '../support/admin-browser'

const ADMIN = { email: 'reports@example.gov', password: 'e2e annual report password 2026' }

let session: AdminBrowser
let page: Page

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN)
  page = session.page
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

describe('annual report panel in the admin', () => {
  it('generates, checks and publishes', async () => {
    const url = session.server.url
    await page.goto(`${url}/admin/collections/annual-reports`)
    const panel = page.locator('section.gk-annual')
    await panel.waitFor({ timeout: 30_000 })
    const select = panel.locator('select')
    await expect
      .poll(() => select.locator(`option[value="${DEMO_REPORT.department}"]`).count())
      .toBe(1)
    await select.selectOption(DEMO_REPORT.department)
    await panel.locator('input[type=number]').first().fill('2025')
    await panel.getByRole('button', { name: '生成并校验' }).click()
    await panel.getByText('全部校验通过。').waitFor({ timeout: 30_000 })
    await panel.getByText('已发布：临江市市场监督管理局2025年政府信息公开工作年度报告').waitFor()
    expect(await panel.getByRole('link', { name: 'CSV' }).getAttribute('href')).toContain(
      `department=${DEMO_REPORT.department}&year=2025&format=csv`,
    )
    await page.screenshot({ path: path.join(shots, 'annual-report-2025.png'), fullPage: true })

    await panel.locator('input[type=number]').first().fill('2026')
    await panel.getByRole('button', { name: '生成并校验' }).click()
    const publish = panel.getByRole('button', { name: '发布年度报告' })
    await publish.waitFor({ timeout: 30_000 })
    expect(await panel.getByText('全部校验通过。').count()).toBe(1)
    page.once('dialog', (dialog) => void dialog.accept())
    await publish.click()
    await panel
      .getByText('已发布：临江市市场监督管理局2026年政府信息公开工作年度报告')
      .first()
      .waitFor({ timeout: 30_000 })
    await page.screenshot({ path: path.join(shots, 'annual-report-2026.png'), fullPage: true })
  })
})
