/**
 * Periodic tasks that every server process schedules run once per period across the processes
 * on a database (claimPeriod: a unique row per period in Payload's key-value collection). The
 * tamper check is one: with N processes it read every published document N times an hour.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { startIntegrityChecks } from '../../../src/integrity/verify'
import { claimPeriod } from '../../../src/server/periodic'
import { makeDepartment, makeDocument } from '../../support/factories'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
  const dept = await makeDepartment(server.payload)
  await makeDocument(server.payload, 'policies', dept.id)
})

afterAll(async () => {
  await server?.stop()
})

const HOUR = 3_600_000

async function claimKeys(task: string): Promise<string[]> {
  const { docs } = await server.payload.find({
    collection: 'payload-kv' as any,
    where: { key: { like: `gongkai:period:${task}:` } },
    pagination: false,
    overrideAccess: true,
  })
  return docs.map((d: any) => d.key).sort()
}

describe(`claimPeriod on ${dbKind}`, () => {
  it('the first claim of a period wins, later ones of the same period lose', async () => {
    const at = Date.parse('2026-12-03T10:20:00Z')
    expect(await claimPeriod(server.payload, 'sequential', HOUR, at)).toBe(true)
    expect(await claimPeriod(server.payload, 'sequential', HOUR, at + 60_000)).toBe(false)
    expect(await claimPeriod(server.payload, 'sequential', HOUR, at + 39 * 60_000)).toBe(false)
    // Another task's periods are its own.
    expect(await claimPeriod(server.payload, 'another', HOUR, at)).toBe(true)
  })

  it('the next period is claimed again, and earlier claims are cleared', async () => {
    const at = Date.parse('2026-12-03T11:00:00Z')
    expect(await claimPeriod(server.payload, 'sequential', HOUR, at)).toBe(true)
    expect(await claimKeys('sequential')).toEqual([
      `gongkai:period:sequential:${Math.floor(at / HOUR)}`,
    ])
    expect(await claimKeys('another')).toHaveLength(1)
  })

  it('of claims made at once, exactly one wins', async () => {
    const at = Date.parse('2026-12-03T12:30:00Z')
    const results = await Promise.all(
      Array.from({ length: 8 }, () => claimPeriod(server.payload, 'concurrent', HOUR, at)),
    )
    expect(results.filter(Boolean)).toHaveLength(1)
  })
})

describe(`the tamper check's schedule on ${dbKind}`, () => {
  it('runs once per period however many schedules there are', async () => {
    const lines: string[] = []
    const logger: any = {
      debug: (...args: any[]) => lines.push(`skipped: ${args.at(-1)}`),
      info: (...args: any[]) => lines.push(`checked: ${args.at(-1)}`),
      error: (...args: any[]) => lines.push(`error: ${args.at(-1)}`),
      warn: (...args: any[]) => lines.push(`warn: ${args.at(-1)}`),
    }
    // Two schedules as two server processes would have them, first run at once.
    const stops = [0, 1].map(() =>
      startIntegrityChecks(server.payload, { everyMs: HOUR, firstMs: 0, logger }),
    )
    const deadline = Date.now() + 30_000
    while (lines.length < 2 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
    await Promise.all(stops.map((stop) => stop()))
    expect(lines.filter((l) => l.startsWith('checked'))).toHaveLength(1)
    expect(lines.filter((l) => l.startsWith('skipped'))).toHaveLength(1)
    expect(lines).toHaveLength(2)
  })
})
