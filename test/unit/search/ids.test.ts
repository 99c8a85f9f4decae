import { describe, expect, it } from 'vitest'

import { parseIdLists, parseIds } from '../../../src/search/ids'

describe('parseIds', () => {
  const cases: Array<[string | null | undefined, number[]]> = [
    [null, []],
    [undefined, []],
    ['', []],
    ['[]', []],
    ['7', [7]],
    ['[7]', [7]],
    ['12,7,9', [12, 7, 9]],
    ['[12,7,9]', [12, 7, 9]],
    ['0,1,10,100', [0, 1, 10, 100]],
    // Past 2^31 (an Int32Array would wrap) and up to 2^53 exactly.
    ['[2147483648,9007199254740991]', [2147483648, 9007199254740991]],
  ]
  it.each(cases)('%j → %j', (list, ids) => {
    const out = parseIds(list)
    expect(out).toBeInstanceOf(Float64Array)
    expect(Array.from(out)).toEqual(ids)
  })

  it.each(cases)('the bytes of %j → %j', (list, ids) => {
    const out = parseIds(list === null || list === undefined ? list : Buffer.from(list))
    expect(out).toBeInstanceOf(Float64Array)
    expect(Array.from(out)).toEqual(ids)
  })

  it('reads 100,000 ids of both forms alike', () => {
    const ids = Array.from({ length: 100_000 }, (_, i) => i * 3 + 1)
    expect(Array.from(parseIds(ids.join(',')))).toEqual(ids)
    expect(Array.from(parseIds(JSON.stringify(ids)))).toEqual(ids)
    expect(Array.from(parseIds(new TextEncoder().encode(ids.join(','))))).toEqual(ids)
  })

  const bytes = (s: string) => new TextEncoder().encode(s)
  const lists: Array<[Array<string | null>, number[]]> = [
    [[], []],
    [[null, null], []],
    [
      ['1,2', null],
      [1, 2],
    ],
    [[null, '3'], [3]],
    [
      ['1,2', '3,40'],
      [1, 2, 3, 40],
    ],
    [
      ['[1,2]', '[]', '[3]'],
      [1, 2, 3],
    ],
    [['', '7'], [7]],
  ]
  it.each(lists)('the lists %j in one → %j', (parts, ids) => {
    const out = parseIdLists(parts.map((p) => (p === null ? null : bytes(p))))
    expect(out).toBeInstanceOf(Float64Array)
    expect(Array.from(out)).toEqual(ids)
  })
})
