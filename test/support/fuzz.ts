/** A small deterministic generator for fuzz tests: the same inputs on every run. */
export function generator(seed: number) {
  let state = seed
  const rand = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!
  return { rand, pick }
}
