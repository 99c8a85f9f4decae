#!/usr/bin/env node
/**
 * Fails when a generated file no longer matches what the collections produce: the admin import
 * map, src/payload-types.ts, and the SQL migrations (a schema change without a migration).
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'

const files = ['src/payload-types.ts', 'src/app/(payload)/admin/importMap.js']
const before = Object.fromEntries(files.map((f) => [f, fs.readFileSync(f, 'utf8')]))
const migrationsBefore = ['sqlite', 'postgres'].map(
  (d) => fs.readdirSync(`src/migrations/${d}`).length,
)

const run = (args) => {
  const r = spawnSync('npm', ['run', '--silent', ...args], {
    stdio: ['ignore', 'ignore', 'pipe'],
    encoding: 'utf8',
  })
  if (r.status !== 0) {
    process.stderr.write(r.stderr)
    process.exit(1)
  }
}
run(['generate:types'])
run(['generate:importmap'])
run(['migrate:create', '--', 'drift_check'])

let drift = false
for (const f of files) {
  if (fs.readFileSync(f, 'utf8') !== before[f]) {
    drift = true
    process.stderr.write(
      `${f} is out of date: run npm run generate:${f.endsWith('.ts') ? 'types' : 'importmap'} and commit it\n`,
    )
    fs.writeFileSync(f, before[f])
  }
}
;['sqlite', 'postgres'].forEach((d, i) => {
  const now = fs.readdirSync(`src/migrations/${d}`)
  if (now.length !== migrationsBefore[i]) {
    drift = true
    process.stderr.write(
      `the collections changed the ${d} schema without a migration: run npm run migrate:create -- <name>\n`,
    )
    for (const f of now.filter((f) => f.includes('drift_check')))
      fs.rmSync(`src/migrations/${d}/${f}`)
    spawnSync('git', ['checkout', '--', `src/migrations/${d}/index.ts`])
  }
})
process.exit(drift ? 1 : 0)
