import { describe, expect, it } from 'vitest'

import { readCsv } from '../../../src/import/read'
import {
  BOM,
  errorReport,
  errorReportText,
  ERROR_REPORT_HEADER,
  ImportSummary,
} from '../../../src/import/report'
import type { RowError } from '../../../src/import/rows'
import { collect, utf8 } from './support'

const errors: RowError[] = [
  { line: 3, column: '处罚决定日期', value: '2026年13月2日', message: '日期无效 (not a date)' },
  { line: 7, column: '违法事实', value: '甲,乙\n"丙"', message: '超过5000字' },
  { line: 9, column: '', value: '', message: '该行有4列，表头只有3列' },
]

describe('error report', () => {
  it('is UTF-8 CSV with a BOM and a header, one CRLF line per error', () => {
    const text = errorReportText(errors)
    expect(text.startsWith(BOM)).toBe(true)
    expect(text).toBe(
      BOM +
        '行号 (row),列 (column),值 (value),问题 (message)\r\n' +
        '3,处罚决定日期,2026年13月2日,日期无效 (not a date)\r\n' +
        '7,违法事实,"甲,乙\n""丙""",超过5000字\r\n' +
        '9,,,该行有4列，表头只有3列\r\n',
    )
  })

  it('reads back as the same rows (values with commas, quotes and newlines intact)', async () => {
    const items = await collect(readCsv([utf8(errorReportText(errors))]))
    expect(items.map((i) => i.record)).toEqual(
      errors.map((e) => ({
        [ERROR_REPORT_HEADER[0]!]: String(e.line),
        [ERROR_REPORT_HEADER[1]!]: e.column,
        [ERROR_REPORT_HEADER[2]!]: e.value,
        [ERROR_REPORT_HEADER[3]!]: e.message,
      })),
    )
  })

  it('streams: the head first, then a chunk per error as errors arrive', async () => {
    async function* arriving() {
      for (const e of errors) yield e
    }
    const chunks = await collect(errorReport(arriving()))
    expect(chunks).toHaveLength(1 + errors.length)
    expect(chunks.join('')).toBe(errorReportText(errors))
  })

  it('of a clean import is the header alone', () => {
    expect(errorReportText([])).toBe(BOM + '行号 (row),列 (column),值 (value),问题 (message)\r\n')
  })
})

describe('summary', () => {
  it.each([
    [[], { created: 0, updated: 0, unchanged: 0, rejected: 0, total: 0 }],
    [
      ['create', 'create', 'update', 'unchanged', 'rejected', 'create'],
      { created: 3, updated: 1, unchanged: 1, rejected: 1, total: 6 },
    ],
    [['unchanged', 'unchanged'], { created: 0, updated: 0, unchanged: 2, rejected: 0, total: 2 }],
  ] as const)('%j → %j', (outcomes, counts) => {
    const summary = new ImportSummary()
    for (const o of outcomes) summary.add(o)
    expect(summary.toJSON()).toEqual(counts)
    expect(JSON.parse(JSON.stringify(summary))).toEqual(counts)
  })

  it('says the counts in Chinese and English', () => {
    const summary = new ImportSummary().add('create').add('create').add('update').add('rejected')
    expect(String(summary)).toBe(
      '共 4 行：新增 2，更新 1，未变 0，拒绝 1 (4 rows: 2 created, 1 updated, 0 unchanged, 1 rejected)',
    )
  })
})
