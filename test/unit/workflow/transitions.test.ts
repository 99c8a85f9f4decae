import { describe, expect, it } from 'vitest'

import {
  ACTIONS,
  availableActions,
  decide,
  DEPARTMENT_ROLES,
  editable,
  STATES,
  stateAfterEdit,
} from '../../../src/workflow/transitions'

/**
 * The expected workflow, written out independently of the implementation's table:
 * action → [states it may start from, resulting state ('same' = unchanged), the one role allowed].
 */
const EXPECTED: Record<string, [string[], string, string]> = {
  submit: [['draft'], 'in_review', 'author'],
  recall: [['in_review'], 'draft', 'author'],
  reject: [['in_review'], 'draft', 'reviewer'],
  approve: [['in_review'], 'approved', 'reviewer'],
  publish: [['approved'], 'published', 'publisher'],
  schedule: [['approved'], 'same', 'publisher'],
  unschedule: [['approved'], 'same', 'publisher'],
  withdraw: [['published'], 'withdrawn', 'publisher'],
  unpublish: [['published', 'withdrawn'], 'unpublished', 'publisher'],
}

const input = {
  comment: '请修改',
  notice: '因政策调整撤回',
  reason: '误发',
  publishAt: '2999-01-01T00:00:00.000Z',
}
const roleSets: string[][] = [
  [],
  ...DEPARTMENT_ROLES.map((r) => [r]),
  [...DEPARTMENT_ROLES],
  ['system_admin', 'security_admin', 'audit_admin'],
]

describe('the transition table, exhaustively', () => {
  const cases = STATES.flatMap((state) =>
    ACTIONS.flatMap((action) => roleSets.map((roles) => [state, action, roles] as const)),
  )

  it(`covers ${STATES.length} states × ${ACTIONS.length} actions × ${roleSets.length} role sets`, () => {
    expect(cases).toHaveLength(6 * 9 * 7)
  })

  it.each(cases)('%s + %s by %j', (state, action, roles) => {
    const [from, to, role] = EXPECTED[action]!
    const decision = decide({ state, action, roles, ownChange: false, ownSubmission: true, input })
    const allowed = from.includes(state) && roles.includes(role)
    if (allowed) {
      expect(decision).toEqual({ ok: true, to: to === 'same' ? state : to })
    } else {
      expect(decision.ok).toBe(false)
      if (!decision.ok)
        expect(decision.code).toBe(from.includes(state) ? 'forbidden' : 'wrong_state')
    }
  })
})

describe('rules beyond roles', () => {
  it('nobody approves or rejects their own change', () => {
    for (const action of ['approve', 'reject'] as const) {
      const d = decide({
        state: 'in_review',
        action,
        roles: ['reviewer', 'author'],
        ownChange: true,
        input,
      })
      expect(d).toMatchObject({ ok: false, code: 'own_change' })
    }
  })

  it('a publisher may publish what someone else approved, even their own text', () => {
    expect(
      decide({ state: 'approved', action: 'publish', roles: ['publisher'], ownChange: true }),
    ).toEqual({ ok: true, to: 'published' })
  })

  it('only the submitter recalls', () => {
    expect(
      decide({ state: 'in_review', action: 'recall', roles: ['author'], ownSubmission: false }),
    ).toMatchObject({ code: 'not_own_submission' })
  })

  it.each([
    ['reject', 'in_review', 'reviewer', 'comment'],
    ['withdraw', 'published', 'publisher', 'notice'],
    ['unpublish', 'published', 'publisher', 'reason'],
    ['schedule', 'approved', 'publisher', 'publishAt'],
  ] as const)('%s needs %s', (action, state, role, field) => {
    for (const value of [undefined, '', '   ']) {
      const d = decide({ state, action, roles: [role], input: { [field]: value } })
      expect(d).toMatchObject({ ok: false, code: 'missing_input', field })
    }
  })

  it('a schedule must be a future date-time', () => {
    const now = new Date('2026-06-01T00:00:00Z')
    expect(
      decide({
        state: 'approved',
        action: 'schedule',
        roles: ['publisher'],
        input: { publishAt: 'tomorrow' },
        now,
      }),
    ).toMatchObject({
      code: 'invalid_input',
    })
    expect(
      decide({
        state: 'approved',
        action: 'schedule',
        roles: ['publisher'],
        input: { publishAt: '2026-05-31T23:59:59Z' },
        now,
      }),
    ).toMatchObject({ code: 'invalid_input' })
    expect(
      decide({
        state: 'approved',
        action: 'schedule',
        roles: ['publisher'],
        input: { publishAt: '2026-06-01T00:01:00Z' },
        now,
      }),
    ).toEqual({
      ok: true,
      to: 'approved',
    })
  })

  it('an unknown action is refused', () => {
    expect(decide({ state: 'draft', action: 'delete' as any, roles: ['author'] })).toMatchObject({
      code: 'unknown_action',
    })
  })

  it('messages exist in Chinese and English', () => {
    const d = decide({ state: 'draft', action: 'approve', roles: ['reviewer'] })
    expect(d.ok).toBe(false)
    if (!d.ok) {
      expect(d.message.zh).toMatch(/草稿/)
      expect(d.message.en).toMatch(/draft/)
    }
  })
})

describe('available actions and edits', () => {
  it.each([
    ['draft', ['author'], ['submit']],
    ['in_review', ['reviewer'], ['reject', 'approve']],
    ['in_review', ['author', 'reviewer'], ['recall', 'reject', 'approve']],
    ['approved', ['publisher'], ['publish', 'schedule', 'unschedule']],
    ['published', ['publisher'], ['withdraw', 'unpublish']],
    ['withdrawn', ['publisher'], ['unpublish']],
    ['unpublished', [...DEPARTMENT_ROLES], []],
    ['draft', ['system_admin'], []],
  ] as const)('%s for %j: %j', (state, roles, actions) => {
    expect(availableActions({ state, roles, ownChange: false, ownSubmission: true })).toEqual(
      actions,
    )
  })

  it('an edit always leaves a draft, and a change under review is frozen', () => {
    for (const state of STATES) expect(stateAfterEdit(state)).toBe('draft')
    expect(STATES.filter((s) => !editable(s))).toEqual(['in_review'])
  })
})
