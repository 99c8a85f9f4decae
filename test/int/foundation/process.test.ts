/**
 * The server as an operator runs it: `node dist/server.mjs` (what `npm start` runs) as a child
 * process: first start on an empty database, graceful shutdown, and every bad configuration
 * ending in one clear line on stderr and exit code 2.
 */
import net from 'node:net'

import pg from 'pg'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { demoPolicies } from '../../../src/seed/demo-data'

import {
  createTestDatabase,
  dbKind,
  spawnServer,
  stopSpawned,
  type SpawnedServer,
  tempDir,
} from '../../support/harness'
import { freePort } from '../../support/postgres'

const envFor = (databaseUrl: string, extra: Record<string, string> = {}) => ({
  DATABASE_URL: databaseUrl,
  DATA_DIR: tempDir(),
  MEDIA_DIR: tempDir(),
  ...extra,
})

/** The stderr lines a failed start printed, minus blank ones. */
const errorLines = (server: SpawnedServer) =>
  server
    .stderr()
    .split('\n')
    .filter((l) => l.trim())

describe(`first start on an empty ${dbKind} database`, () => {
  let server: SpawnedServer
  let drop: () => Promise<void>

  beforeAll(async () => {
    const db = await createTestDatabase()
    drop = db.drop
    server = await spawnServer(envFor(db.url))
  })
  afterAll(async () => {
    await stopSpawned(server, 'SIGKILL')
    await drop()
  })

  it('migrates, creates the three administrators and demo editors with passwords shown once, and seeds demo content', async () => {
    expect(server.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/)
    expect(server.stderr()).toContain('passwords are shown once')
    const accounts = [
      ...server.stderr().matchAll(/^ {4}\S+ +\S+ +\S+ +(\S+@example\.gov) +(\S+)$/gm),
    ].map((m) => [m[1], m[2]])
    expect(accounts.map(([email]) => email)).toEqual([
      'admin@example.gov',
      'security@example.gov',
      'audit@example.gov',
      'author@example.gov',
      'reviewer@example.gov',
      'publisher@example.gov',
    ])
    // stdout is JSON log lines only
    for (const line of server.stdout().split('\n').filter(Boolean))
      expect(() => JSON.parse(line)).not.toThrow()
    for (const [email, password] of accounts) {
      expect(password).toMatch(/^[A-Za-z0-9_-]{24}-Aa1$/)
      const login = await fetch(`${server.url}/api/users/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email, password }),
      })
      expect(login.status, email).toBe(200)
      const user = (await login.json()).user
      if (email === 'admin@example.gov') expect(user.platformRoles).toEqual(['system_admin'])
      if (email === 'author@example.gov') expect(user.memberships.length).toBeGreaterThanOrEqual(3)
    }
  })

  it('shows the published demo documents anonymously, and none of the drafts', async () => {
    const policies = demoPolicies()
    const res = await fetch(`${server.url}/api/policies?limit=100&depth=0`)
    const body = await res.json()
    expect(body.totalDocs).toBe(policies.filter((p) => p.published).length)
    expect(body.totalDocs).toBeGreaterThanOrEqual(20)
    const titles = new Set(body.docs.map((d: any) => d.title))
    for (const draft of policies.filter((p) => !p.published))
      expect(titles.has(draft.title)).toBe(false)
    const depts = await (await fetch(`${server.url}/api/departments?limit=100&depth=0`)).json()
    expect(depts.totalDocs).toBeGreaterThanOrEqual(3)
    expect(depts.docs.some((d: any) => d.parent)).toBe(true)
  })

  it('logs one JSON line per request', async () => {
    const before = server
      .stdout()
      .split('\n')
      .filter((l) => l.includes('"/healthz"')).length
    await fetch(`${server.url}/healthz`)
    await new Promise((r) => setTimeout(r, 100))
    const lines = server
      .stdout()
      .split('\n')
      .filter((l) => l.includes('"/healthz"'))
    expect(lines.length).toBe(before + 1)
    expect(JSON.parse(lines.at(-1)!)).toMatchObject({
      req: { method: 'GET', url: '/healthz' },
      res: { statusCode: 200 },
    })
  })
})

describe(`graceful shutdown on ${dbKind}`, () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal}: finishes the request in flight, refuses new ones, exits 0`, async () => {
      const db = await createTestDatabase()
      const server = await spawnServer(
        envFor(db.url, { GONGKAI_TEST_ROUTES: '1', SEED_DEMO: 'false' }),
      )
      try {
        expect(server.url).toBeTruthy()
        const slow = fetch(`${server.url}/__test/slow?ms=1500`).then(async (r) => ({
          status: r.status,
          body: await r.json(),
        }))
        await new Promise((r) => setTimeout(r, 300))
        server.child.kill(signal)
        await new Promise((r) => setTimeout(r, 300))
        const refused = await fetch(`${server.url}/healthz`).then(
          () => 'answered',
          () => 'refused',
        )
        expect(refused).toBe('refused')
        expect(await slow).toEqual({ status: 200, body: { sleptMs: 1500 } })
        expect(await server.exited).toEqual({ code: 0, signal: null })
        expect(server.stdout()).toContain('"msg":"stopped"')
      } finally {
        await stopSpawned(server, 'SIGKILL')
        await db.drop()
      }
    })
  }
})

describe.runIf(dbKind === 'sqlite')('bad configuration: one clear line on stderr, exit 2', () => {
  const cases: Array<[string, Record<string, string>, RegExp]> = [
    [
      'unknown DATABASE_URL scheme',
      { DATABASE_URL: 'mysql://127.0.0.1/gk' },
      /DATABASE_URL: unknown scheme "mysql"/,
    ],
    [
      'unreachable PostgreSQL',
      { DATABASE_URL: 'postgres://gk@127.0.0.1:1/gk' },
      /cannot connect to the postgres database/,
    ],
    [
      'NODE_ENV=production without PAYLOAD_SECRET',
      { NODE_ENV: 'production' },
      /PAYLOAD_SECRET: required/,
    ],
    ['a bad PORT', { PORT: 'eighty' }, /PORT: "eighty" is not a port number/],
  ]
  it.each(cases)('%s', async (_name, env, message) => {
    const server = await spawnServer(envFor('', env))
    const result = await server.exited
    expect(result.code).toBe(2)
    const lines = errorLines(server)
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^gongkai: cannot start: /)
    expect(lines[0]).toMatch(message)
  })

  it('a port already in use', async () => {
    const port = await freePort()
    const blocker = net.createServer().listen(port, '127.0.0.1')
    await new Promise((r) => blocker.once('listening', r))
    try {
      const db = await createTestDatabase()
      const server = await spawnServer(envFor(db.url, { PORT: String(port) }))
      expect((await server.exited).code).toBe(2)
      expect(errorLines(server)).toEqual([
        `gongkai: cannot start: port ${port} on 127.0.0.1 is already in use (set PORT to a free port)`,
      ])
      await db.drop()
    } finally {
      blocker.close()
    }
  })
})

describe.runIf(dbKind === 'sqlite' || dbKind === 'postgres')(
  `a failed migration on ${dbKind}`,
  () => {
    it('exits 2 naming the migration, and applies nothing', async () => {
      const db = await createTestDatabase()
      // A table the first migration also creates, with another shape: its CREATE TABLE fails.
      const blockingTable = 'CREATE TABLE "users_sessions" ("x" integer)'
      if (dbKind === 'postgres') {
        const c = new pg.Client({ connectionString: db.url })
        await c.connect()
        await c.query(blockingTable)
        await c.end()
      } else {
        const { createClient } = await import('@libsql/client')
        const c = createClient({ url: db.url })
        await c.execute(blockingTable)
        c.close()
      }
      const server = await spawnServer(envFor(db.url))
      expect((await server.exited).code).toBe(2)
      const lines = errorLines(server)
      expect(lines).toHaveLength(1)
      expect(lines[0]).toMatch(
        /^gongkai: cannot start: database migration failed, nothing applied: migration \d{8}_\d{6}_init failed: /,
      )

      const tablesQuery =
        dbKind === 'postgres'
          ? `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public'`
          : `SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'`
      let tables: string[]
      if (dbKind === 'postgres') {
        const c = new pg.Client({ connectionString: db.url })
        await c.connect()
        tables = (await c.query(tablesQuery)).rows.map((r) => r.name)
        await c.end()
      } else {
        const { createClient } = await import('@libsql/client')
        const c = createClient({ url: db.url })
        tables = (await c.execute(tablesQuery)).rows.map((r) => String(r.name))
        c.close()
      }
      expect(tables).toEqual(['users_sessions'])
      await db.drop()
    })
  },
)

describe.runIf(dbKind === 'postgres')('health when PostgreSQL goes away and comes back', () => {
  it('answers 503 while the database refuses connections, and 200 again without a restart', async () => {
    const db = await createTestDatabase()
    const server = await spawnServer(envFor(db.url, { SEED_DEMO: 'false' }))
    const name = new URL(db.url).pathname.slice(1)
    const admin = new pg.Client({ connectionString: db.url.replace(/\/[^/]+$/, '/postgres') })
    await admin.connect()
    try {
      expect((await fetch(`${server.url}/healthz`)).status).toBe(200)
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS false`)
      await admin.query(
        `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1`,
        [name],
      )
      const down = await fetch(`${server.url}/healthz`)
      expect(down.status).toBe(503)
      expect(await down.json()).toMatchObject({ status: 'unavailable', database: 'postgres' })
      await admin.query(`ALTER DATABASE "${name}" ALLOW_CONNECTIONS true`)
      const up = await fetch(`${server.url}/healthz`)
      expect(up.status).toBe(200)
      const api = await fetch(`${server.url}/api/departments?limit=1`)
      expect(api.status).toBe(200)
      expect(server.child.exitCode).toBeNull()
    } finally {
      await admin.end()
      await stopSpawned(server)
      await db.drop()
    }
  })
})
