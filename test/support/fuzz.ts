/** A small deterministic generator for fuzz tests: the same inputs on every run. */
export function generator(seed: number) {
  let state = seed
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  /** An integer in [0, n). */
  const int = (n: number) => Math.floor(rand() * n)
  /** True with probability p. */
  const chance = (p: number) => rand() < p
  /** Between 0 and max (inclusive) results of make(). */
  const some = <T>(max: number, make: () => T): T[] => Array.from({ length: int(max + 1) }, make)
  return { rand, pick, int, chance, some }
}
