import { fyLabel } from '../../domain/fiscal-year'
import {
  NEAR_FULL_COVERAGE,
  type AssumptionRange,
  type MonteCarloResult,
  type Percentiles,
} from '../../domain/uncertainty'
import { fmt } from '../format'
import type { FixedPlan } from './fixed-plan'
import { mulberry32, triangular } from './random'

/**
 * Draws every ranged assumption independently from a triangular distribution (low, peak at the
 * scenario's value, high), evaluates the fixed plan for each draw, and reports the 10th, 50th
 * and 90th percentiles by year and how often the plan reaches full coverage in the target year.
 * The same seed and draws always give the same result.
 */
export function monteCarlo(
  plan: FixedPlan,
  ranges: readonly AssumptionRange[],
  draws: number,
  seed: number,
): MonteCarloResult {
  const { nYears } = plan
  const random = mulberry32(seed)
  const values = new Float64Array(ranges.length)
  const out = plan.newEvaluation()
  // Column per year, row per draw, so each year's draws sort in one contiguous slice.
  const coverage = new Float64Array(nYears * draws)
  const cost = new Float64Array(nYears * draws)
  const cumulative = new Float64Array(nYears * draws)
  let full = 0
  let nearFull = 0
  for (let d = 0; d < draws; d++) {
    for (let k = 0; k < ranges.length; k++) {
      const r = ranges[k]!
      values[k] = triangular(random(), r.low, r.central, r.high)
    }
    plan.evaluate(values, out)
    for (let y = 0; y < nYears; y++) {
      coverage[y * draws + d] = out.coverage[y]!
      cost[y * draws + d] = out.cost[y]!
      cumulative[y * draws + d] = out.cumulativeCost[y]!
    }
    if (out.fullyCovered) full++
    if (out.coverage[nYears - 1]! >= NEAR_FULL_COVERAGE) nearFull++
  }

  const band = (samples: Float64Array, y: number): Percentiles => {
    const sorted = samples.subarray(y * draws, (y + 1) * draws).sort()
    return {
      p10: percentile(sorted, 0.1),
      p50: percentile(sorted, 0.5),
      p90: percentile(sorted, 0.9),
    }
  }
  const fys = plan.ctx.fys
  return {
    seed,
    draws,
    years: fys.map((fy, y) => ({
      fy: fyLabel(fy),
      fyStart: fy,
      coverage: band(coverage, y),
      cost: band(cost, y),
      cumulativeCost: band(cumulative, y),
    })),
    pFullCoverage: full / draws,
    pNearFullCoverage: nearFull / draws,
    method:
      `${fmt.n(draws)} draws from seed ${seed}. Each draw picks every ranged ` +
      'assumption at random, independently, from a triangular distribution: anywhere between its ' +
      'low and high values, most often near the value this scenario uses. The plan is then worked ' +
      'out for that draw. P10 is the value 1 draw in 10 falls below, P50 the middle draw and P90 ' +
      'the value 1 draw in 10 rises above. The same seed always gives the same figures.',
  }
}

/** Linear interpolation between the closest ranks (the common "type 7" definition). */
export function percentile(sorted: ArrayLike<number>, q: number): number {
  const n = sorted.length
  if (n === 0) return NaN
  const at = (n - 1) * q
  const below = Math.floor(at)
  const above = Math.min(n - 1, below + 1)
  return sorted[below]! + (sorted[above]! - sorted[below]!) * (at - below)
}
