import path from 'node:path'

import { defineConfig } from 'vitest/config'

/**
 * Projects: `unit` (plain functions, fast), and one integration project per database, each running
 * the same test files against a real database: int:sqlite, int:postgres, int:mongodb.
 * TEST_DB=sqlite|postgres|all (default all) picks the SQL ones; int:mongodb runs only where
 * MONGODB_URL points at a server (none can be installed on our machines).
 */
const wanted = (process.env.TEST_DB ?? 'all').split(',')
const want = (db: string) => wanted.includes('all') || wanted.includes(db)

const integration = (db: string) => ({
  extends: true as const,
  test: {
    name: `int:${db}`,
    include: ['test/int/**/*.test.ts'],
    env: { GONGKAI_TEST_DB: db },
    globalSetup: ['test/support/global-setup.ts'],
    // Each file gets its own process, database and Payload instance.
    pool: 'forks' as const,
    isolate: true,
    testTimeout: 60_000,
    hookTimeout: 180_000,
  },
})

export default defineConfig({
  resolve: {
    alias: { '@payload-config': path.resolve(import.meta.dirname, 'src/payload.config.ts') },
  },
  test: {
    environment: 'node',
    maxWorkers: 2,
    projects: [
      { extends: true, test: { name: 'unit', include: ['test/unit/**/*.test.ts'] } },
      ...(want('sqlite') ? [integration('sqlite')] : []),
      ...(want('postgres') ? [integration('postgres')] : []),
      ...(process.env.MONGODB_URL ? [integration('mongodb')] : []),
      // Chromium against the built admin: only when asked (E2E=1), after `npm run build`.
      ...(process.env.E2E === '1'
        ? [
            {
              extends: true as const,
              test: {
                name: 'e2e',
                include: ['test/e2e/**/*.test.ts'],
                env: { GONGKAI_TEST_DB: 'sqlite' },
                globalSetup: ['test/support/global-setup.ts'],
                setupFiles: ['test/support/e2e-setup.ts'],
                pool: 'forks' as const,
                testTimeout: 120_000,
                hookTimeout: 360_000,
              },
            },
          ]
        : []),
    ],
  },
})
