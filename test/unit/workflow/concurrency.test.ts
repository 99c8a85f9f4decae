import { describe, expect, it } from 'vitest'

import { checkBase, declaredBase } from '../../../src/workflow/concurrency'

const T = '2026-11-27T02:00:00.123Z'

describe('declaredBase', () => {
  it.each([
    [undefined, undefined, null],
    [null, T, T],
    [`"${T}"`, undefined, T],
    [`W/"${T}"`, undefined, T],
    [`"${T}", "other"`, undefined, T],
    [`"${T}"`, '2000-01-01T00:00:00Z', T], // the header wins over the body
    ['*', T, T], // "any version" declares nothing; the body still may
    ['', '  ', null],
    [undefined, 12345, null],
  ])('If-Match %s, data.updatedAt %s → %s', (header, data, expected) => {
    expect(declaredBase(header as any, data)).toBe(expected)
  })
})

describe('checkBase', () => {
  it.each([
    [null, T, true, undefined],
    [T, T, true, undefined],
    ['2026-11-27T10:00:00.123+08:00', T, true, undefined], // the same instant in another zone
    ['2026-11-27T02:00:00.122Z', T, false, 'stale'],
    ['2026-11-27T02:00:01Z', T, false, 'stale'],
    ['yesterday', T, false, 'invalid'],
    [T, null, true, undefined],
  ])('declared %s vs current %s → ok=%s', (declared, current, ok, reason) => {
    const result = checkBase(declared, current)
    expect(result.ok).toBe(ok)
    if (!result.ok) expect(result.reason).toBe(reason)
  })
})
