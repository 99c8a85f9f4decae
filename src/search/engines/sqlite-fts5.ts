import type { SearchEngine } from '../engine'

/** PLACEHOLDER: being written (issue 6). */
export function sqliteFts5Engine(): SearchEngine {
  throw new Error('the sqlite-fts5 search engine is not written yet')
}
