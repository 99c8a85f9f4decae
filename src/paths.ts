import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/**
 * The repository root, found from this module's location. The code runs from src/ (tests, Next)
 * and from the compiled dist/ bundle, so paths are resolved from the root, never from __dirname.
 */
function findRoot(start: string): string {
  let dir = start
  for (;;) {
    const pkg = path.join(dir, 'package.json')
    if (fs.existsSync(pkg) && JSON.parse(fs.readFileSync(pkg, 'utf8')).name === 'gongkai')
      return dir
    const parent = path.dirname(dir)
    if (parent === dir) throw new Error(`gongkai package.json not found above ${start}`)
    dir = parent
  }
}

export const projectRoot = findRoot(path.dirname(fileURLToPath(import.meta.url)))
export const srcDir = path.join(projectRoot, 'src')
export const migrationDirs = {
  sqlite: path.join(srcDir, 'migrations/sqlite'),
  postgres: path.join(srcDir, 'migrations/postgres'),
} as const
