/**
 * The database's own search engine (SQLite FTS5 in int:sqlite, PostgreSQL in int:postgres)
 * against the shared suite: exactness on generated queries, titles, writes and rollback.
 */
import { afterAll, beforeAll, describe } from 'vitest'

import { searchEngineOf } from '../../../src/search/engines'
import { startTestServer, type TestServer } from '../../support/harness'
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
