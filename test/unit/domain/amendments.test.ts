import { describe, expect, it } from 'vitest'

import { toDateOnly, versionInForce } from '../../../src/domain/amendments'

const original = { text: 'v0', effectiveDate: '2020-03-01' }
const amendments = [
  { effectiveDate: '2023-01-01', text: 'v2', decisionDocNumber: '令第2号' },
  { effectiveDate: '2021-07-01', text: 'v1', decisionDocNumber: '令第1号' },
]

describe('versionInForce', () => {
  it.each([
    ['2020-02-29', null, null, null],
    ['2020-03-01', 'v0', '2020-03-01', '2021-07-01'],
    ['2021-06-30', 'v0', '2020-03-01', '2021-07-01'],
    ['2021-07-01', 'v1', '2021-07-01', '2023-01-01'],
    ['2022-12-31', 'v1', '2021-07-01', '2023-01-01'],
    ['2023-01-01', 'v2', '2023-01-01', null],
    ['2030-01-01', 'v2', '2023-01-01', null],
  ])('on %s: %s', (date, text, from, until) => {
    const v = versionInForce(original, amendments, date)
    if (text === null) expect(v).toBeNull()
    else expect(v).toMatchObject({ text, effectiveFrom: from, effectiveUntil: until })
  })

  it('names the amendment in force', () => {
    expect(versionInForce(original, amendments, '2022-01-01')?.amendment?.decisionDocNumber).toBe(
      '令第1号',
    )
    expect(versionInForce(original, amendments, '2020-05-01')?.amendment).toBeNull()
  })

  it('with no amendments, the original text is in force for ever', () => {
    expect(versionInForce(original, [], '2099-01-01')).toMatchObject({
      text: 'v0',
      effectiveUntil: null,
    })
  })

  it('two amendments on one day: the later in the list wins', () => {
    const same = [
      { effectiveDate: '2022-01-01', text: 'a' },
      { effectiveDate: '2022-01-01', text: 'b' },
    ]
    expect(versionInForce(original, same, '2022-06-01')?.text).toBe('b')
  })

  it('refuses a malformed date', () => {
    expect(() => versionInForce(original, amendments, '2022/01/01')).toThrow(/YYYY-MM-DD/)
  })
})

describe('toDateOnly', () => {
  it.each([
    ['2024-02-29', '2024-02-29'],
    ['2024-02-29T23:00:00.000Z', '2024-02-29'],
    [new Date('2024-03-01T00:00:00Z'), '2024-03-01'],
    ['not a date', null],
    [null, null],
  ])('%s → %s', (input, expected) => {
    expect(toDateOnly(input as any)).toBe(expected)
  })
})
