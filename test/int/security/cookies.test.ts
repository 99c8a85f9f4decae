/**
 * The session cookie (security-checks.md 7): HttpOnly and SameSite=Lax always, and Secure when the
 * server is reached over HTTPS (SERVER_URL https, as behind a TLS-terminating proxy), on the
 * server as `npm start` runs it. (Cross-site requests with the cookie are refused:
 * test/int/workflow/protected-fields.test.ts.)
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import {
  createTestDatabase,
  dbKind,
  spawnServer,
  stopSpawned,
  type SpawnedServer,
  tempDir,
  type TestDatabase,
} from '../../support/harness'

const ADMIN = { email: 'flags@example.gov', password: 'tea kettle whistles loudly 2026' }

let db: TestDatabase
let servers: SpawnedServer[] = []

async function start(serverUrl: string | undefined) {
  const child = await spawnServer({
    DATABASE_URL: db.url,
    DATA_DIR: tempDir(),
    MEDIA_DIR: tempDir(),
    SEED_DEMO: 'false',
    ADMIN_EMAIL: ADMIN.email,
    ADMIN_PASSWORD: ADMIN.password,
    SERVER_URL: serverUrl,
    LOG_LEVEL: 'warn',
    SCHEDULER: 'false',
  })
  if (!child.url) throw new Error(`server did not start:\n${child.stderr()}`)
  servers.push(child)
  return child
}

async function loginCookie(child: SpawnedServer, origin: string | undefined) {
  const res = await fetch(`${child.url}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(origin ? { origin } : {}) },
    body: JSON.stringify(ADMIN),
  })
  expect(res.status).toBe(200)
  await res.arrayBuffer()
  const cookie = res.headers.getSetCookie().find((c) => c.startsWith('payload-token='))
  expect(cookie).toBeTruthy()
  // Attribute names only (Payload writes `Secure=true`: a user agent reads the name, RFC 6265 5.2.5).
  return cookie!
    .split(';')
    .slice(1)
    .map((part) => part.trim().toLowerCase())
    .map((part) => (part.startsWith('samesite=') ? part : part.split('=')[0]!))
}

beforeAll(async () => {
  db = await createTestDatabase()
}, 120_000)
afterAll(async () => {
  for (const s of servers) await stopSpawned(s)
  servers = []
  await db?.drop()
})

describe(`session cookie on ${dbKind}`, () => {
  it('is Secure behind HTTPS, and HttpOnly and SameSite=Lax always', async () => {
    const https = await start('https://cms.example.gov')
    const secure = await loginCookie(https, 'https://cms.example.gov')
    expect(secure).toContain('secure')
    expect(secure).toContain('httponly')
    expect(secure).toContain('samesite=lax')
    await stopSpawned(servers.pop()!)

    // Over plain HTTP (local use) a Secure cookie would never come back: not set then.
    const plain = await start(undefined)
    const flags = await loginCookie(plain, undefined)
    expect(flags).not.toContain('secure')
    expect(flags).toContain('httponly')
    expect(flags).toContain('samesite=lax')
  }, 240_000)
})
