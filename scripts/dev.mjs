#!/usr/bin/env node
/**
 * npm run dev: the server with hot reload.
 *   - esbuild rebuilds dist/ on every change to src/ or collections/;
 *   - node --watch restarts the server when dist/ changes;
 *   - the admin runs through Next.js in dev mode (React hot reload, no production build).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const watcher = spawn(process.execPath, ['scripts/build.mjs', '--watch'], { stdio: 'inherit' })

// Wait for the first build.
while (!fs.existsSync('dist/server.mjs') || !fs.existsSync('dist/main.mjs')) {
  await new Promise((r) => setTimeout(r, 200))
}

const server = spawn(
  process.execPath,
  ['--conditions=development', '--watch', '--watch-preserve-output', 'dist/server.mjs', '--dev'],
  { stdio: 'inherit', env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } },
)

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    server.kill(signal)
    watcher.kill(signal)
  })
}
server.on('exit', (code) => {
  watcher.kill()
  process.exit(code ?? 0)
})
