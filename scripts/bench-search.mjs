#!/usr/bin/env node
/**
 * npm run bench:search — public search on the 100k synthetic corpus (src/search/corpus.ts), on
 * SQLite and on PostgreSQL in one run, next to a LIKE-scan baseline over the same rows (what
 * Payload's search plugin does) measured in the same run. Prints one table and the targets.
 *
 * Per database, in its own process (dist/bench-search.mjs, src/search/bench.ts): a fresh migrated
 * database, departments and topics through the Local API, the corpus's `public-documents` rows by
 * bulk SQL; the index built with the engine's upsert in batches of 1,000 (documents/s, and the
 * size of the `search%` tables); 200 deterministic queries through searchDocuments without and
 * with filters (facets always), after a warm-up pass; the LIKE baseline on the first
 * BENCH_LIKE_QUERIES of them; a policy published through the Local API and searched for until
 * found (freshness).
 *
 *   BENCH_DOCS=100000          documents in the corpus
 *   BENCH_DB=both              sqlite | postgres | both
 *   BENCH_DIR=<dir>            keep the databases there (SQLite file, PostgreSQL cluster) and reuse
 *                              them when they already hold this corpus and its index
 *   BENCH_SEED=1               corpus seed
 *   BENCH_LIKE_QUERIES=30      how many of the 200 queries the (slow) LIKE baseline runs
 *   DATABASE_URL=postgres://…  use this PostgreSQL instead of starting a private one
 *                              (otherwise: initdb in a temporary directory, a free port, Debian's
 *                              /usr/lib/postgresql/<version>/bin)
 *
 * Exit code 1 on errors (a failed step, an engine that throws); missed targets only say MISSED.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { benchChild } from './bench-child.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const say = (line) => process.stderr.write(`${line}\n`)

const DOCS = Number(process.env.BENCH_DOCS || 100_000)
const SEED = Number(process.env.BENCH_SEED || 1)
const LIKE_QUERIES = Number(process.env.BENCH_LIKE_QUERIES || 30)
const WHICH = process.env.BENCH_DB || 'both'
const TARGET = {
  p95: { sqlite: 20, postgres: 30 },
  ratio: 20,
  build: 2000,
  freshMs: 1000,
  // Issue 6: a search page renders in under 50 ms at p95 on the 100k corpus.
  portalMs: 50,
}

if (process.env.BENCH_CHILD) {
  // One database, in this process; the result goes to a file for the parent.
  const options = JSON.parse(process.env.BENCH_CHILD)
  const { runSearchBench } = await import(path.join(root, 'dist/bench-search.mjs'))
  const result = await runSearchBench({ ...options, say })
  fs.writeFileSync(options.resultFile, JSON.stringify(result))
  process.exit(0)
}

const keep = process.env.BENCH_DIR
const dir = keep
  ? path.resolve(keep)
  : fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-search-bench-'))
fs.mkdirSync(dir, { recursive: true })
const cleanups = []
process.on('exit', () => {
  for (const c of cleanups.reverse()) {
    try {
      c()
    } catch (err) {
      say(String(err))
    }
  }
  if (!keep) fs.rmSync(dir, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

function child(options) {
  return benchChild({
    script: fileURLToPath(import.meta.url),
    cwd: root,
    dir,
    options,
    failed: { db: options.db, docs: DOCS },
  })
}

async function main() {
  const results = []
  const common = { docs: DOCS, seed: SEED, likeQueries: LIKE_QUERIES }
  if (WHICH === 'sqlite' || WHICH === 'both') {
    const sqliteDir = path.join(dir, 'sqlite')
    fs.mkdirSync(sqliteDir, { recursive: true })
    say(`SQLite in ${sqliteDir}, ${DOCS} documents:`)
    results.push(
      await child({
        ...common,
        db: 'sqlite',
        url: `file:${path.join(sqliteDir, 'bench.db')}`,
        dir: sqliteDir,
      }),
    )
  }
  if (WHICH === 'postgres' || WHICH === 'both') {
    let url = /^postgres(ql)?:\/\//.test(process.env.DATABASE_URL ?? '')
      ? process.env.DATABASE_URL
      : null
    const pgDir = path.join(dir, 'postgres')
    fs.mkdirSync(pgDir, { recursive: true })
    if (!url) {
      const { startBenchPostgres } = await import(path.join(root, 'dist/bench-search.mjs'))
      const pg = await startBenchPostgres(keep ? path.join(pgDir, 'cluster') : null)
      cleanups.push(pg.stop)
      url = pg.url
    }
    say(`PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')}, ${DOCS} documents:`)
    results.push(await child({ ...common, db: 'postgres', url, dir: pgDir }))
  }
  process.stdout.write(table(results) + '\n')
  if (results.some((r) => r.errors?.length)) process.exitCode = 1
}

const f1 = (n) => (n === null || n === undefined || Number.isNaN(n) ? '–' : n.toFixed(1))
const f0 = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en'))
const three = (l) => (l && l.n ? `${f1(l.p50)} / ${f1(l.p95)} / ${f1(l.p99)}` : '–')

function table(results) {
  const out = []
  out.push(
    `Search benchmark: ${DOCS.toLocaleString('en')} documents (corpus seed ${SEED}), 200 queries, ${os.cpus().length} CPUs, Node ${process.version}`,
  )
  out.push('')
  const head = [
    'database',
    'engine',
    'docs',
    'build docs/s',
    'index MB',
    'p50/p95/p99 ms, no filters',
    'p50/p95/p99 ms, filters+facets',
    `LIKE p95 ms (${LIKE_QUERIES} q), no filters / filters`,
    'ratio ×, no filters / filters',
    'fresh ms',
  ]
  const rows = results.map((r) => {
    const ratio = (like, engine) =>
      like && engine?.n ? `${(like.p95 / engine.p95).toFixed(1)}` : '–'
    return [
      r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL',
      r.engine ?? '–',
      f0(r.docs),
      r.reused ? 'reused' : f0(r.buildRate),
      r.indexBytes === null || r.indexBytes === undefined
        ? '–'
        : (r.indexBytes / 1048576).toFixed(1),
      three(r.noFilters),
      three(r.filters),
      r.like ? `${f1(r.like.noFilters.p95)} / ${f1(r.like.filters.p95)}` : '–',
      `${ratio(r.like?.noFilters, r.noFilters)} / ${ratio(r.like?.filters, r.filters)}`,
      f0(r.freshnessMs),
    ]
  })
  rows.push([
    'target',
    '',
    '100,000',
    '≥ 2,000',
    '',
    'p95 ≤ 20 SQLite, ≤ 30 PostgreSQL',
    'p95 ≤ 20 SQLite, ≤ 30 PostgreSQL',
    '',
    '≥ 20',
    '≤ 1,000',
  ])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  out.push(fmt(head))
  out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) out.push(fmt(r))
  out.push('')
  for (const r of results) {
    const name = r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'
    const check = (label, value, ok) =>
      out.push(
        `${value === null ? 'n/a   ' : ok ? 'met   ' : 'MISSED'}  ${name}: ${label}${value === null ? '' : `: ${value}`}`,
      )
    const p95 = TARGET.p95[r.db]
    for (const [label, l] of [
      ['no filters', r.noFilters],
      ['filters + facets', r.filters],
    ])
      check(`p95 ${label} ≤ ${p95} ms`, l?.n ? `${f1(l.p95)} ms` : null, l?.p95 <= p95)
    for (const [label, like, l] of [
      ['no filters', r.like?.noFilters, r.noFilters],
      ['filters + facets', r.like?.filters, r.filters],
    ])
      check(
        `≥ ${TARGET.ratio}× the LIKE baseline (p95), ${label}`,
        like && l?.n ? `${(like.p95 / l.p95).toFixed(1)}×` : null,
        like && l && like.p95 / l.p95 >= TARGET.ratio,
      )
    check(
      `portal search page (HTTP, filters + facets) p95 ≤ ${TARGET.portalMs} ms`,
      r.portal?.n
        ? `${f1(r.portal.p95)} ms (p50 ${f1(r.portal.p50)}, p99 ${f1(r.portal.p99)})`
        : null,
      r.portal?.p95 <= TARGET.portalMs,
    )
    check(
      `index build ≥ ${TARGET.build} documents/s`,
      r.buildRate ? `${f0(r.buildRate)}/s` : null,
      r.buildRate >= TARGET.build,
    )
    check(
      `published → searchable ≤ ${TARGET.freshMs} ms`,
      r.freshnessMs !== null && r.freshnessMs !== undefined ? `${f0(r.freshnessMs)} ms` : null,
      r.freshnessMs <= TARGET.freshMs,
    )
    const empty = [r.noFilters, r.filters].filter(Boolean).map((l) => l.empty)
    if (empty.length)
      out.push(
        `        ${name}: queries that found nothing: ${empty.join(' / ')} of 200 (no filters / filters)`,
      )
    for (const e of r.errors ?? []) out.push(`ERROR   ${name}: ${e}`)
  }
  out.push('')
  out.push(
    `LIKE baseline: LIKE '%term%' (ILIKE on PostgreSQL) on (title, body) per positive term, ANDed, NOT LIKE per excluded term, the same filters, total + 5 facets (GROUP BY) + first page from one materialised scan; run on the first ${LIKE_QUERIES} queries (each is a full scan). It is not exact: it misses document numbers typed in another bracket style and phrases typed with spaces.`,
  )
  return out.join('\n')
}

main().catch((err) => {
  say(err.stack ?? String(err))
  process.exitCode = 1
})
