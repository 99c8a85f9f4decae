import { migrations as postgres } from '../migrations/postgres'
import { migrations as sqlite } from '../migrations/sqlite'
import type { Migration } from './migrate'

/** The committed migrations for an adapter (MongoDB needs none: it has no SQL schema). */
export function migrationsFor(adapter: string): Migration[] {
  if (adapter === 'sqlite') return sqlite as Migration[]
  if (adapter === 'postgres') return postgres as Migration[]
  return []
}
