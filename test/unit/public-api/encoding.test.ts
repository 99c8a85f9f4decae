/** Which content coding an Accept-Encoding header gets (both the Express path and the cache-hit lane use this). */
import { describe, expect, it } from 'vitest'

import { chooseEncoding } from '../../../src/public-api/http'

describe('chooseEncoding', () => {
  it.each([
    [undefined, null],
    ['', null],
    ['identity', null],
    ['gzip', 'gzip'],
    ['br', 'br'],
    ['gzip, deflate', 'gzip'],
    ['gzip, deflate, br', 'br'],
    ['br;q=0.5, gzip;q=0.8', 'gzip'],
    ['br;q=0.8, gzip;q=0.8', 'br'],
    ['br;q=0, gzip', 'gzip'],
    ['gzip;q=0, br;q=0', null],
    ['*', 'br'],
    ['*;q=0.1, gzip', 'gzip'],
    ['GZIP', 'gzip'],
    ['br;q=abc', 'br'],
    ['deflate;q=1, identity;q=0.5', null],
  ])('%s → %s', (header, expected) => {
    expect(chooseEncoding(header as string | undefined)).toBe(expected)
  })
})
