/**
 * Every document type created in the admin as an editor would: fill the form in Chromium, attach
 * a file through the upload drawer, publish, and find the result, with its attachment, through
 * the API. Screenshots of each filled form go to test-results/e2e/.
 */
import path from 'node:path'

import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { minimalPdf } from '../../src/seed/files'
import {
  type AdminBrowser,
  screenshots as shots,
  apiFromPage,
  startAdminBrowser,
} from '../support/admin-browser'
import { residentId } from '../support/factories'

const ADMIN = { email: 'editor@example.gov', password: 'e2e content password 2026' }

let session: AdminBrowser
let page: Page
let server: AdminBrowser['server']

beforeAll(async () => {
  session = await startAdminBrowser(ADMIN, { signedIn: false })
  server = session.server
  // Authors write documents (the system admin holds no editorial role).
  page = await session.pageAs(session.accounts.author!)
}, 360_000)

afterAll(async () => {
  await session?.stop()
})

// ---- form helpers: the way a person fills Payload's admin ----

async function tab(name: string) {
  await page.locator('.tabs-field__tab-button', { hasText: name }).first().click()
}

async function text(field: string, value: string) {
  await page
    .locator(`#field-${field}`)
    .fill(value, { timeout: 20_000 })
    .catch(async (err) => {
      await page.screenshot({ path: path.join(shots, `failure-${field}.png`), fullPage: true })
      throw err
    })
}

/**
 * A relationship or select field (react-select): open it, type, take the matching option, and
 * check that the field now shows it (a click that lands while the list refilters is lost).
 */
async function choose(field: string, search?: string) {
  const control = page.locator(`#field-${field}`)
  const chosen = control.locator('.rs__value-container--has-value')
  for (let attempt = 1; ; attempt++) {
    await control.click()
    if (search) await page.keyboard.type(search)
    const options = search
      ? page.locator('.rs__option', { hasText: search })
      : page.locator('.rs__option')
    await options.first().click()
    const ok = await expect
      .poll(async () => (await chosen.allInnerTexts()).some((t) => !search || t.includes(search)), {
        timeout: 5_000,
      })
      .toBe(true)
      .then(
        () => true,
        () => false,
      )
    if (ok) {
      await page.keyboard.press('Escape')
      return
    }
    if (attempt === 3) {
      await page.screenshot({
        path: path.join(shots, `failure-choose-${field}.png`),
        fullPage: true,
      })
      throw new Error(`could not choose ${search ?? 'an option'} in ${field}`)
    }
  }
}

async function date(field: string, value: string) {
  const input = page.locator(`#field-${field} input, input#field-${field}`).first()
  await input.fill(value)
  await input.press('Enter')
  await page.keyboard.press('Escape')
}

/** Attach a new PDF through the attachments field's upload drawer. */
async function attachPdf(name: string) {
  await tab('附件')
  await page.locator('button', { hasText: '创建新条目' }).first().click()
  await page
    .locator('input[type=file]')
    .first()
    .setInputFiles({ name, mimeType: 'application/pdf', buffer: minimalPdf(name) })
  await page.getByRole('button', { name: '保存', exact: true }).click()
  await expect
    .poll(
      async () =>
        page
          .locator('.upload--has-many, .upload-field, [class*=upload]')
          .filter({ hasText: name })
          .count(),
      { timeout: 20_000 },
    )
    .toBeGreaterThan(0)
}

/** Saves the draft (an author's save is always a draft) and reads it back as the author. */
async function saveDraft(slug: string, shot: string) {
  await page.screenshot({ path: path.join(shots, `content-${shot}.png`), fullPage: true })
  await page.locator('#action-save-draft').first().click()
  await page
    .waitForURL(new RegExp(`/admin/collections/${slug}/\\d+`), { timeout: 30_000 })
    .catch(async (err) => {
      await page.screenshot({
        path: path.join(shots, `failure-publish-${shot}.png`),
        fullPage: true,
      })
      throw err
    })
  await page.waitForLoadState('networkidle')
  const id = /\/(\d+)(\?|$)/.exec(page.url())![1]
  const res = await apiFromPage(page, `${server.url}/api/${slug}/${id}?depth=1&draft=true`)
  expect(res.status).toBe(200)
  // Not public before review.
  expect((await fetch(`${server.url}/api/${slug}/${id}`)).status).toBe(404)
  return res.body
}

async function open(slug: string) {
  await page.goto(`${server.url}/admin/collections/${slug}/create`, { waitUntil: 'networkidle' })
}

describe('creating every document type in the admin (Chromium)', () => {
  it('a policy with a document number and an attachment', async () => {
    await open('policies')
    await text('title', '临江市关于浏览器测试的通知')
    await choose('department')
    await text('docNumber', '临政发[2026]101号')
    await attachPdf('policy-attachment.pdf')
    const doc = await saveDraft('policies', 'policy')
    expect(doc).toMatchObject({
      docNumber: '临政发[2026]101号',
      docNumberKey: '临政发|2026|101',
    })
    expect(doc).toMatchObject({ _status: 'draft', workflowState: 'draft' })
    expect(doc.indexNumber ?? null).toBeNull()
    expect(doc.attachments.map((a: any) => a.filename)).toEqual(['policy-attachment.pdf'])
    expect(doc.attachments[0].mimeType).toBe('application/pdf')
  }, 120_000)

  it('a regulation with its effective date', async () => {
    await open('regulations')
    await text('title', '临江市浏览器测试管理办法')
    await choose('department')
    await date('effectiveDate', '2026-01-01')
    await attachPdf('regulation.pdf')
    const doc = await saveDraft('regulations', 'regulation')
    expect(doc.effectiveDate.slice(0, 10)).toBe('2026-01-01')
    expect(doc.attachments).toHaveLength(1)
  }, 120_000)

  it('an interpretation of the policy', async () => {
    await open('interpretations')
    await text('title', '《临江市关于浏览器测试的通知》政策解读')
    await choose('department')
    await choose('interprets', '浏览器测试')
    await attachPdf('interpretation.pdf')
    const doc = await saveDraft('interpretations', 'interpretation')
    expect(doc.interprets.title).toBe('临江市关于浏览器测试的通知')
    expect(doc.attachments).toHaveLength(1)
  }, 120_000)

  it('a service procedure', async () => {
    await open('procedures')
    await text('title', '浏览器测试许可')
    await choose('department')
    await choose('itemType', '行政许可')
    await choose('serviceObjects', '法人')
    await tab('办理流程')
    await text('legalTimeLimit', '20')
    await text('promisedTimeLimit', '5')
    await attachPdf('procedure-form.pdf')
    const doc = await saveDraft('procedures', 'procedure')
    expect(doc).toMatchObject({
      itemType: 'licensing',
      serviceObjects: ['legal_person'],
      legalTimeLimit: 20,
      promisedTimeLimit: 5,
    })
    expect(doc.attachments).toHaveLength(1)
  }, 120_000)

  it('a licensing decision for a company', async () => {
    await open('licensing-decisions')
    await text('partyName', '临江浏览器科技有限公司')
    await choose('partyType', '法人')
    await text('creditCode', '91330100MA2B3C4D5E')
    await tab('许可决定')
    await text('decisionDocName', '食品经营许可决定书')
    await text('decisionNumber', '临市监许〔2026〕501号')
    await choose('licenseCategory', '普通')
    await text('content', '预包装食品销售')
    await date('decisionDate', '2026-11-20')
    await date('validFrom', '2026-11-20')
    await text('authority', '临江市市场监督管理局')
    await tab('公开信息')
    await choose('department')
    await attachPdf('licence.pdf')
    const doc = await saveDraft('licensing-decisions', 'licensing')
    expect(doc).toMatchObject({
      partyName: '临江浏览器科技有限公司',
      title: '临江浏览器科技有限公司 食品经营许可决定书',
    })
    expect(doc.attachments).toHaveLength(1)
  }, 120_000)

  it('a penalty decision against a natural person, masked for the public', async () => {
    const id = residentId('19850612', '456')
    await open('penalty-decisions')
    await text('partyName', '王小明')
    await choose('partyType', '自然人')
    await choose('idType', '居民身份证')
    await text('idNumber', id)
    await tab('处罚决定')
    await text('decisionNumber', '临市监罚〔2026〕601号')
    await text('violationType', '经营超过保质期的食品')
    await text('violationFacts', '经查属实。')
    await text('legalBasis', '《中华人民共和国食品安全法》第一百二十四条')
    await choose('penaltyCategories', '罚款')
    await text('penaltyContent', '罚款人民币0.5万元。')
    await text('fineAmount', '0.5')
    await date('decisionDate', '2026-11-20')
    await date('publicationEndDate', '2029-11-20')
    await text('authority', '临江市市场监督管理局')
    await tab('公开信息')
    await choose('department')
    await attachPdf('penalty.pdf')
    const doc = await saveDraft('penalty-decisions', 'penalty')
    expect(doc).toMatchObject({
      partyNamePublic: '王**',
      idNumberPublic: `330102********${id.slice(-4)}`,
      fineAmount: 0.5,
    })
    // The author is staff of the department: the full values are theirs to see.
    expect(doc).toMatchObject({ partyName: '王小明', idNumber: id })
    expect(doc.attachments).toHaveLength(1)
  }, 120_000)
})
