#!/usr/bin/env node
/**
 * npm run dev: the server with hot reload.
 *   - esbuild rebuilds dist/ on every change to src/ or collections/;
 *   - this script restarts the server when dist/ changes (not `node --watch`: its IPC messages
 *     confuse the Next.js dev workers, which inherit the flag);
 *   - the admin runs through Next.js in dev mode (React hot reload, no production build).
 */
import { spawn } from 'node:child_process'
import fs from 'node:fs'

const watcher = spawn(process.execPath, ['scripts/build.mjs', '--watch'], { stdio: 'inherit' })
while (!fs.existsSync('dist/server.mjs') || !fs.existsSync('dist/main.mjs')) {
  await new Promise((r) => setTimeout(r, 200))
}

let server
let stopping = false
function start() {
  server = spawn(process.execPath, ['--conditions=development', 'dist/server.mjs', '--dev'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  })
  server.on('exit', (code, signal) => {
    if (!stopping && signal !== 'SIGTERM')
      console.error(`server exited (${signal ?? code}); waiting for a change`)
  })
}
function restart() {
  if (!server || server.exitCode !== null || server.signalCode !== null) return start()
  server.once('exit', start)
  server.kill('SIGTERM')
}

let timer
fs.watch('dist', (_event, file) => {
  if (!file?.endsWith('.mjs')) return
  clearTimeout(timer)
  timer = setTimeout(restart, 300)
})
start()

for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stopping = true
    server?.kill(signal)
    watcher.kill(signal)
    setTimeout(() => process.exit(0), 200)
  })
}
