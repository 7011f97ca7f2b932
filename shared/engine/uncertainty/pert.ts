/**
 * The PERT distribution: a beta distribution stretched over [low, high] with its mode at the
 * central value and shape parameters 1 + 4·(mode − low)/(high − low) and 1 + 4·(high − mode)/(high − low)
 * (Malcolm et al., 1959; Vose, "Risk Analysis", 2008). Compared with a triangle on the same three
 * points it puts more weight near the central value and less on the ends, and its mean
 * (low + 4·mode + high) / 6 sits nearer the mode. A symmetric range has its median at the mode.
 *
 * Sampling is by inverse CDF, one uniform number per value, so a draw is reproducible from its
 * seed and two quantities can share one number. The CDF of each shape is tabulated once.
 */

const STEPS = 4096

interface Table {
  /** CDF at x = k / STEPS, k = 0..STEPS. */
  cdf: Float64Array
}

const tables = new Map<string, Table>()

export function pertShape(low: number, mode: number, high: number): { a: number; b: number } {
  const width = high - low
  if (!(width > 0)) return { a: 1, b: 1 }
  return { a: 1 + (4 * (mode - low)) / width, b: 1 + (4 * (high - mode)) / width }
}

export function pertMean(low: number, mode: number, high: number): number {
  return (low + 4 * mode + high) / 6
}

function table(a: number, b: number): Table {
  const key = `${a.toFixed(12)}:${b.toFixed(12)}`
  let t = tables.get(key)
  if (t) return t
  // Trapezoid rule on the unnormalised density x^(a-1)(1-x)^(b-1); a, b ≥ 1 keeps it finite.
  const density = (x: number) => x ** (a - 1) * (1 - x) ** (b - 1)
  const cdf = new Float64Array(STEPS + 1)
  let previous = density(0)
  for (let k = 1; k <= STEPS; k++) {
    const current = density(k / STEPS)
    cdf[k] = cdf[k - 1]! + (previous + current) / 2
    previous = current
  }
  const total = cdf[STEPS]!
  for (let k = 1; k <= STEPS; k++) cdf[k] = cdf[k]! / total
  t = { cdf }
  tables.set(key, t)
  return t
}

/** The value at cumulative probability u (0 ≤ u < 1) of PERT(low, mode, high). */
export function pertQuantile(u: number, low: number, mode: number, high: number): number {
  const width = high - low
  if (!(width > 0)) return mode
  const { a, b } = pertShape(low, mode, high)
  const { cdf } = table(a, b)
  // The first grid point whose CDF reaches u, then linear between it and the one before.
  let lo = 0
  let hi = STEPS
  while (hi - lo > 1) {
    const mid = (lo + hi) >> 1
    if (cdf[mid]! < u) lo = mid
    else hi = mid
  }
  const span = cdf[hi]! - cdf[lo]!
  const f = span > 0 ? (u - cdf[lo]!) / span : 0
  return low + width * ((lo + Math.min(1, Math.max(0, f))) / STEPS)
}
