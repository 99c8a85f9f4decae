/**
 * A private PostgreSQL server for tests and benchmarks: a fresh cluster in a temp directory on a
 * free loopback port, run as the `postgres` user when we are root (PostgreSQL refuses root).
 * Plain Node, no Payload import: safe in vitest's globalSetup.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import net from 'node:net'
import os from 'node:os'
import path from 'node:path'

export type PrivatePostgres = {
  url: (database?: string) => string
  port: number
  dir: string
  stop: () => void
  /** Stops the server as a crash would (`-m immediate`), keeping its data. */
  pause: () => void
  /** Starts it again on the same port, after `pause`. */
  resume: () => void
}

export function findPostgresBin(): string {
  const root = '/usr/lib/postgresql'
  const versions = fs.existsSync(root)
    ? fs
        .readdirSync(root)
        .filter((v) => fs.existsSync(path.join(root, v, 'bin/initdb')))
        .sort((a, b) => Number(b) - Number(a))
    : []
  if (!versions.length) {
    throw new Error(
      'PostgreSQL server binaries not found under /usr/lib/postgresql/*/bin (apt-get install postgresql)',
    )
  }
  return path.join(root, versions[0]!, 'bin')
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo
      server.close(() => resolve(port))
    })
  })
}

export async function startPrivatePostgres(): Promise<PrivatePostgres> {
  const bin = findPostgresBin()
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-pg-'))
  const asRoot = process.getuid?.() === 0
  const run = (cmd: string, args: string[]) => {
    const full = [path.join(bin, cmd), ...args]
    const result = asRoot
      ? spawnSync('su', ['postgres', '-s', '/bin/sh', '-c', full.map(shellQuote).join(' ')], {
          encoding: 'utf8',
        })
      : spawnSync(full[0]!, full.slice(1), { encoding: 'utf8' })
    if (result.status !== 0) {
      throw new Error(`${cmd} failed (${result.status}): ${result.stderr || result.stdout}`)
    }
  }
  if (asRoot) execFileSync('chown', ['postgres', dir])
  const data = path.join(dir, 'data')
  run('initdb', [
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
  const start = () =>
    run('pg_ctl', [
      '-D',
      data,
      '-l',
      path.join(dir, 'server.log'),
      '-o',
      `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`,
      '-w',
      'start',
    ])
  start()
  let stopped = false
  // Paused (stopped by a test) and not resumed: stop() then only removes the files (pg_ctl would
  // fail on the missing PID file and hide the test's own failure behind its own).
  let running = true
  const halt = () => {
    run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop'])
    running = false
  }
  return {
    port,
    dir,
    url: (database = 'postgres') => `postgres://postgres@127.0.0.1:${port}/${database}`,
    pause: halt,
    resume: () => {
      start()
      running = true
    },
    stop: () => {
      if (stopped) return
      stopped = true
      try {
        if (running) halt()
      } finally {
        fs.rmSync(dir, { recursive: true, force: true })
      }
    },
  }
}

function shellQuote(s: string): string {
  return /^[\w@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`
}
