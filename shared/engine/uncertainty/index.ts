/**
 * How sure a scenario's answer is: low/central/high cases, Monte Carlo bands and the
 * probability of full coverage (scenarioRanges), and which assumptions matter most
 * (scenarioSensitivity). Both hold the scenario's plan fixed; see fixed-plan.ts for why.
 */
import { fyLabel } from '../../domain/fiscal-year'
import type { ModelData } from '../../domain/model-data'
import type { ScenarioSettings } from '../../domain/scenario'
import {
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  PLAN_NOTE,
  RANGED_KEYS,
  type RangedKey,
  type RangeCase,
  type RangesInput,
  type ScenarioRanges,
  type ScenarioSensitivity,
} from '../../domain/uncertainty'
import { MODEL_VERSION } from '../model-version'
import { assumptionRanges } from './assumption-ranges'
import { fixPlan, type FixedPlan } from './fixed-plan'
import { monteCarlo, percentileCases } from './monte-carlo'
import { oneAtATime, tornadoBars } from './one-at-a-time'

export { fixPlan, PLAN_KEYS, type FixedPlan, type PlanEvaluation } from './fixed-plan'

function prepare(data: ModelData, settings: ScenarioSettings) {
  const plan = fixPlan(data, settings)
  const resolved = plan.result.settings
  return { plan, ranges: assumptionRanges(data, resolved.assumptions, resolved.trend) }
}

/** The scenario's own run, as a case beside the cautious and hopeful ones. */
function centralCase(plan: FixedPlan, ranges: ScenarioRanges['assumptions']): RangeCase {
  const e = plan.evaluate(plan.central, plan.newEvaluation())
  return {
    name: 'central',
    label: 'Central case',
    basis: 'Every assumption at the value this scenario uses.',
    years: Array.from(e.coverage, (coverage, y) => ({
      fy: fyLabel(plan.ctx.fys[y]!),
      fyStart: plan.ctx.fys[y]!,
      coverage,
      cost: e.cost[y]!,
      cumulativeCost: e.cumulativeCost[y]!,
    })),
    fullCoverage: e.fullyCovered,
    values: Object.fromEntries(RANGED_KEYS.map((key, k) => [key, ranges[k]!.central])) as Record<
      RangedKey,
      number
    >,
  }
}

function targetLabel(plan: FixedPlan): string {
  return fyLabel(plan.ctx.fys[plan.nYears - 1]!)
}

/** Throws UnknownAreaError for a scope that is not in the geography, like runScenario. */
export function scenarioRanges(data: ModelData, input: RangesInput): ScenarioRanges {
  const { draws = DEFAULT_DRAWS, seed = DEFAULT_SEED, ...settings } = input
  const { plan, ranges } = prepare(data, settings)
  const mc = monteCarlo(plan, ranges, draws, seed)
  const { low, high } = percentileCases(mc)
  return {
    scope: plan.result.scope,
    targetFy: targetLabel(plan),
    modelVersion: MODEL_VERSION,
    dataVersion: data.dataVersion,
    planNote: PLAN_NOTE,
    assumptions: ranges,
    cases: {
      low: { name: 'low', ...low },
      central: centralCase(plan, ranges),
      high: { name: 'high', ...high },
    },
    monteCarlo: mc,
  }
}

/** Throws UnknownAreaError for a scope that is not in the geography, like runScenario. */
export function scenarioSensitivity(data: ModelData, input: ScenarioSettings): ScenarioSensitivity {
  const { plan, ranges } = prepare(data, input)
  const single = oneAtATime(plan, ranges)
  const last = plan.nYears - 1
  return {
    scope: plan.result.scope,
    targetFy: targetLabel(plan),
    coverage: {
      central: single.central.coverage[last]!,
      bars: tornadoBars(ranges, single, (e) => e.coverage[last]!),
    },
    totalCost: {
      central: single.central.cumulativeCost[last]!,
      bars: tornadoBars(ranges, single, (e) => e.cumulativeCost[last]!),
    },
  }
}
