import { describe, expect, it } from 'vitest'

import { firstInOrder } from '../../../src/search/top'

describe('firstInOrder', () => {
  const byValueThenIndex = (values: number[]) => (a: number, b: number) =>
    values[a]! - values[b]! || a - b

  it.each([
    [0, 10],
    [1, 10],
    [5, 1_000],
    [20, 5_000],
    [100, 5_000],
    [3_000, 5_000],
    [10, 3],
  ])('the first %i of %i are those of a full sort', (k, n) => {
    let seed = n + k
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
    // Many ties, so the tie-break matters.
    const values = Array.from({ length: n }, () => Math.floor(rand() * 50))
    const items = values.map((_, i) => i)
    const order = byValueThenIndex(values)
    const expected = [...items].sort(order).slice(0, k)
    expect(firstInOrder([...items], k, order)).toEqual(expected)
  })
})
