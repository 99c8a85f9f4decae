/**
 * An API key for a department website, issued in the admin as an administrator would do it, in
 * Chromium: create the record, press "issue", copy the key shown once, and use it on the public
 * API. Reloading the page never shows the key again; only its prefix stays.
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

const ADMIN = { email: 'keys@example.gov', password: 'e2e api key password 2026' }

let session: AdminBrowser
let page: Page

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN)
  page = session.page
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

describe('API keys in the admin', () => {
  it('issues a key shown once, which then works on the public API', async () => {
    const url = session.server.url
    await page.goto(`${url}/admin/collections/api-keys/create`)
    await page.locator('#field-name').fill('门户网站', { timeout: 30_000 })
    const department = page.locator('#field-department')
    await department.click()
    await page.locator('.rs__option').first().click()
    await page.keyboard.press('Escape')
    // Before the first save there is nothing to issue a key for.
    await expect.poll(() => page.getByText('保存后可签发密钥').count()).toBeGreaterThan(0)
    await page.locator('#action-save').first().click()
    await page.waitForURL(/\/admin\/collections\/api-keys\/\d+/, { timeout: 30_000 })
    const id = /\/(\d+)(\?|$)/.exec(page.url())![1]

    await page.getByRole('button', { name: /签发新密钥/ }).click()
    const shown = page.locator('input.gk-issued-key')
    await shown.waitFor({ timeout: 20_000 })
    const key = await shown.inputValue()
    expect(key).toMatch(/^gk_[\w-]{43}$/)
    await page.screenshot({ path: path.join(shots, 'api-key-issued.png'), fullPage: true })

    // The key works on the public API; a wrong one is refused.
    const ok = await fetch(`${url}/api/v1/topics`, { headers: { authorization: `Bearer ${key}` } })
    expect(ok.status).toBe(200)
    const wrong = await fetch(`${url}/api/v1/topics`, {
      headers: { authorization: `Bearer ${key.slice(0, -2)}xx` },
    })
    expect(wrong.status).toBe(401)

    // Shown once: after a reload only the prefix remains, and the API never returns the key.
    await page.reload()
    await page.locator('#field-name').waitFor({ timeout: 30_000 })
    expect(await page.locator('input.gk-issued-key').count()).toBe(0)
    expect(await page.content()).not.toContain(key)
    const record = await apiFromPage(page, `${url}/api/api-keys/${id}`)
    expect(record.status).toBe(200)
    expect(record.body.keyPrefix).toBe(key.slice(0, 10))
    expect(JSON.stringify(record.body)).not.toContain(key)
  })
})
