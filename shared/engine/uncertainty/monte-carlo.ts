import { fyLabel } from '../../domain/fiscal-year'
import {
  NEAR_FULL_COVERAGE,
  type AssumptionRange,
  type MonteCarloResult,
  type Percentiles,
  type RangeCase,
} from '../../domain/uncertainty'
import { fmt } from '../format'
import { planValues } from './draw-values'
import type { FixedPlan } from './fixed-plan'
import { pertQuantile } from './pert'
import { mulberry32 } from './random'

/**
 * Draws every ranged assumption independently from a PERT distribution (low, most likely at the
 * scenario's value, high) — families per clinical WTE moving with the throughput of existing
 * teams — evaluates the fixed plan for each draw, and reports the 10th, 50th and 90th
 * percentiles by year and how often the plan reaches full and 95% coverage in the target year.
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
  const drawn = new Float64Array(ranges.length)
  const values = new Float64Array(plan.central.length)
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
      drawn[k] = pertQuantile(random(), r.low, r.central, r.high)
    }
    plan.evaluate(planValues(plan.central, drawn, values), out)
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
      'assumption at random, independently, from a PERT distribution: anywhere between its low ' +
      'and high values, most often close to the value this scenario uses, rarely near the ends. ' +
      'Families seen per clinical WTE moves with the families an existing team sees, because both ' +
      'come from the same observed figure; supervision is already inside that figure, so it is ' +
      'not drawn. The plan is then worked out for that draw. P10 is the value 1 draw in 10 falls ' +
      'below, P50 the middle draw and P90 the value 1 draw in 10 rises above. The same seed ' +
      'always gives the same figures.',
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

/**
 * The cautious and hopeful cases as percentiles of the draws: the cautious one has each year's
 * 10th percentile of coverage and 90th of cost, the hopeful one the reverse. Neither takes
 * every assumption at its worst or best end at once, which would be far less likely than 1 in 10.
 * A case counts as reaching full coverage when at least that share of the draws does.
 */
export function percentileCases(
  mc: MonteCarloResult,
): Record<'low' | 'high', Omit<RangeCase, 'name'>> {
  const pick = (coverage: keyof Percentiles, cost: keyof Percentiles) =>
    mc.years.map((y) => ({
      fy: y.fy,
      fyStart: y.fyStart,
      coverage: y.coverage[coverage],
      cost: y.cost[cost],
      cumulativeCost: y.cumulativeCost[cost],
    }))
  return {
    low: {
      label: 'Cautious case',
      basis: 'P10 of coverage and P90 of cost over the draws: 1 draw in 10 does worse.',
      years: pick('p10', 'p90'),
      fullCoverage: mc.pFullCoverage >= 0.9,
      values: null,
    },
    high: {
      label: 'Hopeful case',
      basis: 'P90 of coverage and P10 of cost over the draws: 1 draw in 10 does better.',
      years: pick('p90', 'p10'),
      fullCoverage: mc.pFullCoverage >= 0.1,
      values: null,
    },
  }
}
