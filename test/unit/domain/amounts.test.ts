import { describe, expect, it } from 'vitest'

import { formatWan, isValidWanAmount, roundWan, wanToYuan } from '../../../src/domain/amounts'

describe('万元 amounts', () => {
  it.each([
    [0, true],
    [12.5, true],
    [0.0001, true],
    [0.000001, true],
    [0.1 * 3, true],
    [0.0000001, false],
    [-1, false],
    [Number.NaN, false],
    [Number.POSITIVE_INFINITY, false],
    ['12', false],
    [null, false],
  ])('%s valid: %s', (value, valid) => {
    expect(isValidWanAmount(value)).toBe(valid)
  })

  it.each([
    [12.5, '12.5万元'],
    [0.0001, '0.0001万元'],
    [3, '3万元'],
    [0.1 * 3, '0.3万元'],
    [1234567.891011, '1234567.891011万元'],
  ])('formats %s as %s', (value, text) => {
    expect(formatWan(value)).toBe(text)
  })

  it('rounds and converts', () => {
    expect(roundWan(0.1 * 3)).toBe(0.3)
    expect(wanToYuan(1.2345)).toBe(12345)
    expect(wanToYuan(0.000001)).toBe(0.01)
  })
})
