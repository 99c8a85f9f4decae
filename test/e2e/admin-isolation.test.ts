/**
 * The isolation matrix in the admin itself (security-checks.md 10, "… and the admin"): an editor
 * of department A, in Chromium, sees nothing of department B's draft — not in the list, not by
 * its URL, not in the versions view — while B's editor, in the same admin, does. The other doors
 * are tested over HTTP in test/int/workflow/isolation.test.ts and
 * test/int/security/isolation-more.test.ts.
 */
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build } from '../support/factories'
import { type AdminBrowser, screenshots, startAdminBrowser } from '../support/admin-browser'

const ADMIN = { email: 'isolation-admin@example.gov', password: 'two departments apart 2026' }
const SECRET = '乙部门尚未公开的草稿（浏览器）'
const EDITOR_A = { email: 'editor-a@example.gov', password: 'only department a here 2026' }

let session: AdminBrowser
let draft: { id: number | string }
let deptA: any
let deptB: any

async function api(
  who: { email: string; password: string },
  method: string,
  url: string,
  body?: unknown,
) {
  const login = await fetch(`${session.server.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(who),
  })
  const { token } = await login.json()
  expect(token, `sign-in of ${who.email}`).toBeTruthy()
  const res = await fetch(`${session.server.url}${url}`, {
    method,
    headers: { 'content-type': 'application/json', authorization: `JWT ${token}` },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  return { status: res.status, body: (await res.json().catch(() => null)) as any }
}

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN, { signedIn: false })
  const { accounts } = session
  const departments = await api(ADMIN, 'GET', '/api/departments?limit=2&sort=id&depth=0')
  ;[deptA, deptB] = departments.body.docs
  expect(deptB, 'the demo has two departments at least').toBeTruthy()
  // The system admin creates A's editor; the security admin gives them roles in A only (三员分立).
  const created = await api(ADMIN, 'POST', '/api/users', { ...EDITOR_A, name: '甲部门编辑' })
  expect(created.status, JSON.stringify(created.body)).toBe(201)
  const roles = await api(accounts.security_admin!, 'PATCH', `/api/users/${created.body.doc.id}`, {
    memberships: [{ department: deptA.id, roles: ['author', 'reviewer', 'publisher'] }],
  })
  expect(roles.status, JSON.stringify(roles.body)).toBe(200)
  // The demo author (a member of every department) writes B's draft.
  const made = await api(accounts.author!, 'POST', '/api/policies', {
    ...build.policies(deptB.id),
    title: SECRET,
  })
  expect(made.status, JSON.stringify(made.body)).toBe(201)
  draft = made.body.doc
}, 420_000)

afterAll(async () => {
  await session?.stop()
})

/** The page's visible text once the admin has rendered (the list and edit views load on the client). */
async function visibleText(page: Page, url: string): Promise<string> {
  await page.goto(url, { waitUntil: 'networkidle' })
  await page.waitForTimeout(500)
  return page.locator('body').innerText()
}

describe('department isolation in the admin (Chromium)', () => {
  it("A's editor finds B's draft nowhere: list, search, its URL, its versions", async () => {
    const page = await session.pageAs(EDITOR_A)
    const base = `${session.server.url}/admin/collections/policies`
    const list = await visibleText(page, base)
    expect(list).not.toContain(SECRET)
    const searched = await visibleText(page, `${base}?search=${encodeURIComponent(SECRET)}`)
    expect(searched).not.toContain(SECRET)
    const edit = await visibleText(page, `${base}/${draft.id}`)
    await page.screenshot({ path: path.join(screenshots, 'isolation-a-opens-b-draft.png') })
    expect(edit).not.toContain(SECRET)
    // The admin says it cannot find it, as for an id that does not exist.
    expect(edit).toContain(`无法找到 ID 为 ${draft.id} 的文档`)
    const versions = await visibleText(page, `${base}/${draft.id}/versions`)
    expect(versions).not.toContain(SECRET)
    // Nor through the API the admin's scripts use, with the browser's own session.
    const fetched = await page.evaluate(
      async (u) => (await fetch(u, { credentials: 'include' })).status,
      `/api/policies/${draft.id}?draft=true`,
    )
    expect(fetched).toBe(404)
    await page.context().close()
  }, 180_000)

  it("B's editor sees it in the same admin (the door is open)", async () => {
    const page = await session.pageAs(session.accounts.author!)
    const base = `${session.server.url}/admin/collections/policies`
    const edit = await visibleText(page, `${base}/${draft.id}`)
    const title = await page.locator('#field-title').inputValue()
    expect(title || edit).toContain(SECRET)
    await page.context().close()
  }, 180_000)
})
