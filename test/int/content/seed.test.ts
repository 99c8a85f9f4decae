/**
 * The demo seed is deterministic: two empty databases seeded separately hold the same documents
 * (uids, index numbers, dates, content), so tests and benchmarks can rely on it.
 */
import { spawnSync } from 'node:child_process'

import { createClient } from '@libsql/client'
import { describe, expect, it } from 'vitest'

import { projectRoot } from '../../../src/paths'
import { createTestDatabase, dbKind, tempDir } from '../../support/harness'

const TABLES: Record<string, string> = {
  policies:
    'uid, index_number, doc_number, doc_number_key, published_at, public_updated_at, validity, repealed_on, _status',
  regulations: 'uid, index_number, doc_number, effective_date, published_at, _status',
  interpretations: 'uid, index_number, form, published_at, _status',
  procedures:
    'uid, item_code, item_type, legal_time_limit, promised_time_limit, published_at, _status',
  licensing_decisions:
    'uid, decision_number, party_name, party_name_public, id_number, id_number_public, published_at, _status',
  penalty_decisions:
    'uid, decision_number, party_name_public, id_number_public, fine_amount, unpublish_at, published_at, _status',
  attachments: 'filename, mime_type, filesize, sha256',
  media: 'filename, width, height, sha256',
}

async function seedAndRead() {
  const db = await createTestDatabase('sqlite')
  const run = spawnSync(process.execPath, ['--conditions=production', 'dist/cli.mjs', 'seed'], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: db.url,
      DATA_DIR: tempDir(),
      MEDIA_DIR: tempDir(),
    } as unknown as NodeJS.ProcessEnv,
  })
  expect(run.status, run.stderr).toBe(0)
  const client = createClient({ url: db.url })
  const rows: Record<string, unknown[]> = {}
  for (const [table, columns] of Object.entries(TABLES)) {
    rows[table] = (await client.execute(`SELECT ${columns} FROM ${table} ORDER BY id`)).rows.map(
      (r) => ({ ...r }),
    )
  }
  client.close()
  await db.drop()
  return rows
}

describe.runIf(dbKind === 'sqlite')('demo seed', () => {
  it('gives the same data on every run', async () => {
    const [a, b] = [await seedAndRead(), await seedAndRead()]
    expect(a.policies!.length).toBeGreaterThanOrEqual(25)
    for (const table of Object.keys(TABLES)) expect(b[table], table).toEqual(a[table])
  }, 120_000)
})
