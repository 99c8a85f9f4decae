/**
 * The portable engine (Payload's query API only: the engine MongoDB uses) against the same
 * suite as the database engines, on this project's database.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { searchEngineOf } from '../../../src/search/engines'
import { startTestServer, type TestServer } from '../../support/harness'
import { engineSuite } from '../../support/search-suite'

let server: TestServer

beforeAll(async () => {
  server = await startTestServer({ searchEngine: 'portable' })
}, 120_000)
afterAll(async () => {
  await server?.stop()
})

describe('the portable search engine', () => {
  it('is the engine chosen', () => {
    expect(searchEngineOf(server.payload).name).toBe('portable')
  })
  engineSuite(
    () => server,
    () => searchEngineOf(server.payload),
    { size: 400, queryCount: 200 },
  )
})
