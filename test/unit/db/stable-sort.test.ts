import { describe, expect, it } from 'vitest'

import { totalOrder } from '../../../src/db/stable-sort'

describe('totalOrder', () => {
  it.each<[string, string | string[] | null | undefined, string[]]>([
    ['nothing asked: Payload’s default, then id', undefined, ['-createdAt', '-id']],
    ['null', null, ['-createdAt', '-id']],
    ['an empty list', [], ['-createdAt', '-id']],
    ['an empty string', '', ['-createdAt', '-id']],
    ['one field', 'title', ['title', '-createdAt', '-id']],
    ['one field, descending', '-publishedAt', ['-publishedAt', '-createdAt', '-id']],
    ['createdAt asked: kept, id after it', 'createdAt', ['createdAt', '-id']],
    ['-createdAt asked', '-createdAt', ['-createdAt', '-id']],
    ['id asked: already total', 'id', ['id']],
    ['-id asked', '-id', ['-id']],
    [
      'a list',
      ['department', '-decisionDate'],
      ['department', '-decisionDate', '-createdAt', '-id'],
    ],
    ['a list ending in id', ['department', 'id'], ['department', 'id']],
    ['a list with createdAt', ['createdAt', 'title'], ['createdAt', 'title', '-id']],
    [
      'a drafts query (version. paths)',
      ['-version.updatedAt'],
      ['-version.updatedAt', '-createdAt', '-id'],
    ],
    ['a nested path', 'department.name', ['department.name', '-createdAt', '-id']],
  ])('%s', (_what, sort, expected) => {
    expect(totalOrder(sort)).toEqual(expected)
  })

  it.each<[string, string | string[], string[]]>([
    ['a unique field: already total', 'uid', ['uid']],
    ['a unique field after another', ['-publishedAt', '-uid'], ['-publishedAt', '-uid']],
    ['a field that is not unique', 'title', ['title', '-createdAt', '-id']],
  ])('with unique fields: %s', (_what, sort, expected) => {
    expect(totalOrder(sort, new Set(['uid', 'key']))).toEqual(expected)
  })

  it('does not change the list it was given', () => {
    const asked = ['title']
    totalOrder(asked)
    expect(asked).toEqual(['title'])
  })
})
