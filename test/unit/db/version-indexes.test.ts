import { describe, expect, it } from 'vitest'

import { keepsVersionIndex, pruneVersionIndexes } from '../../../src/db/version-indexes'

const column = (key: string) =>
  ({ parent: 'parent_id', version_department: 'version_department_id' })[key] ?? key

describe('keepsVersionIndex', () => {
  it.each([
    // [index, kept]
    [{ name: 'a', on: 'parent' }, true],
    [{ name: 'a', on: 'latest' }, true],
    [{ name: 'a', on: 'created_at' }, true],
    [{ name: 'a', on: 'updated_at' }, true],
    [{ name: 'a', on: 'version__status' }, true],
    [{ name: 'a', on: 'version_workflow_state' }, true],
    [{ name: 'a', on: 'version_department' }, true],
    [{ name: 'a', on: ['version_department', 'version_decision_number'] }, true],
    [{ name: 'a', on: 'version_uid', unique: true }, true],
    [{ name: 'a', on: 'version_uid' }, false],
    [{ name: 'a', on: 'version_published_at' }, false],
    [{ name: 'a', on: 'version_credit_code' }, false],
    [{ name: 'a', on: ['version_decision_date'] }, false],
    [{ name: 'a', on: 'snapshot' }, false],
    [{ name: 'a', on: 'published_locale' }, false],
  ])('%o kept: %s', (index, kept) => {
    expect(keepsVersionIndex(index as any, column)).toBe(kept)
  })
})

describe('pruneVersionIndexes', () => {
  it('prunes version tables only', () => {
    const indexes = () => ({
      parent: { name: 'p', on: 'parent' },
      uid: { name: 'u', on: 'version_uid' },
      plainUid: { name: 'pu', on: 'uid' },
    })
    const adapter = {
      rawTables: {
        _policies_v: {
          name: '_policies_v',
          columns: { parent: { name: 'parent_id' } },
          indexes: indexes(),
        },
        policies: { name: 'policies', columns: {}, indexes: indexes() },
      },
      tables: { t: 1 },
      relations: { r: 1 },
      enums: undefined,
    }
    const result = pruneVersionIndexes({ adapter })
    expect(Object.keys(adapter.rawTables._policies_v.indexes)).toEqual(['parent'])
    expect(Object.keys(adapter.rawTables.policies.indexes)).toEqual(['parent', 'uid', 'plainUid'])
    expect(result.tables).toBe(adapter.tables)
  })
})
