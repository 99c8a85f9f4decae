import { describe, expect, it } from 'vitest'

import {
  backoffMs,
  claimable,
  MAX_ATTEMPTS,
  publishVerdict,
  unpublishVerdict,
} from '../../../src/scheduler/jobs'

const now = new Date('2026-11-27T08:00:00Z')
const before = '2026-11-27T07:59:59Z'
const after = '2026-11-27T08:00:01Z'

describe('claimable', () => {
  it.each([
    ['pending, due', { state: 'pending', runAfter: before }, true],
    ['pending, due this instant', { state: 'pending', runAfter: now.toISOString() }, true],
    ['pending, not yet due', { state: 'pending', runAfter: after }, false],
    ['running, lease held', { state: 'running', runAfter: before, leaseUntil: after }, false],
    ['running, lease expired', { state: 'running', runAfter: before, leaseUntil: before }, true],
    ['running, no lease recorded', { state: 'running', runAfter: before, leaseUntil: null }, true],
    ['done', { state: 'done', runAfter: before }, false],
    ['failed', { state: 'failed', runAfter: before }, false],
    ['cancelled', { state: 'cancelled', runAfter: before }, false],
  ] as const)('%s → %s', (_, job, expected) => {
    expect(claimable(job as any, now)).toBe(expected)
  })
})

describe('backoffMs', () => {
  it.each([
    [0, 2_000],
    [1, 2_000],
    [2, 4_000],
    [3, 8_000],
    [4, 16_000],
    [20, 300_000],
  ])('after %i failed attempts waits %i ms', (n, ms) => {
    expect(backoffMs(n)).toBe(ms)
  })
  it('gives up after a few attempts, not never', () => {
    expect(MAX_ATTEMPTS).toBeGreaterThanOrEqual(3)
    expect(MAX_ATTEMPTS).toBeLessThanOrEqual(10)
  })
})

describe('publishVerdict', () => {
  const job = { versionId: '42', dueAt: '2026-11-27T08:00:00.000Z' }
  const doc = { workflowState: 'approved', publishAt: '2026-11-27T08:00:00Z' }
  it.each([
    ['the approved, scheduled version', doc, '42', true, ''],
    ['a version id of another type', doc, 42, true, ''],
    ['a deleted document', null, '42', false, 'no longer exists'],
    [
      'an edit after approval (back to draft)',
      { ...doc, workflowState: 'draft' },
      '43',
      false,
      'draft',
    ],
    [
      'a document already published by hand',
      { ...doc, workflowState: 'published' },
      '42',
      false,
      'published',
    ],
    ['an approved document edited by the system', doc, '43', false, 'changed after'],
    ['an unscheduled document', { ...doc, publishAt: null }, '42', false, 'unscheduled'],
    [
      'a rescheduled document',
      { ...doc, publishAt: '2026-11-28T08:00:00Z' },
      '42',
      false,
      'rescheduled',
    ],
  ] as const)('%s', (_, d, latest, go, reason) => {
    const verdict = publishVerdict(job, d as any, latest)
    expect(verdict.go).toBe(go)
    if (!verdict.go) expect(verdict.reason).toContain(reason)
  })
})

describe('unpublishVerdict', () => {
  const job = { dueAt: '2026-12-01T00:00:00.000Z' }
  const published = {
    _status: 'published',
    workflowState: 'published',
    unpublishAt: '2026-12-01T00:00:00Z',
  }
  it.each([
    ['a published document due for removal', published, true],
    [
      'a withdrawn document (still public) due for removal',
      { ...published, workflowState: 'withdrawn' },
      true,
    ],
    ['a document never published', null, false],
    ['a draft', { ...published, _status: 'draft' }, false],
    ['an already unpublished document', { ...published, workflowState: 'unpublished' }, false],
    ['a changed removal time', { ...published, unpublishAt: '2027-01-01T00:00:00Z' }, false],
    ['a removed removal time', { ...published, unpublishAt: null }, false],
  ] as const)('%s', (_, d, go) => {
    expect(unpublishVerdict(job, d as any).go).toBe(go)
  })
})
