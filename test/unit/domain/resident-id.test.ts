import { describe, expect, it } from 'vitest'

import { isValidResidentId, residentIdCheckChar } from '../../../src/domain/resident-id'

describe('resident ID numbers', () => {
  it.each([
    ['11010519491231002', 'X'],
    ['44052418800101001', '4'],
    ['33010219900307123', residentIdCheckChar('33010219900307123')],
  ])('check character of %s is %s', (first17, check) => {
    expect(residentIdCheckChar(first17)).toBe(check)
    expect(isValidResidentId(first17 + check)).toBe(true)
  })

  it.each([
    ['11010519491231002X', true],
    ['11010519491231002x', true],
    ['110105194912310021', false],
    ['11010519491331002X', false],
    ['11010519490230002X', false],
    ['1101051949123100', false],
    ['ABCDEFGHIJKLMNOPQR', false],
  ])('%s valid: %s', (id, valid) => {
    expect(isValidResidentId(id)).toBe(valid)
  })
})
