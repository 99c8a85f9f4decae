/**
 * For end-to-end tests: the real server with the built admin on a fresh SQLite database, Debian's
 * Chromium driven by playwright-core (never a downloaded browser), and a signed-in page.
 */
import fs from 'node:fs'
import path from 'node:path'

import { type Browser, chromium, type Page } from 'playwright-core'

import { projectRoot } from '../../src/paths'
import {
  createTestDatabase,
  spawnServer,
  stopSpawned,
  type SpawnedServer,
  tempDir,
  type TestDatabase,
} from './harness'

export const screenshots = path.join(projectRoot, 'test-results/e2e')

export type AdminBrowser = {
  server: SpawnedServer & { url: string }
  browser: Browser
  page: Page
  stop: () => Promise<void>
}

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    // Without the background-networking flags Chromium calls Google's hosts at start.
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
}

export async function signIn(
  page: Page,
  url: string,
  account: { email: string; password: string },
) {
  await page.goto(`${url}/admin`, { waitUntil: 'networkidle' })
  await page.fill('#field-email', account.email)
  await page.fill('#field-password', account.password)
  await Promise.all([
    page.waitForURL((u) => !u.pathname.includes('/login'), { timeout: 30_000 }),
    page.click('button[type=submit]'),
  ])
  await page.waitForLoadState('networkidle')
}

/** Starts everything; `signedIn: false` leaves the page on a blank tab. */
export async function startAdminBrowser(
  account: { email: string; password: string },
  options: { signedIn?: boolean } = {},
): Promise<AdminBrowser> {
  fs.mkdirSync(screenshots, { recursive: true })
  const db: TestDatabase = await createTestDatabase('sqlite')
  const server = await spawnServer(
    {
      DATABASE_URL: db.url,
      DATA_DIR: tempDir(),
      MEDIA_DIR: tempDir(),
      GONGKAI_ADMIN: 'true',
      ADMIN_EMAIL: account.email,
      ADMIN_PASSWORD: account.password,
    },
    300_000,
  )
  if (!server.url) throw new Error(`server did not start:\n${server.stderr()}`)
  const browser = await launchChromium()
  const page = await browser.newPage({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
  if (options.signedIn !== false) await signIn(page, server.url, account)
  return {
    server: server as SpawnedServer & { url: string },
    browser,
    page,
    stop: async () => {
      await browser.close()
      await stopSpawned(server)
      // The server's own account of the run, for when a browser test fails.
      const name = `server-${path.basename(db.url).replace(/\W/g, '')}`
      fs.writeFileSync(path.join(screenshots, `${name}.stdout.log`), server.stdout())
      fs.writeFileSync(path.join(screenshots, `${name}.stderr.log`), server.stderr())
      await db.drop()
    },
  }
}
