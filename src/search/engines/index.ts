import type { Payload } from 'payload'

import type { SearchEngine } from '../engine'
import { portableEngine } from './portable'
import { postgresEngine } from './postgres'
import { sqliteFts5Engine } from './sqlite-fts5'

const engines = new WeakMap<Payload, SearchEngine>()

/**
 * The engine of this Payload instance: the database's own full-text index when it has one we
 * use (SQLite FTS5, PostgreSQL tsvector), else the portable engine; `SEARCH_ENGINE=portable`
 * forces the portable one (it is how its suite runs here, where there is no MongoDB).
 */
export function searchEngineOf(payload: Payload): SearchEngine {
  let engine = engines.get(payload)
  if (!engine) {
    const choice = (payload.config.custom as any)?.searchEngine ?? 'auto'
    engine =
      choice === 'portable'
        ? portableEngine()
        : payload.db.name === 'sqlite'
          ? sqliteFts5Engine()
          : payload.db.name === 'postgres'
            ? postgresEngine()
            : portableEngine()
    engines.set(payload, engine)
  }
  return engine
}
