#!/usr/bin/env node
/**
 * npm test: everything a change must pass, in order, stopping at the first failure.
 *   typecheck → lint → format check → generated-file drift → unit + integration tests
 *
 * TEST_DB=sqlite|postgres|all (default all) picks the SQL databases for the integration tests;
 * MongoDB runs only where MONGODB_URL points at a server. A run that executes no test fails.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const env = {
  ...process.env,
  // Lexical's Node entry points use a top-level await that makes Node 20's ESM loader hang or
  // exit at random; the "production" condition resolves them to plain modules (docs/decisions/0002).
  NODE_OPTIONS: [process.env.NODE_OPTIONS, '--conditions=production'].filter(Boolean).join(' '),
  NEXT_TELEMETRY_DISABLED: '1',
}

function step(name, cmd, args) {
  const started = Date.now()
  process.stderr.write(`\n▶ ${name}\n`)
  const run = spawnSync(cmd, args, { stdio: 'inherit', env })
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  if (run.status !== 0) {
    process.stderr.write(`✗ ${name} failed (${seconds} s)\n`)
    process.exit(run.status ?? 1)
  }
  process.stderr.write(`✓ ${name} (${seconds} s)\n`)
}

const npx = (...args) => ['npx', args]
const only = process.argv.slice(2)
const wants = (name) => only.length === 0 || only.includes(name)

if (wants('typecheck')) step('typecheck', ...npx('tsc', '--noEmit', '-p', 'tsconfig.json'))
if (wants('lint')) step('lint', ...npx('eslint', '.', '--max-warnings=0'))
if (wants('format')) step('format check', ...npx('prettier', '--check', '.', '--log-level', 'warn'))
if (wants('drift')) step('generated files are current', 'node', ['scripts/check-generated.mjs'])

if (wants('tests')) {
  if (!process.env.MONGODB_URL) {
    process.stderr.write(
      '\nMongoDB integration tests SKIPPED: set MONGODB_URL=mongodb://… to run them.\n',
    )
  }
  fs.mkdirSync('test-results', { recursive: true })
  const report = 'test-results/vitest.json'
  fs.rmSync(report, { force: true })
  const started = Date.now()
  const run = spawnSync(
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile.json=${report}`],
    { stdio: 'inherit', env },
  )
  const seconds = ((Date.now() - started) / 1000).toFixed(1)
  let results
  try {
    results = JSON.parse(fs.readFileSync(report, 'utf8'))
  } catch {
    process.stderr.write('✗ tests: vitest wrote no report\n')
    process.exit(run.status || 1)
  }
  const passed = results.numPassedTests
  const failed = results.numFailedTests + (results.numRuntimeErrorTestSuites ?? 0)
  const skipped = results.numPendingTests + results.numTodoTests
  process.stderr.write(`\ntests: ${seconds} s\n`)
  process.stdout.write(`${passed} passed, ${failed} failed, ${skipped} skipped\n`)
  // The tail of the output is what a CI log keeps: name every failure there, briefly.
  const failures = []
  for (const file of results.testResults ?? []) {
    const where = path.relative(process.cwd(), file.name)
    const failedTests = (file.assertionResults ?? []).filter((t) => t.status === 'failed')
    for (const t of failedTests) failures.push([where, t.fullName, t.failureMessages?.[0]])
    if (file.status === 'failed' && !failedTests.length)
      failures.push([where, '(file)', file.message])
  }
  for (const [where, name, message] of failures.slice(0, 30)) {
    const first = String(message ?? '')
      // Colour codes: the messages are kept as the terminal would show them.
      // eslint-disable-next-line no-control-regex
      .replace(/\x1b\[[0-9;]*m/g, '')
      .split('\n')
      .filter((line) => line.trim())
      .slice(0, 4)
      .map((line) => `    ${line.slice(0, 300)}`)
      .join('\n')
    process.stdout.write(`✗ ${where} > ${name}\n${first}\n`)
  }
  if (results.numTotalTests === 0 || passed === 0) {
    process.stderr.write('✗ no test ran: that is a failure, not a pass\n')
    process.exit(1)
  }
  if (run.status !== 0 || failed > 0 || !results.success) process.exit(run.status || 1)
}
