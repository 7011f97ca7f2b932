/**
 * One assumption at a time: each ranged assumption at its low and at its high value with every
 * other one central. These evaluations give the tornado chart and decide, from the model itself
 * rather than a fixed list, which end of each range is the cautious one for the low/high cases.
 */
import { fyLabel } from '../../domain/fiscal-year'
import {
  RANGED_KEYS,
  type AssumptionRange,
  type CaseName,
  type RangeCase,
  type RangedKey,
  type TornadoBar,
} from '../../domain/uncertainty'
import { rangeVectors } from './assumption-ranges'
import type { FixedPlan, PlanEvaluation } from './fixed-plan'

export interface OneAtATime {
  central: PlanEvaluation
  atLow: PlanEvaluation[]
  atHigh: PlanEvaluation[]
}

export function oneAtATime(plan: FixedPlan, ranges: readonly AssumptionRange[]): OneAtATime {
  const { central } = rangeVectors(ranges)
  const values = central.slice()
  const at = (k: number, value: number) => {
    values[k] = value
    const out = plan.evaluate(values, plan.newEvaluation())
    values[k] = central[k]!
    return out
  }
  return {
    central: plan.evaluate(central, plan.newEvaluation()),
    atLow: ranges.map((r, k) => at(k, r.low)),
    atHigh: ranges.map((r, k) => at(k, r.high)),
  }
}

/**
 * Negative when x is the more cautious outcome: lower coverage in the target year; then, where
 * coverage is full or unchanged at both ends, lower coverage over all years (a longer recruitment
 * lag), then less capacity for the need (need rate where every authority stays covered), then
 * the higher total cost (pay award, overhead).
 */
function compareOutcomes(x: PlanEvaluation, y: PlanEvaluation): number {
  const last = x.coverage.length - 1
  const sum = (e: PlanEvaluation) => e.coverage.reduce((s, v) => s + v, 0)
  return (
    x.coverage[last]! - y.coverage[last]! ||
    sum(x) - sum(y) ||
    x.capacityRatio - y.capacityRatio ||
    y.cumulativeCost[last]! - x.cumulativeCost[last]!
  )
}

/**
 * The cautious case takes every assumption at whichever end gave the worse outcome on its own,
 * the hopeful case the other end; with the central case, the three the scenario reports.
 */
export function rangeCases(
  plan: FixedPlan,
  ranges: readonly AssumptionRange[],
  single: OneAtATime,
): Record<CaseName, RangeCase> {
  const cautious = new Float64Array(ranges.length)
  const hopeful = new Float64Array(ranges.length)
  ranges.forEach((r, k) => {
    const lowIsCautious = compareOutcomes(single.atLow[k]!, single.atHigh[k]!) <= 0
    cautious[k] = lowIsCautious ? r.low : r.high
    hopeful[k] = lowIsCautious ? r.high : r.low
  })
  const { central } = rangeVectors(ranges)
  const make = (name: CaseName, label: string, values: Float64Array): RangeCase => {
    const e = plan.evaluate(values, plan.newEvaluation())
    return {
      name,
      label,
      years: Array.from(e.coverage, (coverage, y) => ({
        fy: fyLabel(plan.ctx.fys[y]!),
        fyStart: plan.ctx.fys[y]!,
        coverage,
        cost: e.cost[y]!,
        cumulativeCost: e.cumulativeCost[y]!,
      })),
      fullCoverage: e.fullyCovered,
      values: Object.fromEntries(RANGED_KEYS.map((key, k) => [key, values[k]!])) as Record<
        RangedKey,
        number
      >,
    }
  }
  return {
    low: make('low', 'Cautious case', cautious),
    central: make('central', 'Central case', central),
    high: make('high', 'Hopeful case', hopeful),
  }
}

/** Tornado bars for one measure, largest swing first (ties keep the RANGED_KEYS order). */
export function tornadoBars(
  ranges: readonly AssumptionRange[],
  single: OneAtATime,
  measure: (e: PlanEvaluation) => number,
): TornadoBar[] {
  return ranges
    .map((r, k) => {
      const atLow = measure(single.atLow[k]!)
      const atHigh = measure(single.atHigh[k]!)
      return {
        key: r.key,
        label: r.label,
        unit: r.unit,
        low: r.low,
        high: r.high,
        atLow,
        atHigh,
        swing: Math.abs(atHigh - atLow),
      }
    })
    .sort((x, y) => y.swing - x.swing)
}
