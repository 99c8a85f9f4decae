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

export type Account = { email: string; password: string }

export type AdminBrowser = {
  server: SpawnedServer & { url: string }
  browser: Browser
  page: Page
  /** The accounts the server created at first start, by role (system_admin, author, reviewer, …). */
  accounts: Record<string, Account>
  /** A new, separate browser session signed in as someone else. */
  pageAs: (account: Account) => Promise<Page>
  stop: () => Promise<void>
}

const ROLE_OF: Record<string, string> = {
  'system admin': 'system_admin',
  'security admin': 'security_admin',
  'audit admin': 'audit_admin',
  'demo author': 'author',
  'demo reviewer': 'reviewer',
  'demo publisher': 'publisher',
}

/** The account lines the server prints once at first start. */
export function printedAccounts(stderr: string, adminPassword: string): Record<string, Account> {
  const accounts: Record<string, Account> = {}
  for (const m of stderr.matchAll(/^ {4}(\S+ \S+) +\S+ +(\S+@\S+) +(.+)$/gm)) {
    const role = ROLE_OF[m[1]!]
    if (role)
      accounts[role] = {
        email: m[2]!,
        password: m[3]!.startsWith('(') ? adminPassword : m[3]!.trim(),
      }
  }
  return accounts
}

/**
 * Content-Security-Policy violations reported by any page of any browser launched here
 * (`securitypolicyviolation` events, reported as they happen, whatever the page does next).
 * Each end-to-end file ends by expecting none (security-checks.md 19).
 */
export const cspViolations: string[] = []

const REPORT_VIOLATIONS = `document.addEventListener('securitypolicyviolation', (e) => {
  window.__gongkaiCsp?.([e.violatedDirective, e.blockedURI, e.documentURI, e.sourceFile + ':' + e.lineNumber].join(' | '))
})`

export async function launchChromium(): Promise<Browser> {
  const browser = await launchBare()
  const newContext = browser.newContext.bind(browser)
  browser.newContext = async (...args) => {
    const context = await newContext(...args)
    await context.exposeFunction('__gongkaiCsp', (line: string) => {
      cspViolations.push(line)
    })
    await context.addInitScript(REPORT_VIOLATIONS)
    return context
  }
  return browser
}

function launchBare(): Promise<Browser> {
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
  const newPage = () =>
    browser
      .newContext({ locale: 'zh-CN', viewport: { width: 1280, height: 1000 } })
      .then((c) => c.newPage())
  const page = await newPage()
  if (options.signedIn !== false) await signIn(page, server.url, account)
  return {
    server: server as SpawnedServer & { url: string },
    browser,
    page,
    accounts: printedAccounts(server.stderr(), account.password),
    pageAs: async (who) => {
      const p = await newPage()
      await signIn(p, server.url!, who)
      return p
    },
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

/**
 * GET from the API inside the page, as the admin's own scripts do: the browser sends the session
 * cookie with its same-origin headers (a cookie without them is refused: CSRF protection).
 */
export async function apiFromPage(p: Page, url: string): Promise<{ status: number; body: any }> {
  return p.evaluate(async (u) => {
    const res = await fetch(u, { credentials: 'include' })
    return { status: res.status, body: await res.json().catch(() => null) }
  }, url)
}
