import { describe, expect, it } from 'vitest'

import { residentIdCheckChar } from '../../../src/domain/resident-id'
import { mapHeader } from '../../../src/import/columns'
import { readCsv } from '../../../src/import/read'
import {
  fingerprint,
  outcomeOf,
  parseAmount,
  parseDate,
  validateRow,
} from '../../../src/import/rows'
import { collect, gb18030 } from './support'

const ID17 = '11010119900307123'
const RESIDENT_ID = ID17 + residentIdCheckChar(ID17)

/** A valid licensing row under the Chinese titles (the data of test/support/factories.ts). */
const licensing = (o: Record<string, unknown> = {}) => ({
  行政相对人名称: '测试科技有限公司',
  行政相对人类别: '法人及非法人组织',
  统一社会信用代码: '91330100MA2B3C4D5E',
  行政许可决定文书名称: '食品经营许可决定书',
  行政许可决定文书号: '测许〔2025〕1号',
  许可类别: '普通',
  许可内容: '预包装食品销售',
  许可决定日期: '2025-06-01',
  有效期自: '2025/6/1',
  许可机关: '测试局',
  ...o,
})

/** A valid penalty row under the 双公示 codes. */
const penalty = (o: Record<string, unknown> = {}) => ({
  CF_XDR_MC: '测试商贸有限公司',
  CF_XDR_LB: '法人及非法人组织',
  CF_WSH: '测罚〔2025〕1号',
  CF_WFXW: '经营超过保质期的食品',
  CF_SY: '经查属实。',
  CF_YJ: '《中华人民共和国食品安全法》第一百二十四条',
  CF_CFLB: '罚款',
  CF_NR: '罚款人民币1万元。',
  CF_NR_FK: '1',
  CF_JDRQ: '20250601',
  CF_GSJZQ: '2099年6月1日',
  CF_CFJG: '测试局',
  ...o,
})

const row = (record: Record<string, unknown>, line = 2) => ({ line, record })

describe('dates', () => {
  it.each([
    ['2026-11-02', '2026-11-02'],
    ['2026/11/2', '2026-11-02'],
    ['2026/1/9', '2026-01-09'],
    ['2026.11.2', '2026-11-02'],
    ['20261102', '2026-11-02'],
    ['2026年11月2日', '2026-11-02'],
    ['2026年1月2日', '2026-01-02'],
    ['2026 年 11 月 2 日', '2026-11-02'],
    ['２０２６－１１－０２', '2026-11-02'],
    ['2026-11-02 00:00:00', '2026-11-02'],
    ['2026-11-02T08:00:00+08:00', '2026-11-02'],
    ['2026/11/2 8:00', '2026-11-02'],
    [' 2026-11-02 ', '2026-11-02'],
    ['2024-02-29', '2024-02-29'],
    [20261102, '2026-11-02'],
    [new Date('2026-11-02T00:00:00Z'), '2026-11-02'],
    ['2026-02-29', null],
    ['2026-13-01', null],
    ['2026-11-31', null],
    ['2026-11', null],
    ['02/11/2026', null],
    ['1900-01-01', null],
    ['明天', null],
    ['', null],
    [null, null],
  ])('%j → %s', (input, expected) => {
    expect(parseDate(input)).toBe(expected)
  })
})

describe('amounts (万元)', () => {
  it.each([
    ['0.2', 0.2],
    ['1', 1],
    ['1,234.5', 1234.5],
    ['１２', 12],
    ['12万元', 12],
    ['0.2万', 0.2],
    [' 3.5 ', 3.5],
    ['.5', 0.5],
    [0.0001, 0.0001],
    ['2000元', null],
    ['-1', null],
    ['1e3', null],
    ['1,23', null],
    ['abc', null],
    ['', null],
    [Number.NaN, null],
  ])('%j → %s', (input, expected) => {
    expect(parseAmount(input)).toBe(expected)
  })
})

describe('licensing rows', () => {
  it('turns a valid row into collection data', () => {
    const result = validateRow('licensing', row(licensing()))
    expect(result.ok).toBe(true)
    if (!result.ok) return
    expect(result.data).toEqual({
      partyName: '测试科技有限公司',
      partyType: 'legal_person',
      creditCode: '91330100MA2B3C4D5E',
      decisionDocName: '食品经营许可决定书',
      decisionNumber: '测许〔2025〕1号',
      licenseCategory: 'general',
      content: '预包装食品销售',
      decisionDate: '2025-06-01',
      validFrom: '2025-06-01',
      authority: '测试局',
    })
    expect(result.decisionNumber).toBe('测许〔2025〕1号')
    expect(result.decisionKey).toBe('测许|2025|1')
    expect(result.fingerprint).toMatch(/^[0-9a-f]{64}$/)
  })

  it.each([
    ['核准', 'approval'],
    ['登记', 'registration'],
    ['其他-备案', 'other'],
    ['其他（备案）', 'other'],
  ])('许可类别 %s → %s', (label, value) => {
    const result = validateRow('licensing', row(licensing({ 许可类别: label })))
    expect(result.ok && result.data.licenseCategory).toBe(value)
  })

  it.each([
    ['有效', 'valid'],
    ['1', 'valid'],
    ['2', 'invalid'],
    ['撤销', 'revoked'],
  ])('当前状态 %s → %s', (label, value) => {
    const result = validateRow('licensing', row(licensing({ 当前状态: label })))
    expect(result.ok && result.data.licenseStatus).toBe(value)
  })

  it.each(['长期', '长期有效', '', '－'])('有效期至 %j: no end date', (value) => {
    const result = validateRow('licensing', row(licensing({ 有效期至: value })))
    expect(result.ok).toBe(true)
    expect(result.ok && 'validUntil' in result.data).toBe(false)
  })

  it('accepts a natural person with a valid resident ID (lower-case x folded)', () => {
    const id = RESIDENT_ID.toLowerCase()
    const result = validateRow(
      'licensing',
      row(
        licensing({
          行政相对人类别: '自然人',
          统一社会信用代码: '',
          证件类型: '身份证',
          证件号码: id,
        }),
      ),
    )
    expect(result.ok).toBe(true)
    expect(result.ok && result.data).toMatchObject({
      partyType: 'natural_person',
      idType: 'resident_id',
      idNumber: RESIDENT_ID.toUpperCase(),
    })
  })

  it.each([
    [{ 许可决定日期: '2025-13-01' }, '许可决定日期', '2025-13-01', /not a date/],
    [{ 许可决定日期: '' }, '许可决定日期', '', /required/],
    [{ 行政许可决定文书号: '  ' }, '行政许可决定文书号', '  ', /required/],
    [{ 许可类别: '临时' }, '许可类别', '临时', /无法识别“临时”/],
    [{ 行政相对人类别: '公司' }, '行政相对人类别', '公司', /无法识别/],
    [{ 统一社会信用代码: '12345' }, '统一社会信用代码', '12345', /18/],
    [{ 有效期至: '2025-05-31' }, '有效期至', '2025-05-31', /before valid from/],
    [{ 许可内容: '字'.repeat(4001) }, '许可内容', '字'.repeat(4001), /4000/],
    [{ 行政相对人名称: '名'.repeat(201) }, '行政相对人名称', '名'.repeat(201), /200/],
    [
      { 行政相对人类别: '自然人', 证件类型: '身份证', 证件号码: ID17 + 'X' },
      '证件号码',
      ID17 + 'X',
      /resident ID/,
    ],
    [{ 行政相对人类别: '自然人', 证件号码: RESIDENT_ID }, '证件类型 (XK_XDR_ZJLX)', '', /ID type/],
    [{ 行政相对人类别: '自然人', 证件类型: '护照' }, '证件号码 (XK_XDR_ZJHM)', '', /ID number/],
  ])('rejects %j naming the column %s', (override, column, value, message) => {
    const result = validateRow('licensing', row(licensing(override), 7))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ line: 7, column, value })
    expect(result.errors[0]!.message).toMatch(message)
  })

  it('reports every problem of a row, each under the file’s own title', () => {
    const result = validateRow(
      'licensing',
      row({ ...licensing({ 许可决定日期: 'x', 许可类别: 'y' }), 行政许可决定文书号: undefined }),
    )
    expect(result.ok).toBe(false)
    expect(!result.ok && result.errors.map((e) => e.column).sort()).toEqual(
      ['许可决定日期', '许可类别', '行政许可决定文书号'].sort(),
    )
  })

  it('names a column absent from a JSON line by the standard title and code', () => {
    const record: Record<string, unknown> = licensing()
    delete record['许可机关']
    const result = validateRow('licensing', row(record))
    expect(!result.ok && result.errors).toEqual([
      { line: 2, column: '许可机关 (XK_XKJG)', value: '', message: '必填 (required)' },
    ])
  })
})

describe('penalty rows', () => {
  it('turns a valid row under the codes into collection data', () => {
    const result = validateRow('penalty', row(penalty({ CF_CFLB: '警告、罚款；没收违法所得' })))
    expect(result.ok).toBe(true)
    expect(result.ok && result.data).toEqual({
      partyName: '测试商贸有限公司',
      partyType: 'legal_person',
      decisionNumber: '测罚〔2025〕1号',
      violationType: '经营超过保质期的食品',
      violationFacts: '经查属实。',
      legalBasis: '《中华人民共和国食品安全法》第一百二十四条',
      penaltyCategories: ['warning', 'fine', 'confiscate_income'],
      penaltyContent: '罚款人民币1万元。',
      fineAmount: 1,
      decisionDate: '2025-06-01',
      publicationEndDate: '2099-06-01',
      authority: '测试局',
    })
  })

  it.each([
    ['罚款', ['fine']],
    ['罚款,警告', ['warning', 'fine']],
    ['警告 罚款 罚款', ['warning', 'fine']],
    ['吊销许可证', ['revoke_license']],
    ['其他-责令改正', ['other']],
  ])('处罚类别 %s → %j', (label, values) => {
    const result = validateRow('penalty', row(penalty({ CF_CFLB: label })))
    expect(result.ok && result.data.penaltyCategories).toEqual(values)
  })

  it.each([
    [{ CF_NR_FK: '2000元' }, 'CF_NR_FK', /万元/],
    [{ CF_NR_FK: '-1' }, 'CF_NR_FK', /万元/],
    [{ CF_NR_FK: '0.0000001' }, 'CF_NR_FK', /6 decimals/],
    [{ CF_NR_FK: '' }, 'CF_NR_FK', /a fine needs its amount/],
    [{ CF_NR_WFFF: 'abc' }, 'CF_NR_WFFF', /万元/],
    [{ CF_GSJZQ: '2025-06-01' }, 'CF_GSJZQ', /after the decision date/],
    [{ CF_GSJZQ: '2025/5/1' }, 'CF_GSJZQ', /after the decision date/],
    [{ CF_JDRQ: '2025-6' }, 'CF_JDRQ', /not a date/],
    [{ CF_CFLB: '罚款、打板子' }, 'CF_CFLB', /打板子/],
    [{ CF_SY: '' }, 'CF_SY', /required/],
  ])('rejects %j in column %s', (override, column, message) => {
    const result = validateRow('penalty', row(penalty(override), 12))
    expect(result.ok).toBe(false)
    if (result.ok) return
    expect(result.errors).toHaveLength(1)
    expect(result.errors[0]).toMatchObject({ line: 12, column })
    expect(result.errors[0]!.message).toMatch(message)
  })

  it('reads amounts from JSON numbers and rounds float noise', () => {
    const result = validateRow('penalty', row(penalty({ CF_NR_FK: 0.1 * 3, CF_NR_WFFF: 12 })))
    expect(result.ok && [result.data.fineAmount, result.data.confiscatedAmount]).toEqual([0.3, 12])
  })
})

describe('fingerprint', () => {
  const fp = (record: Record<string, unknown>) => {
    const result = validateRow('penalty', row(record))
    if (!result.ok) throw new Error(JSON.stringify(result.errors))
    return result.fingerprint
  }

  it('is the same for the same decision written differently', () => {
    const base = fp(penalty())
    const titled = {
      行政相对人名称: ' 测试商贸有限公司 ',
      行政相对人类别: '法人及非法人组织',
      行政处罚决定书文号: '测罚〔2025〕1号',
      违法行为类型: '经营超过保质期的食品',
      违法事实: '经查属实。\r\n',
      处罚依据: '《中华人民共和国食品安全法》第一百二十四条',
      处罚类别: '罚款',
      处罚内容: '罚款人民币1万元。',
      '罚款金额（万元）': '1.000000',
      处罚决定日期: '2025年6月1日',
      公示截止期: '2099/6/1',
      处罚机关: '测试局',
      备注: '',
    }
    expect(fp(titled)).toBe(base)
    expect(fp(Object.fromEntries(Object.entries(penalty()).reverse()))).toBe(base)
    expect(fp(penalty({ CF_NR_FK: 1 }))).toBe(base)
    expect(fp(penalty({ 不认识的列: '随便' }))).toBe(base)
  })

  it.each([
    [{ CF_NR_FK: '1.5' }],
    [{ CF_SY: '经查属实' }],
    [{ CF_GSJZQ: '2099-06-02' }],
    [{ BZ: '更正' }],
    [{ CF_CFLB: '警告、罚款' }],
  ])('changes when the decision changes: %j', (override) => {
    expect(fp(penalty(override))).not.toBe(fp(penalty()))
  })

  it('is a pinned value (changing the normalisation would re-update every imported row)', () => {
    expect(fingerprint('penalty', { decisionNumber: '测罚〔2025〕1号', fineAmount: 1 })).toBe(
      fingerprint('penalty', { fineAmount: 1, decisionNumber: '测罚〔2025〕1号', remarks: null }),
    )
    expect(fingerprint('licensing', { decisionNumber: 'x' })).not.toBe(
      fingerprint('penalty', { decisionNumber: 'x' }),
    )
    expect(fingerprint('penalty', { decisionNumber: '测罚〔2025〕1号', fineAmount: 1 })).toBe(
      '264ae429da383e5dc61d775ff80edcf93a3e18e41429a720e2e0d8eb8cd987a9',
    )
  })

  it.each([
    [null, 'create'],
    [undefined, 'create'],
    [{ fingerprint: 'abc' }, 'unchanged'],
    [{ fingerprint: 'def' }, 'update'],
    [{ fingerprint: null }, 'update'],
    [{}, 'update'],
  ] as const)('existing %j → %s', (existing, outcome) => {
    expect(outcomeOf(existing, 'abc')).toBe(outcome)
  })
})

describe('a GB18030 CSV with broken rows, read and validated', () => {
  it('keeps the good rows and reports each bad one with its row and column', async () => {
    const header = ['行政相对人名称', '处罚决定日期', '罚款金额（万元）']
    const text = [
      header.join(','),
      '张三丰,2026年1月2日,0.2',
      '张三,2026年13月2日,1',
      '张三丰,2026年1月2日,0.2万元',
      ',2026年1月2日,1万元',
    ].join('\r\n')
    let titles: string[] = []
    const items = await collect(readCsv([gb18030(text)], { onHeader: (t) => (titles = t) }))
    const mapping = mapHeader('penalty', titles, { requireAll: false })
    expect(mapping.unknown).toEqual([])
    const problems = items.flatMap((item) => {
      const result = validateRow(
        'penalty',
        item as { line: number; record: Record<string, unknown> },
        mapping,
      )
      return result.ok
        ? []
        : result.errors
            .filter((e) => header.includes(e.column))
            .map((e) => [e.line, e.column, e.value])
    })
    expect(problems).toEqual([
      [3, '处罚决定日期', '2026年13月2日'],
      [5, '行政相对人名称', ''],
    ])
  })
})
