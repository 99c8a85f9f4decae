/**
 * The server a benchmark measures: the real one, in the benchmark's process, on a free port of
 * 127.0.0.1, on the given database, with no admin, no demo content, and no background pollers
 * (scheduler, webhooks) competing for the CPU.
 */
import path from 'node:path'

import { createLogger } from '../logger'
import { startServer } from '../server/main'

export type BenchDatabaseOptions = {
  db: 'sqlite' | 'postgres'
  /** `file:<path>` or `postgres://…` */
  url: string
  /** Where the server keeps its data and media folders. */
  dir: string
}

export function startBenchServer(o: BenchDatabaseOptions) {
  return startServer({
    settings: {
      production: false,
      database:
        o.db === 'postgres'
          ? { kind: 'postgres', url: o.url }
          : { kind: 'sqlite', url: o.url, file: o.url.slice('file:'.length) },
      dataDir: path.join(o.dir, 'data'),
      mediaDir: path.join(o.dir, 'media'),
      host: '127.0.0.1',
      port: 0,
      logLevel: 'warn',
      admin: false,
      seedDemo: false,
      adminEmail: 'admin@example.gov',
      adminPassword: 'correct horse battery staple',
      scheduler: { enabled: false, pollMs: 1000, leaseMs: 1000 },
      webhooks: { enabled: false, pollMs: 1000, allowPrivate: false },
    } as any,
    secret: 'bench-secret-'.padEnd(64, '0'),
    logger: createLogger('silent'),
    say: () => {},
  })
}
