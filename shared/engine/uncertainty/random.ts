/**
 * Seeded random numbers for Monte Carlo draws: the same seed gives the same draws on any machine,
 * so a published range can be reproduced exactly.
 */

/**
 * Mulberry32 (Tommy Ettinger, 2017): a 32-bit generator, fast and well mixed, with a period of
 * 2^32 — far more than the few tens of thousands of numbers a scenario's draws use. Returns
 * numbers in [0, 1). The seed is taken modulo 2^32.
 */
export function mulberry32(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) | 0
    let t = Math.imul(state ^ (state >>> 15), 1 | state)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/**
 * The value at cumulative probability u of a triangular distribution from low to high with
 * its peak at mode: values near the central one are the likeliest and the ends are reached
 * rarely. A range with no width gives its one value.
 */
export function triangular(u: number, low: number, mode: number, high: number): number {
  const width = high - low
  if (!(width > 0)) return mode
  const below = (mode - low) / width
  return u < below
    ? low + Math.sqrt(u * width * (mode - low))
    : high - Math.sqrt((1 - u) * width * (high - mode))
}
