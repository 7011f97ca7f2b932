import { z } from 'zod'
import type { OptionKind, ScenarioSettings } from './scenario'
import { scenarioSettingsSchema } from './scenario'

/**
 * The least-cost plan (issue #8): for a scope, target year and caps, the option and start year
 * per authority that reaches the most coverage in the target year at the least total cost.
 * The plan is an ordinary scenario (`settings`), so it runs, saves and compares like any other.
 */

const field = scenarioSettingsSchema.shape

export const leastCostInputSchema = z
  .strictObject({
    scope: field.scope,
    startFy: field.startFy,
    targetFy: field.targetFy,
    budgetCap: field.budgetCap,
    workforceCap: field.workforceCap,
    trend: field.trend,
    existingTeams: field.existingTeams,
    planningUnit: field.planningUnit,
    assumptions: field.assumptions,
    templates: field.templates,
  })
  .refine((s) => s.startFy === undefined || s.targetFy === undefined || s.targetFy >= s.startFy, {
    message: 'target year must not be before the start year',
    path: ['targetFy'],
  })

export type LeastCostInput = z.infer<typeof leastCostInputSchema>

export interface PlanAlternative {
  option: Exclude<OptionKind, 'none'>
  /** Cost inside the scope from its start to the target year, £; for 'icb-wide' what adding
   *  this authority adds to its health body's pooled team (or a team of its own). */
  cost: number
  /** Hub team named for a satellite. */
  hubName?: string
}

export interface PlanArea {
  code: string
  name: string
  /** Share of the authority inside the scope. */
  share: number
  option: OptionKind
  /** First financial year of the new provision (2029 = 2029/30); null when there is none. */
  startFy: number | null
  hubTeamId: string | null
  hubName: string | null
  /** This authority's part of the plan's cost, £ to the target year (its share of a pooled team). */
  cost: number
  /** Coverage in the target year with the plan, 0..1. */
  coverage: number
  /** Every option that could close its gap, costed from the same start year; cheapest first. */
  alternatives: PlanAlternative[]
  /** Plain English: why this option and why this start year. */
  reason: string
}

export interface BindingConstraint {
  constraint: 'budget' | 'workforce'
  /** Years (FY start) in which the plan without caps would break this cap. */
  years: number[]
  text: string
}

export interface PlanYear {
  fyStart: number
  /** New-provision spend in the year, £. */
  cost: number
  /** New clinical WTE starting in the year. */
  clinicalWteStarted: number
  coverage: number
}

export interface LeastCostPlan {
  scope: { code: string; name: string }
  /** The plan as scenario settings: runScenario(settings) gives the same figures. */
  settings: ScenarioSettings
  startFy: number
  targetFy: number
  budgetCap: number | null
  workforceCap: number | null
  /** Cost of new provision summed from the start year to the target year, £. */
  totalCost: number
  /** Coverage in the target year, babies-weighted, 0..1. */
  coverage: number
  /** Coverage in the target year if the caps were lifted (the most any plan can reach), and
   *  the least cost of reaching it then, £. */
  uncappedCoverage: number
  uncappedCost: number
  /** Every authority in scope fully covered in the target year. */
  fullCoverage: boolean
  fullCoverageFy: string | null
  /**
   * No plan reaching the same coverage within the caps costs less than this, £. The plan's own
   * cost when the search is proven; otherwise the best of the least cost without the caps and
   * a Lagrangian relaxation of the caps.
   */
  lowerBound: number
  /** totalCost − lowerBound, £, and as a share of lowerBound. */
  gap: number
  gapShare: number
  /** True when the search covered every combination, so no cheaper plan within the caps exists. */
  proven: boolean
  binding: BindingConstraint[]
  years: PlanYear[]
  areas: PlanArea[]
  /** A short plain-English account of the plan. */
  summary: string[]
  modelVersion: string
  dataVersion: string
}
