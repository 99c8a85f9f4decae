/**
 * The public portal in headless Chromium against the real server (`node dist/server.mjs`, run
 * `npm run build` first) with the demo content: axe-core (WCAG 2.1 A and AA rules) finds no
 * violation on any page type in Chinese or English; the search flow works with the keyboard only,
 * with JavaScript on and off; screenshots of every page type at desktop and phone widths go to
 * test-results/e2e/portal/.
 */
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'

import type { Browser, BrowserContext, Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { launchChromium, printedAccounts, screenshots } from '../support/admin-browser'
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
const ADMIN = { email: 'portal-admin@example.gov', password: 'portal e2e password 2026' }

let db: TestDatabase
let server: SpawnedServer & { url: string }
let browser: Browser
/** Page types by name: the path to visit and the status it answers with. */
const PAGES: Record<string, { path: string; status: number }> = {}

async function api(pathAndQuery: string, init: RequestInit = {}) {
  const res = await fetch(`${server.url}${pathAndQuery}`, init)
  return { status: res.status, body: (await res.json()) as any }
}

async function first(query: string): Promise<any> {
  const { body } = await api(`/api/v1/documents?pageSize=1&${query}`)
  expect(body.data.length, query).toBe(1)
  return body.data[0]
}

beforeAll(async () => {
  fs.mkdirSync(shots, { recursive: true })
  db = await createTestDatabase('sqlite')
  const spawned = await spawnServer(
    {
      DATABASE_URL: db.url,
      DATA_DIR: tempDir(),
      MEDIA_DIR: tempDir(),
      // The portal needs no admin build; the demo content is seeded at first start.
      GONGKAI_ADMIN: 'false',
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    },
    300_000,
  )
  if (!spawned.url) throw new Error(`server did not start:\n${spawned.stderr()}`)
  server = spawned as SpawnedServer & { url: string }
  browser = await launchChromium()

  const policy = await first('type=policy&validity=valid')
  const repealed = await first('type=policy&validity=repealed')
  // A document to withdraw, so the 410 page can be seen: the demo publisher does it over REST.
  const publisher = printedAccounts(server.stderr(), ADMIN.password).publisher!
  const login = await api('/api/users/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(publisher),
  })
  expect(login.status).toBe(200)
  const auth = { authorization: `JWT ${login.body.token}` }
  const { body: published } = await api(
    '/api/policies?depth=0&limit=10&sort=-publishedAt&where[workflowState][equals]=published',
    { headers: auth },
  )
  const victim = published.docs.find((d: any) => d.uid !== policy.uid && d.uid !== repealed.uid)
  const withdrawn = await api(`/api/policies/${victim.id}/workflow`, {
    method: 'POST',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ action: 'withdraw', notice: '因机构职能调整，本文件撤回。' }),
  })
  expect(withdrawn.status, JSON.stringify(withdrawn.body)).toBe(200)

  const doc = (d: any) => ({ path: `/documents/${d.uid}`, status: 200 })
  Object.assign(PAGES, {
    home: { path: '/', status: 200 },
    'search-results': { path: `/search?q=${encodeURIComponent('通知')}`, status: 200 },
    'search-filtered': {
      path: `/search?q=${encodeURIComponent('通知')}&type=policy&sort=-publishedAt&pageSize=5`,
      status: 200,
    },
    'search-empty': { path: `/search?q=${encodeURIComponent('没有这样的内容')}`, status: 200 },
    'decision-list': { path: '/search?type=penalty', status: 200 },
    policy: doc(policy),
    'policy-repealed': doc(repealed),
    regulation: doc(await first('type=regulation')),
    interpretation: doc(await first('type=interpretation')),
    procedure: doc(await first('type=procedure')),
    licensing: doc(await first('type=licensing')),
    penalty: doc(await first('type=penalty')),
    department: { path: `/departments/${policy.department.code}`, status: 200 },
    'not-found': { path: '/documents/00000000-0000-4000-8000-000000000000', status: 404 },
    withdrawn: { path: `/documents/${victim.uid}`, status: 410 },
    'bad-request': { path: '/search?pageSize=0', status: 400 },
  })
}, 360_000)

afterAll(async () => {
  await browser?.close()
  if (server) {
    await stopSpawned(server)
    fs.writeFileSync(path.join(shots, 'server.stderr.log'), server.stderr())
  }
  await db?.drop()
})

const withLocale = (p: string, locale: 'zh' | 'en') =>
  locale === 'zh' ? p : `${p}${p.includes('?') ? '&' : '?'}locale=en`

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

describe('the public portal in Chromium', () => {
  it('axe-core finds no WCAG 2.1 A/AA violation on any page type, in Chinese and in English', async () => {
    // axe is injected as an inline script, which the portal's CSP forbids: the test bypasses it.
    const ctx = await context({ bypassCSP: true })
    const page = await ctx.newPage()
    const failures: string[] = []
    for (const [name, { path: p, status }] of Object.entries(PAGES)) {
      for (const locale of ['zh', 'en'] as const) {
        const url = withLocale(p, locale)
        const res = await page.goto(`${server.url}${url}`, { waitUntil: 'load' })
        expect(res?.status(), url).toBe(status)
        expect(await page.getAttribute('html', 'lang')).toBe(locale === 'en' ? 'en' : 'zh-CN')
        await page.addScriptTag({ content: axeSource })
        const { passes, violations } = await page.evaluate(async () => {
          const result = await (window as any).axe.run(document, {
            runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
          })
          const violations = result.violations.map((v: any) => ({
            id: v.id,
            impact: v.impact,
            help: v.help,
            nodes: v.nodes
              .slice(0, 5)
              .map((n: any) => `${n.target.join(' ')}: ${n.failureSummary}`),
          }))
          return { passes: result.passes.length as number, violations }
        })
        // The rules ran (a page where nothing was checked would pass vacuously).
        expect(passes, url).toBeGreaterThan(5)
        for (const v of violations)
          failures.push(
            `${name} (${locale}) ${url}\n  ${v.id} [${v.impact}] ${v.help}\n    ${v.nodes.join('\n    ')}`,
          )
      }
    }
    await ctx.close()
    if (failures.length) console.error(failures.join('\n'))
    expect(failures).toEqual([])
  }, 300_000)

  it('saves a screenshot of every page type at desktop (1280 px) and phone (390 px) widths', async () => {
    for (const [width, height, label] of [
      [1280, 900, 'desktop'],
      [390, 844, 'phone'],
    ] as const) {
      const ctx = await context({ viewport: { width, height }, deviceScaleFactor: 1 })
      const page = await ctx.newPage()
      for (const [name, { path: p }] of Object.entries(PAGES)) {
        await page.goto(`${server.url}${p}`, { waitUntil: 'load' })
        // Nothing wider than the screen: no sideways scrolling on a phone.
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        )
        expect(overflow, `${name} at ${width}px scrolls sideways`).toBeLessThanOrEqual(0)
        await page.screenshot({
          path: path.join(shots, `portal-${name}-zh-${label}.png`),
          fullPage: true,
        })
      }
      for (const name of ['home', 'policy', 'procedure']) {
        await page.goto(`${server.url}${withLocale(PAGES[name]!.path, 'en')}`, {
          waitUntil: 'load',
        })
        await page.screenshot({
          path: path.join(shots, `portal-${name}-en-${label}.png`),
          fullPage: true,
        })
      }
      await page.emulateMedia({ media: 'print' })
      await page.goto(`${server.url}${PAGES.policy!.path}`, { waitUntil: 'load' })
      await page.screenshot({
        path: path.join(shots, `portal-policy-zh-${label}-print.png`),
        fullPage: true,
      })
      await ctx.close()
    }
    const saved = fs.readdirSync(shots).filter((f) => f.endsWith('.png'))
    expect(saved.length).toBeGreaterThanOrEqual(Object.keys(PAGES).length * 2)
    recordMeasurement(
      `portal screenshots: ${saved.length} in ${path.relative(process.cwd(), shots)}`,
    )
  }, 300_000)

  for (const javaScriptEnabled of [true, false]) {
    it(`the search flow with the keyboard only (JavaScript ${javaScriptEnabled ? 'on' : 'off'})`, async () => {
      const ctx = await context({ javaScriptEnabled })
      const page = await ctx.newPage()
      await page.goto(`${server.url}/`, { waitUntil: 'load' })
      // The skip link comes first.
      await page.keyboard.press('Tab')
      expect(await page.locator('a.skip:focus').count()).toBe(1)
      await tabTo(page, '#q')
      await page.keyboard.type('通知')
      await Promise.all([page.waitForURL(/\/search\?q=/), page.keyboard.press('Enter')])
      expect(await page.locator('h2#results-heading').innerText()).toMatch(/共 \d+ 条结果/)

      // A type facet when the engine gives facets, else the type tab: both are plain links.
      const facet =
        (await page.locator('section[aria-labelledby="facet-type"] a').count()) > 0
          ? 'section[aria-labelledby="facet-type"] a[href*="type=policy"]'
          : '.tabs a[href*="type=policy"]'
      await tabTo(page, facet)
      await Promise.all([page.waitForURL(/type=policy/), page.keyboard.press('Enter')])
      expect(new URL(page.url()).searchParams.get('q')).toBe('通知')
      expect(await page.locator('.tabs a[aria-current]').innerText()).toBe('政策文件')

      await tabTo(page, '.results h3 a')
      const title = await page.locator('.results h3 a:focus').innerText()
      await Promise.all([
        page.waitForURL(/\/documents\/[0-9a-f-]{36}$/),
        page.keyboard.press('Enter'),
      ])
      expect(await page.locator('h1').innerText()).toBe(title)
      expect(await page.locator('th[scope=row]', { hasText: '索引号' }).count()).toBe(1)
      await page.screenshot({
        path: path.join(shots, `portal-keyboard-flow-js-${javaScriptEnabled ? 'on' : 'off'}.png`),
      })
      await ctx.close()
    }, 120_000)
  }

  it('measures the search page over loopback (p50, p95)', async () => {
    const url = `${server.url}/search?q=${encodeURIComponent('通知')}`
    const times: number[] = []
    for (let i = 0; i < 60; i++) {
      const started = performance.now()
      const res = await fetch(url, { headers: { 'cache-control': 'no-cache' } })
      await res.text()
      times.push(performance.now() - started)
    }
    const sorted = times.slice(10).sort((a, b) => a - b)
    const p95 = sorted[Math.floor(sorted.length * 0.95)]!
    recordMeasurement(
      `portal search page over loopback (demo content): p50 ${sorted[Math.floor(sorted.length / 2)]!.toFixed(1)} ms, p95 ${p95.toFixed(1)} ms`,
    )
    // Recorded, not asserted (test/support/measure.ts): a loaded CI machine must not fail on time.
    expect(p95).toBeGreaterThan(0)
  }, 60_000)
})
