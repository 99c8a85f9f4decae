import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

import { projectRoot } from '../paths'

const nextDir = path.join(projectRoot, '.next')
const stampFile = path.join(nextDir, 'gongkai-build.json')
const inputs = ['package-lock.json', 'next.config.ts', 'tsconfig.json', 'src', 'collections']
const skip = new Set(['migrations', 'node_modules'])

function* files(entry: string): Generator<string> {
  const full = path.join(projectRoot, entry)
  const stat = fs.statSync(full, { throwIfNoEntry: false })
  if (!stat) return
  if (stat.isFile()) {
    yield entry
    return
  }
  for (const name of fs.readdirSync(full).sort()) {
    if (skip.has(name)) continue
    yield* files(path.join(entry, name))
  }
}

/** A hash of everything the admin bundle is built from: a changed input means a stale build. */
export function adminBuildFingerprint(): string {
  const hash = crypto.createHash('sha256')
  for (const input of inputs) {
    for (const file of files(input)) {
      hash
        .update(file)
        .update('\0')
        .update(fs.readFileSync(path.join(projectRoot, file)))
        .update('\0')
    }
  }
  return hash.digest('hex')
}

export function adminBuildIsCurrent(): boolean {
  if (!fs.existsSync(path.join(nextDir, 'BUILD_ID'))) return false
  try {
    return JSON.parse(fs.readFileSync(stampFile, 'utf8')).fingerprint === adminBuildFingerprint()
  } catch {
    return false
  }
}

/**
 * Runs `next build` for the admin, with its progress on stderr (stdout stays JSON logs).
 * Resolves when the build is done; rejects with the exit code otherwise.
 */
export async function buildAdmin(
  log: (msg: string) => void = (m) => process.stderr.write(m + '\n'),
) {
  const fingerprint = adminBuildFingerprint()
  log('Building the admin UI (first start only; about 1-2 minutes on 2 cores)…')
  const started = Date.now()
  const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, [nextBin, 'build'], {
      cwd: projectRoot,
      stdio: ['ignore', process.stderr, process.stderr],
      env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1' },
    })
    child.on('error', reject)
    child.on('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`next build failed (${signal ?? `exit ${code}`})`)),
    )
  })
  fs.writeFileSync(stampFile, JSON.stringify({ fingerprint, builtAt: new Date().toISOString() }))
  log(`Admin UI built in ${Math.round((Date.now() - started) / 1000)} s.`)
}
