/**
 * Crash safety of an interactive publication (security-checks.md 23): a server killed with
 * SIGKILL while a publisher's "publish" request runs leaves each document wholly unpublished or
 * wholly published, never a mix, across the document, its versions, the public projection and its
 * seal, the search index, the audit trail and the webhook outbox. A publication the server
 * acknowledged (200) is always there afterwards, and a document left unpublished publishes
 * normally on the next try.
 *
 * The server that gets killed is `node dist/server.mjs` (what `npm start` runs) on the test's
 * database; an in-process server on the same database prepares the documents and inspects the
 * state. The kills come at generated moments within the span of one publication, which two
 * publications on the same server measure first; and one comes exactly between the last write
 * and the commit (fault point `exit-before-commit`).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { verifyPublishedContent } from '../../../src/integrity/verify'
import { makeDepartment } from '../../support/factories'
import { generator } from '../../support/fuzz'
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
import { call, type Person, person } from '../../support/people'
import { approvedDocument, publishRecords } from '../../support/scheduling'

const ROUNDS = 12
let db: TestDatabase
let server: TestServer
let people: { author: Person; reviewer: Person; publisher: Person }
const children: SpawnedServer[] = []

async function victim(failpoints = ''): Promise<SpawnedServer> {
  const child = await spawnServer({
    DATABASE_URL: db.url,
    PAYLOAD_SECRET: server.secret,
    DATA_DIR: tempDir(),
    MEDIA_DIR: server.settings.mediaDir,
    SEED_DEMO: 'false',
    ADMIN_PASSWORD: 'correct horse battery staple',
    LOG_LEVEL: 'warn',
    SCHEDULER: 'false',
    WEBHOOKS: 'false',
    GONGKAI_TEST_FAILPOINTS: failpoints,
  })
  if (!child.url) throw new Error(`server did not start:\n${child.stderr()}`)
  children.push(child)
  return child
}

type Parts = {
  document: boolean
  versions: number
  projection: boolean
  search: boolean
  audit: number
  outbox: number
}

/** Where the document's publication shows, part by part (read from the database, no cache). */
async function partsOf(id: number | string, uid: string, title: string): Promise<Parts> {
  const { payload } = server
  const doc: any = await payload.findByID({
    collection: 'policies',
    id,
    depth: 0,
    overrideAccess: true,
  })
  const versions = await payload.countVersions({
    collection: 'policies',
    where: { parent: { equals: id }, 'version._status': { equals: 'published' } },
    overrideAccess: true,
  })
  const projection = await payload.count({
    collection: 'public-documents',
    where: { uid: { equals: uid }, state: { equals: 'published' } },
    overrideAccess: true,
  })
  const search = await call(server, null, 'GET', `/api/v1/search?q=${encodeURIComponent(title)}`)
  expect(search.status, JSON.stringify(search.body)).toBe(200)
  const outbox = await payload.count({
    collection: 'webhook-deliveries',
    where: { documentUid: { equals: uid }, eventType: { equals: 'document.published' } },
    overrideAccess: true,
  })
  return {
    document: doc._status === 'published' && doc.workflowState === 'published',
    versions: versions.totalDocs,
    projection: projection.totalDocs === 1,
    search: search.body.data.some((hit: any) => hit.uid === uid),
    audit: (await publishRecords(server, id)).length,
    outbox: outbox.totalDocs,
  }
}

const UNPUBLISHED: Parts = {
  document: false,
  versions: 0,
  projection: false,
  search: false,
  audit: 0,
  outbox: 0,
}
const PUBLISHED: Parts = {
  document: true,
  versions: 1,
  projection: true,
  search: true,
  audit: 1,
  outbox: 1,
}

/** A policy approved and ready, with a title no other document shares. */
async function ready(round: number) {
  const title = `断电演练第${round}号文件`
  const id = await approvedDocument(server, people, { title })
  const { uid } = (await server.payload.findByID({
    collection: 'policies',
    id,
    draft: true,
    depth: 0,
    overrideAccess: true,
  })) as any
  return { id, uid: uid as string, title }
}

function publishOn(child: SpawnedServer, id: number | string) {
  return fetch(`${child.url}/api/policies/${id}/workflow`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `JWT ${people.publisher.token}` },
    body: JSON.stringify({ action: 'publish' }),
  }).then(
    (res) => res.status,
    () => 'no answer' as const,
  )
}

beforeAll(async () => {
  db = await createTestDatabase()
  server = await startTestServer(
    {
      scheduler: { enabled: false, pollMs: 1000, leaseMs: 1000 },
      publicApi: {
        cache: false,
        cachePollMs: 250,
        rateLimit: 1_000_000,
        keyRateLimit: 1_000_000,
        disclosureRateLimit: 1_000_000,
      },
    },
    db,
  )
  const dept = await makeDepartment(server.payload)
  people = {
    author: await person(server, dept, ['author']),
    reviewer: await person(server, dept, ['reviewer']),
    publisher: await person(server, dept, ['publisher']),
  }
  // A subscriber, so each publication writes one delivery to the outbox (nothing is sent:
  // delivery is off in both servers).
  await server.payload.create({
    collection: 'webhook-subscriptions',
    data: {
      name: '演练接收端',
      department: dept.id,
      url: 'http://127.0.0.1:9/hooks',
      events: ['document.published'],
    } as any,
    overrideAccess: true,
  })
}, 120_000)
afterAll(async () => {
  await Promise.all(children.map((c) => stopSpawned(c, 'SIGKILL')))
  await server?.stop()
  await db?.drop()
})

describe(`a server killed while publishing, on ${dbKind}`, () => {
  it('killed between the last write and the commit: nothing of the publication remains', async () => {
    const doc = await ready(0)
    expect(await partsOf(doc.id, doc.uid, doc.title)).toEqual(UNPUBLISHED)
    const dying = await victim('exit-before-commit')
    expect(await publishOn(dying, doc.id)).toBe('no answer')
    expect((await dying.exited).signal).toBe('SIGKILL')
    expect(await partsOf(doc.id, doc.uid, doc.title)).toEqual(UNPUBLISHED)
    // The next server publishes it once, completely.
    const next = await victim()
    expect(await publishOn(next, doc.id)).toBe(200)
    expect(await partsOf(doc.id, doc.uid, doc.title)).toEqual(PUBLISHED)
    await stopSpawned(next)
  }, 120_000)

  it(`killed at ${ROUNDS} generated moments: each document is all old or all new`, async () => {
    const { rand } = generator(23)
    const outcomes: string[] = []
    let warmed = 0
    for (let round = 1; round <= ROUNDS; round++) {
      // Two publications first: the first warms the new server up, the second measures how
      // long one takes there, from the request to the answer.
      const child = await victim()
      let span = 0
      for (let i = 0; i < 2; i++) {
        const warm = await ready(100 + warmed++)
        const started = performance.now()
        expect(await publishOn(child, warm.id)).toBe(200)
        span = performance.now() - started
      }
      const doc = await ready(round)
      const delay = Math.round(rand() * span * 1.3)
      const answer = publishOn(child, doc.id)
      await new Promise((resolve) => setTimeout(resolve, delay))
      child.child.kill('SIGKILL')
      const status = await answer
      await child.exited
      const parts = await partsOf(doc.id, doc.uid, doc.title)
      const moment = `round ${round}: killed ${delay} ms into a ${Math.round(span)} ms publication`
      expect(parts, `${moment}, answer ${status}`).toEqual(parts.document ? PUBLISHED : UNPUBLISHED)
      // What the server acknowledged is there.
      if (status === 200) expect(parts, moment).toEqual(PUBLISHED)
      else expect(status).toBe('no answer')
      outcomes.push(`${moment}: ${parts.document ? 'published' : 'unpublished'}`)
      if (!parts.document) {
        const next = await victim()
        expect(await publishOn(next, doc.id)).toBe(200)
        expect(await partsOf(doc.id, doc.uid, doc.title)).toEqual(PUBLISHED)
        await stopSpawned(next)
      }
    }
    // Every publication is sealed, whether it survived a kill or was published again.
    const report = await verifyPublishedContent(server.payload)
    expect(report.mismatches).toEqual([])
    expect(report.checked).toBe(1 + warmed + ROUNDS)
    // Some kills came before the commit (otherwise this would test nothing).
    expect(
      outcomes.some((o) => o.endsWith(': unpublished')),
      outcomes.join('\n'),
    ).toBe(true)
  }, 600_000)
})
