import { describe, expect, it } from 'vitest'

import {
  docNumberKey,
  isPlausibleDocNumber,
  parseDocNumber,
  toHalfWidth,
} from '../../../src/domain/doc-number'

describe('parseDocNumber', () => {
  it.each([
    ['国办发〔2017〕47号', '国办发', 2017, 47],
    ['国办发[2017]47号', '国办发', 2017, 47],
    ['国办发(2017)47号', '国办发', 2017, 47],
    ['国办发（2017）47号', '国办发', 2017, 47],
    ['国办发【2017】47号', '国办发', 2017, 47],
    ['国办发［２０１７］４７号', '国办发', 2017, 47],
    ['国办发〔2017〕第47号', '国办发', 2017, 47],
    ['国办发 〔 2017 〕 47 号', '国办发', 2017, 47],
    ['国办发〔2017〕047号', '国办发', 2017, 47],
    ['国办发2017年47号', null, null, null],
    ['临政发〔2025〕3号', '临政发', 2025, 3],
    ['财税〔2019〕13号', '财税', 2019, 13],
    ['国务院令第708号', null, null, null],
    ['粤府办〔2024〕12号', '粤府办', 2024, 12],
    ['中华人民共和国主席令第三十一号', null, null, null],
    ['国发〔1899〕1号', null, null, null],
    ['国发〔2017〕0号', null, null, null],
    ['', null, null, null],
  ])('%s', (input, agency, year, sequence) => {
    const parsed = parseDocNumber(input)
    if (agency === null) {
      expect(parsed).toBeNull()
    } else {
      expect(parsed).toMatchObject({
        agency,
        year,
        sequence,
        canonical: `${agency}〔${year}〕${sequence}号`,
      })
    }
  })

  it('gives every bracket style the same key', () => {
    const keys = new Set(
      [
        '国办发〔2017〕47号',
        '国办发[2017]47号',
        '国办发(2017)47号',
        '国办发（2017）47号',
        '国办发【2017】47号',
        '国办发［２０１７］４７号',
      ].map(docNumberKey),
    )
    expect([...keys]).toEqual(['国办发|2017|47'])
  })
})

describe('docNumberKey', () => {
  it.each([
    [null, null],
    ['   ', null],
    ['国办发〔2017〕47号', '国办发|2017|47'],
    // Numbers that do not parse still compare by their folded text.
    ['国务院令第708号', '国务院令第708号'],
    ['ＡＢＣ-12', 'abc-12'],
    ['abc - 12', 'abc-12'],
  ])('%s → %s', (input, key) => {
    expect(docNumberKey(input)).toBe(key)
  })
})

describe('toHalfWidth', () => {
  it.each([
    ['２０２４', '2024'],
    ['（）', '()'],
    ['［］', '[]'],
    ['Ａｂｃ', 'Abc'],
    ['a\u3000b', 'a b'],
    ['〔〕', '〔〕'],
  ])('%s → %s', (input, output) => {
    expect(toHalfWidth(input)).toBe(output)
  })
})

describe('isPlausibleDocNumber', () => {
  it.each([
    ['国办发〔2017〕47号', true],
    ['国务院令第708号', true],
    ['中华人民共和国主席令第三十一号', true],
    ['ＡＢＣ-12', true],
    ['〔〕', false],
    ['2017', false],
    ['通知', false],
    ['', false],
    ['国'.repeat(101) + '1', false],
  ])('%s → %s', (input, expected) => {
    expect(isPlausibleDocNumber(input)).toBe(expected)
  })
})
