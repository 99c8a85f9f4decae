/**
 * The search benchmark's measurements on one database (`npm run bench:search` runs this once per
 * database, each in its own process, and prints the table; see scripts/bench-search.mjs).
 *
 * 1. A fresh migrated database (Payload started as the server starts it), ~40 departments and 30
 *    topics through the Local API, then the corpus's `public-documents` rows by bulk SQL, and
 *    beside them the LIKE baseline's table (id, title, body) as Payload's search plugin keeps one.
 * 2. The index: `searchEngineOf(payload).upsert` in batches of 1,000, one transaction each: the
 *    time of those calls only (documents/s), and the size of the `search%` tables and indexes.
 * 3. 200 queries through `searchDocuments` (the service the API and the portal call, facets
 *    included), without and with filters, after a warm-up pass: p50/p95/p99.
 * 4. The LIKE baseline over the same rows: `LIKE '%term%'` per positive term (ANDed, ILIKE on
 *    PostgreSQL as Payload's `contains`), NOT for excluded ones, the same filters, the facet counts
 *    by GROUP BY over the same match set (one materialised scan per query, the page included).
 * 5. Freshness: a policy published through the Local API (every hook runs, as in the admin), then
 *    `searchDocuments` polled until it finds it.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { createHash } from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import { sql } from '@payloadcms/db-sqlite/drizzle'
import { commitTransaction, createLocalReq, initTransaction, type Payload } from 'payload'

import { findPostgresBin, freePort } from '../../test/support/postgres'
import { refreshStatistics } from '../db/lifecycle'
import { docNumberKey } from '../domain/doc-number'
import { paragraphsToLexical } from '../richtext/lexical'
import { startBenchServer } from '../bench/server'
import {
  CORPUS_DEPARTMENTS,
  CORPUS_TOPICS,
  generateCorpus,
  generateQueries,
  type CorpusFilters,
  type CorpusQuery,
} from './corpus'
import type { SearchEntry } from './engine'
import { searchEngineOf } from './engines'
import { searchDocuments, type SearchRequest } from './service'
import { parseSearchQuery } from './tokenize'

export type BenchDatabase = 'sqlite' | 'postgres'

export interface BenchOptions {
  db: BenchDatabase
  /** `file:…` or `postgres://…` */
  url: string
  /** Data and media directories go here. */
  dir: string
  docs: number
  seed: number
  /** How many of the queries the LIKE baseline runs (it is slow). */
  likeQueries: number
  say: (line: string) => void
}

export interface Latency {
  n: number
  p50: number
  p95: number
  p99: number
  /** Queries that found nothing. */
  empty: number
  errors: number
}

export interface BenchResult {
  db: BenchDatabase
  engine: string | null
  docs: number
  reused: boolean
  seedMs: number | null
  buildMs: number | null
  buildRate: number | null
  indexBytes: number | null
  noFilters: Latency | null
  filters: Latency | null
  like: { noFilters: Latency; filters: Latency } | null
  /** GET /search of the portal over HTTP (search + server render), filters and facets. */
  portal: Latency | null
  /** From the start of the publication to the first search that finds it. */
  freshnessMs: number | null
  /** Of which the publication itself (the Local API call). */
  publishMs: number | null
  errors: string[]
}

const BATCH = 1000
const ms = (t: number) => performance.now() - t

function percentiles(samples: number[], empty: number, errors: number): Latency {
  const s = [...samples].sort((a, b) => a - b)
  const at = (p: number) =>
    s.length ? s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]! : NaN
  return { n: s.length, p50: at(0.5), p95: at(0.95), p99: at(0.99), empty, errors }
}

/** A deterministic UUID from a key (the corpus is the same every run; so are its uids). */
function uuidOf(key: string): string {
  const h = createHash('sha1').update(key).digest('hex')
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-5${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`
}

const SOURCE: Record<string, string> = {
  policy: 'policies',
  regulation: 'regulations',
  interpretation: 'interpretations',
  procedure: 'procedures',
  licensing: 'licensing-decisions',
  penalty: 'penalty-decisions',
}

export async function runSearchBench(o: BenchOptions): Promise<BenchResult> {
  const result: BenchResult = {
    db: o.db,
    engine: null,
    docs: o.docs,
    reused: false,
    seedMs: null,
    buildMs: null,
    buildRate: null,
    indexBytes: null,
    noFilters: null,
    filters: null,
    like: null,
    portal: null,
    freshnessMs: null,
    publishMs: null,
    errors: [],
  }
  const fail = (what: string, err: unknown) => {
    const message = `${what}: ${err instanceof Error ? err.message : String(err)}`
    result.errors.push(message)
    o.say(`  ! ${message}`)
  }
  const server = await startBenchServer(o)
  const { payload } = server
  const db = payload.db as any
  const postgres = o.db === 'postgres'
  const rows = async (query: any): Promise<any[]> =>
    postgres ? (await db.drizzle.execute(query)).rows : await db.drizzle.all(query)
  const run = async (query: any) => (postgres ? db.drizzle.execute(query) : db.drizzle.run(query))
  try {
    let engine: ReturnType<typeof searchEngineOf> | null = null
    try {
      engine = searchEngineOf(payload)
      result.engine = engine.name
    } catch (err) {
      fail('engine', err)
    }

    // 1. Seed (or reuse what BENCH_DIR kept).
    await run(
      sql.raw(
        'CREATE TABLE IF NOT EXISTS bench_like (id integer PRIMARY KEY, title text NOT NULL, body text NOT NULL)',
      ),
    )
    const likeRows = Number((await rows(sql`SELECT count(*) AS n FROM bench_like`))[0].n)
    const publicRows = Number((await rows(sql`SELECT count(*) AS n FROM public_documents`))[0].n)
    const indexed = engine ? await engine.count(payload).catch(() => 0) : 0
    if (likeRows !== o.docs || publicRows < o.docs) {
      if (publicRows > 0)
        throw new Error(`${o.dir} holds another or a partial corpus: use another BENCH_DIR`)
      const t = performance.now()
      await seedCorpus(payload, o)
      result.seedMs = ms(t)
      o.say(
        `  seeded ${o.docs} public-documents rows by bulk SQL in ${Math.round(result.seedMs)} ms`,
      )
    } else {
      result.reused = true
      o.say(`  database already holds the corpus (${o.docs} documents): reused`)
    }
    // The baseline's table first, in a pass of its own: filled between the index's batches, its
    // writes (another connection) emptied the index writer's page cache before every batch.
    if (Number((await rows(sql`SELECT count(*) AS n FROM bench_like`))[0].n) !== o.docs)
      await buildIndex(payload, null, o, rows, run)
    // 2. The index (reused when BENCH_DIR kept a complete one; freshness adds one entry a run).
    if (engine && indexed >= o.docs) o.say(`  index reused (${indexed} entries)`)
    else if (engine) {
      result.reused = false
      try {
        result.buildMs = await buildIndex(payload, engine, o, rows, run)
        result.buildRate = o.docs / (result.buildMs / 1000)
        o.say(
          `  indexed in ${Math.round(result.buildMs)} ms (${Math.round(result.buildRate)} documents/s)`,
        )
      } catch (err) {
        fail('index build', err)
      }
    }
    // Statistics of the loaded tables, as the server takes them when it starts.
    if (postgres) await run(sql.raw('ANALYZE'))
    else await refreshStatistics(payload, payload.logger as any)
    try {
      const [{ size }] = await rows(
        postgres
          ? sql.raw(
              "SELECT sum(pg_total_relation_size(c.oid)) AS size FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = 'public' AND c.relkind IN ('r', 'm') AND c.relname LIKE 'search%'",
            )
          : sql.raw("SELECT sum(pgsize) AS size FROM dbstat WHERE name LIKE 'search%'"),
      )
      result.indexBytes = Number(size ?? 0)
    } catch (err) {
      fail('index size', err)
    }

    // 3. Queries through the service.
    const queries = generateQueries({ seed: o.seed, corpusSize: o.docs })
    const departments = (
      await payload.find({ collection: 'departments', pagination: false, depth: 0 })
    ).docs as any[]
    const measure = async (label: string, withFilters: boolean, list: CorpusQuery[]) => {
      const times: number[] = []
      let empty = 0
      let errors = 0
      let firstError: unknown = null
      for (const pass of ['warm-up', 'measure'] as const) {
        for (const q of list) {
          const request = requestOf(q, withFilters)
          const t = performance.now()
          try {
            const found = await searchDocuments(payload, request)
            if (pass === 'measure') {
              times.push(ms(t))
              if (!found.meta.total) empty++
            }
          } catch (err) {
            if (pass === 'measure') errors++
            firstError ??= err
          }
        }
      }
      if (firstError) fail(`searchDocuments (${label})`, firstError)
      return percentiles(times, empty, errors)
    }
    result.noFilters = await measure('no filters', false, queries)
    o.say(`  searchDocuments, no filters: ${line(result.noFilters)}`)
    result.filters = await measure('filters', true, queries)
    o.say(`  searchDocuments, filters + facets: ${line(result.filters)}`)

    // 3b. The portal's search page over HTTP: the same service plus the server render.
    try {
      const times: number[] = []
      let errors = 0
      for (const pass of ['warm-up', 'measure'] as const)
        for (const q of queries) {
          const t = performance.now()
          const res = await fetch(`${server.url}/search?${portalQuery(requestOf(q, true))}`)
          await res.text()
          if (pass === 'measure') {
            times.push(ms(t))
            if (res.status !== 200) errors++
          }
        }
      result.portal = percentiles(times, 0, errors)
      o.say(`  portal GET /search (HTTP, filters + facets): ${line(result.portal)}`)
    } catch (err) {
      fail('portal search page', err)
    }

    // 4. The LIKE baseline, same rows, same filters, facets by GROUP BY.
    const likeList = queries.slice(0, o.likeQueries)
    const like = async (withFilters: boolean) => {
      const times: number[] = []
      let empty = 0
      // Warm-up: a few queries (each one is a full scan; the page cache is warm after one).
      for (const q of likeList.slice(0, 3))
        await rows(likeQuery(q, withFilters, postgres, departments))
      for (const q of likeList) {
        const t = performance.now()
        const out = await rows(likeQuery(q, withFilters, postgres, departments))
        times.push(ms(t))
        if (!Number(out.find((r: any) => r.f === 'total')?.c ?? 0)) empty++
      }
      return percentiles(times, empty, 0)
    }
    try {
      const noFilters = await like(false)
      o.say(`  LIKE baseline, no filters (${likeList.length} queries): ${line(noFilters)}`)
      const filters = await like(true)
      o.say(`  LIKE baseline, filters + facets (${likeList.length} queries): ${line(filters)}`)
      result.like = { noFilters, filters }
    } catch (err) {
      fail('LIKE baseline', err)
    }

    // 5. Freshness.
    try {
      const fresh = await freshness(payload, departments[0].id)
      result.freshnessMs = fresh.foundMs
      result.publishMs = fresh.publishMs
      o.say(
        fresh.foundMs === null
          ? `  freshness: not found within 5 s`
          : `  freshness: found ${Math.round(fresh.foundMs)} ms after the publication started (publication ${Math.round(fresh.publishMs)} ms)`,
      )
    } catch (err) {
      fail('freshness', err)
    }
  } finally {
    await server.close()
  }
  return result
}

const line = (l: Latency) =>
  `p50 ${l.p50.toFixed(1)} ms, p95 ${l.p95.toFixed(1)} ms, p99 ${l.p99.toFixed(1)} ms (${l.n} queries, ${l.empty} found nothing, ${l.errors} errors)`

function requestOf(q: CorpusQuery, withFilters: boolean): SearchRequest {
  const f: CorpusFilters = withFilters ? q.filters : {}
  return {
    q: q.q,
    sort: 'relevance',
    page: 1,
    pageSize: 20,
    locale: 'zh',
    ...(f.type ? { type: f.type } : {}),
    ...(f.department ? { department: f.department } : {}),
    ...(f.includeChildren ? { includeChildren: f.includeChildren } : {}),
    ...(f.topic ? { topic: f.topic } : {}),
    ...(f.validity ? { validity: f.validity } : {}),
    ...(f.year ? { year: f.year } : {}),
  }
}

/** The portal URL query of a search request. */
function portalQuery(r: SearchRequest): string {
  const params = new URLSearchParams({ q: r.q })
  if (r.type) params.set('type', r.type.join(','))
  if (r.department) params.set('department', r.department.join(','))
  if (r.includeChildren) params.set('includeChildren', r.includeChildren)
  if (r.topic) params.set('topic', r.topic)
  if (r.validity) params.set('validity', r.validity)
  if (r.year) params.set('year', String(r.year))
  return params.toString()
}

type Rows = (query: any) => Promise<any[]>
type Run = (query: any) => Promise<unknown>

async function seedCorpus(payload: Payload, o: BenchOptions) {
  // Departments (a tree) and topics through the Local API: few, and their hooks should run.
  const deptIds = new Map<string, number | string>()
  for (const d of CORPUS_DEPARTMENTS) {
    const created = await payload.create({
      collection: 'departments',
      data: {
        code: d.code,
        name: d.name,
        ...(d.parent ? { parent: deptIds.get(d.parent) as any } : {}),
      },
      depth: 0,
    })
    deptIds.set(d.code, created.id)
  }
  for (const t of CORPUS_TOPICS)
    await payload.create({ collection: 'topics', data: { code: t.code, name: t.name }, depth: 0 })

  const sequences = new Map<string, number>()
  let batch: any[] = []
  const db = payload.db as any
  await db.drizzle.transaction(async (tx: any) => {
    const inTx: Run = (q) => (o.db === 'postgres' ? tx.execute(q) : tx.run(q))
    const flush = async () => {
      if (!batch.length) return
      await inTx(
        sql`INSERT INTO public_documents (key, uid, type, source, source_id, department_id, department_code, topic_codes, validity, state, version, published_at, public_updated_at, index_number, doc_number, doc_number_key, title_zh, summary_zh) VALUES ${sql.join(batch, sql`, `)}`,
      )
      batch = []
    }
    for (const d of generateCorpus({ count: o.docs, seed: o.seed })) {
      const year = d.publishedAt.slice(0, 4)
      const seqKey = `${d.departmentCode}/${year}`
      const seq = (sequences.get(seqKey) ?? 0) + 1
      sequences.set(seqKey, seq)
      batch.push(
        sql`(${d.key}, ${uuidOf(d.key)}, ${d.type}, ${SOURCE[d.type]}, ${String(d.index + 1)}, ${String(deptIds.get(d.departmentCode))}, ${d.departmentCode}, ${` ${d.topicCodes.join(' ')} `}, ${d.validity}, 'published', 1, ${d.publishedAt}, ${d.publishedAt}, ${`${d.departmentCode}/${year}-${String(seq).padStart(5, '0')}`}, ${d.docNumber}, ${docNumberKey(d.docNumber)}, ${d.title}, ${d.summary})`,
      )
      if (batch.length === 500) await flush()
    }
    await flush()
  })
}

/**
 * Streams the corpus again (nothing is kept), fills the baseline's table and, with an engine,
 * calls its upsert per batch in a transaction: the milliseconds spent in those calls.
 */
async function buildIndex(
  payload: Payload,
  engine: ReturnType<typeof searchEngineOf> | null,
  o: BenchOptions,
  rows: Rows,
  run: Run,
): Promise<number> {
  const ids = new Map<string, number>()
  for (const r of await rows(sql`SELECT id, key FROM public_documents`))
    ids.set(r.key, Number(r.id))
  const filled = Number((await rows(sql`SELECT count(*) AS n FROM bench_like`))[0].n) === o.docs
  let spent = 0
  let entries: SearchEntry[] = []
  let done = 0
  let lastSaid = performance.now()
  const flush = async () => {
    if (!entries.length) return
    if (!filled)
      await run(
        sql`INSERT INTO bench_like (id, title, body) VALUES ${sql.join(
          entries.map((e) => sql`(${e.id}, ${e.title}, ${e.body})`),
          sql`, `,
        )} ON CONFLICT (id) DO NOTHING`,
      )
    if (engine) {
      const t = performance.now()
      const req = await createLocalReq({}, payload)
      const shouldCommit = await initTransaction(req)
      await engine.upsert(req, entries)
      if (shouldCommit) await commitTransaction(req)
      spent += ms(t)
    }
    done += entries.length
    entries = []
    if (performance.now() - lastSaid > 5000) {
      lastSaid = performance.now()
      o.say(`  … ${done} of ${o.docs} documents ${engine ? 'indexed' : 'copied'}`)
    }
  }
  for (const d of generateCorpus({ count: o.docs, seed: o.seed })) {
    entries.push({
      id: ids.get(d.key)!,
      title: d.title,
      body: [d.docNumber, d.summary, d.body].filter(Boolean).join('\n'),
    })
    if (entries.length === BATCH) await flush()
  }
  await flush()
  return spent
}

const escapeLike = (s: string) => s.replace(/[\\%_]/g, '\\$&')

/** One LIKE-scan query: totals, the five facets and the first page, from one materialised scan. */
function likeQuery(q: CorpusQuery, withFilters: boolean, postgres: boolean, departments: any[]) {
  const parsed = parseSearchQuery(q.q)
  const op = sql.raw(postgres ? 'ILIKE' : 'LIKE')
  const has = (raw: string) => {
    const pattern = `%${escapeLike(raw)}%`
    return sql`(b.title ${op} ${pattern} ESCAPE '\\' OR b.body ${op} ${pattern} ESCAPE '\\')`
  }
  const where: any[] = [
    sql`p.state = 'published'`,
    sql`(p.unpublish_at IS NULL OR p.unpublish_at > ${new Date().toISOString()})`,
    ...parsed.all.map((t) => has(t.raw)),
    ...parsed.none.map((t) => sql`NOT ${has(t.raw)}`),
  ]
  const f = withFilters ? q.filters : {}
  if (f.type)
    where.push(
      sql`p.type IN (${sql.join(
        f.type.map((t) => sql`${t}`),
        sql`, `,
      )})`,
    )
  if (f.department) {
    const wanted = new Set(f.department)
    if (f.includeChildren === 'true')
      for (let added = true; added;) {
        added = false
        for (const d of departments) {
          const parent = departments.find((p) => String(p.id) === String(d.parent?.id ?? d.parent))
          if (parent && wanted.has(parent.code) && !wanted.has(d.code)) {
            wanted.add(d.code)
            added = true
          }
        }
      }
    where.push(
      sql`p.department_code IN (${sql.join(
        [...wanted].map((c) => sql`${c}`),
        sql`, `,
      )})`,
    )
  }
  if (f.topic) where.push(sql`p.topic_codes LIKE ${`% ${f.topic} %`}`)
  if (f.validity) where.push(sql`p.validity = ${f.validity}`)
  if (f.year)
    where.push(
      sql`p.published_at >= ${`${f.year}-01-01T00:00:00.000Z`} AND p.published_at < ${`${f.year + 1}-01-01T00:00:00.000Z`}`,
    )
  const year = sql.raw(
    postgres
      ? "to_char(p.published_at AT TIME ZONE 'UTC', 'YYYY')"
      : 'substr(p.published_at, 1, 4)',
  )
  return sql`WITH m AS MATERIALIZED (
    SELECT p.id, p.type, p.department_code AS dept, ${year} AS y, p.validity, p.topic_codes, p.published_at, p.title_zh
    FROM public_documents p JOIN bench_like b ON b.id = p.id
    WHERE ${sql.join(where, sql` AND `)})
  SELECT 'total' AS f, '' AS v, count(*) AS c FROM m
  UNION ALL SELECT 'type', type, count(*) FROM m GROUP BY type
  UNION ALL SELECT 'department', dept, count(*) FROM m GROUP BY dept
  UNION ALL SELECT 'year', y, count(*) FROM m GROUP BY y
  UNION ALL SELECT 'validity', validity, count(*) FROM m WHERE validity IS NOT NULL GROUP BY validity
  UNION ALL SELECT 'topic', t.code, count(*) FROM m JOIN topics t ON m.topic_codes LIKE '% ' || t.code || ' %' GROUP BY t.code
  UNION ALL SELECT * FROM (SELECT 'page' AS f, title_zh AS v, 0 AS c FROM m ORDER BY published_at DESC LIMIT 20) page`
}

/** Publishes one policy through the Local API and polls the search until it finds it. */
async function freshness(payload: Payload, departmentId: number | string) {
  // A word no corpus document contains, different on every run (BENCH_DIR keeps the database).
  const RARE = '鑫淼燚犇骉鱻龘猋麤羴'
  const word = String(Date.now() % 1_000_000)
    .padStart(6, '0')
    .split('')
    .map((c) => RARE[Number(c)])
    .join('')
  const request: SearchRequest = { q: word, sort: 'relevance', page: 1, pageSize: 20, locale: 'zh' }
  const t = performance.now()
  await payload.create({
    collection: 'policies',
    data: {
      title: `临江市人民政府关于${word}专项工作的通知`,
      summary: '为进一步做好相关工作，现将有关事项通知如下。',
      department: departmentId as any,
      docNumber: `临政发〔2026〕${900 + (Date.now() % 99)}号`,
      signedDate: '2026-10-01',
      validity: 'valid',
      body: paragraphsToLexical([
        `各有关单位：请认真做好${word}专项工作，按时报送进展情况。`,
      ]) as any,
      _status: 'published',
    } as any,
  })
  const publishMs = ms(t)
  for (;;) {
    const found = await searchDocuments(payload, request)
    if (found.meta.total > 0) return { publishMs, foundMs: ms(t) as number | null }
    if (ms(t) > 5000) return { publishMs, foundMs: null }
    await new Promise((resolve) => setTimeout(resolve, 5))
  }
}

// ---------------------------------------------------------------------------------------------
// A private PostgreSQL server that can live in BENCH_DIR (test/support/postgres.ts makes a
// throwaway one; this one is kept, and restarted, when the directory is).

export async function startBenchPostgres(keepIn: string | null) {
  const bin = findPostgresBin()
  const keep = keepIn !== null
  const dir = keepIn ?? fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-bench-pg-'))
  fs.mkdirSync(dir, { recursive: true })
  const asRoot = process.getuid?.() === 0
  // As root the server runs as `postgres`, which must reach a kept directory: open the folders
  // this benchmark made on the way to it (BENCH_DIR and below) for traversal.
  if (asRoot && keep)
    for (let d = path.dirname(dir); d !== path.dirname(d); d = path.dirname(d)) {
      fs.chmodSync(d, fs.statSync(d).mode | 0o111)
      if (d === path.resolve(process.env.BENCH_DIR ?? '/')) break
    }
  const runPg = (cmd: string, args: string[]) => {
    const full = [path.join(bin, cmd), ...args]
    const r = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', full.map(shellQuote).join(' ')], {
          encoding: 'utf8',
        })
      : spawnSync(full[0]!, full.slice(1), { encoding: 'utf8' })
    if (r.status !== 0) throw new Error(`${cmd} failed (${r.status}): ${r.stderr || r.stdout}`)
  }
  if (asRoot) execFileSync('chown', ['postgres', dir])
  const data = path.join(dir, 'data')
  if (!fs.existsSync(path.join(data, 'PG_VERSION')))
    runPg('initdb', [
      '-D',
      data,
      '-U',
      'postgres',
      '--auth=trust',
      '-E',
      'UTF8',
      '--locale=C.UTF-8',
      '--no-sync',
    ])
  const port = await freePort()
  // Benchmark settings: durability off (as the tests run it); memory as a small server has.
  runPg('pg_ctl', [
    '-D',
    data,
    '-l',
    path.join(dir, 'server.log'),
    '-o',
    `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c shared_buffers=256MB -c work_mem=16MB -c maintenance_work_mem=256MB`,
    '-w',
    'start',
  ])
  let stopped = false
  return {
    url: `postgres://postgres@127.0.0.1:${port}/gongkai_bench`,
    stop: () => {
      if (stopped) return
      stopped = true
      try {
        runPg('pg_ctl', ['-D', data, '-m', keep ? 'fast' : 'immediate', '-w', 'stop'])
      } finally {
        if (!keep) fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}
