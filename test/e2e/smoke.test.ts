/**
 * End-to-end smoke test in headless Chromium against the real server with the built admin:
 * sign in as the seeded admin, create and publish a policy, and read it anonymously through /api.
 * Needs the admin build (`npm run build`) and Debian's chromium; .ci/run provides both.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../src/paths'
import {
  createTestDatabase,
  spawnServer,
  stopSpawned,
  type SpawnedServer,
  tempDir,
  type TestDatabase,
} from '../support/harness'

const ADMIN = { email: 'editor@example.gov', password: 'e2e smoke password 2026' }
const shots = path.join(projectRoot, 'test-results/e2e')

let server: SpawnedServer
let db: TestDatabase
let browser: Browser
let page: Page

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  db = await createTestDatabase('sqlite')
  server = await spawnServer(
    {
      DATABASE_URL: db.url,
      DATA_DIR: tempDir(),
      MEDIA_DIR: tempDir(),
      GONGKAI_ADMIN: 'true',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    300_000,
  )
  if (!server.url) throw new Error(`server did not start:\n${server.stderr()}`)
  browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  })
  page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 900 } })
}, 360_000)

afterAll(async () => {
  await browser?.close()
  if (server) await stopSpawned(server)
  await db?.drop()
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

    await page.fill('#field-email', ADMIN.email)
    await page.fill('#field-password', ADMIN.password)
    await Promise.all([
      page.waitForURL((u) => !u.pathname.includes('/login'), { timeout: 30_000 }),
      page.click('button[type=submit]'),
    ])
    await page.waitForLoadState('networkidle')
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
