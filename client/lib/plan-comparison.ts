/**
 * The least-cost plan beside other scenarios for the same area: the four strategy presets run
 * with the same years and caps, and the person's saved scenarios. Each row has its cost to its
 * target year, coverage there, first year of full coverage, whether it keeps within the plan's
 * caps, and how its cost compares with the plan's.
 */
import type { LeastCostPlan } from '../../shared/domain/least-cost'
import type { ScenarioResult } from '../../shared/domain/results'
import { outcomeOf } from './baseline-diff'
import { formatFy } from './format'

export interface ComparisonRow {
  key: string
  name: string
  /** Link to the scenario, for saved ones. */
  href?: string
  /** What sets it apart from the plan's question (another target year, other caps). */
  note?: string
  cost: number
  coverage: number
  fullCoverageFy: string | null
  withinCaps: boolean
  /** Its cost less the plan's, £ (positive: dearer than the plan). */
  costAbovePlan: number
  /** Whether it reaches at least the plan's coverage in the plan's target year. */
  coversAsMuch: boolean
}

/** New clinical WTE started in each year of a run. */
function startedByYear(result: ScenarioResult): number[] {
  return result.years.map((y, k) => y.clinicalWte - (k > 0 ? result.years[k - 1]!.clinicalWte : 0))
}

/** Whether a run keeps to the plan's budget and workforce caps in every year. */
export function keepsToCaps(result: ScenarioResult, plan: LeastCostPlan): boolean {
  const started = startedByYear(result)
  return result.years.every(
    (y, k) =>
      y.cost <= (plan.budgetCap ?? Infinity) + 1e-6 &&
      started[k]! <= (plan.workforceCap ?? Infinity) + 1e-7,
  )
}

export function planRow(plan: LeastCostPlan): ComparisonRow {
  return {
    key: 'plan',
    name: 'Least-cost plan',
    cost: plan.totalCost,
    coverage: plan.coverage,
    fullCoverageFy: plan.fullCoverageFy,
    withinCaps: true,
    costAbovePlan: 0,
    coversAsMuch: true,
  }
}

export function scenarioRow(
  key: string,
  name: string,
  result: ScenarioResult,
  plan: LeastCostPlan,
  href?: string,
): ComparisonRow {
  const outcome = outcomeOf(result)
  const atPlanTarget = result.years.find((y) => y.fyStart === plan.targetFy)
  const notes: string[] = []
  if (result.settings.startFy !== plan.startFy || result.settings.targetFy !== plan.targetFy) {
    notes.push(`${formatFy(result.settings.startFy)} to ${formatFy(result.settings.targetFy)}`)
  }
  if (
    (result.settings.budgetCap ?? null) !== plan.budgetCap ||
    (result.settings.workforceCap ?? null) !== plan.workforceCap
  ) {
    notes.push('other caps')
  }
  return {
    key,
    name,
    href,
    note: notes.length > 0 ? notes.join('; ') : undefined,
    cost: outcome.cumulativeCostAtTarget,
    coverage: outcome.coverageAtTarget,
    fullCoverageFy: outcome.fullCoverageFy,
    withinCaps: keepsToCaps(result, plan),
    costAbovePlan: outcome.cumulativeCostAtTarget - plan.totalCost,
    coversAsMuch: (atPlanTarget?.coverage ?? 0) >= plan.coverage - 1e-9,
  }
}
