/**
 * Id lists from the SQL engines in one string rather than a row per match (on a common word that
 * is tens of thousands of rows, and the drivers' per-row cost was most of the query's time):
 * SQLite's `json_group_array` ("[12,7,9]") and PostgreSQL's `string_agg` ("12,7,9").
 */

/**
 * The ids of a list of non-negative integers separated by commas, with or without the brackets
 * of a JSON array, in one pass, into a typed array sized by counting the commas first. Measured
 * on 97,000 ids (Node 20): 2.7 ms, against 9–17 ms for pushing onto a plain array and 10 ms for
 * `split(',').map(Number)`. Float64 holds every id a database may hand out exactly (up to 2^53).
 */
export function parseIds(list: string | null | undefined): Float64Array {
  if (!list) return new Float64Array(0)
  let start = 0
  let end = list.length
  if (list.charCodeAt(0) === 91 /* [ */) {
    start = 1
    if (list.charCodeAt(end - 1) === 93 /* ] */) end--
  }
  if (start >= end) return new Float64Array(0)
  let count = 1
  for (let i = list.indexOf(',', start); i !== -1; i = list.indexOf(',', i + 1)) count++
  const out = new Float64Array(count)
  let k = 0
  let n = 0
  for (let i = start; i < end; i++) {
    const c = list.charCodeAt(i)
    if (c === 44) {
      out[k++] = n
      n = 0
    } else n = n * 10 + (c - 48)
  }
  out[k] = n
  return out
}
