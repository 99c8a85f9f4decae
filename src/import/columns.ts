/**
 * The column vocabularies of bulk decision imports: the 双公示 data standard's column names
 * (XK_* for licensing, CF_* for penalty decisions, as exchanged with 信用中国 and the local credit
 * platforms) and their Chinese column titles, mapped onto the fields of our collections.
 *
 * A file may use either vocabulary, or mix them. Headers match case-insensitively, with widths
 * folded (（万元） = (万元)), spaces removed, and the 行政相对人代码_1(…) / 行政相对人代码-… prefixes
 * of some platforms' titles accepted. Unknown columns are reported, never fatal; a missing
 * required column is fatal and named.
 */
import { toHalfWidth } from '../domain/doc-number'

export type DecisionKind = 'licensing' | 'penalty'

export type ValueType =
  | 'text'
  | 'longText'
  | 'date'
  | 'amount'
  | 'partyType'
  | 'idType'
  | 'licenseCategory'
  | 'licenseStatus'
  | 'penaltyCategories'

export type ColumnSpec = {
  /** The collection field, or null for a standard column we read but do not store. */
  field: string | null
  /** The 双公示 column name, e.g. XK_WSH. */
  code: string
  /** The standard's Chinese title first, then titles seen in the wild. */
  titles: string[]
  type: ValueType
  /** The column must be present in the file's header (CSV, XLSX). */
  required?: boolean
  /** Longest accepted value (characters), as the collection's maxLength. */
  maxLength?: number
}

/** Fields the collections cap at 200 characters (the party and source text fields). */
const CAPPED = new Set([
  'partyName',
  'creditCode',
  'businessRegNo',
  'orgCode',
  'taxRegNo',
  'institutionCertNo',
  'socialOrgRegNo',
  'legalRepresentative',
  'authority',
  'authorityCode',
  'dataSource',
  'dataSourceCode',
])

const col = (
  field: string | null,
  code: string,
  titles: string[],
  type: ValueType = 'text',
  extra: Partial<ColumnSpec> = {},
): ColumnSpec => ({
  field,
  code,
  titles,
  type,
  maxLength: field && CAPPED.has(field) ? 200 : undefined,
  ...extra,
})

/** Party columns: the same in both tables, with the table's prefix. */
function partyColumns(p: 'XK' | 'CF'): ColumnSpec[] {
  return [
    col('partyName', `${p}_XDR_MC`, ['行政相对人名称'], 'text', { required: true }),
    col('partyType', `${p}_XDR_LB`, ['行政相对人类别', '相对人类别'], 'partyType', {
      required: true,
    }),
    col('creditCode', `${p}_XDR_SHXYM`, ['统一社会信用代码', '行政相对人代码_1(统一社会信用代码)']),
    col('businessRegNo', `${p}_XDR_GSZC`, [
      '工商注册号',
      '工商登记码',
      '行政相对人代码_2(工商注册号)',
    ]),
    col('orgCode', `${p}_XDR_ZZJG`, ['组织机构代码', '行政相对人代码_3(组织机构代码)']),
    col('taxRegNo', `${p}_XDR_SWDJ`, ['税务登记号', '行政相对人代码_4(税务登记号)']),
    col('institutionCertNo', `${p}_XDR_SYDW`, [
      '事业单位证书号',
      '行政相对人代码_5(事业单位证书号)',
    ]),
    col('socialOrgRegNo', `${p}_XDR_SHZZ`, [
      '社会组织登记证号',
      '行政相对人代码_6(社会组织登记证号)',
    ]),
    col('legalRepresentative', `${p}_FRDB`, ['法定代表人', '法定代表人姓名']),
    // The legal representative's ID is personal data the collections do not keep.
    col(null, `${p}_FR_ZJLX`, ['法定代表人证件类型']),
    col(null, `${p}_FR_ZJHM`, ['法定代表人证件号码', '法定代表人身份证号']),
    col('idType', `${p}_XDR_ZJLX`, ['证件类型', '自然人证件类型', '相对人证件类型'], 'idType'),
    col('idNumber', `${p}_XDR_ZJHM`, ['证件号码', '自然人证件号码', '相对人证件号码'], 'text', {
      maxLength: 40,
    }),
  ]
}

/** 数据来源单位 and 备注: the closing columns of both tables. */
function sourceColumns(p: 'XK' | 'CF'): ColumnSpec[] {
  const [source, sourceCode] = p === 'XK' ? ['XK_LYDW', 'XK_LYDWDM'] : ['CF_SJLY', 'CF_SJLYDM']
  return [
    col('dataSource', source, ['数据来源单位']),
    col('dataSourceCode', sourceCode, ['数据来源单位统一社会信用代码']),
    col('remarks', 'BZ', ['备注'], 'longText', { maxLength: 2000 }),
  ]
}

export const LICENSING_COLUMNS: ColumnSpec[] = [
  ...partyColumns('XK'),
  col('decisionDocName', 'XK_XKWS', ['行政许可决定文书名称', '许可决定文书名称'], 'text', {
    required: true,
  }),
  col(
    'decisionNumber',
    'XK_WSH',
    ['行政许可决定文书号', '许可决定文书号', '行政许可决定书文号'],
    'text',
    { required: true },
  ),
  col('licenseCategory', 'XK_XKLB', ['许可类别'], 'licenseCategory', { required: true }),
  col('licenseName', 'XK_XKZS', ['许可证书名称']),
  col('licenseNumber', 'XK_XKBH', ['许可编号']),
  col('content', 'XK_NR', ['许可内容'], 'longText', { required: true, maxLength: 4000 }),
  col('decisionDate', 'XK_JDRQ', ['许可决定日期'], 'date', { required: true }),
  col('validFrom', 'XK_YXQZ', ['有效期自'], 'date', { required: true }),
  col('validUntil', 'XK_YXQZI', ['有效期至'], 'date'),
  col('authority', 'XK_XKJG', ['许可机关'], 'text', { required: true }),
  col('authorityCode', 'XK_XKJGDM', ['许可机关统一社会信用代码']),
  col('licenseStatus', 'XK_ZT', ['当前状态'], 'licenseStatus'),
  ...sourceColumns('XK'),
]

export const PENALTY_COLUMNS: ColumnSpec[] = [
  ...partyColumns('CF'),
  col(
    'decisionNumber',
    'CF_WSH',
    ['行政处罚决定书文号', '处罚决定书文号', '行政处罚决定文书号'],
    'text',
    { required: true },
  ),
  col('violationType', 'CF_WFXW', ['违法行为类型'], 'text', { required: true }),
  col('violationFacts', 'CF_SY', ['违法事实'], 'longText', { required: true, maxLength: 5000 }),
  col('legalBasis', 'CF_YJ', ['处罚依据'], 'longText', { required: true, maxLength: 2000 }),
  col('penaltyCategories', 'CF_CFLB', ['处罚类别'], 'penaltyCategories', { required: true }),
  col('penaltyContent', 'CF_NR', ['处罚内容'], 'longText', { required: true, maxLength: 4000 }),
  col('fineAmount', 'CF_NR_FK', ['罚款金额(万元)', '罚款金额'], 'amount'),
  col(
    'confiscatedAmount',
    'CF_NR_WFFF',
    ['没收违法所得、没收非法财物的金额(万元)', '没收违法所得、没收非法财物的金额'],
    'amount',
  ),
  col('suspendedLicense', 'CF_NR_ZKDX', ['暂扣或吊销证照名称及编号']),
  col('decisionDate', 'CF_JDRQ', ['处罚决定日期'], 'date', { required: true }),
  col('penaltyValidUntil', 'CF_YXQ', ['处罚有效期'], 'date'),
  col('publicationEndDate', 'CF_GSJZQ', ['公示截止期'], 'date', { required: true }),
  col('authority', 'CF_CFJG', ['处罚机关'], 'text', { required: true }),
  col('authorityCode', 'CF_CFJGDM', ['处罚机关统一社会信用代码']),
  ...sourceColumns('CF'),
]

export const COLUMNS: Record<DecisionKind, ColumnSpec[]> = {
  licensing: LICENSING_COLUMNS,
  penalty: PENALTY_COLUMNS,
}

/**
 * The comparison form of a header: widths folded, case folded, spaces, a trailing colon and the
 * "行政相对人代码_n(…)" / "行政相对人代码-…" wrappers removed.
 */
export function normaliseHeader(title: string): string {
  let text = toHalfWidth(String(title))
    .replace(/^\uFEFF/, '')
    .replace(/\s+/g, '')
    .replace(/[:：]$/, '')
    .toUpperCase()
  const wrapped =
    /^行政相对人代码[_-]?\d*\((.+)\)$/.exec(text) ?? /^行政相对人代码[-_](.+)$/.exec(text)
  if (wrapped) text = wrapped[1]!
  return text
}

const lookup = new Map<DecisionKind, Map<string, ColumnSpec>>()

function vocabulary(kind: DecisionKind): Map<string, ColumnSpec> {
  let map = lookup.get(kind)
  if (!map) {
    map = new Map()
    for (const spec of COLUMNS[kind]) {
      for (const name of [spec.code, ...spec.titles]) map.set(normaliseHeader(name), spec)
    }
    lookup.set(kind, map)
  }
  return map
}

/** The column a header names, or undefined. */
export function findColumn(kind: DecisionKind, title: string): ColumnSpec | undefined {
  return vocabulary(kind).get(normaliseHeader(title))
}

export type HeaderMapping = {
  /** The file's own header title → the column it feeds. */
  columns: Map<string, ColumnSpec>
  /** Titles that name no column of this kind (reported, not fatal). */
  unknown: string[]
  /** Required columns the header lacks, by their Chinese title and code. Fatal when non-empty. */
  missing: ColumnSpec[]
  /** Two titles naming the same column (e.g. XK_WSH and 行政许可决定文书号). Fatal when non-empty. */
  duplicates: Array<{ spec: ColumnSpec; titles: string[] }>
  /** A message naming every fatal problem, or null when the header is usable. */
  fatal: string | null
}

/** Maps a file's header row onto the columns of a decision kind. */
export function mapHeader(
  kind: DecisionKind,
  titles: string[],
  options: { requireAll?: boolean } = {},
): HeaderMapping {
  const columns = new Map<string, ColumnSpec>()
  const unknown: string[] = []
  const byCode = new Map<string, string[]>()
  for (const raw of titles) {
    const title = String(raw ?? '')
    if (!title.trim()) continue
    const spec = findColumn(kind, title)
    if (!spec) {
      unknown.push(title)
      continue
    }
    byCode.set(spec.code, [...(byCode.get(spec.code) ?? []), title])
    if (!columns.has(title)) columns.set(title, spec)
  }
  const duplicates = [...byCode.entries()]
    .filter(([, names]) => names.length > 1)
    .map(([code, names]) => ({ spec: COLUMNS[kind].find((s) => s.code === code)!, titles: names }))
  const missing =
    options.requireAll === false
      ? []
      : COLUMNS[kind].filter((spec) => spec.required && !byCode.has(spec.code))
  const problems: string[] = []
  if (missing.length) {
    problems.push(
      `缺少必填列 (missing required columns): ${missing.map(describeColumn).join('、')}`,
    )
  }
  if (duplicates.length) {
    problems.push(
      `重复列 (the same column twice): ${duplicates.map((d) => d.titles.join(' = ')).join('；')}`,
    )
  }
  return {
    columns,
    unknown,
    missing,
    duplicates,
    fatal: problems.length ? problems.join('\n') : null,
  }
}

/** 行政相对人名称 (XK_XDR_MC) */
export function describeColumn(spec: ColumnSpec): string {
  return `${spec.titles[0]} (${spec.code})`
}

/* ---------------------------------------------------------------------------------------------
 * Value vocabularies: the labels files use for select options, onto our option values. Keys are
 * compared after normaliseLabel. The option values are those of the collections' select fields.
 */

export function normaliseLabel(text: string): string {
  return toHalfWidth(String(text)).replace(/\s+/g, '').toLowerCase()
}

const labels = (entries: Record<string, string[]>): Map<string, string> => {
  const map = new Map<string, string>()
  for (const [value, names] of Object.entries(entries)) {
    map.set(normaliseLabel(value), value)
    for (const name of names) map.set(normaliseLabel(name), value)
  }
  return map
}

/** 行政相对人类别. The standard's 法人及非法人组织 (one category there) maps to legal_person. */
export const PARTY_TYPE_LABELS = labels({
  legal_person: ['法人', '法人及非法人组织', '法人和非法人组织', '法人及其他组织'],
  unincorporated: ['非法人组织', '其他组织'],
  individual_business: ['个体工商户', '个体户'],
  natural_person: ['自然人', '个人'],
})

/** 证件类型 */
export const ID_TYPE_LABELS = labels({
  resident_id: ['居民身份证', '身份证', '中华人民共和国居民身份证'],
  passport: ['护照', '护照号'],
  hk_macao_permit: ['港澳居民来往内地通行证'],
  taiwan_permit: ['台湾居民来往大陆通行证'],
  foreigner_permanent: ['外国人永久居留身份证'],
  other: ['其他'],
})

/** 许可类别: 普通、特许、认可、核准、登记或其他 ("其他-具体类别" is other). */
export const LICENSE_CATEGORY_LABELS = labels({
  general: ['普通'],
  franchise: ['特许'],
  accreditation: ['认可'],
  approval: ['核准'],
  registration: ['登记'],
  other: ['其他'],
})

/** 当前状态: the standard codes 1 有效, 2 无效; revocation spelled out. */
export const LICENSE_STATUS_LABELS = labels({
  valid: ['有效', '1', '正常'],
  invalid: ['无效', '2'],
  revoked: ['撤销', '已撤销', '吊销'],
})

/** 处罚类别 (行政处罚法 第九条), several per decision. */
export const PENALTY_CATEGORY_LABELS = labels({
  warning: ['警告'],
  criticism: ['通报批评'],
  fine: ['罚款'],
  confiscate_income: ['没收违法所得'],
  confiscate_property: ['没收非法财物'],
  suspend_license: ['暂扣许可证件', '暂扣许可证', '暂扣执照', '暂扣许可证或执照'],
  downgrade: ['降低资质等级'],
  revoke_license: ['吊销许可证件', '吊销许可证', '吊销执照', '吊销许可证或执照'],
  restrict_business: ['限制开展生产经营活动'],
  suspend_business: ['责令停产停业', '责令停产停业整顿'],
  close: ['责令关闭'],
  restrict_practice: ['限制从业'],
  detention: ['行政拘留'],
  other: ['其他'],
})
