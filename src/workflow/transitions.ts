/**
 * The publication workflow as a table: state × action × role → state. Plain TypeScript, no
 * framework: the Payload hook and the workflow endpoint ask `decide()` and do what it says.
 *
 *   draft ──submit──▶ in_review ──approve──▶ approved ──publish──▶ published ──withdraw──▶ withdrawn
 *     ▲                 │  │                    │                     │                     │
 *     └──reject/recall──┘  │                    └──schedule (stays approved, publishAt set)  │
 *                          │                                          └──unpublish──▶ unpublished ◀┘
 *
 * Editing content is not a transition: an edit of an approved document sends it back to draft
 * (the approval was for other content), an edit of a published one starts a new working copy.
 */
export const STATES = [
  'draft',
  'in_review',
  'approved',
  'published',
  'withdrawn',
  'unpublished',
] as const
export type State = (typeof STATES)[number]

export const ACTIONS = [
  'submit',
  'recall',
  'reject',
  'approve',
  'publish',
  'schedule',
  'unschedule',
  'withdraw',
  'unpublish',
] as const
export type Action = (typeof ACTIONS)[number]

export const DEPARTMENT_ROLES = ['author', 'reviewer', 'publisher', 'department_admin'] as const
export type DepartmentRole = (typeof DEPARTMENT_ROLES)[number]

/** What an action needs from the person taking it, besides a role. */
export type Requirement = 'comment' | 'notice' | 'reason' | 'publishAt'

type Rule = {
  action: Action
  from: readonly State[]
  to: State | 'same'
  roles: readonly DepartmentRole[]
  requires?: readonly Requirement[]
  /** The person may not have written or edited the change (four-eyes principle). */
  notOwnChange?: boolean
  /** Only the person who submitted may take it back. */
  ownSubmissionOnly?: boolean
}

export const RULES: readonly Rule[] = [
  { action: 'submit', from: ['draft'], to: 'in_review', roles: ['author'] },
  {
    action: 'recall',
    from: ['in_review'],
    to: 'draft',
    roles: ['author'],
    ownSubmissionOnly: true,
  },
  {
    action: 'reject',
    from: ['in_review'],
    to: 'draft',
    roles: ['reviewer'],
    requires: ['comment'],
    notOwnChange: true,
  },
  {
    action: 'approve',
    from: ['in_review'],
    to: 'approved',
    roles: ['reviewer'],
    notOwnChange: true,
  },
  { action: 'publish', from: ['approved'], to: 'published', roles: ['publisher'] },
  {
    action: 'schedule',
    from: ['approved'],
    to: 'same',
    roles: ['publisher'],
    requires: ['publishAt'],
  },
  { action: 'unschedule', from: ['approved'], to: 'same', roles: ['publisher'] },
  {
    action: 'withdraw',
    from: ['published'],
    to: 'withdrawn',
    roles: ['publisher'],
    requires: ['notice'],
  },
  {
    action: 'unpublish',
    from: ['published', 'withdrawn'],
    to: 'unpublished',
    roles: ['publisher'],
    requires: ['reason'],
  },
]

export type Attempt = {
  state: State
  action: Action
  /** The person's roles in the document's department. */
  roles: readonly string[]
  /** Did this person write or edit the change under review? */
  ownChange?: boolean
  /** Did this person submit the change under review? */
  ownSubmission?: boolean
  input?: {
    comment?: string | null
    notice?: string | null
    reason?: string | null
    publishAt?: string | null
  }
  now?: Date
}

export type Decision =
  | { ok: true; to: State }
  | {
      ok: false
      code:
        | 'unknown_action'
        | 'wrong_state'
        | 'forbidden'
        | 'own_change'
        | 'not_own_submission'
        | 'missing_input'
        | 'invalid_input'
      field?: string
      message: { zh: string; en: string }
    }

const STATE_NAMES: Record<State, string> = {
  draft: '草稿',
  in_review: '待审核',
  approved: '已审核',
  published: '已发布',
  withdrawn: '已撤回',
  unpublished: '已撤销发布',
}

const ACTION_NAMES: Record<Action, string> = {
  submit: '提交审核',
  recall: '撤回提交',
  reject: '退回',
  approve: '审核通过',
  publish: '发布',
  schedule: '定时发布',
  unschedule: '取消定时发布',
  withdraw: '撤回（保留公告）',
  unpublish: '撤销发布',
}

const REQUIREMENT_NAMES: Record<Requirement, { zh: string; en: string }> = {
  comment: { zh: '退回意见', en: 'a comment' },
  notice: { zh: '撤回公告', en: 'a public withdrawal notice' },
  reason: { zh: '撤销原因', en: 'a reason' },
  publishAt: { zh: '发布时间', en: 'a publication time' },
}

export function ruleFor(action: string): Rule | undefined {
  return RULES.find((r) => r.action === action)
}

export function decide(attempt: Attempt): Decision {
  const rule = ruleFor(attempt.action)
  if (!rule) {
    return {
      ok: false,
      code: 'unknown_action',
      message: { zh: `未知操作：${attempt.action}`, en: `Unknown action: ${attempt.action}` },
    }
  }
  const name = ACTION_NAMES[rule.action]
  if (!rule.from.includes(attempt.state)) {
    return {
      ok: false,
      code: 'wrong_state',
      message: {
        zh: `“${STATE_NAMES[attempt.state]}”状态的文件不能${name}`,
        en: `A document in state "${attempt.state}" cannot be ${attempt.action === 'approve' ? 'approved' : `given "${attempt.action}"`}`,
      },
    }
  }
  if (!rule.roles.some((role) => attempt.roles.includes(role))) {
    return {
      ok: false,
      code: 'forbidden',
      message: {
        zh: `您在本部门没有“${name}”的权限`,
        en: `You have no right to ${attempt.action} in this department`,
      },
    }
  }
  if (rule.notOwnChange && attempt.ownChange) {
    return {
      ok: false,
      code: 'own_change',
      message: {
        zh: '不能审核自己撰写或修改的内容',
        en: 'Nobody approves or rejects their own change',
      },
    }
  }
  if (rule.ownSubmissionOnly && !attempt.ownSubmission) {
    return {
      ok: false,
      code: 'not_own_submission',
      message: { zh: '只能撤回自己提交的审核', en: 'Only the person who submitted can recall' },
    }
  }
  for (const requirement of rule.requires ?? []) {
    const value = attempt.input?.[requirement]
    if (!value || !String(value).trim()) {
      const what = REQUIREMENT_NAMES[requirement]
      return {
        ok: false,
        code: 'missing_input',
        field: requirement,
        message: { zh: `${name}需要填写${what.zh}`, en: `${attempt.action} needs ${what.en}` },
      }
    }
  }
  if (rule.requires?.includes('publishAt')) {
    const at = new Date(String(attempt.input?.publishAt))
    if (Number.isNaN(at.getTime())) {
      return {
        ok: false,
        code: 'invalid_input',
        field: 'publishAt',
        message: { zh: '发布时间格式不正确', en: 'The publication time is not a date-time' },
      }
    }
    if (at.getTime() <= (attempt.now ?? new Date()).getTime()) {
      return {
        ok: false,
        code: 'invalid_input',
        field: 'publishAt',
        message: {
          zh: '定时发布的时间必须在将来',
          en: 'A scheduled publication must be in the future',
        },
      }
    }
  }
  return { ok: true, to: rule.to === 'same' ? attempt.state : rule.to }
}

/** The actions a person could take now (for the admin's buttons and the review inbox). */
export function availableActions(attempt: Omit<Attempt, 'action' | 'input'>): Action[] {
  return ACTIONS.filter((action) => {
    const d = decide({
      ...attempt,
      action,
      input: { comment: 'x', notice: 'x', reason: 'x', publishAt: '9999-01-01T00:00:00Z' },
    })
    return d.ok
  })
}

/**
 * The state an edit of the content leaves the working copy in: always draft. An approval was for
 * other content; a published document keeps its public version and gets a new working copy.
 */
export function stateAfterEdit(_state: State): State {
  return 'draft'
}

/** May content be edited in this state at all? (A change under review is frozen.) */
export function editable(state: State): boolean {
  return state !== 'in_review'
}
