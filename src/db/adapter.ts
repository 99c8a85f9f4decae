import { mongooseAdapter } from '@payloadcms/db-mongodb'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { sqliteAdapter } from '@payloadcms/db-sqlite'
import type { DatabaseAdapterObj } from 'payload'

import type { DatabaseSettings } from '../config/settings'
import { migrationDirs } from '../paths'
import { withTotalOrder } from './stable-sort'
import { pruneVersionIndexes } from './version-indexes'

export const SQLITE_BUSY_TIMEOUT_MS = 10_000

/**
 * The adapter for DATABASE_URL. Schema push is off for every SQL adapter: the schema comes only
 * from committed migrations (push prompts without a terminal and drops objects it did not create).
 * The SQL adapters order every list totally (withTotalOrder: ties broken by id). MongoDB's adapter
 * is left as Payload ships it: no server here to test a change against.
 */
export function createDatabaseAdapter(db: DatabaseSettings): DatabaseAdapterObj {
  switch (db.kind) {
    case 'sqlite':
      return withTotalOrder(
        sqliteAdapter({
          client: { url: db.url },
          push: false,
          migrationDir: migrationDirs.sqlite,
          // WAL lets readers proceed while a write commits; busy_timeout makes a second process
          // (the import CLI, another server) wait for the write lock instead of failing.
          wal: true,
          busyTimeout: SQLITE_BUSY_TIMEOUT_MS,
          // Payload runs SQLite without transactions unless options are given; every write must be
          // atomic (document, versions, and later audit record and outbox), so turn them on.
          transactionOptions: {},
          // The hook receives the adapter (with its raw schema) though the type does not say so.
          beforeSchemaInit: [(args) => pruneVersionIndexes(args as any) as any],
        }),
      )
    case 'postgres':
      return withTotalOrder(
        postgresAdapter({
          pool: { connectionString: db.url, connectionTimeoutMillis: 5_000, max: 10 },
          push: false,
          migrationDir: migrationDirs.postgres,
          // The hook receives the adapter (with its raw schema) though the type does not say so.
          beforeSchemaInit: [(args) => pruneVersionIndexes(args as any) as any],
        }),
      )
    case 'mongodb':
      return mongooseAdapter({ url: db.url, connectOptions: { serverSelectionTimeoutMS: 5_000 } })
  }
}
