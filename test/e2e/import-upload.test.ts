/**
 * The decision upload screen in the admin, in Chromium, as a department's author uses it: open
 * 批量导入, pick the department and the kind, choose a CSV (two good rows, one bad), upload, watch
 * the progress bar, and read the summary and the error report link. The decisions are drafts.
 * Screenshots in test-results/e2e/.
 */
import path from 'node:path'

import { stringify } from 'csv-stringify/sync'
import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { GENERATED_HEADER, generatedRow } from '../../src/import/generate'
import {
  type AdminBrowser,
  apiFromPage,
  screenshots as shots,
  startAdminBrowser,
} from '../support/admin-browser'

const ADMIN = { email: 'imports@example.gov', password: 'e2e decision import password 2026' }

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

describe('decision upload in the admin', () => {
  it('imports a CSV with a progress bar, then shows the counts and the error report', async () => {
    const url = session.server.url
    const rows = [1, 2, 3].map((n) => generatedRow('licensing', 9000 + n, 7))
    rows[2]![GENERATED_HEADER.licensing.indexOf('XK_JDRQ')] = 'not a date'
    const csv = stringify([GENERATED_HEADER.licensing, ...rows])

    await page.goto(`${url}/admin/collections/import-runs`)
    const panel = page.locator('section.gk-import')
    await panel.waitFor({ timeout: 60_000 })
    const department = panel.locator('select[name="department"]')
    await expect.poll(() => department.locator('option').count(), { timeout: 60_000 }).toBe(5)
    const chosen = await department.inputValue()
    await panel.locator('select[name="kind"]').selectOption('licensing')
    // The demo author is no publisher: no "publish on import".
    expect(await panel.locator('input[name="publish"]').count()).toBe(0)
    await panel.locator('input[type="file"]').setInputFiles({
      name: '许可决定.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(csv, 'utf8'),
    })
    await panel.getByRole('button', { name: '上传并导入' }).click()

    await panel.locator('progress').first().waitFor({ timeout: 60_000 })
    const summary = panel.locator('.gk-import__summary')
    await summary.waitFor({ timeout: 120_000 })
    expect(await summary.textContent()).toBe('新增 2，更新 0，未变 0，拒绝 1')
    expect(await panel.getByRole('status').textContent()).toContain('导入完成')
    const link = panel.getByRole('link', { name: /下载错误报告/ })
    expect(await link.getAttribute('href')).toMatch(/\/api\/import-runs\/\d+\/errors\.csv$/)
    await page.screenshot({ path: path.join(shots, 'admin-import-upload.png'), fullPage: true })

    // The report, as the browser downloads it: the bad row with its column.
    const report = await page.evaluate(
      async (href) => {
        const res = await fetch(href!, { credentials: 'include' })
        return { status: res.status, text: await res.text() }
      },
      await link.getAttribute('href'),
    )
    expect(report.status).toBe(200)
    expect(report.text).toMatch(/\r\n4,XK_JDRQ,not a date,/)

    // Two drafts in the chosen department, none public.
    const found = await apiFromPage(
      page,
      `${url}/api/licensing-decisions?where[department][equals]=${chosen}&where[importSource][exists]=true&draft=true&depth=0`,
    )
    expect(found.body.docs).toHaveLength(2)
    expect(found.body.docs.map((d: any) => d._status)).toEqual(['draft', 'draft'])
  }, 300_000)
})
