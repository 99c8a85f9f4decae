/**
 * The database going away and coming back (issue 9, security-checks.md 23's neighbour): with its
 * PostgreSQL server stopped as a crash would stop it, the running Gongkai server answers every
 * request promptly (`/healthz` 503, the APIs an error, nothing hangs past its timeout) and stays up;
 * once PostgreSQL is started again, it serves again without a restart, and what was published
 * before the outage is all there.
 *
 * The test runs its own PostgreSQL cluster (the suite's shared one must not stop), and the server
 * is `node dist/server.mjs`, as `npm start` runs it.
 */
import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  dbKind,
  spawnServer,
  type SpawnedServer,
  stopSpawned,
  tempDir,
} from '../../support/harness'
import { type PrivatePostgres, startPrivatePostgres } from '../../support/postgres'

/** How long any request may take while the database is away (the pool waits 5 s to connect). */
const PATIENCE_MS = 8_000

let cluster: PrivatePostgres
let server: SpawnedServer

async function timed(path: string) {
  const started = performance.now()
  const res = await fetch(server.url + path, { signal: AbortSignal.timeout(30_000) }).catch(
    (err: Error) => ({ status: `no answer (${err.name})`, text: async () => '' }) as const,
  )
  const retryAfter = 'headers' in res ? res.headers.get('retry-after') : null
  const type = 'headers' in res ? res.headers.get('content-type') : null
  return {
    path,
    status: res.status,
    ms: performance.now() - started,
    body: await res.text(),
    retryAfter,
    type,
  }
}

async function until(check: () => Promise<boolean>, timeoutMs: number) {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

const PATHS = [
  '/healthz',
  '/api/v1/documents?pageSize=5',
  '/api/v1/search?q=%E8%AE%B8%E5%8F%AF',
  '/api/departments?limit=1',
  '/',
]

describe.runIf(dbKind === 'postgres')('PostgreSQL stopped and started again', () => {
  beforeAll(async () => {
    cluster = await startPrivatePostgres()
    const admin = new pg.Client({ connectionString: cluster.url() })
    await admin.connect()
    await admin.query('CREATE DATABASE gongkai')
    await admin.end()
    server = await spawnServer({
      DATABASE_URL: cluster.url('gongkai'),
      DATA_DIR: tempDir(),
      MEDIA_DIR: tempDir(),
      ADMIN_PASSWORD: 'correct horse battery staple',
      LOG_LEVEL: 'warn',
      PUBLIC_API_CACHE: 'false',
    })
    if (!server.url) throw new Error(`server did not start:\n${server.stderr()}`)
  }, 180_000)
  afterAll(async () => {
    if (server) await stopSpawned(server, 'SIGKILL')
    cluster?.stop()
  })

  it('answers promptly while it is down, and serves again once it is back, without a restart', async () => {
    const before = await timed('/api/v1/documents?pageSize=100')
    expect(before.status).toBe(200)
    const published = JSON.parse(before.body).meta.total
    expect(published, 'the demo content is published').toBeGreaterThan(0)
    for (const path of PATHS) expect((await timed(path)).status, path).toBe(200)

    // Requests already under way when the database stops, and requests made while it is away.
    const inFlight = PATHS.map((path) => timed(path))
    cluster.pause()
    const during = [...(await Promise.all(inFlight))]
    for (const path of PATHS) during.push(await timed(path))
    const report = during.map((r) => `${r.path} → ${r.status} in ${Math.round(r.ms)} ms`).join('\n')
    for (const r of during) {
      expect(typeof r.status, report).toBe('number')
      expect(r.ms, report).toBeLessThan(PATIENCE_MS)
    }
    const health = during.filter((r) => r.path === '/healthz').at(-1)!
    expect(health.status, report).toBe(503)
    expect(JSON.parse(health.body)).toMatchObject({ status: 'unavailable', database: 'postgres' })
    // The public API and the portal say they cannot serve for now (503, Retry-After), each in its
    // own format: never a success with nothing in it. (Payload's own REST answers its own 500.)
    const last = (prefix: string) => during.filter((r) => r.path.startsWith(prefix)).at(-1)!
    for (const [prefix, type] of [
      ['/api/v1/documents', 'application/problem+json; charset=utf-8'],
      ['/api/v1/search', 'application/problem+json; charset=utf-8'],
      ['/', 'text/html; charset=utf-8'],
    ]) {
      const r = last(prefix!)
      expect([r.status, r.retryAfter, r.type], `${prefix}\n${report}`).toEqual([503, '5', type])
    }
    expect(last('/api/departments').status, report).toBeGreaterThanOrEqual(500)
    expect(server.child.exitCode, 'the server stays up').toBeNull()

    cluster.resume()
    await until(async () => (await timed('/healthz')).status === 200, 30_000)
    for (const path of PATHS) expect((await timed(path)).status, path).toBe(200)
    const after = await timed('/api/v1/documents?pageSize=100')
    expect(JSON.parse(after.body).meta.total).toBe(published)
    expect(server.child.exitCode).toBeNull()
  }, 120_000)
})
