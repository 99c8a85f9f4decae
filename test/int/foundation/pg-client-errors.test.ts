/**
 * A PostgreSQL connection that drops while the server holds it (checked out of the pool, between
 * two queries: a transaction, a search between BEGIN and its query) must not take the server
 * down. pg-pool listens for errors on idle clients only; a checked-out client with no query
 * running emits 'error' to nobody, which Node turns into an uncaught exception (it killed the
 * server once in database-outage.test.ts). src/db/lifecycle.ts gives every client a listener.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { dbKind, startTestServer, type TestServer } from '../../support/harness'

describe.runIf(dbKind === 'postgres')('a pool client losing its connection while in use', () => {
  let server: TestServer
  beforeAll(async () => {
    server = await startTestServer()
  }, 120_000)
  afterAll(async () => {
    await server?.stop()
  })

  it('is logged and dropped, and the server goes on answering', async () => {
    const pool = (server.payload.db as any).pool as pg.Pool
    const client = (await pool.connect()) as pg.PoolClient & { processID: number }
    const pid = client.processID
    expect(client.listenerCount('error'), 'a listener while checked out').toBeGreaterThan(0)
    const ended = new Promise<void>((resolve) => client.once('end', () => resolve()))
    const admin = new pg.Client({ connectionString: server.databaseUrl })
    await admin.connect()
    try {
      const killed = await admin.query('SELECT pg_terminate_backend($1) AS ok', [pid])
      expect(killed.rows[0].ok).toBe(true)
    } finally {
      await admin.end()
    }
    // Without the listener, the 'error' of this termination would be an uncaught exception here.
    await ended
    await expect(client.query('SELECT 1')).rejects.toThrow()
    client.release(new Error('connection lost'))

    const health = await fetch(`${server.url}/healthz`)
    expect(health.status).toBe(200)
    const api = await fetch(`${server.url}/api/v1/documents?pageSize=1`)
    expect(api.status).toBe(200)
  })
})
