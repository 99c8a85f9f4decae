import { describe, expect, it } from 'vitest'

import {
  FORBIDDEN_FIELDS,
  SUMMARY_COLUMNS,
  TYPE_COLUMNS,
  csvCells,
  exportColumns,
  exportRow,
  sourceSelect,
  type ExportSummary,
  type ExportType,
} from '../../../src/public-api/export-columns'
import { DOCUMENT_TYPES } from '../../../src/public-api/schemas'

const summary = Object.fromEntries(SUMMARY_COLUMNS.map((c) => [c, `s-${c}`])) as ExportSummary
const lookups = {
  departmentCode: (id: string) => ({ '1': 'DEPT00001', '2': 'DEPT00002' })[id] ?? null,
  policyUid: (id: string) => (id === '7' ? 'policy-uid-7' : null),
}

describe('export columns', () => {
  it.each(DOCUMENT_TYPES)('%s: summary columns first, then unique type columns', (type) => {
    const columns = exportColumns(type)
    expect(columns.slice(0, SUMMARY_COLUMNS.length)).toEqual([...SUMMARY_COLUMNS])
    expect(new Set(columns).size).toBe(columns.length)
  })

  it.each(DOCUMENT_TYPES)('%s: never a raw personal-data field, as a column or a read', (type) => {
    for (const field of FORBIDDEN_FIELDS) {
      expect(exportColumns(type)).not.toContain(field)
      expect(Object.keys(sourceSelect(type))).not.toContain(field)
      expect(TYPE_COLUMNS[type].map((c) => c.path ?? c.name)).not.toContain(field)
    }
  })

  it.each(['licensing', 'penalty'] as ExportType[])(
    '%s: the masked forms and the 双公示 columns are there',
    (type) => {
      expect(exportColumns(type)).toEqual(
        expect.arrayContaining([
          'partyNamePublic',
          'idNumberPublic',
          'legalRepresentativePublic',
          'partyType',
          'creditCode',
          'idType',
          'decisionNumber',
          'decisionDate',
          'authority',
          'authorityCode',
          'dataSource',
          'dataSourceCode',
          'remarks',
        ]),
      )
    },
  )

  it('a natural person decision row carries only the masked values', () => {
    const source = {
      partyName: '张三丰',
      partyNamePublic: '张**',
      idNumber: '110101199003071234',
      idNumberPublic: '110101********1234',
      legalRepresentative: 'secret',
      partyType: 'natural_person',
      decisionDate: '2025-06-01T00:00:00.000Z',
      penaltyCategories: ['fine', 'warning'],
      fineAmount: 1.5,
    }
    const row = exportRow('penalty', summary, source, lookups)
    expect(JSON.stringify(row)).not.toMatch(/张三丰|110101199003071234|secret/)
    expect(row).toMatchObject({
      uid: 's-uid',
      partyNamePublic: '张**',
      idNumberPublic: '110101********1234',
      decisionDate: '2025-06-01',
      penaltyCategories: ['fine', 'warning'],
      fineAmount: 1.5,
      suspendedLicense: null,
    })
    expect(Object.keys(row)).toEqual(exportColumns('penalty'))
  })

  it.each([
    [
      'policy',
      { issuingOrgans: [1, { id: 2 }], keywords: ['a', 'b'] },
      { issuingOrgans: ['DEPT00001', 'DEPT00002'], keywords: ['a', 'b'] },
    ],
    [
      'interpretation',
      { interprets: 7, authorOrgan: 1 },
      { interprets: 'policy-uid-7', authorOrgan: 'DEPT00001' },
    ],
    ['interpretation', { interprets: 8 }, { interprets: null, authorOrgan: null, keywords: [] }],
    [
      'procedure',
      { fee: { charged: true }, serviceObjects: ['natural_person'] },
      { feeCharged: true, serviceObjects: ['natural_person'] },
    ],
    ['regulation', { effectiveDate: '2024-01-01T12:00:00.000Z' }, { effectiveDate: '2024-01-01' }],
  ] as [ExportType, Record<string, unknown>, Record<string, unknown>][])(
    '%s converts %j',
    (type, source, expected) => {
      expect(exportRow(type, summary, source, lookups)).toMatchObject(expected)
    },
  )

  it('CSV cells: lists joined, nothing empty, numbers and booleans as text', () => {
    expect(csvCells({ a: ['x', 'y'], b: null, c: 2, d: false, e: 'text' })).toEqual([
      'x; y',
      '',
      '2',
      'false',
      'text',
    ])
  })

  it('selects top-level source fields only (groups by their name)', () => {
    expect(sourceSelect('procedure')).toMatchObject({ fee: true, itemCode: true })
    expect(sourceSelect('procedure')).not.toHaveProperty('fee.charged')
  })
})
