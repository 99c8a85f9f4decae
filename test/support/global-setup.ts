/**
 * Global setup of the integration projects. Runs outside the test workers and imports no Payload
 * code (vitest exits 0 with no test run when the config is imported here: stack-notes pitfall 6).
 *   - compiles dist/ so tests can spawn the real server entry;
 *   - for int:postgres, starts a private PostgreSQL and tells the workers its URL;
 *   - points TMPDIR at a directory of its own, removed at the end: every temporary file of the
 *     run (databases, media, uploads, files the tests write, what spawned servers write) is
 *     under it, so a run leaves nothing behind in /tmp.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { TestProject } from 'vitest/node'

import { startPrivatePostgres } from './postgres'

declare module 'vitest' {
  export interface ProvidedContext {
    postgresUrl: string
  }
}

export default async function setup(project: TestProject) {
  const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
  if (build.status !== 0) throw new Error('scripts/build.mjs failed')

  // Workers and what they spawn inherit the environment. One directory for the whole run: every
  // project's setup runs in this process (each would otherwise create its directory inside the
  // previous one's), and the last teardown removes it, after the private PostgreSQL has stopped.
  let temporary = process.env.GONGKAI_RUN_TMP
  if (!temporary) {
    temporary = fs.mkdtempSync(path.join(os.tmpdir(), 'gongkai-run-'))
    // mkdtemp makes it 0700; the private PostgreSQL runs as its own user and must reach its files.
    fs.chmodSync(temporary, 0o711)
    process.env.GONGKAI_RUN_TMP = temporary
    process.env.TMPDIR = temporary
  }
  process.env.GONGKAI_RUN_TMP_USERS = String(Number(process.env.GONGKAI_RUN_TMP_USERS ?? 0) + 1)
  const removeTemporary = () => {
    const users = Number(process.env.GONGKAI_RUN_TMP_USERS) - 1
    process.env.GONGKAI_RUN_TMP_USERS = String(users)
    if (users > 0) return
    fs.rmSync(temporary, { recursive: true, force: true })
    delete process.env.GONGKAI_RUN_TMP
  }

  if (project.name === 'int:postgres') {
    const pg = await startPrivatePostgres()
    project.provide('postgresUrl', pg.url())
    return async () => {
      await pg.stop()
      removeTemporary()
    }
  }
  if (project.name === 'int:mongodb' && !process.env.MONGODB_URL) {
    removeTemporary()
    throw new Error('int:mongodb needs MONGODB_URL')
  }
  return removeTemporary
}
