/**
 * The import benchmark, one database per process (scripts/bench-import.mjs runs it for SQLite
 * and PostgreSQL and prints the table). On a fresh migrated database with one department:
 *
 * 1. a generated file of `rows` licensing decisions (src/import/generate.ts) imported with
 *    --publish, the way a department publishes a business system's export: rows/s, and the
 *    process's RSS before, at its highest (sampled after every batch) and after;
 * 2. the same file again: every row unchanged (rows/s);
 * 3. the ceiling: the same rows, already parsed, inserted through the database driver alone
 *    into the decisions table itself, its indexes included, for another department (SQLite: one
 *    prepared INSERT per row, a transaction per 1,000 rows; PostgreSQL: 500-row multi-VALUES
 *    INSERTs, a transaction per 1,000 rows). Only the document row: no version, projection,
 *    search entry or audit record, which the import writes as well;
 * 4. for reference, `referenceRows` rows through Payload's create, one by one (bulk: false).
 */
import fs from 'node:fs'
import path from 'node:path'
import { performance } from 'node:perf_hooks'

import Database from 'libsql'
import pg from 'pg'

import { startBenchServer } from '../bench/server'
import { newUid } from '../fields/uid'
import { generatedCsv } from './generate'
import { PhaseTimes } from './phases'
import { type DecisionData } from './rows'
import { validateInWorker } from './in-worker'
import { importDecisions } from './run'
import { validateFile } from './validate'

export type ImportBenchOptions = {
  db: 'sqlite' | 'postgres'
  url: string
  dir: string
  rows: number
  referenceRows: number
  say: (line: string) => void
}

export type ImportBenchResult = {
  db: 'sqlite' | 'postgres'
  rows: number
  importMs: number | null
  importRate: number | null
  created: number | null
  reimportRate: number | null
  unchanged: number | null
  rawRate: number | null
  payloadRate: number | null
  referenceRows: number
  rssStartMb: number | null
  rssPeakMb: number | null
  rssEndMb: number | null
  /** Milliseconds per phase of the first import. */
  phases: Record<string, number> | null
  errors: string[]
}

const mb = () => process.memoryUsage().rss / 1048576

function writeCsv(file: string, rows: number, seed: number, from = 1) {
  const fd = fs.openSync(file, 'w')
  try {
    for (const chunk of generatedCsv('licensing', rows, { seed, from })) fs.writeSync(fd, chunk)
  } finally {
    fs.closeSync(fd)
  }
}

const snake = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1_$2').toLowerCase()

export async function runImportBench(o: ImportBenchOptions): Promise<ImportBenchResult> {
  const result: ImportBenchResult = {
    db: o.db,
    rows: o.rows,
    importMs: null,
    importRate: null,
    created: null,
    reimportRate: null,
    unchanged: null,
    rawRate: null,
    payloadRate: null,
    referenceRows: o.referenceRows,
    rssStartMb: null,
    rssPeakMb: null,
    rssEndMb: null,
    phases: null,
    errors: [],
  }
  const fail = (what: string, err: unknown) => {
    const message = `${what}: ${err instanceof Error ? err.message : String(err)}`
    result.errors.push(message)
    o.say(`  ! ${message}`)
  }
  const server = await startBenchServer(o)
  const { payload } = server
  const newDepartment = async (n: number) =>
    (await payload.create({
      collection: 'departments',
      data: { code: `B0000000${n}`, name: `基准测试局${n}` } as any,
      overrideAccess: true,
    })) as any
  try {
    const department = await newDepartment(1)
    const file = path.join(o.dir, `licensing-${o.rows}.csv`)
    o.say(`  generating ${o.rows.toLocaleString('en')} rows …`)
    writeCsv(file, o.rows, 1)

    // 1. The import, published.
    try {
      global.gc?.()
      result.rssStartMb = mb()
      let peak = result.rssStartMb
      let last = 0
      const phases = new PhaseTimes()
      const started = performance.now()
      const summary = await importDecisions(payload, {
        kind: 'licensing',
        format: 'csv',
        source: file,
        department: department.id,
        publish: true,
        rowSource: validateInWorker,
        // BENCH_BATCH: rows a transaction, to measure other batch sizes than the import's own.
        batchSize: Number(process.env.BENCH_BATCH) || undefined,
        phases,
        onProgress: ({ rows }) => {
          peak = Math.max(peak, mb())
          if (rows - last >= 10_000) {
            last = rows
            o.say(`  … ${rows.toLocaleString('en')} rows, RSS ${mb().toFixed(0)} MB`)
          }
        },
      })
      result.importMs = performance.now() - started
      result.importRate = (o.rows / result.importMs) * 1000
      result.phases = phases.toJSON()
      result.created = summary.created
      result.rssPeakMb = peak
      global.gc?.()
      result.rssEndMb = mb()
      if (summary.created !== o.rows) fail('import', `created ${summary.created} of ${o.rows}`)
      o.say(`  import: ${summary} in ${(result.importMs / 1000).toFixed(1)} s`)
    } catch (err) {
      fail('import', err)
    }

    // 2. The same file again.
    try {
      const started = performance.now()
      const summary = await importDecisions(payload, {
        kind: 'licensing',
        format: 'csv',
        source: file,
        department: department.id,
        publish: true,
        rowSource: validateInWorker,
      })
      result.reimportRate = (o.rows / (performance.now() - started)) * 1000
      result.unchanged = summary.unchanged
      if (summary.unchanged !== o.rows) fail('re-import', `unchanged ${summary.unchanged}`)
    } catch (err) {
      fail('re-import', err)
    }

    // 3. The ceiling: the same rows through the driver alone.
    try {
      const rows: DecisionData[] = []
      for await (const row of validateFile('licensing', 'csv', file))
        if (row.ok) rows.push(row.data)
      const fields = [...new Set(rows.flatMap((r) => Object.keys(r)))]
      const rawDepartment = await newDepartment(3)
      const columns = [...fields.map(snake), 'department_id', '_status', 'workflow_state', 'uid']
      const values = (r: DecisionData) => [
        ...fields.map((f) => (r[f] === undefined ? null : (r[f] as any))),
        rawDepartment.id,
        'published',
        'published',
        newUid(),
      ]
      if (o.db === 'sqlite') {
        const db = new Database(o.url.slice('file:'.length))
        db.exec('PRAGMA busy_timeout = 10000')
        const insert = db.prepare(
          `INSERT INTO licensing_decisions (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
        )
        const t0 = performance.now()
        for (let i = 0; i < rows.length; i += 1000) {
          db.exec('BEGIN IMMEDIATE')
          for (const r of rows.slice(i, i + 1000)) insert.run(...values(r))
          db.exec('COMMIT')
        }
        result.rawRate = (rows.length / (performance.now() - t0)) * 1000
        db.close()
      } else {
        const client = new pg.Client({ connectionString: o.url })
        await client.connect()
        const t0 = performance.now()
        for (let i = 0; i < rows.length; i += 1000) {
          await client.query('BEGIN')
          for (let j = i; j < Math.min(i + 1000, rows.length); j += 500) {
            const chunk = rows.slice(j, Math.min(j + 500, i + 1000, rows.length))
            const params: unknown[] = []
            const tuples = chunk.map(
              (r) =>
                `(${values(r)
                  .map((v) => {
                    params.push(v)
                    return `$${params.length}`
                  })
                  .join(', ')})`,
            )
            await client.query(
              `INSERT INTO licensing_decisions (${columns.join(', ')}) VALUES ${tuples.join(', ')}`,
              params,
            )
          }
          await client.query('COMMIT')
        }
        result.rawRate = (rows.length / (performance.now() - t0)) * 1000
        await client.end()
      }
    } catch (err) {
      fail('raw inserts', err)
    }

    // 4. Reference: Payload's create, row by row.
    try {
      const reference = path.join(o.dir, 'reference.csv')
      writeCsv(reference, o.referenceRows, 2, o.rows + 1)
      const other = await newDepartment(2)
      const started = performance.now()
      const summary = await importDecisions(payload, {
        kind: 'licensing',
        format: 'csv',
        source: reference,
        department: other.id,
        publish: true,
        bulk: false,
      })
      result.payloadRate = (summary.created / (performance.now() - started)) * 1000
    } catch (err) {
      fail('reference', err)
    }
  } finally {
    await server.close()
  }
  return result
}
