/**
 * Global setup of the integration projects. Runs outside the test workers and imports no Payload
 * code (vitest exits 0 with no test run when the config is imported here: stack-notes pitfall 6).
 *   - compiles dist/ so tests can spawn the real server entry;
 *   - for int:postgres, starts a private PostgreSQL and tells the workers its URL.
 */
import { spawnSync } from 'node:child_process'

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

  if (project.name === 'int:postgres') {
    const pg = await startPrivatePostgres()
    project.provide('postgresUrl', pg.url())
    return () => pg.stop()
  }
  if (project.name === 'int:mongodb' && !process.env.MONGODB_URL) {
    throw new Error('int:mongodb needs MONGODB_URL')
  }
}
