import { describe, expect, it } from 'vitest'

import { isNaturalPerson, maskIdNumber, maskPersonName } from '../../../src/domain/masking'

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '110101********1234'],
    ['11010119900307123X', '110101********123X'],
    ['110101900307123', '110101*****7123'],
    ['91330100MA2', '91*******A2'],
    [' 110101 199003071234 ', '110101********1234'],
    ['G12345678', 'G1*****78'],
    ['1234567', '1*****7'],
    ['12', '**'],
    ['', ''],
    [null, ''],
    [undefined, ''],
  ])('%s → %s', (input, expected) => {
    expect(maskIdNumber(input)).toBe(expected)
  })

  it('hides at least half of a short number, and everything but region and last 4 of a long one', () => {
    for (let n = 1; n <= 30; n++) {
      const masked = maskIdNumber('9'.repeat(n))
      expect(masked).toHaveLength(n)
      const hidden = masked.split('').filter((c) => c === '*').length
      expect(hidden).toBeGreaterThanOrEqual(n < 15 ? Math.ceil(n / 2) : n - 10)
    }
  })
})

describe('maskPersonName', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['李', '*'],
    ['欧阳修', '欧阳*'],
    ['欧阳娜娜', '欧阳**'],
    ['司马相如', '司马**'],
    [' 王 小 明 ', '王**'],
    ['John Smith', 'J*** S****'],
    ['Li', 'L*'],
    ['A', 'A*'],
    ['', ''],
    [null, ''],
  ])('%s → %s', (input, expected) => {
    expect(maskPersonName(input)).toBe(expected)
  })
})

describe('isNaturalPerson', () => {
  it.each([
    ['natural_person', true],
    ['legal_person', false],
    ['individual_business', false],
    [null, false],
  ])('%s → %s', (input, expected) => {
    expect(isNaturalPerson(input)).toBe(expected)
  })
})
