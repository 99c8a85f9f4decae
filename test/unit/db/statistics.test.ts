/**
 * Which tables the start-up ANALYZE covers (src/db/lifecycle.ts): ordinary tables only. FTS5's
 * shadow tables are left without statistics (stale ones made every index write re-read segment
 * pages), and so are virtual tables, SQLite's own tables and attached schemas.
 */
import { describe, expect, it } from 'vitest'

import { analysedTables } from '../../../src/db/lifecycle'

const row = (name: string, type: string, schema = 'main') => ({ schema, name, type, ncol: 2 })

describe('analysedTables', () => {
  it.each([
    ['an ordinary table', [row('public_documents', 'table')], ['public_documents']],
    ['a virtual table', [row('search_fts', 'virtual')], []],
    [
      'an FTS5 shadow table',
      [row('search_fts_data', 'shadow'), row('search_fts_idx', 'shadow')],
      [],
    ],
    ['SQLite’s own tables', [row('sqlite_stat1', 'table'), row('sqlite_schema', 'table')], []],
    ['a view', [row('documents_view', 'view')], []],
    ['another schema', [row('t', 'table', 'temp'), row('u', 'table', 'aux')], []],
    [
      'a mixed list, in order',
      [
        row('search_text', 'table'),
        row('search_chars', 'virtual'),
        row('search_chars_config', 'shadow'),
        row('policies', 'table'),
        row('sqlite_temp_schema', 'table'),
      ],
      ['search_text', 'policies'],
    ],
  ])('%s', (_, rows, expected) => {
    expect(analysedTables(rows)).toEqual(expected)
  })

  it('reads rows as arrays too (a raw driver): schema, name, type', () => {
    expect(
      analysedTables([
        ['main', 'policies', 'table', 5, 0, 0],
        ['main', 'search_fts_data', 'shadow', 2, 0, 0],
      ]),
    ).toEqual(['policies'])
  })

  it('skips rows without a name', () => {
    expect(analysedTables([{ type: 'table' }, null as any].filter(Boolean))).toEqual([])
  })
})
