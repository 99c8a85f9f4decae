/**
 * Integration-test harness: a fresh real database per test file (SQLite file, PostgreSQL database
 * on the private server, or MongoDB database), the real server in-process or as a child process.
 */
import { type ChildProcess, spawn, spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import pg from 'pg'
import { inject } from 'vitest'

import type { DatabaseSettings, Settings } from '../../src/config/settings'
import { createLogger } from '../../src/logger'
import { projectRoot } from '../../src/paths'
import { type RunningServer, startServer } from '../../src/server/main'

export type DbKind = 'sqlite' | 'postgres' | 'mongodb'
export const dbKind = (process.env.GONGKAI_TEST_DB ?? 'sqlite') as DbKind

export type TestDatabase = { database: DatabaseSettings; url: string; drop: () => Promise<void> }

export function tempDir(prefix = 'gongkai-test-'): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), prefix))
}

export async function createTestDatabase(kind: DbKind = dbKind): Promise<TestDatabase> {
  const name = `gk_${crypto.randomBytes(6).toString('hex')}`
  if (kind === 'sqlite') {
    const dir = tempDir()
    const file = path.join(dir, `${name}.db`)
    return {
      database: { kind: 'sqlite', file, url: `file:${file}` },
      url: `file:${file}`,
      drop: async () => fs.rmSync(dir, { recursive: true, force: true }),
    }
  }
  if (kind === 'postgres') {
    const admin = inject('postgresUrl')
    const client = new pg.Client({ connectionString: admin })
    await client.connect()
    await client.query(`CREATE DATABASE "${name}"`)
    await client.end()
    const url = admin.replace(/\/[^/]*$/, `/${name}`)
    return {
      database: { kind: 'postgres', url },
      url,
      drop: async () => {
        const c = new pg.Client({ connectionString: admin })
        await c.connect()
        await c.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`)
        await c.end()
      },
    }
  }
  const base = process.env.MONGODB_URL
  if (!base) throw new Error('MONGODB_URL is not set')
  const u = new URL(base)
  u.pathname = `/${name}`
  return {
    database: { kind: 'mongodb', url: u.toString() },
    url: u.toString(),
    drop: async () => {},
  }
}

export function testSettings(
  database: DatabaseSettings,
  overrides: Partial<Settings> = {},
): Settings {
  const dir = tempDir()
  return {
    production: false,
    database,
    dataDir: path.join(dir, 'data'),
    mediaDir: path.join(dir, 'media'),
    host: '127.0.0.1',
    port: 0,
    logLevel: 'warn',
    admin: false,
    seedDemo: false,
    adminEmail: 'admin@example.gov',
    adminPassword: 'correct horse battery staple',
    // Tests sign in many people from 127.0.0.1; the throttle has its own test.
    loginRateLimit: 10_000,
    // Likewise the public API's limits; the rate-limit test sets its own.
    publicApi: {
      cache: true,
      cachePollMs: 250,
      rateLimit: 1_000_000,
      keyRateLimit: 1_000_000,
      disclosureRateLimit: 1_000_000,
    },
    // Webhook delivery only where a test asks for it (receivers run on 127.0.0.1).
    webhooks: { enabled: false, pollMs: 1_000, allowPrivate: true },
    ...overrides,
  }
}

export type TestServer = RunningServer & {
  settings: Settings
  /** What the CLI needs to act on the same database with the same keys. */
  databaseUrl: string
  secret: string
  stop: () => Promise<void>
}

/**
 * The real server, in this process, on a free port of 127.0.0.1, with a fresh database.
 * One per test file: Payload caches one instance per process, and its REST and GraphQL handlers
 * look that one up.
 */
export async function startTestServer(
  overrides: Partial<Settings> = {},
  /** An existing database (the caller drops it); by default a fresh one, dropped at stop. */
  given?: TestDatabase,
): Promise<TestServer> {
  const db = given ?? (await createTestDatabase())
  const settings = testSettings(db.database, overrides)
  const secret = crypto.randomBytes(32).toString('hex')
  const running = await startServer({
    settings,
    secret,
    logger: createLogger(process.env.TEST_LOG_LEVEL ?? 'silent'),
    say: () => {},
    testRoutes: true,
  })
  return {
    ...running,
    settings,
    databaseUrl: db.url,
    secret,
    stop: async () => {
      await running.close()
      if (!given) await db.drop()
    },
  }
}

export type SpawnedServer = {
  child: ChildProcess
  url?: string
  stdout: () => string
  stderr: () => string
  exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>
}

/**
 * `node dist/server.mjs` as a child process (what `npm start` runs), with the given environment.
 * Resolves once it prints its URL, or once it exits (bad configuration).
 */
export function spawnServer(
  env: Record<string, string | undefined>,
  timeoutMs = 60_000,
  /** Another checkout to run (the upgrade test runs the previous release). */
  root = projectRoot,
): Promise<SpawnedServer> {
  const child = spawn(process.execPath, ['--conditions=production', 'dist/server.mjs'], {
    cwd: root,
    env: {
      PATH: process.env.PATH,
      HOME: process.env.HOME,
      PORT: '0',
      GONGKAI_ADMIN: 'false',
      LOG_LEVEL: 'info',
      ...env,
    } as unknown as NodeJS.ProcessEnv,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  let err = ''
  child.stdout!.on('data', (d) => (out += d))
  child.stderr!.on('data', (d) => (err += d))
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.on('exit', (code, signal) => resolve({ code, signal })),
  )
  const server: SpawnedServer = { child, stdout: () => out, stderr: () => err, exited }
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(
        new Error(`server did not start within ${timeoutMs} ms\nstderr:\n${err}\nstdout:\n${out}`),
      )
    }, timeoutMs)
    const check = () => {
      const match = /Gongkai is running on (http:\/\/\S+)/.exec(err)
      if (match) {
        clearTimeout(timer)
        child.stderr!.off('data', check)
        server.url = match[1]
        resolve(server)
      }
    }
    child.stderr!.on('data', check)
    void exited.then(() => {
      clearTimeout(timer)
      resolve(server)
    })
  })
}

/** Stops a spawned server with a signal and waits for it to exit. */
export async function stopSpawned(server: SpawnedServer, signal: NodeJS.Signals = 'SIGTERM') {
  if (server.child.exitCode === null && server.child.signalCode === null) server.child.kill(signal)
  return server.exited
}

/**
 * `node dist/cli.mjs <args>` (what the npm scripts run) on a test server's database and secret.
 */
export function cliOn(server: TestServer, ...args: string[]) {
  const run = spawnSync(process.execPath, ['--conditions=production', 'dist/cli.mjs', ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    env: {
      PATH: process.env.PATH,
      DATABASE_URL: server.databaseUrl,
      PAYLOAD_SECRET: server.secret,
      DATA_DIR: server.settings.dataDir,
    } as unknown as NodeJS.ProcessEnv,
  })
  return { code: run.status, stdout: run.stdout, stderr: run.stderr }
}
