/**
 * Id lists from the SQL engines: `group_concat`/`string_agg` of integer ids ("12,7,9"), one
 * string rather than a row per match (on a common word that is tens of thousands of rows, and
 * the drivers' per-row cost was most of the query's time).
 */

/**
 * The ids of a comma-separated list of non-negative integers, in one pass, into a typed array
 * sized by counting the commas first. Measured on 97,000 ids (Node 20): 2.7 ms, against 9–17 ms
 * for pushing onto a plain array and 10 ms for `split(',').map(Number)`. Float64 holds every id
 * a database may hand out exactly (up to 2^53).
 */
export function parseIds(list: string | null | undefined): Float64Array {
  if (!list) return new Float64Array(0)
  let count = 1
  for (let i = list.indexOf(','); i !== -1; i = list.indexOf(',', i + 1)) count++
  const out = new Float64Array(count)
  let k = 0
  let n = 0
  for (let i = 0; i < list.length; i++) {
    const c = list.charCodeAt(i)
    if (c === 44) {
      out[k++] = n
      n = 0
    } else n = n * 10 + (c - 48)
  }
  out[k] = n
  return out
}
