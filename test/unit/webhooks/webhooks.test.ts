/**
 * Plain rules of webhooks: which event a change of public state is, the retry schedule over
 * 24 hours, Standard Webhooks signatures (against the specification's published example), and the
 * addresses a webhook may not be sent to.
 */
import { describe, expect, it } from 'vitest'

import { DEFAULT_RETRY, nextAttemptAt } from '../../../src/webhooks/backoff'
import { eventFor, type PublicStateName } from '../../../src/webhooks/events'
import { sign, verify } from '../../../src/webhooks/signing'
import { isInternalAddress, targetProblem } from '../../../src/webhooks/targets'

describe('eventFor', () => {
  const cases: Array<[PublicStateName, PublicStateName, string | null]> = [
    [null, 'published', 'document.published'],
    ['removed', 'published', 'document.published'],
    ['withdrawn', 'published', 'document.published'],
    ['published', 'published', 'document.updated'],
    ['published', 'withdrawn', 'document.withdrawn'],
    [null, 'withdrawn', 'document.withdrawn'],
    ['withdrawn', 'withdrawn', null],
    ['published', 'removed', 'document.unpublished'],
    ['withdrawn', 'removed', 'document.unpublished'],
    ['removed', 'removed', null],
    [null, 'removed', null],
  ]
  it.each(cases)('%s → %s is %s', (before, after, event) => {
    expect(eventFor(before, after)).toBe(event)
  })
})

describe('nextAttemptAt', () => {
  const created = new Date('2026-01-01T00:00:00Z')
  it('backs off exponentially and stops after 24 hours', () => {
    let now = created
    const delays: number[] = []
    for (let failures = 1; failures < 30; failures++) {
      const next = nextAttemptAt(created, failures, now)
      if (!next) break
      delays.push(next.getTime() - now.getTime())
      now = next
    }
    expect(delays.slice(0, 4)).toEqual([5_000, 30_000, 120_000, 600_000])
    for (let i = 1; i < delays.length - 1; i++)
      expect(delays[i]!).toBeGreaterThanOrEqual(delays[i - 1]!)
    // The last attempt is at the end of the 24 hours, and none after it.
    expect(now.getTime() - created.getTime()).toBe(DEFAULT_RETRY.retryForMs)
    expect(nextAttemptAt(created, delays.length + 1, now)).toBeNull()
  })

  it.each([
    [0, '2026-01-01T00:00:00Z', '2026-01-01T00:00:00.000Z'],
    [1, '2026-01-01T00:00:00Z', '2026-01-01T00:00:05.000Z'],
    [9, '2026-01-01T20:00:00Z', '2026-01-02T00:00:00.000Z'],
    [3, '2026-01-02T00:00:00Z', null],
  ])('after %i failures at %s: %s', (failures, now, expected) => {
    const next = nextAttemptAt(created, failures, new Date(now))
    expect(next ? next.toISOString() : null).toBe(expected)
  })
})

describe('Standard Webhooks signatures', () => {
  // The example of the specification (github.com/standard-webhooks/standard-webhooks, spec).
  const secret = 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw'
  const id = 'msg_p5jXN8AQM9LWM0D4loKWxJek'
  const timestamp = 1614265330
  const body = '{"test": 2432232314}'
  it('signs as the specification does', () => {
    expect(sign(secret, id, timestamp, body)).toBe(
      'v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=',
    )
  })
  it('verifies a good signature within tolerance, and nothing else', () => {
    const signature = sign(secret, id, timestamp, body)
    const at = timestamp * 1000
    expect(verify(secret, { id, timestamp: String(timestamp), signature }, body, at)).toBe(true)
    expect(
      verify(
        secret,
        { id, timestamp: String(timestamp), signature: `v1,bad ${signature}` },
        body,
        at,
      ),
    ).toBe(true)
    expect(verify(secret, { id, timestamp: String(timestamp), signature }, `${body} `, at)).toBe(
      false,
    )
    expect(verify(secret, { id: 'msg_x', timestamp: String(timestamp), signature }, body, at)).toBe(
      false,
    )
    expect(
      verify(secret, { id, timestamp: String(timestamp), signature }, body, at + 600_000),
    ).toBe(false)
    expect(verify('whsec_AAAA', { id, timestamp: String(timestamp), signature }, body, at)).toBe(
      false,
    )
  })
})

describe('webhook targets', () => {
  it.each([
    ['127.0.0.1', true],
    ['10.1.2.3', true],
    ['172.20.0.1', true],
    ['192.168.1.1', true],
    ['169.254.169.254', true],
    ['100.64.0.1', true],
    ['0.0.0.0', true],
    ['::1', true],
    ['fd00::1', true],
    ['fe80::1', true],
    ['::ffff:127.0.0.1', true],
    ['8.8.8.8', false],
    ['2001:4860:4860::8888', false],
    ['example.gov.cn', false],
  ])('%s internal: %s', (address, internal) => {
    expect(isInternalAddress(address)).toBe(internal)
  })

  it.each([
    ['https://www.example.gov.cn/hooks', false, null],
    ['http://www.example.gov.cn/hooks', false, null],
    ['ftp://www.example.gov.cn/', false, 'must be an http:// or https:// URL'],
    ['https://user:pw@example.gov.cn/', false, 'must not contain a user name or password'],
    ['http://localhost:3000/', false, 'points to an internal address'],
    ['http://127.0.0.1:3000/', false, 'points to an internal address'],
    ['http://[::1]/', false, 'points to an internal address'],
    ['http://169.254.169.254/latest/meta-data', false, 'points to an internal address'],
    ['http://127.0.0.1:3000/', true, null],
    ['not a url', false, 'not a URL'],
  ])('%s (allow private: %s): %s', (url, allowPrivate, problem) => {
    expect(targetProblem(url, allowPrivate)).toBe(problem)
  })
})
