/**
 * Deterministic synthetic decision files, as a business system would export them (双公示 column
 * names), for the import benchmark and tests: the same seed gives the same bytes. Natural persons
 * and legal persons alternate, so masking and the credit code paths both run.
 */
import { stringify } from 'csv-stringify/sync'

import { residentIdCheckChar } from '../domain/resident-id'
import type { DecisionKind } from './columns'

export const GENERATED_HEADER: Record<DecisionKind, string[]> = {
  licensing: [
    'XK_XDR_MC',
    'XK_XDR_LB',
    'XK_XDR_SHXYM',
    'XK_XDR_ZJLX',
    'XK_XDR_ZJHM',
    'XK_WSH',
    '许可决定文书名称',
    'XK_XKLB',
    'XK_NR',
    'XK_JDRQ',
    'XK_YXQZ',
    'XK_YXQZI',
    'XK_XKJG',
  ],
  penalty: [
    'CF_XDR_MC',
    '行政相对人类别',
    'CF_XDR_SHXYM',
    'CF_XDR_ZJLX',
    'CF_XDR_ZJHM',
    'CF_WSH',
    '违法行为类型',
    'CF_SY',
    '处罚依据',
    'CF_CFLB',
    '处罚内容',
    '罚款金额（万元）',
    'CF_JDRQ',
    '公示截止期',
    'CF_CFJG',
  ],
}

/** A small PRNG (mulberry32): deterministic across platforms. */
export function prng(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗'
const GIVEN = '伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英'
const FIRMS = ['科技', '商贸', '餐饮', '医药', '建筑', '物流', '食品', '文化']
const CITIES = ['东城', '西城', '海淀', '朝阳', '丰台', '通州']
const LICENCES = ['食品经营许可', '药品经营许可', '建设工程规划许可', '道路运输经营许可']
const VIOLATIONS = [
  '经营超过保质期的食品',
  '未取得许可从事经营活动',
  '虚假宣传',
  '未按规定明码标价',
]
const CODE_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'

const pad = (n: number, width: number) => String(n).padStart(width, '0')

/** A credit code of the right shape (18 characters; the check digit is not computed). */
function creditCode(random: () => number): string {
  let tail = ''
  for (let i = 0; i < 10; i++) tail += CODE_CHARS[Math.floor(random() * CODE_CHARS.length)]
  return `91${pad(110000 + Math.floor(random() * 900), 6)}${tail}`
}

/** A resident ID number with a valid check character. */
function residentId(random: () => number): string {
  const birth = day(random, 1960, 40).replace(/-/g, '')
  const first17 = `110105${birth}${pad(Math.floor(random() * 1000), 3)}`
  return first17 + residentIdCheckChar(first17)
}

/** The same day `years` later (29 February becomes the 28th in a common year). */
function yearsLater(date: string, years: number): string {
  const later = `${Number(date.slice(0, 4)) + years}${date.slice(4)}`
  return later.endsWith('-02-29') && Number(later.slice(0, 4)) % 4 !== 0
    ? later.replace(/-29$/, '-28')
    : later
}

function day(random: () => number, fromYear: number, years: number): string {
  const start = Date.UTC(fromYear, 0, 1)
  const span = years * 365 * 86_400_000
  return new Date(start + Math.floor(random() * span)).toISOString().slice(0, 10)
}

/** Row `n` (1-based) of a generated file: the cells in GENERATED_HEADER order. */
export function generatedRow(kind: DecisionKind, n: number, seed = 1): string[] {
  const random = prng(seed * 1_000_003 + n)
  const natural = n % 5 === 0
  const person =
    SURNAMES[Math.floor(random() * SURNAMES.length)]! +
    GIVEN[Math.floor(random() * GIVEN.length)]! +
    GIVEN[Math.floor(random() * GIVEN.length)]!
  const firm = `${CITIES[n % CITIES.length]}${FIRMS[Math.floor(random() * FIRMS.length)]}有限公司${n}`
  const party = natural ? person : firm
  const date = day(random, 2024, 2)
  if (kind === 'licensing') {
    const licence = LICENCES[Math.floor(random() * LICENCES.length)]!
    return [
      party,
      natural ? '自然人' : '法人及非法人组织',
      natural ? '' : creditCode(random),
      natural ? '居民身份证' : '',
      natural ? residentId(random) : '',
      `生成许〔${date.slice(0, 4)}〕${n}号`,
      `${licence}决定书`,
      '普通',
      `准予${licence}，经营项目：预包装食品销售（含冷藏冷冻食品）。编号${n}`,
      date,
      date,
      yearsLater(date, 5),
      '生成市市场监督管理局',
    ]
  }
  const fine = Math.round(random() * 500) / 100
  return [
    party,
    natural ? '自然人' : '法人及非法人组织',
    natural ? '' : creditCode(random),
    natural ? '居民身份证' : '',
    natural ? residentId(random) : '',
    `生成罚〔${date.slice(0, 4)}〕${n}号`,
    VIOLATIONS[Math.floor(random() * VIOLATIONS.length)]!,
    `经查，当事人于${date}实施了违法行为，案号${n}，事实清楚，证据确凿。`,
    '《中华人民共和国食品安全法》第一百二十四条',
    '警告、罚款',
    `警告；罚款人民币${(fine * 10_000).toFixed(0)}元。`,
    fine.toFixed(2),
    date,
    yearsLater(date, 3),
    '生成市市场监督管理局',
  ]
}

/** A generated CSV file as chunks of text (header first), `rows` rows from `from` (1-based). */
export function* generatedCsv(
  kind: DecisionKind,
  rows: number,
  options: { seed?: number; from?: number; chunkRows?: number } = {},
): Generator<string> {
  const { seed = 1, from = 1, chunkRows = 1000 } = options
  yield stringify([GENERATED_HEADER[kind]])
  for (let start = from; start < from + rows; start += chunkRows) {
    const batch: string[][] = []
    for (let n = start; n < Math.min(start + chunkRows, from + rows); n++)
      batch.push(generatedRow(kind, n, seed))
    yield stringify(batch)
  }
}
