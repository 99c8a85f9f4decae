/**
 * Test factories: valid documents from one call, with overrides. Each builds what it depends on
 * (a department) when not given one.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { CollectionSlug, Payload } from 'payload'

import { residentIdCheckChar } from '../../src/domain/resident-id'
import { generatedCsv } from '../../src/import/generate'
import { importDecisions } from '../../src/import/run'
import { paragraphsToLexical } from '../../src/richtext/lexical'

let counter = 0
const next = () => ++counter

export async function makeDepartment(payload: Payload, overrides: Record<string, unknown> = {}) {
  const n = next()
  return (await payload.create({
    collection: 'departments',
    data: { code: `T${String(n).padStart(8, '0')}`, name: `测试部门${n}`, ...overrides } as any,
  })) as any
}

export function residentId(birth = '19900307', seq = '123'): string {
  const first17 = `330102${birth}${seq}`
  return first17 + residentIdCheckChar(first17)
}

const base = (department: number | string, title: string) => ({
  title,
  summary: `${title}的摘要`,
  department,
  body: paragraphsToLexical([`${title}正文第一段。`, '第二段。']),
})

export const build: Record<
  string,
  (department: number | string, overrides?: Record<string, unknown>) => Record<string, unknown>
> = {
  policies: (department, o = {}) => ({
    ...base(department, `测试政策${next()}`),
    validity: 'valid',
    ...o,
  }),
  regulations: (department, o = {}) => ({
    ...base(department, `测试规章${next()}`),
    validity: 'valid',
    effectiveDate: '2024-01-01',
    ...o,
  }),
  interpretations: (department, o = {}) => ({
    ...base(department, `测试解读${next()}`),
    form: 'text',
    ...o,
  }),
  procedures: (department, o = {}) => ({
    ...base(department, `测试事项${next()}`),
    itemType: 'licensing',
    serviceObjects: ['legal_person'],
    ...o,
  }),
  'licensing-decisions': (department, o = {}) => {
    const n = next()
    return {
      department,
      partyName: `测试科技有限公司${n}`,
      partyType: 'legal_person',
      creditCode: '91330100MA2B3C4D5E',
      decisionDocName: '食品经营许可决定书',
      decisionNumber: `测许〔2025〕${n}号`,
      licenseCategory: 'general',
      content: '预包装食品销售',
      decisionDate: '2025-06-01',
      validFrom: '2025-06-01',
      authority: '测试局',
      ...o,
    }
  },
  'penalty-decisions': (department, o = {}) => {
    const n = next()
    return {
      department,
      partyName: `测试商贸有限公司${n}`,
      partyType: 'legal_person',
      decisionNumber: `测罚〔2025〕${n}号`,
      violationType: '经营超过保质期的食品',
      violationFacts: '经查属实。',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      penaltyCategories: ['fine'],
      penaltyContent: '罚款人民币1万元。',
      fineAmount: 1,
      decisionDate: '2025-06-01',
      publicationEndDate: '2099-06-01',
      authority: '测试局',
      ...o,
    }
  },
}

/** Creates a document of a type, published unless `draft` is set. */
export async function makeDocument(
  payload: Payload,
  collection: CollectionSlug,
  department: number | string,
  overrides: Record<string, unknown> = {},
  options: { draft?: boolean; user?: unknown } = {},
) {
  return (await payload.create({
    collection,
    draft: options.draft ?? false,
    data: {
      ...build[collection]!(department, overrides),
      _status: options.draft ? 'draft' : 'published',
    } as any,
  } as any)) as any
}

export const randomName = () => crypto.randomBytes(4).toString('hex')

/**
 * `rows` generated licensing decisions of a department, imported and published by the import's
 * bulk path (a few seconds for what the workflow would take minutes for). Returns the summary;
 * the caller checks what it needs of it.
 */
export async function importGeneratedDecisions(
  payload: Payload,
  { department, rows, seed }: { department: number | string; rows: number; seed: number },
) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-import-'))
  try {
    const file = path.join(dir, 'licensing.csv')
    fs.writeFileSync(file, [...generatedCsv('licensing', rows, { seed })].join(''))
    return await importDecisions(payload, {
      kind: 'licensing',
      format: 'csv',
      source: file,
      department,
      publish: true,
    })
  } finally {
    fs.rmSync(dir, { recursive: true, force: true })
  }
}
