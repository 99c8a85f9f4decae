/**
 * SQLite's planner statistics on a real server (src/db/lifecycle.ts refreshStatistics): the
 * start-up ANALYZE covers ordinary tables and never the search index's FTS5 shadow tables;
 * statistics an earlier version left for them are deleted at the next start, and the writer
 * connection is reopened so it plans without them. (Stale shadow-table statistics, taken while the
 * index was small, made indexing 1,000 documents into a 100,000-document index take 6.9 s instead
 * of 0.36 s.) PostgreSQL has no such tables: the file is skipped there.
 */
import { sql } from '@payloadcms/db-sqlite/drizzle'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { refreshStatistics } from '../../../src/db/lifecycle'
import { inOwnTransaction } from '../../../src/db/transactions'
import { searchEngineOf } from '../../../src/search/engines'
import { parseSearchQuery } from '../../../src/search/tokenize'
import { dbKind, startTestServer, type TestServer } from '../../support/harness'

let server: TestServer

const statRows = async (): Promise<Array<{ tbl: string; stat: string }>> =>
  (await (server.payload.db as any).drizzle.all(sql`SELECT tbl, stat FROM sqlite_stat1`)).map(
    (r: any) => (Array.isArray(r) ? { tbl: r[0], stat: r[1] } : r),
  )
const shadow = (tbl: string) => /^search_(fts|title|chars)_/.test(tbl)

describe.skipIf(dbKind !== 'sqlite')(`SQLite planner statistics (${dbKind})`, () => {
  beforeAll(async () => {
    server = await startTestServer()
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('the start-up ANALYZE has statistics for ordinary tables and none for FTS5 shadow tables', async () => {
    const rows = await statRows()
    expect(rows.map((r) => r.tbl)).toContain('payload_migrations')
    expect(rows.filter((r) => shadow(r.tbl))).toEqual([])
  })

  it('deletes shadow-table statistics an earlier ANALYZE left, and the index still works after', async () => {
    const db = (server.payload.db as any).drizzle
    // What the old start-up ANALYZE wrote on a fresh database: an index of almost nothing.
    await db.run(sql`ANALYZE`)
    await db.run(sql`DELETE FROM sqlite_stat1 WHERE tbl = 'search_fts_data'`)
    await db.run(
      sql`INSERT INTO sqlite_stat1 (tbl, idx, stat) VALUES ('search_fts_data', NULL, '2')`,
    )
    expect((await statRows()).filter((r) => shadow(r.tbl)).length).toBeGreaterThan(0)

    await refreshStatistics(server.payload, server.payload.logger as any)
    const rows = await statRows()
    expect(rows.filter((r) => shadow(r.tbl))).toEqual([])
    expect(rows.map((r) => r.tbl)).toContain('payload_migrations')

    // The reopened writer indexes and the reader finds it.
    const engine = searchEngineOf(server.payload)
    await inOwnTransaction(server.payload, (req) =>
      engine.upsert(req, [{ id: 424242, title: '统计信息测试', body: '规划器统计 planner' }]),
    )
    expect(
      Array.from(await engine.match(server.payload, parseSearchQuery('规划器')), Number),
    ).toContain(424242)
  })
})
