#!/usr/bin/env node
/**
 * npm run bench:import — bulk decision imports on SQLite and PostgreSQL in one run, next to the
 * rate of raw inserts of the same rows through the database driver (the ceiling) measured in the
 * same run, and Payload's own create row by row for reference. Prints one table and the targets.
 *
 * Per database, in its own process (dist/bench-import.mjs, src/import/bench.ts): a fresh migrated
 * database and one department; a generated file of BENCH_ROWS licensing decisions imported with
 * --publish (rows/s; the process's RSS before, at its highest, after); the same file again (all
 * unchanged); the same rows inserted through the driver alone; BENCH_REFERENCE_ROWS rows through
 * Payload's create.
 *
 *   BENCH_ROWS=100000            rows in the generated file
 *   BENCH_REFERENCE_ROWS=1000    rows through Payload's create (slow: tens of ms a row)
 *   BENCH_DB=both                sqlite | postgres | both
 *   BENCH_BATCH=2500             rows a transaction in the first import (the import's default)
 *   DATABASE_URL=postgres://…    use this PostgreSQL instead of starting a private one
 *
 * Exit code 1 on errors (a failed step); missed targets only say MISSED.
 */
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { benchChild } from './bench-child.mjs'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const say = (line) => process.stderr.write(`${line}\n`)

const ROWS = Number(process.env.BENCH_ROWS || 100_000)
const REFERENCE_ROWS = Number(process.env.BENCH_REFERENCE_ROWS || 1000)
const WHICH = process.env.BENCH_DB || 'both'
const TARGET = { sqliteRate: 2000, ratio: 0.3 }

if (process.env.BENCH_CHILD) {
  const options = JSON.parse(process.env.BENCH_CHILD)
  const { runImportBench } = await import(path.join(root, 'dist/bench-import.mjs'))
  const result = await runImportBench({ ...options, say })
  fs.writeFileSync(options.resultFile, JSON.stringify(result))
  process.exit(0)
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-import-bench-'))
const cleanups = []
process.on('exit', () => {
  for (const c of cleanups.reverse()) {
    try {
      c()
    } catch (err) {
      say(String(err))
    }
  }
  fs.rmSync(dir, { recursive: true, force: true })
})
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130))

function child(options) {
  return benchChild({
    script: fileURLToPath(import.meta.url),
    cwd: root,
    dir,
    options,
    failed: { db: options.db, rows: ROWS },
    // The RSS figures are read after a full collection.
    nodeArgs: ['--expose-gc'],
  })
}

async function main() {
  const results = []
  const common = { rows: ROWS, referenceRows: REFERENCE_ROWS }
  if (WHICH === 'sqlite' || WHICH === 'both') {
    const sqliteDir = path.join(dir, 'sqlite')
    fs.mkdirSync(sqliteDir, { recursive: true })
    say(`SQLite in ${sqliteDir}, ${ROWS} rows:`)
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
      const server = await startBenchPostgres(null)
      cleanups.push(server.stop)
      url = server.url.replace(/gongkai_bench$/, 'gongkai_import_bench')
    }
    say(`PostgreSQL at ${url.replace(/:[^:@/]*@/, ':***@')}, ${ROWS} rows:`)
    results.push(await child({ ...common, db: 'postgres', url, dir: pgDir }))
  }
  process.stdout.write(table(results) + '\n')
  if (results.some((r) => r.errors?.length)) process.exitCode = 1
}

const f0 = (n) => (n === null || n === undefined ? '–' : Math.round(n).toLocaleString('en'))
const f1 = (n) => (n === null || n === undefined ? '–' : n.toFixed(1))

function table(results) {
  const out = []
  out.push(
    `Import benchmark: ${ROWS.toLocaleString('en')} generated licensing decisions, published; ${os.cpus().length} CPUs, Node ${process.version}`,
  )
  out.push('')
  const head = [
    'database',
    'import rows/s',
    'ceiling: driver inserts of the rows rows/s',
    'ratio',
    're-import (unchanged) rows/s',
    `Payload create, row by row (${REFERENCE_ROWS}) rows/s`,
    'RSS MB start / peak / end',
  ]
  const rows = results.map((r) => [
    r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL',
    f0(r.importRate),
    f0(r.rawRate),
    r.importRate && r.rawRate ? `${(r.importRate / r.rawRate).toFixed(3)}×` : '–',
    f0(r.reimportRate),
    f0(r.payloadRate),
    `${f1(r.rssStartMb)} / ${f1(r.rssPeakMb)} / ${f1(r.rssEndMb)}`,
  ])
  rows.push(['target', '≥ 2,000 (SQLite)', '', '≥ 0.3×', '', '', 'flat (streaming)'])
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)))
  const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
  out.push(fmt(head))
  out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
  for (const r of rows) out.push(fmt(r))
  out.push('')
  for (const r of results) {
    const name = r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'
    if (r.db === 'sqlite')
      out.push(
        `${name}: import ≥ ${TARGET.sqliteRate} rows/s: ${r.importRate >= TARGET.sqliteRate ? 'met' : 'MISSED'}`,
      )
    if (r.importRate && r.rawRate)
      out.push(
        `${name}: ≥ ${TARGET.ratio}× the raw-insert ceiling: ${r.importRate / r.rawRate >= TARGET.ratio ? 'met' : 'MISSED'}`,
      )
    for (const e of r.errors ?? []) out.push(`${name}: error: ${e}`)
  }
  // Where the first import's time went, per database: seconds per phase and share of the run.
  const timed = results.filter((r) => r.phases && r.importMs)
  if (timed.length) {
    out.push('')
    out.push('Where the import spends its time (s, share of the run):')
    out.push('')
    const names = [...new Set(timed.flatMap((r) => Object.keys(r.phases)))]
    const cell = (r, ms) => `${(ms / 1000).toFixed(1)} (${Math.round((ms / r.importMs) * 100)}%)`
    const head = ['phase', ...timed.map((r) => (r.db === 'sqlite' ? 'SQLite' : 'PostgreSQL'))]
    const rows = names.map((n) => [
      n,
      ...timed.map((r) => (r.phases[n] ? cell(r, r.phases[n]) : '–')),
    ])
    rows.push([
      'other',
      ...timed.map((r) => cell(r, r.importMs - Object.values(r.phases).reduce((a, b) => a + b, 0))),
    ])
    rows.push(['total', ...timed.map((r) => cell(r, r.importMs))])
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((x) => String(x[i]).length)))
    const fmt = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`
    out.push(fmt(head))
    out.push(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`)
    for (const x of rows) out.push(fmt(x))
  }
  return out.join('\n')
}

await main()
