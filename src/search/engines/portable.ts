import type { SearchEngine } from '../engine'

/** PLACEHOLDER: being written (issue 6). */
export function portableEngine(): SearchEngine {
  throw new Error('the portable search engine is not written yet')
}
