import { z } from 'zod'
import type { Mark } from './provenance'
import type { OptionKind, ScenarioSettings } from './scenario'
import { FIRST_FY, LAST_FY, scenarioSettingsSchema } from './scenario'

/**
 * The least-cost plan (issue #8): for a scope, target year and caps, the option and start year
 * per authority that reaches the most coverage in the target year at the least total cost.
 * The plan is an ordinary scenario (`settings`), so it runs, saves and compares like any other.
 */

const field = scenarioSettingsSchema.shape

/**
 * What a year of support for one family is worth to the plan, £: the least-cost objective is
 * the cost of new provision plus this for every family-year of need it leaves unsupported, so a
 * team starts early where the support it gives is worth more than the running it costs.
 */
export const FAMILY_YEAR_VALUE = {
  value: 40_000,
  low: 0,
  high: 100_000,
  mark: 'A' as Mark,
  source:
    "Centre for Mental Health, 'Why babies' first relationships matter' (February 2026): specialised parent-infant support is worth more than £40,000 over a child's lifetime [S]. Counting that for each family a team supports for a year is our assumption [A]; £0 gives the plan of least cost alone.",
  date: 'Feb 2026',
  url: 'http://www.centreformentalhealth.org.uk/publications/why-babies-first-relationships-matter',
} as const

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
    /** £ per family-year of support (FAMILY_YEAR_VALUE by default); 0 for least cost alone. */
    familyYearValue: z
      .number()
      .min(0, 'value of a year of support must be £0 or more')
      .max(1e6, 'value of a year of support must be at most £1,000,000')
      .optional(),
    /**
     * "Reach it by": coverage the plan must reach by each of these years (babies-weighted, as
     * the scenario's), so growth follows a path a board agrees rather than all at the end.
     */
    reachBy: z
      .array(
        z.strictObject({
          fy: z.number().int().min(FIRST_FY).max(LAST_FY),
          coverage: z
            .number()
            .min(0, 'coverage to reach must be 0% or more')
            .max(1, 'coverage to reach must be at most 100%'),
        }),
      )
      .max(LAST_FY - FIRST_FY + 1)
      .optional(),
    assumptions: field.assumptions,
    templates: field.templates,
  })
  .refine((s) => s.startFy === undefined || s.targetFy === undefined || s.targetFy >= s.startFy, {
    message: 'target year must not be before the start year',
    path: ['targetFy'],
  })
  .superRefine((s, ctx) => {
    const seen = new Set<number>()
    ;(s.reachBy ?? []).forEach((m, i) => {
      if (seen.has(m.fy)) {
        ctx.addIssue({
          code: 'custom',
          message: 'a year is given twice',
          path: ['reachBy', i, 'fy'],
        })
      }
      seen.add(m.fy)
      if (s.targetFy !== undefined && m.fy > s.targetFy) {
        ctx.addIssue({
          code: 'custom',
          message: 'a year to reach coverage by must not be after the target year',
          path: ['reachBy', i, 'fy'],
        })
      }
    })
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
  /** £ per family-year of support the plan was chosen with (see FAMILY_YEAR_VALUE). */
  familyYearValue: number
  /** Family-years of support new provision gives from the start year to the target year. */
  familyYearsSupported: number
  /** Family-years of the need left unsupported in the authorities the plan could help. */
  familyYearsUnsupported: number
  /** The "reach it by" path the plan keeps to, by year (FY start), sorted; empty for none. */
  reachBy: { fy: number; coverage: number }[]
  /** Coverage in the target year, babies-weighted, 0..1. */
  coverage: number
  /** Coverage in the target year if the caps were lifted (the most any plan can reach), and
   *  the least cost of reaching it then, £. */
  uncappedCoverage: number
  uncappedCost: number
  /** Every authority in scope fully covered in the target year. */
  fullCoverage: boolean
  fullCoverageFy: string | null
  /** What the search minimises at equal coverage: totalCost + familyYearValue × familyYearsUnsupported, £. */
  score: number
  /**
   * No plan reaching the same coverage within the caps has a lower score than this, £. The
   * plan's own score when the search is proven; otherwise the best of the least score without
   * the caps and a Lagrangian relaxation of the caps.
   */
  lowerBound: number
  /** score − lowerBound, £, and as a share of lowerBound. */
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
