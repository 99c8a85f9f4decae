/** The command line an operator uses: migrate and seed, against a real database. */
import { spawnSync } from 'node:child_process'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { projectRoot } from '../../../src/paths'
import { createTestDatabase, dbKind, tempDir, type TestDatabase } from '../../support/harness'

let db: TestDatabase
const dataDir = tempDir()

function cli(...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=production', 'dist/cli.mjs', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.url,
      DATA_DIR: dataDir,
      ADMIN_PASSWORD: 'seeded operator passphrase',
    } as unknown as NodeJS.ProcessEnv,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}

beforeAll(async () => {
  db = await createTestDatabase()
})
afterAll(async () => {
  await db.drop()
})

describe(`CLI on ${dbKind}`, () => {
  it('migrate applies the migrations once', () => {
    const first = cli('migrate')
    expect(first.code).toBe(0)
    if (dbKind !== 'mongodb') expect(first.stderr).toMatch(/applied: \d{8}_\d{6}_init/)
    const second = cli('migrate')
    expect(second.code).toBe(0)
    expect(second.stderr).toContain('nothing to apply')
  })

  it('seed fills an empty database, and refuses a second time', () => {
    const first = cli('seed')
    expect(first.code).toBe(0)
    expect(first.stderr).toMatch(/seeded 5 departments, \d+ topics, .*27 policies, 12 regulations/)
    expect(first.stderr).toMatch(
      /system admin .* admin@example\.gov +\(password from ADMIN_PASSWORD\)/,
    )
    expect(first.stderr).toMatch(/security admin .* security@example\.gov +[A-Za-z0-9_-]{24}/)
    const second = cli('seed')
    expect(second.code).toBe(2)
    expect(second.stderr.trim()).toBe(
      'gongkai seed: the database is not empty (5 departments, 27 policies); seed runs on an empty database only',
    )
  }, 180_000)

  it('an unknown command prints the usage and exits 2', () => {
    const run = cli('frobnicate')
    expect(run.code).toBe(2)
    expect(run.stderr).toMatch(/^usage: gongkai <migrate\|/)
  })
})
