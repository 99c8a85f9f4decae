import crypto from 'node:crypto'

import type { Payload } from 'payload'

import type { Settings } from '../config/settings'
import { paragraphsToLexical } from '../richtext/lexical'
import { demoDepartments, demoPolicies } from './demo-data'

export const DEFAULT_ADMIN_EMAIL = 'admin@example.gov'

/** Creates the demo departments and documents. Expects an empty database. */
export async function seedDemoContent(
  payload: Payload,
): Promise<{ departments: number; policies: number }> {
  const ids = new Map<string, number>()
  for (const d of demoDepartments) {
    const created = await payload.create({
      collection: 'departments',
      locale: 'zh',
      data: {
        code: d.code,
        name: d.name,
        shortName: d.shortName,
        parent: d.parent ? ids.get(d.parent) : undefined,
        websites: [{ url: d.website }],
        contact: { phone: d.phone, address: d.address },
      },
    })
    await payload.update({
      collection: 'departments',
      id: created.id,
      locale: 'en',
      data: { name: d.nameEn },
    })
    ids.set(d.code, created.id as number)
  }

  const policies = demoPolicies()
  for (const p of policies) {
    await payload.create({
      collection: 'policies',
      locale: 'zh',
      draft: !p.published,
      // Historical publication dates: only trusted server code may set them.
      context: { trustedPublishedAt: true },
      data: {
        title: p.title,
        summary: p.summary,
        department: ids.get(p.department)!,
        docNumber: p.docNumber,
        signedDate: p.signedDate,
        body: paragraphsToLexical(p.paragraphs) as any,
        publishedAt: p.published ? p.publishedAt : undefined,
        _status: p.published ? 'published' : 'draft',
      },
    })
  }
  return { departments: demoDepartments.length, policies: policies.length }
}

/** The first admin account: from ADMIN_EMAIL/ADMIN_PASSWORD, or a random password shown once. */
export async function createFirstAdmin(
  payload: Payload,
  settings: Pick<Settings, 'adminEmail' | 'adminPassword'>,
): Promise<{ email: string; password?: string }> {
  const email = settings.adminEmail ?? DEFAULT_ADMIN_EMAIL
  const generated = settings.adminPassword
    ? undefined
    : crypto.randomBytes(18).toString('base64url')
  await payload.create({
    collection: 'users',
    data: { email, password: settings.adminPassword ?? generated!, name: '系统管理员' },
  })
  return { email, password: generated }
}

/**
 * On a database with no users: the first admin; with no content and SEED_DEMO not false: the demo
 * content. Anything already there is left alone, so restarts never duplicate data.
 */
export async function seedOnFirstStart(
  payload: Payload,
  settings: Settings,
  say: (line: string) => void,
): Promise<void> {
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users === 0) {
    const { email, password } = await createFirstAdmin(payload, settings)
    if (password) {
      say('')
      say(`  First admin account created: ${email}`)
      say(`  Password (shown once, change it after signing in): ${password}`)
      say('')
    } else {
      say(`First admin account created: ${email} (password from ADMIN_PASSWORD)`)
    }
  }
  if (!settings.seedDemo) return
  const [{ totalDocs: departments }, { totalDocs: policies }] = await Promise.all([
    payload.count({ collection: 'departments' }),
    payload.count({ collection: 'policies' }),
  ])
  if (departments === 0 && policies === 0) {
    const counts = await seedDemoContent(payload)
    payload.logger.info(counts, 'seeded demo content')
  }
}
