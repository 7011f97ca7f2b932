/** Order statistics shared by every figure: median and p95 of a list of samples. */

/** Nearest-rank quantile (no interpolation), so a p95 is always a time that really happened. */
export function quantile(samples: readonly number[], q: number): number {
  if (samples.length === 0) return NaN
  const sorted = [...samples].sort((a, b) => a - b)
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))
  return sorted[at] ?? NaN
}

export function summarise(samples: readonly number[]): { median: number; p95: number; n: number } {
  return { median: quantile(samples, 0.5), p95: quantile(samples, 0.95), n: samples.length }
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))
