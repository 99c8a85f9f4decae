/**
 * What of a public document the search index holds: its titles, and the public text of its fields
 * (number, summary, body, and per type the fields a reader would search for). Only public forms:
 * a decision's party comes from `partyNamePublic` (masked for natural persons), never from the raw
 * fields (export-columns.ts FORBIDDEN_FIELDS). Plain function over the published document.
 */
import { richTextPlain } from '../public-api/richtext'

// Prose first: a snippet from the start of the text should read as text, not as numbers.
const COMMON = ['summary', 'body', 'keywords', 'docNumber', 'indexNumber'] as const
const DECISION = [
  'partyNamePublic',
  'legalRepresentativePublic',
  'creditCode',
  'decisionNumber',
  'authority',
  'remarks',
] as const

/** Per type, the fields searched besides the title (top-level names; their content is walked). */
export const SEARCHED_FIELDS: Record<string, readonly string[]> = {
  policy: [...COMMON, 'genre'],
  regulation: [...COMMON, 'genre'],
  interpretation: [...COMMON, 'form', 'qa'],
  procedure: [
    ...COMMON,
    'itemCode',
    'implementationCode',
    'implementingBody',
    'legalBasis',
    'conditions',
    'materials',
    'steps',
    'fee',
    'location',
    'hours',
    'faq',
  ],
  licensing: [
    ...DECISION,
    'decisionDocName',
    'licenseCategory',
    'licenseName',
    'licenseNumber',
    'content',
  ],
  penalty: [...DECISION, 'violationType', 'violationFacts', 'legalBasis', 'penaltyContent'],
}

/** Keys inside arrays and groups that are not text for readers (ids, file references, flags). */
const SKIPPED_KEYS = new Set(['id', 'blockType', 'blockName', 'blankForm', 'sample', 'required'])
const LOCALES = ['zh', 'en'] as const

const isLexical = (v: any) => v && typeof v === 'object' && v.root && typeof v.root === 'object'
const isLocalized = (v: any) =>
  v &&
  typeof v === 'object' &&
  !Array.isArray(v) &&
  Object.keys(v).length > 0 &&
  Object.keys(v).every((k) => (LOCALES as readonly string[]).includes(k))

function collect(value: unknown, out: string[]): void {
  if (value === null || value === undefined || value === '') return
  if (typeof value === 'string') return void out.push(value)
  if (typeof value === 'number') return void out.push(String(value))
  if (typeof value !== 'object') return
  if (isLexical(value)) {
    const text = richTextPlain(value as any)
    if (text) out.push(text)
    return
  }
  if (Array.isArray(value)) return value.forEach((v) => collect(v, out))
  if (isLocalized(value)) return LOCALES.forEach((l) => collect((value as any)[l], out))
  for (const [k, v] of Object.entries(value)) if (!SKIPPED_KEYS.has(k)) collect(v, out)
}

/**
 * `doc` is the published document as read with `locale: 'all'` (localized fields are { zh, en })
 * or with one locale (plain values): both work.
 */
export function searchTextOf(
  type: string,
  doc: Record<string, unknown>,
): {
  title: string
  body: string
} {
  const titles: string[] = []
  collect(doc.title, titles)
  const body: string[] = []
  for (const field of SEARCHED_FIELDS[type] ?? COMMON) collect(doc[field], body)
  return { title: [...new Set(titles)].join('\n'), body: body.join('\n') }
}
