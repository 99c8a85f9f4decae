import { describe, expect, it } from 'vitest'

import { fieldErrors, parsePublish } from '../../../src/import/upload'

const user = {
  id: 1,
  memberships: [
    { department: 7, roles: ['author'] },
    { department: { id: 8 }, roles: ['author', 'publisher'] },
    { department: 9, roles: ['reviewer'] },
  ],
}
const fields = (errors: ReturnType<typeof fieldErrors>) =>
  errors.map((e) => `${e.field}:${e.status ?? 400}`)

describe('the upload form’s fields', () => {
  it('accepts an author’s import, and a publisher’s publication', () => {
    expect(fieldErrors(user, { kind: 'licensing', department: '7' }, { complete: true })).toEqual(
      [],
    )
    expect(
      fieldErrors(user, { kind: 'penalty', department: '8', publish: 'true' }, { complete: true }),
    ).toEqual([])
  })

  it('names each field that is wrong; a missing role is a 403', () => {
    expect(fields(fieldErrors(user, {}, { complete: true }))).toEqual([
      'kind:400',
      'department:400',
    ])
    expect(fields(fieldErrors(user, { kind: 'x', department: '7' }, { complete: true }))).toEqual([
      'kind:400',
    ])
    expect(
      fields(fieldErrors(user, { kind: 'licensing', department: '9' }, { complete: true })),
    ).toEqual(['department:403'])
    expect(
      fields(
        fieldErrors(
          user,
          { kind: 'licensing', department: '7', publish: 'true' },
          { complete: true },
        ),
      ),
    ).toEqual(['publish:403'])
    expect(
      fields(
        fieldErrors(
          user,
          { kind: 'licensing', department: '7', publish: 'yes' },
          { complete: true },
        ),
      ),
    ).toEqual(['publish:400'])
  })

  it('before the file arrives, checks only the fields already sent', () => {
    expect(fieldErrors(user, { kind: 'licensing' }, { complete: false })).toEqual([])
    expect(fields(fieldErrors(user, { department: '9' }, { complete: false }))).toEqual([
      'department:403',
    ])
  })

  it('reads publish as a checkbox or a boolean sends it', () => {
    expect([undefined, '', 'false', '0'].map(parsePublish)).toEqual([false, false, false, false])
    expect(['true', 'on', '1'].map(parsePublish)).toEqual([true, true, true])
    expect(parsePublish('yes')).toBeNull()
  })
})
