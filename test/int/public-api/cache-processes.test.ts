/**
 * The response cache across processes: two `node dist/server.mjs` children (what `npm start`
 * runs) serve the public API from their caches while editors publish, change, withdraw and
 * unpublish through a third process on the same database. Every change must be visible on both
 * children within 1 second (public-api.md), although neither wrote it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { build, makeDepartment } from '../../support/factories'
import {
  createTestDatabase,
  dbKind,
  spawnServer,
  type SpawnedServer,
  startTestServer,
  stopSpawned,
  tempDir,
  type TestDatabase,
  type TestServer,
} from '../../support/harness'
import { recordMeasurement } from '../../support/measure'
import { act, call, type Person, person, publishThroughWorkflow } from '../../support/people'

let db: TestDatabase
let editors: TestServer
let readers: SpawnedServer[] = []
let people: { author: Person; reviewer: Person; publisher: Person }
let dept: any
const latencies: number[] = []

async function reader(): Promise<SpawnedServer> {
  const child = await spawnServer({
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: editors.secret,
    DATA_DIR: tempDir(),
    MEDIA_DIR: editors.settings.mediaDir,
    SEED_DEMO: 'false',
    ADMIN_PASSWORD: 'correct horse battery staple',
    LOG_LEVEL: 'warn',
    SCHEDULER: 'false',
    PUBLIC_RATE_LIMIT: '1000000',
  })
  if (!child.url) throw new Error(`reader did not start:\n${child.stderr()}`)
  return child
}

async function get(child: SpawnedServer, path: string) {
  const res = await fetch(`${child.url}/api/v1${path}`)
  const text = await res.text()
  return { status: res.status, cache: res.headers.get('x-cache'), body: JSON.parse(text) }
}

/**
 * Both readers answer `path` from their caches: a request, then a hit (retried briefly, as a
 * reader may still be dropping its cache for the previous change).
 */
async function warm(path: string) {
  for (const child of readers) {
    let cache: string | null = null
    for (let i = 0; i < 20 && cache !== 'hit'; i++) {
      await get(child, path)
      cache = (await get(child, path)).cache
      if (cache !== 'hit') await new Promise((r) => setTimeout(r, 100))
    }
    expect(cache, `${path} cached`).toBe('hit')
  }
}

/** Milliseconds from now until `seen` holds on every reader (polled every 20 ms, up to 5 s). */
async function visibleEverywhere(
  what: string,
  path: string,
  seen: (res: { status: number; body: any }) => boolean,
) {
  const started = performance.now()
  const pending = new Set(readers)
  let elapsed = 0
  while (pending.size && elapsed < 5_000) {
    for (const child of [...pending]) if (seen(await get(child, path))) pending.delete(child)
    elapsed = performance.now() - started
    if (pending.size) await new Promise((r) => setTimeout(r, 20))
  }
  latencies.push(elapsed)
  recordMeasurement(
    `cache invalidation across processes (${dbKind}), ${what}: ${Math.round(elapsed)} ms`,
  )
  expect(pending.size, `${what} still not visible on every reader after ${elapsed} ms`).toBe(0)
  expect(elapsed, what).toBeLessThan(1_000)
}

beforeAll(async () => {
  db = await createTestDatabase()
  editors = await startTestServer(
    { scheduler: { enabled: false, pollMs: 1000, leaseMs: 1000 } },
    db,
  )
  dept = await makeDepartment(editors.payload)
  people = {
    author: await person(editors, dept, ['author']),
    reviewer: await person(editors, dept, ['reviewer']),
    publisher: await person(editors, dept, ['publisher']),
  }
  readers = [await reader(), await reader()]
}, 120_000)

afterAll(async () => {
  await Promise.all(readers.map((c) => stopSpawned(c, 'SIGKILL')))
  await editors?.stop()
  await db?.drop()
})

describe(`public API cache across server processes on ${dbKind}`, () => {
  it('a publication, change, withdrawal and unpublishing by another process reach both caches within 1 s', async () => {
    const list = `/documents?department=${dept.code}`
    await warm(list)
    expect((await get(readers[0]!, list)).body.meta.total).toBe(0)

    const doc = (
      await call(
        editors,
        people.author,
        'POST',
        '/api/policies',
        build.policies(dept.id, { title: '第一版' }),
      )
    ).body.doc
    await publishThroughWorkflow(editors, people, 'policies', doc.id)
    await visibleEverywhere('publication', list, (r) =>
      r.body.data?.some((d: any) => d.uid === doc.uid),
    )

    const detail = `/documents/${doc.uid}`
    await warm(detail)
    await call(editors, people.author, 'PATCH', `/api/policies/${doc.id}?draft=true`, {
      title: '第二版',
      _status: 'draft',
    })
    await publishThroughWorkflow(editors, people, 'policies', doc.id)
    await visibleEverywhere('change', detail, (r) => r.body.data?.title === '第二版')

    await warm(detail)
    await act(editors, people.publisher, 'policies', doc.id, 'withdraw', { notice: '已撤回' })
    await visibleEverywhere('withdrawal', detail, (r) => r.status === 410)

    await warm(list)
    await act(editors, people.publisher, 'policies', doc.id, 'unpublish', { reason: '误发' })
    await visibleEverywhere(
      'unpublishing',
      list,
      (r) => r.status === 200 && !r.body.data.some((d: any) => d.uid === doc.uid),
    )
    recordMeasurement(
      `cache invalidation across processes (${dbKind}): max ${Math.round(Math.max(...latencies))} ms over ${latencies.length} changes`,
    )
  })

  it('a department renamed by another process is renamed in cached answers', async () => {
    const path = `/departments/${dept.code}`
    await warm(path)
    await editors.payload.update({
      collection: 'departments',
      id: dept.id,
      data: { name: '改名后的部门' } as any,
    })
    await visibleEverywhere('department rename', path, (r) => r.body.data?.name === '改名后的部门')
  })
})
