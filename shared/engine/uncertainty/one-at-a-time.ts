/**
 * One assumption at a time: each ranged assumption at its 10th and at its 90th percentile with
 * every other one central, for the tornado chart. The percentiles rather than the ends of the
 * ranges, so each bar shows a swing that is as likely for every assumption.
 */
import type { AssumptionRange, TornadoBar } from '../../domain/uncertainty'
import { rangeVectors } from './assumption-ranges'
import { planValues } from './draw-values'
import type { FixedPlan, PlanEvaluation } from './fixed-plan'
import { pertQuantile } from './pert'

export interface OneAtATime {
  central: PlanEvaluation
  /** The values the bars were evaluated at, in RANGED_KEYS order. */
  lowValues: Float64Array
  highValues: Float64Array
  atLow: PlanEvaluation[]
  atHigh: PlanEvaluation[]
}

export const TORNADO_LOW = 0.1
export const TORNADO_HIGH = 0.9

export function oneAtATime(plan: FixedPlan, ranges: readonly AssumptionRange[]): OneAtATime {
  const { central } = rangeVectors(ranges)
  const drawn = central.slice()
  const at = (k: number, value: number) => {
    drawn[k] = value
    const out = plan.evaluate(planValues(plan.central, drawn), plan.newEvaluation())
    drawn[k] = central[k]!
    return out
  }
  const lowValues = Float64Array.from(ranges, (r) =>
    pertQuantile(TORNADO_LOW, r.low, r.central, r.high),
  )
  const highValues = Float64Array.from(ranges, (r) =>
    pertQuantile(TORNADO_HIGH, r.low, r.central, r.high),
  )
  return {
    central: plan.evaluate(planValues(plan.central, central), plan.newEvaluation()),
    lowValues,
    highValues,
    atLow: ranges.map((_, k) => at(k, lowValues[k]!)),
    atHigh: ranges.map((_, k) => at(k, highValues[k]!)),
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
        low: single.lowValues[k]!,
        high: single.highValues[k]!,
        atLow,
        atHigh,
        swing: Math.abs(atHigh - atLow),
      }
    })
    .sort((x, y) => y.swing - x.swing)
}
