import { describe, expect, it } from 'vitest'

import {
  formatIndexNumber,
  indexSequenceKey,
  parseIndexNumber,
} from '../../../src/domain/index-number'

describe('formatIndexNumber', () => {
  it.each([
    ['000014349', 2017, 110, '000014349/2017-00110'],
    ['002489600', 2025, 1, '002489600/2025-00001'],
    ['11330100MB1234567X', 2026, 99999, '11330100MB1234567X/2026-99999'],
  ])('%s %i %i → %s', (code, year, seq, expected) => {
    expect(formatIndexNumber(code, year, seq)).toBe(expected)
    expect(parseIndexNumber(expected)).toEqual({ departmentCode: code, year, sequence: seq })
  })

  it.each([
    ['bad code', 2025, 1],
    ['000014349', 1800, 1],
    ['000014349', 2025, 0],
    ['000014349', 2025, 100000],
    ['000014349', 2025, 1.5],
  ])('refuses %s %s %s', (code, year, seq) => {
    expect(() => formatIndexNumber(code, year, seq)).toThrow()
  })
})

describe('parseIndexNumber', () => {
  it.each(['000014349/2017-0011', '000014349-2017-00110', '/2017-00110', 'x/2017-00110'])(
    'refuses %s',
    (value) => {
      expect(parseIndexNumber(value)).toBeNull()
    },
  )
})

describe('indexSequenceKey', () => {
  it('is per department and year', () => {
    expect(indexSequenceKey('000014349', 2017)).toBe('index:000014349:2017')
    expect(indexSequenceKey('000014349', 2018)).not.toBe(indexSequenceKey('000014349', 2017))
  })
})
