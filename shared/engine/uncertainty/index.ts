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
  type RangesInput,
  type ScenarioRanges,
  type ScenarioSensitivity,
} from '../../domain/uncertainty'
import { MODEL_VERSION } from '../model-version'
import { assumptionRanges } from './assumption-ranges'
import { fixPlan, type FixedPlan } from './fixed-plan'
import { monteCarlo } from './monte-carlo'
import { oneAtATime, rangeCases, tornadoBars } from './one-at-a-time'

export { fixPlan, type FixedPlan, type PlanEvaluation } from './fixed-plan'

function prepare(data: ModelData, settings: ScenarioSettings) {
  const plan = fixPlan(data, settings)
  const resolved = plan.result.settings
  const ranges = assumptionRanges(data, resolved.assumptions, resolved.trend)
  return { plan, ranges, single: oneAtATime(plan, ranges) }
}

function targetLabel(plan: FixedPlan): string {
  return fyLabel(plan.ctx.fys[plan.nYears - 1]!)
}

/** Throws UnknownAreaError for a scope that is not in the geography, like runScenario. */
export function scenarioRanges(data: ModelData, input: RangesInput): ScenarioRanges {
  const { draws = DEFAULT_DRAWS, seed = DEFAULT_SEED, ...settings } = input
  const { plan, ranges, single } = prepare(data, settings)
  return {
    scope: plan.result.scope,
    targetFy: targetLabel(plan),
    modelVersion: MODEL_VERSION,
    dataVersion: data.dataVersion,
    planNote: PLAN_NOTE,
    assumptions: ranges,
    cases: rangeCases(plan, ranges, single),
    monteCarlo: monteCarlo(plan, ranges, draws, seed),
  }
}

/** Throws UnknownAreaError for a scope that is not in the geography, like runScenario. */
export function scenarioSensitivity(data: ModelData, input: ScenarioSettings): ScenarioSensitivity {
  const { plan, ranges, single } = prepare(data, input)
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
