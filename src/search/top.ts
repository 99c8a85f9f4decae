/** Partial ordering for result pages: plain, no framework. */
/**
 * The first k items of `items` in `order`, without sorting all of them when k is small (a common
 * word matches tens of thousands of documents; a page needs twenty): a bounded binary heap.
 */
export function firstInOrder(
  items: ArrayLike<number> & Iterable<number>,
  k: number,
  order: (a: number, b: number) => number,
): number[] {
  if (k <= 0) return []
  if (k * 4 >= items.length) return Array.from(items).sort(order).slice(0, k)
  // A max-heap (by order) of the best k so far: its root is the worst of them.
  const heap: number[] = []
  const worse = (i: number, j: number) => order(heap[i]!, heap[j]!) > 0
  const swap = (i: number, j: number) => ([heap[i], heap[j]] = [heap[j]!, heap[i]!])
  for (const item of items) {
    if (heap.length < k) {
      heap.push(item)
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1
        if (!worse(i, parent)) break
        swap(i, parent)
        i = parent
      }
    } else if (order(item, heap[0]!) < 0) {
      heap[0] = item
      for (let i = 0; ;) {
        const l = 2 * i + 1
        const r = l + 1
        let top = i
        if (l < heap.length && worse(l, top)) top = l
        if (r < heap.length && worse(r, top)) top = r
        if (top === i) break
        swap(i, top)
        i = top
      }
    }
  }
  return heap.sort(order)
}
