/**
 * A throwaway measurement of the PostgreSQL search engine's own work (not the service's): index
 * build rate through upsert, and match latency for 200 terms of 1-6 CJK characters taken from
 * real text (the demo seed's Chinese), on N synthetic documents made of the same words.
 *
 *   npx esbuild scripts/bench-search-pg.ts --bundle --platform=node --format=esm \
 *     --packages=external --outfile=/tmp/bench-search-pg.mjs
 *   node --conditions=production /tmp/bench-search-pg.mjs postgres://postgres@127.0.0.1:55432/bench 100000
 *
 * It drops and recreates the engine's tables in that database (not a Payload database).
 */
/* eslint-disable no-console -- a measurement script prints its results */
import fs from 'node:fs'
import path from 'node:path'

import { drizzle } from '@payloadcms/db-postgres/drizzle/node-postgres'
import pg from 'pg'

import { postgresEngine } from '../src/search/engines/postgres'
import { parseSearchQuery } from '../src/search/tokenize'

const [url = 'postgres://postgres@127.0.0.1:55432/postgres', nArg = '100000', skipBuild] =
  process.argv.slice(2)
const N = Number(nArg)

let seed = 20261127
const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31

// Real text: every run of Chinese in the demo seed.
const seedDir = path.join(process.cwd(), 'src/seed')
const real = fs
  .readdirSync(seedDir)
  .map((f) => fs.readFileSync(path.join(seedDir, f), 'utf8'))
  .join('\n')
  .match(/\p{Script=Han}+/gu)!
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const words = [
  ...new Set(real.flatMap((r) => [...segmenter.segment(r)].map((s) => s.segment))),
].sort()
// Zipf-like: a few words everywhere, most rare.
for (let i = words.length - 1; i > 0; i--) {
  const j = Math.floor(rand() * (i + 1))
  ;[words[i], words[j]] = [words[j]!, words[i]!]
}
const weights = words.map((_, r) => 1 / (r + 1) ** 0.9)
const total = weights.reduce((a, b) => a + b, 0)
const cumulative: number[] = []
weights.reduce((acc, w, i) => (cumulative[i] = acc + w / total), 0)
const word = () => {
  const x = rand()
  let lo = 0
  let hi = cumulative.length - 1
  while (lo < hi) {
    const mid = (lo + hi) >> 1
    if (cumulative[mid]! < x) lo = mid + 1
    else hi = mid
  }
  return words[lo]!
}
const sentence = (n: number) => {
  let s = ''
  for (let i = 0; i < n; i++) s += word()
  return s
}
function doc(i: number) {
  const title = `临江市${sentence(3 + Math.floor(rand() * 5))}的通知`
  const target = 350 + Math.floor(rand() * 700) // characters: ~1-3 KB of UTF-8
  let body = `临政发〔${2000 + (i % 26)}〕${1 + (i % 97)}号 `
  while (body.length < target)
    body += sentence(4 + Math.floor(rand() * 10)) + (rand() < 0.3 ? '。' : '，')
  return { id: i + 1, title, body }
}
const terms: string[] = []
while (terms.length < 200) {
  const run = real[Math.floor(rand() * real.length)]!
  const len = 1 + Math.floor(rand() * 6)
  if (run.length < len) continue
  const at = Math.floor(rand() * (run.length - len + 1))
  terms.push(run.slice(at, at + len))
}

const pool = new pg.Pool({ connectionString: url, max: 4 })
const payload = { db: { name: 'postgres', pool, drizzle: drizzle(pool) } } as any
const engine = postgresEngine()
const migration = fs.readFileSync(
  path.join(process.cwd(), 'src/migrations/postgres/20261127_074029_search_index.ts'),
  'utf8',
)
const ddl = migration.slice(migration.indexOf('CREATE TABLE "search_pg_docs"'))
const create = ddl.slice(0, ddl.indexOf('`)'))

if (!skipBuild) {
  await pool.query('DROP TABLE IF EXISTS search_pg_docs, search_pg_chunks')
  await pool.query(create)
  const t0 = performance.now()
  const batch = 500
  for (let i = 0; i < N; i += batch) {
    const entries = []
    for (let j = i; j < Math.min(N, i + batch); j++) entries.push(doc(j))
    await engine.upsert({ payload }, entries)
  }
  const seconds = (performance.now() - t0) / 1000
  console.log(
    `build: ${N} documents in ${seconds.toFixed(1)} s = ${Math.round(N / seconds)} documents/s`,
  )
  const t1 = performance.now()
  await pool.query('VACUUM ANALYZE search_pg_docs')
  await pool.query('VACUUM ANALYZE search_pg_chunks')
  console.log(`vacuum analyze: ${((performance.now() - t1) / 1000).toFixed(1)} s`)
}
const size = await pool.query(
  `SELECT pg_size_pretty(pg_total_relation_size('search_pg_docs')) AS docs,
     pg_size_pretty(pg_relation_size('search_pg_docs_tsv_idx')) AS gin,
     pg_size_pretty(pg_relation_size('search_pg_docs')) AS heap`,
)
console.log('size', size.rows[0])

const pct = (xs: number[], p: number) =>
  xs[Math.min(xs.length - 1, Math.floor((p / 100) * xs.length))]!
const report = (label: string, xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b)
  if (!s.length) return console.log(`${label}: none`)
  console.log(
    `${label.padEnd(28)} n=${String(s.length).padStart(3)} p50=${pct(s, 50).toFixed(1)} p95=${pct(s, 95).toFixed(1)} p99=${pct(s, 99).toFixed(1)} max=${s.at(-1)!.toFixed(1)} ms`,
  )
}
for (const field of ['any', 'title'] as const) {
  // Warm up once (plans, caches), then measure each term once, in order.
  for (const t of terms.slice(0, 20)) await engine.match(payload, parseSearchQuery(t), field)
  const byLength = new Map<number, number[]>()
  const common: number[] = []
  const rare: number[] = []
  const all: number[] = []
  let slowest = { ms: 0, term: '', hits: 0 }
  for (const t of terms) {
    const q = parseSearchQuery(t)
    const t0 = performance.now()
    const ids = await engine.match(payload, q, field)
    const ms = performance.now() - t0
    all.push(ms)
    ;(ids.length >= 10_000 ? common : rare).push(ms)
    const len = [...t].length
    byLength.set(len, [...(byLength.get(len) ?? []), ms])
    if (ms > slowest.ms) slowest = { ms, term: t, hits: ids.length }
  }
  console.log(`--- match(field=${field}) on ${N} documents, 200 terms`)
  report('all terms', all)
  report('common (>= 10,000 hits)', common)
  report('rare (< 10,000 hits)', rare)
  for (const [len, xs] of [...byLength].sort((a, b) => a[0] - b[0]))
    report(`${len} character(s)`, xs)
  console.log('slowest', slowest)
}
// Two-term queries (AND), as the service sends for "a b".
const pairs: number[] = []
for (let i = 0; i + 1 < 100; i += 2) {
  const t0 = performance.now()
  await engine.match(payload, parseSearchQuery(`${terms[i]} ${terms[i + 1]}`))
  pairs.push(performance.now() - t0)
}
report('two-term AND (50 queries)', pairs)
await pool.end()
