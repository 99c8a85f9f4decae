import type { SearchEngine } from '../engine'

/** PLACEHOLDER: being written (issue 6). */
export function postgresEngine(): SearchEngine {
  throw new Error('the postgres search engine is not written yet')
}
