import { beforeAll, describe, expect, it } from 'vitest'

import {
  COLUMNS,
  findColumn,
  ID_TYPE_LABELS,
  LICENSE_CATEGORY_LABELS,
  LICENSE_STATUS_LABELS,
  mapHeader,
  normaliseHeader,
  PARTY_TYPE_LABELS,
  PENALTY_CATEGORY_LABELS,
} from '../../../src/import/columns'

/** The 双公示 standard's columns, in the standard's order. */
const LICENSING_CODES =
  'XK_XDR_MC XK_XDR_LB XK_XDR_SHXYM XK_XDR_GSZC XK_XDR_ZZJG XK_XDR_SWDJ XK_XDR_SYDW XK_XDR_SHZZ XK_FRDB XK_FR_ZJLX XK_FR_ZJHM XK_XDR_ZJLX XK_XDR_ZJHM XK_XKWS XK_WSH XK_XKLB XK_XKZS XK_XKBH XK_NR XK_JDRQ XK_YXQZ XK_YXQZI XK_XKJG XK_XKJGDM XK_ZT XK_LYDW XK_LYDWDM BZ'.split(
    ' ',
  )
const PENALTY_CODES =
  'CF_XDR_MC CF_XDR_LB CF_XDR_SHXYM CF_XDR_GSZC CF_XDR_ZZJG CF_XDR_SWDJ CF_XDR_SYDW CF_XDR_SHZZ CF_FRDB CF_FR_ZJLX CF_FR_ZJHM CF_XDR_ZJLX CF_XDR_ZJHM CF_WSH CF_WFXW CF_SY CF_YJ CF_CFLB CF_NR CF_NR_FK CF_NR_WFFF CF_NR_ZKDX CF_JDRQ CF_YXQ CF_GSJZQ CF_CFJG CF_CFJGDM CF_SJLY CF_SJLYDM BZ'.split(
    ' ',
  )
const LICENSING_TITLES = [
  '行政相对人名称',
  '行政相对人类别',
  '统一社会信用代码',
  '工商注册号',
  '组织机构代码',
  '税务登记号',
  '事业单位证书号',
  '社会组织登记证号',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政许可决定文书名称',
  '行政许可决定文书号',
  '许可类别',
  '许可证书名称',
  '许可编号',
  '许可内容',
  '许可决定日期',
  '有效期自',
  '有效期至',
  '许可机关',
  '许可机关统一社会信用代码',
  '当前状态',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
]
const PENALTY_TITLES = [
  '行政相对人名称',
  '行政相对人类别',
  '行政相对人代码_1(统一社会信用代码)',
  '行政相对人代码_2(工商注册号)',
  '行政相对人代码_3(组织机构代码)',
  '行政相对人代码_4(税务登记号)',
  '行政相对人代码_5(事业单位证书号)',
  '行政相对人代码_6(社会组织登记证号)',
  '法定代表人',
  '法定代表人证件类型',
  '法定代表人证件号码',
  '证件类型',
  '证件号码',
  '行政处罚决定书文号',
  '违法行为类型',
  '违法事实',
  '处罚依据',
  '处罚类别',
  '处罚内容',
  '罚款金额（万元）',
  '没收违法所得、没收非法财物的金额（万元）',
  '暂扣或吊销证照名称及编号',
  '处罚决定日期',
  '处罚有效期',
  '公示截止期',
  '处罚机关',
  '处罚机关统一社会信用代码',
  '数据来源单位',
  '数据来源单位统一社会信用代码',
  '备注',
]

describe('column vocabularies', () => {
  it.each([
    ['licensing', LICENSING_CODES],
    ['licensing', LICENSING_TITLES],
    ['penalty', PENALTY_CODES],
    ['penalty', PENALTY_TITLES],
  ] as const)('%s: the whole standard header maps, nothing unknown or missing', (kind, header) => {
    const mapping = mapHeader(kind, header)
    expect(mapping.unknown).toEqual([])
    expect(mapping.missing).toEqual([])
    expect(mapping.duplicates).toEqual([])
    expect(mapping.fatal).toBeNull()
    expect(mapping.columns.size).toBe(header.length)
    expect(new Set([...mapping.columns.values()].map((s) => s.code))).toEqual(
      new Set(kind === 'licensing' ? LICENSING_CODES : PENALTY_CODES),
    )
  })

  it('the code and the Chinese title of each column name the same column', () => {
    LICENSING_CODES.forEach((code, i) =>
      expect(findColumn('licensing', LICENSING_TITLES[i]!)?.code).toBe(code),
    )
    PENALTY_CODES.forEach((code, i) =>
      expect(findColumn('penalty', PENALTY_TITLES[i]!)?.code).toBe(code),
    )
  })

  it.each([
    ['licensing', 'XK_WSH', 'decisionNumber'],
    ['licensing', 'xk_wsh', 'decisionNumber'],
    ['licensing', '  Xk_Wsh  ', 'decisionNumber'],
    ['licensing', 'ＸＫ＿ＷＳＨ', 'decisionNumber'],
    ['licensing', '\uFEFFXK_XDR_MC', 'partyName'],
    ['licensing', '行政许可决定文书号', 'decisionNumber'],
    ['licensing', '许可决定文书号', 'decisionNumber'],
    ['licensing', '有效期至', 'validUntil'],
    ['licensing', 'XK_YXQZI', 'validUntil'],
    ['licensing', 'XK_YXQZ', 'validFrom'],
    ['licensing', '行 政 相 对 人 名 称', 'partyName'],
    ['penalty', 'CF_NR_FK', 'fineAmount'],
    ['penalty', '罚款金额（万元）', 'fineAmount'],
    ['penalty', '罚款金额(万元)', 'fineAmount'],
    ['penalty', '罚款金额', 'fineAmount'],
    ['penalty', '行政相对人代码-统一社会信用代码', 'creditCode'],
    ['penalty', '行政相对人代码-相对人证件号码', 'idNumber'],
    ['penalty', '处罚内容:', 'penaltyContent'],
    ['penalty', '处罚决定书文号', 'decisionNumber'],
    ['penalty', 'cf_gsjzq', 'publicationEndDate'],
    ['penalty', 'CF_FR_ZJHM', null],
  ] as const)('%s header %j → %s', (kind, title, field) => {
    expect(findColumn(kind, title)?.field).toBe(field)
  })

  it.each([
    ['licensing', 'CF_WSH'],
    ['penalty', 'XK_WSH'],
    ['penalty', '许可类别'],
    ['licensing', '处罚类别'],
    ['licensing', '随便什么'],
  ] as const)('%s: %s names no column', (kind, title) => {
    expect(findColumn(kind, title)).toBeUndefined()
  })

  it('mixes vocabularies and reports unknown columns without failing', () => {
    const header = [
      ...PENALTY_CODES.slice(0, 10),
      ...PENALTY_TITLES.slice(10),
      '内部编号',
      'COMP_NAME',
    ]
    const mapping = mapHeader('penalty', header)
    expect(mapping.fatal).toBeNull()
    expect(mapping.unknown).toEqual(['内部编号', 'COMP_NAME'])
  })

  it('names every missing required column, fatally', () => {
    const header = LICENSING_CODES.filter((c) => !['XK_WSH', 'XK_JDRQ', 'XK_XKJG'].includes(c))
    const mapping = mapHeader('licensing', header)
    expect(mapping.missing.map((s) => s.code)).toEqual(['XK_WSH', 'XK_JDRQ', 'XK_XKJG'])
    expect(mapping.fatal).toContain('行政许可决定文书号 (XK_WSH)')
    expect(mapping.fatal).toContain('许可决定日期 (XK_JDRQ)')
    expect(mapping.fatal).toContain('许可机关 (XK_XKJG)')
  })

  it('does not require columns when asked not to (JSON Lines: checked per row)', () => {
    expect(mapHeader('penalty', ['CF_WSH'], { requireAll: false }).fatal).toBeNull()
  })

  it('refuses the same column under two names', () => {
    const mapping = mapHeader('penalty', [...PENALTY_CODES, '行政处罚决定书文号'])
    expect(mapping.duplicates).toHaveLength(1)
    expect(mapping.duplicates[0]!.titles).toEqual(['CF_WSH', '行政处罚决定书文号'])
    expect(mapping.fatal).toContain('CF_WSH = 行政处罚决定书文号')
  })

  it('has one code per column and titles that do not collide within a kind', () => {
    for (const kind of ['licensing', 'penalty'] as const) {
      const seen = new Map<string, string>()
      for (const spec of COLUMNS[kind]) {
        for (const name of [spec.code, ...spec.titles]) {
          const key = normaliseHeader(name)
          expect(seen.get(key) ?? spec.code, `${kind}: ${name}`).toBe(spec.code)
          seen.set(key, spec.code)
        }
      }
    }
  })
})

describe('label vocabularies match the collections', () => {
  // The collection configs pull in the workflow and access code: slow to load the first time.
  let LicensingDecisions: any, PenaltyDecisions: any, ID_TYPES: any[], PARTY_TYPES: any[]
  beforeAll(async () => {
    ;({ LicensingDecisions } = await import('../../../collections/LicensingDecisions'))
    ;({ PenaltyDecisions } = await import('../../../collections/PenaltyDecisions'))
    ;({ ID_TYPES, PARTY_TYPES } = await import('../../../src/fields/party'))
  }, 60_000)

  it('offers exactly the option values of the select fields', () => {
    const optionsOf = (config: any, name: string): string[] => {
      const found: string[][] = []
      const walk = (fields: any[]) => {
        for (const f of fields ?? []) {
          if (f.name === name && f.options) found.push(f.options.map((o: any) => o.value))
          walk(f.fields ?? [])
          for (const t of f.tabs ?? []) walk(t.fields)
        }
      }
      walk(config.fields)
      expect(found, name).toHaveLength(1)
      return found[0]!
    }
    const values = (map: Map<string, string>) => [...new Set(map.values())].sort()
    expect(values(LICENSE_CATEGORY_LABELS)).toEqual(
      optionsOf(LicensingDecisions, 'licenseCategory').sort(),
    )
    expect(values(LICENSE_STATUS_LABELS)).toEqual(
      optionsOf(LicensingDecisions, 'licenseStatus').sort(),
    )
    expect(values(PENALTY_CATEGORY_LABELS)).toEqual(
      optionsOf(PenaltyDecisions, 'penaltyCategories').sort(),
    )
    expect(values(PARTY_TYPE_LABELS)).toEqual(PARTY_TYPES.map((o: any) => o.value).sort())
    expect(values(ID_TYPE_LABELS)).toEqual(ID_TYPES.map((o: any) => o.value).sort())
  })

  it('maps every column to a field the collection has, with its length limit', () => {
    const fieldsOf = (config: any) => {
      const out = new Map<string, any>()
      const walk = (fields: any[]) => {
        for (const f of fields ?? []) {
          if (f.name) out.set(f.name, f)
          walk(f.fields ?? [])
          for (const t of f.tabs ?? []) walk(t.fields)
        }
      }
      walk(config.fields)
      return out
    }
    for (const [kind, config] of [
      ['licensing', LicensingDecisions],
      ['penalty', PenaltyDecisions],
    ] as const) {
      const fields = fieldsOf(config)
      for (const spec of COLUMNS[kind]) {
        if (!spec.field) continue
        expect(fields.has(spec.field), spec.code).toBe(true)
        expect(spec.maxLength, spec.code).toBe(fields.get(spec.field).maxLength)
      }
    }
  })
})
