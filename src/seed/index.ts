import crypto from 'node:crypto'

import type { CollectionSlug, Payload } from 'payload'

import type { Settings } from '../config/settings'
import { paragraphsToLexical } from '../richtext/lexical'
import { demoDepartments, demoPolicies } from './demo-data'
import {
  demoInterpretations,
  demoLicensing,
  demoPenalties,
  demoProcedures,
  demoRegulations,
  demoTopics,
  departmentTopics,
} from './demo-more'
import { buildAnnualReport, resolveScope } from '../report/gather'
import { reportTitle } from '../report/render'
import { chinaDate } from '../clocks/calendar'
import { DEMO_REPORT, seedDemoRequests } from './demo-requests'
import { colourPng, csvFile, minimalPdf } from './files'

export const DEFAULT_ADMIN_EMAIL = 'admin@example.gov'

/** A UUID derived from a name: the same demo document gets the same uid on every run. */
export function uuidFromName(name: string): string {
  const h = crypto.createHash('sha256').update(`gongkai-demo:${name}`).digest('hex')
  const variant = ((parseInt(h[16]!, 16) & 0x3) | 0x8).toString(16)
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-${variant}${h.slice(17, 20)}-${h.slice(20, 32)}`
}

export type SeedCounts = Record<string, number>

/** Creates the demo content. Expects an empty database. */
export async function seedDemoContent(payload: Payload): Promise<SeedCounts> {
  const counts: SeedCounts = {}
  const departments = new Map<string, number>()
  const topics = new Map<string, number>()

  async function create(
    collection: CollectionSlug,
    key: string,
    data: Record<string, unknown>,
    published: boolean,
    extra: object = {},
  ) {
    const doc = await payload.create({
      collection,
      locale: 'zh',
      draft: !published,
      // Demo history: fixed publication dates and uids, which only trusted server code may set.
      context: { trustedPublishedAt: true, trustedUid: true },
      data: {
        ...data,
        uid: uuidFromName(`${collection}:${key}`),
        _status: published ? 'published' : 'draft',
      } as any,
      ...extra,
    } as any)
    counts[collection] = (counts[collection] ?? 0) + 1
    return doc as any
  }

  for (const d of demoDepartments) {
    const created = await payload.create({
      collection: 'departments',
      locale: 'zh',
      data: {
        code: d.code,
        name: d.name,
        shortName: d.shortName,
        parent: d.parent ? departments.get(d.parent) : undefined,
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
    departments.set(d.code, created.id as number)
  }
  counts.departments = demoDepartments.length

  for (const t of demoTopics) {
    const created = await payload.create({
      collection: 'topics',
      locale: 'zh',
      data: { code: t.code, name: t.name, parent: t.parent ? topics.get(t.parent) : undefined },
    })
    await payload.update({
      collection: 'topics',
      id: created.id,
      locale: 'en',
      data: { name: t.nameEn },
    })
    topics.set(t.code, created.id as number)
  }
  counts.topics = demoTopics.length
  const topicIds = (deptCode: string, codes?: string[]) =>
    (codes ?? departmentTopics[deptCode] ?? []).map((c) => topics.get(c)).filter(Boolean)

  // Files: one PDF per attachment, a CSV, and images with alt text.
  const attachment = async (
    name: string,
    title: string,
    data: Buffer,
    mimetype: string,
    department: string,
  ) => {
    const doc = await payload.create({
      collection: 'attachments',
      locale: 'zh',
      data: { title, department: departments.get(department) },
      file: { data, mimetype, name, size: data.length },
    })
    counts.attachments = (counts.attachments ?? 0) + 1
    return doc.id
  }
  const image = async (
    name: string,
    alt: string,
    rgb: [number, number, number],
    department: string,
  ) => {
    const data = await colourPng(1200, 675, rgb)
    const doc = await payload.create({
      collection: 'media',
      locale: 'zh',
      data: { alt, department: departments.get(department) },
      file: { data, mimetype: 'image/png', name, size: data.length },
    })
    counts.media = (counts.media ?? 0) + 1
    return doc.id
  }

  const policies = demoPolicies()
  const policyIds: Array<number | undefined> = []
  for (const [i, p] of policies.entries()) {
    const files =
      i % 4 === 0
        ? [
            await attachment(
              `policy-${i + 1}.pdf`,
              `${p.title}（PDF版）`,
              minimalPdf(`Linjiang policy ${i + 1}`),
              'application/pdf',
              p.department,
            ),
          ]
        : []
    const superseded = p.supersedes !== undefined ? policyIds[p.supersedes] : undefined
    const doc = await create(
      'policies',
      p.title,
      {
        title: p.title,
        summary: p.summary,
        department: departments.get(p.department),
        docNumber: p.docNumber,
        signedDate: p.signedDate,
        genre: p.title.endsWith('通知')
          ? 'notice'
          : p.title.endsWith('意见')
            ? 'opinion'
            : p.title.endsWith('办法')
              ? 'measures'
              : 'plan',
        topics: topicIds(p.department, p.topics),
        keywords: [
          p.title
            .replace(/^.*关于/, '')
            .replace(/的(意见|通知|办法|实施方案)$/, '')
            .slice(0, 12),
        ],
        body: paragraphsToLexical(p.paragraphs),
        validity: 'valid',
        // 办法 and 实施方案 are 行政规范性文件 here (the annual report counts them apart).
        normative: /(办法|实施方案)$/.test(p.title),
        attachments: files,
        supersedes: superseded ? [{ relationTo: 'policies', value: superseded }] : [],
        publishedAt: p.published ? p.publishedAt : undefined,
      },
      p.published,
    )
    policyIds.push(doc.id)
  }

  for (const r of demoRegulations()) {
    const pdf = await attachment(
      `${r.docNumber}.pdf`,
      `${r.title}（全文）`,
      minimalPdf(`Linjiang regulation ${r.docNumber}`),
      'application/pdf',
      r.department,
    )
    await create(
      'regulations',
      r.title,
      {
        title: r.title,
        summary: `${r.title}，自${r.effectiveDate}起施行。`,
        department: departments.get(r.department),
        docNumber: r.docNumber,
        signedDate: r.signedDate,
        effectiveDate: r.effectiveDate,
        genre: r.genre,
        topics: topicIds(r.department),
        body: paragraphsToLexical(r.paragraphs),
        validity: 'valid',
        amendments: r.amendments.map((a) => ({
          kind: a.kind,
          decisionDocNumber: a.decisionDocNumber,
          decisionDate: a.decisionDate,
          effectiveDate: a.effectiveDate,
          note: a.note,
          text: paragraphsToLexical(a.paragraphs),
        })),
        attachments: [pdf],
        publishedAt: r.published ? r.publishedAt : undefined,
      },
      r.published,
    )
  }

  const publishedPolicies = policies
    .map((p, i) => ({ ...p, id: policyIds[i] }))
    .filter((p) => p.published)
  for (const [i, it] of demoInterpretations(publishedPolicies.map((p) => p.title)).entries()) {
    const policy = publishedPolicies[it.policyIndex]!
    const images =
      it.form === 'graphic'
        ? [
            await image(
              `graphic-${i + 1}.png`,
              `${policy.title}图解`,
              [30 + i * 20, 90, 160],
              policy.department,
            ),
          ]
        : []
    const published = new Date(new Date(policy.publishedAt).getTime() + 86_400_000).toISOString()
    await create(
      'interpretations',
      it.title,
      {
        title: it.title,
        summary: `对${policy.title}的权威解读。`,
        department: departments.get(policy.department),
        authorOrgan: departments.get(policy.department),
        interprets: policy.id,
        form: it.form,
        topics: topicIds(policy.department),
        body: paragraphsToLexical(it.paragraphs),
        qa:
          it.form === 'qa'
            ? [
                { question: '本文件的适用对象是谁？', answer: '本市行政区域内的相关单位和个人。' },
                { question: '文件何时开始执行？', answer: '自印发之日起执行。' },
              ]
            : [],
        images,
        publishedAt: it.published ? published : undefined,
      },
      it.published,
    )
  }

  for (const [i, p] of demoProcedures().entries()) {
    const blank = await attachment(
      `form-${i + 1}.pdf`,
      `${p.title}申请表`,
      minimalPdf(`Application form ${i + 1}`),
      'application/pdf',
      p.department,
    )
    await create(
      'procedures',
      p.title,
      {
        title: p.title,
        summary: `${p.title}的办事指南：申请条件、材料、流程和时限。`,
        department: departments.get(p.department),
        topics: topicIds(p.department, ['0102']),
        itemCode: p.itemCode,
        implementationCode: `${p.itemCode}001`,
        itemType: p.itemType,
        implementingBody: demoDepartments.find((d) => d.code === p.department)!.name,
        implementingBodyNature: 'statutory',
        serviceObjects: p.serviceObjects,
        legalBasis: p.legalBasis,
        conditions: paragraphsToLexical([
          '申请人应当具有完全民事行为能力或者依法设立。',
          '申请材料齐全、符合法定形式。',
        ]),
        materials: p.materials.map((m, j) => ({ ...m, blankForm: j === 0 ? blank : undefined })),
        steps: p.steps,
        legalTimeLimit: p.legalTimeLimit,
        promisedTimeLimit: p.promisedTimeLimit,
        onSiteVisits: p.onSiteVisits,
        fee: p.charged
          ? {
              charged: true,
              items: [{ name: '证书工本费', standard: '10元/本' }],
              basis: '按省物价部门核定标准收取',
            }
          : { charged: false },
        location: '临江市民中心二楼综合受理窗口',
        hours: '工作日 上午9:00-12:00，下午13:30-17:00',
        onlineUrl: `https://zwfw.linjiang.gov.cn/item/${p.itemCode}`,
        consultPhone: '0571-12345',
        complaintPhone: '0571-12345678',
        faq: [
          { question: '可以委托他人办理吗？', answer: '可以，需提交授权委托书和受托人身份证明。' },
        ],
        publishedAt: p.published ? `2025-0${1 + (i % 9)}-10T02:00:00.000Z` : undefined,
      },
      p.published,
    )
  }

  const csv = csvFile([
    ['决定书文号', '相对人', '决定日期'],
    ...demoPenalties().map((p) => [
      p.decisionNumber,
      p.partyType === 'natural_person' ? '（自然人）' : p.partyName,
      p.decisionDate,
    ]),
  ])
  await attachment('penalties-2025.csv', '行政处罚决定汇总表', csv, 'text/csv', '002489634')

  for (const d of demoLicensing()) {
    const { department, published, ...fields } = d
    await create(
      'licensing-decisions',
      d.decisionNumber,
      {
        ...fields,
        department: departments.get(department),
        licenseStatus: 'valid',
        dataSource: fields.authority,
        topics: topicIds(department),
        publishedAt: published ? `${d.decisionDate}T08:00:00.000Z` : undefined,
      },
      published,
    )
  }

  for (const d of demoPenalties()) {
    const { department, published, ...fields } = d
    await create(
      'penalty-decisions',
      d.decisionNumber,
      {
        ...fields,
        department: departments.get(department),
        dataSource: fields.authority,
        topics: topicIds(department),
        publishedAt: published ? `${d.decisionDate}T08:00:00.000Z` : undefined,
      },
      published,
    )
  }

  // Disclosure requests and review cases, and the 2025 annual report of one department published
  // (the portal lists it; the 2026 report checks its carried-over row against it).
  const handled = await seedDemoRequests(payload, departments)
  counts['disclosure-requests'] = handled.requests
  counts['review-cases'] = handled.reviews
  if (chinaDate(new Date()) > DEMO_REPORT.publishedAt.slice(0, 10)) {
    const scope = (await resolveScope(payload, DEMO_REPORT.department))!
    const report = await buildAnnualReport(payload, scope, DEMO_REPORT.year, DEMO_REPORT.manual)
    await payload.create({
      collection: 'annual-reports',
      data: {
        title: reportTitle(report),
        year: DEMO_REPORT.year,
        department: scope.department!.id,
        manual: DEMO_REPORT.manual,
        tables: { ...report, includeChildren: false },
        publishedAt: DEMO_REPORT.publishedAt,
      } as any,
      overrideAccess: true,
      context: { publishingAnnualReport: true },
    })
    counts['annual-reports'] = 1
  }
  return counts
}

export type InitialAccount = { email: string; role: string; password?: string }

// Random, and with every character class, so it meets the MLPS profile too.
const password = () => `${crypto.randomBytes(18).toString('base64url')}-Aa1`

/**
 * The accounts a new installation starts with: the three separated platform administrators
 * (三员: system, security, audit), each with its own password, and, with the demo content,
 * an author, a reviewer and a publisher in every department so the workflow can be tried at once.
 * The system admin's email and password can be given (ADMIN_EMAIL, ADMIN_PASSWORD); every other
 * password is random and shown once.
 */
export async function createInitialAccounts(
  payload: Payload,
  settings: Pick<Settings, 'adminEmail' | 'adminPassword'>,
  options: { demoEditors: boolean },
): Promise<InitialAccount[]> {
  const email = settings.adminEmail ?? DEFAULT_ADMIN_EMAIL
  const domain = email.split('@')[1] ?? 'example.gov'
  const accounts: Array<InitialAccount & { data: Record<string, unknown> }> = [
    {
      email,
      role: 'system_admin',
      password: settings.adminPassword,
      data: { name: '系统管理员', platformRoles: ['system_admin'] },
    },
    {
      email: `security@${domain}`,
      role: 'security_admin',
      data: { name: '安全管理员', platformRoles: ['security_admin'] },
    },
    {
      email: `audit@${domain}`,
      role: 'audit_admin',
      data: { name: '安全审计员', platformRoles: ['audit_admin'] },
    },
  ]
  if (options.demoEditors) {
    const { docs } = await payload.find({
      collection: 'departments',
      limit: 0,
      depth: 0,
      pagination: false,
    })
    const demoPassword = password()
    for (const [role, name] of [
      ['author', '演示撰稿人'],
      ['reviewer', '演示审核人'],
      ['publisher', '演示发布人'],
    ] as const) {
      accounts.push({
        email: `${role}@${domain}`,
        role,
        password: demoPassword,
        data: { name, memberships: docs.map((d) => ({ department: d.id, roles: [role] })) },
      })
    }
  }
  const created: InitialAccount[] = []
  for (const account of accounts) {
    const given = account === accounts[0] ? settings.adminPassword : undefined
    const pw = given ?? account.password ?? password()
    await payload.create({
      collection: 'users',
      data: { email: account.email, password: pw, ...account.data } as any,
    })
    created.push({ email: account.email, role: account.role, password: given ? undefined : pw })
  }
  return created
}

/** Prints the new accounts: passwords shown once. */
export function describeAccounts(accounts: InitialAccount[], say: (line: string) => void) {
  const names: Record<string, string> = {
    system_admin: 'system admin   系统管理员',
    security_admin: 'security admin 安全管理员',
    audit_admin: 'audit admin    安全审计员',
    author: 'demo author    撰稿人',
    reviewer: 'demo reviewer  审核人',
    publisher: 'demo publisher 发布人',
  }
  say('')
  say('  Accounts created (passwords are shown once; change them after signing in):')
  for (const a of accounts) {
    say(
      `    ${names[a.role] ?? a.role}  ${a.email.padEnd(26)} ${a.password ?? '(password from ADMIN_PASSWORD)'}`,
    )
  }
  say('')
}

/**
 * On a database with no content and SEED_DEMO not false: the demo content; with no users: the
 * initial accounts. Anything already there is left alone, so restarts never duplicate data.
 */
export async function seedOnFirstStart(
  payload: Payload,
  settings: Settings,
  say: (line: string) => void,
): Promise<void> {
  if (settings.seedDemo) {
    const [{ totalDocs: departments }, { totalDocs: policies }] = await Promise.all([
      payload.count({ collection: 'departments' }),
      payload.count({ collection: 'policies' }),
    ])
    if (departments === 0 && policies === 0) {
      const counts = await seedDemoContent(payload)
      payload.logger.info(counts, 'seeded demo content')
    }
  }
  const { totalDocs: users } = await payload.count({ collection: 'users' })
  if (users === 0) {
    const accounts = await createInitialAccounts(payload, settings, {
      demoEditors: settings.seedDemo,
    })
    describeAccounts(accounts, say)
  }
}
