/**
 * The database's own search engine (SQLite FTS5 in int:sqlite, PostgreSQL in int:postgres)
 * against the shared suite: exactness on generated queries, titles, writes and rollback. On
 * SQLite the suite runs a second time with every read split between the main thread and the
 * search worker (a large index's reads are; this corpus is small).
 */
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchEngineOf } from '../../../src/search/engines'
import { setSqliteSearchSplit, sqliteSearchSplits } from '../../../src/search/engines/sqlite-fts5'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'
import { engineSuite } from '../../support/search-suite'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer()
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe('the database search engine', () => {
  engineSuite(
    () => server,
    () => searchEngineOf(server.payload),
  )
})

describe.skipIf(dbKind !== 'sqlite')(
  'the SQLite engine, each read split between two threads',
  () => {
    let split: TestServer
    beforeAll(async () => {
      split = await startTestServer()
      setSqliteSearchSplit(split.payload, 1)
    }, 120_000)
    afterAll(async () => {
      await split?.stop()
    })

    engineSuite(
      () => split,
      () => searchEngineOf(split.payload),
      { queryCount: 200 },
    )

    it('merges index segments 16 at a time (the automerge migration)', async () => {
      const db = (split.payload.db as any).drizzle
      for (const table of ['search_fts', 'search_chars']) {
        const rows = await db.all(sql.raw(`SELECT v FROM ${table}_config WHERE k = 'automerge'`))
        expect(rows.map((r: any) => Number(Array.isArray(r) ? r[0] : r.v))).toEqual([16])
      }
    })

    it('did split its reads', () => {
      expect(sqliteSearchSplits(split.payload)).toBeGreaterThan(200)
    })
  },
)
