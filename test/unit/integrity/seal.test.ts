import { describe, expect, it } from 'vitest'

import { sealedForm, sealKey, sealMatches, sealOf } from '../../../src/integrity/seal'

const key = sealKey('a secret of the instance')
const row = { key: 'policies:1', uid: 'u-1', titleZh: '关于印发办法的通知', version: 3, id: 9 }
const record = {
  id: 1,
  uid: 'u-1',
  title: { zh: '关于印发办法的通知', en: null },
  body: { root: { children: [{ text: '正文', format: '' }] } },
  publishedAt: '2025-03-01T08:00:00.000Z',
  department: 4,
  topics: [],
  updatedAt: '2025-03-01T08:00:00.000Z',
}
const seal = (r: object, d: object) => sealOf(key, sealedForm(r as any, d as any))
const base = seal(row, record)

describe('sealedForm and sealOf', () => {
  it.each([
    ['key order', { ...record }, { ...row }],
    [
      'bookkeeping of the row (id, version, timestamps)',
      record,
      { ...row, version: 4, id: 10, updatedAt: 'x' },
    ],
    [
      'bookkeeping of the record (updatedAt, workflow, import)',
      {
        ...record,
        updatedAt: '2026-01-01T00:00:00.000Z',
        reviewComment: 'ok',
        importFingerprint: 'f',
      },
      row,
    ],
    [
      'empty values (null, empty string, empty list, absent)',
      { ...record, summary: null, keywords: [], note: '' },
      row,
    ],
    [
      'another notation of the same instant',
      { ...record, publishedAt: '2025-03-01 08:00:00.000Z' },
      row,
    ],
    [
      'a populated relation (its id)',
      { ...record, department: { id: 4, name: '局', updatedAt: 'x' } },
      row,
    ],
  ])('the same seal across %s', (_what, d, r) => {
    expect(seal(r, d)).toBe(base)
  })

  it('a date alone and its midnight instant are one value', () => {
    expect(seal(row, { ...record, validFrom: '2025-03-01' })).toBe(
      seal(row, { ...record, validFrom: '2025-03-01T00:00:00.000Z' }),
    )
  })

  it.each([
    ['the title in the record', { ...record, title: { zh: '篡改' } }, row],
    ['the body', { ...record, body: { root: { children: [{ text: '改' }] } } }, row],
    ['a date', { ...record, publishedAt: '2025-03-02T08:00:00.000Z' }, row],
    ['the department', { ...record, department: 5 }, row],
    ['the public row', record, { ...row, titleZh: '篡改' }],
    ['a field added to the row', record, { ...row, docNumber: '临政发〔2025〕1号' }],
  ])('a change of %s changes the seal', (_what, d, r) => {
    expect(seal(r, d)).not.toBe(base)
  })

  it('another key gives another seal; the seal checks in constant time and refuses malformed ones', () => {
    const other = sealKey('another secret')
    expect(sealOf(other, sealedForm(row, record))).not.toBe(base)
    expect(sealMatches(key, sealedForm(row, record), base)).toBe(true)
    expect(sealMatches(other, sealedForm(row, record), base)).toBe(false)
    for (const bad of [null, undefined, '', 'xyz', base.slice(1), base.toUpperCase(), 42])
      expect(sealMatches(key, sealedForm(row, record), bad)).toBe(false)
  })
})
