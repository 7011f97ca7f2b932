/**
 * Ranges, Monte Carlo and sensitivity of a scenario: the inputs the API takes and the shapes it
 * returns. The plan (teams, sizes, start years) is the scenario's own; only how it performs varies.
 */
import { z } from 'zod'
import type { AssumptionKey, AssumptionUnit } from './assumptions'
import type { AreaRef } from './geography'
import type { Mark } from './provenance'
import { scenarioSettingsSchema } from './scenario'

/**
 * The assumptions that are drawn, each from its own range, in the order each draw takes its
 * random numbers. Families per clinical WTE is not among them: it is derived from the same
 * observed throughput as the families an existing team sees, so it moves with that draw
 * (THROUGHPUT_FOLLOWER); supervision is already inside the observed throughput, so it is not
 * drawn at all.
 */
export const RANGED_KEYS = [
  'needRate',
  'existingTeamFamiliesPerYear',
  'recruitmentSuccess',
  'productivityLagMonths',
  'birthsTrendPerYear',
  'payUplift',
  'nonPayOverhead',
] as const satisfies readonly AssumptionKey[]

export type RangedKey = (typeof RANGED_KEYS)[number]

/** Scaled by each draw of existing teams' throughput, relative to the scenario's own values. */
export const THROUGHPUT_FOLLOWER = 'familiesPerClinicalWte' satisfies AssumptionKey

export const DEFAULT_DRAWS = 1000
export const MIN_DRAWS = 100
export const MAX_DRAWS = 5000
export const DEFAULT_SEED = 2030
export const MAX_SEED = 4_294_967_295

/** What the ranges hold fixed and what they vary, in the words every page uses. */
export const PLAN_NOTE =
  'The plan — teams, sizes and start years — stays as set; the ranges show how it performs if the assumptions turn out differently.'

/** Coverage in the target year that counts as "nearly full" for the second probability. */
export const NEAR_FULL_COVERAGE = 0.95

export const rangesInputSchema = scenarioSettingsSchema.safeExtend({
  draws: z
    .number()
    .int('draws must be a whole number from 100 to 5,000')
    .min(MIN_DRAWS, 'draws must be at least 100')
    .max(MAX_DRAWS, 'draws must be at most 5,000')
    .optional(),
  seed: z
    .number()
    .int('seed must be a whole number from 0 to 4,294,967,295')
    .min(0, 'seed must not be negative')
    .max(MAX_SEED, 'seed must be at most 4,294,967,295')
    .optional(),
})

export type RangesInput = z.infer<typeof rangesInputSchema>

/** One ranged assumption as used: the scenario's value in the middle, widened to include it. */
export interface AssumptionRange {
  key: RangedKey
  label: string
  unit: AssumptionUnit
  low: number
  central: number
  high: number
  mark: Mark
  source: string
  /** The scenario's value lay outside the published range, so the range was stretched to it. */
  widened: boolean
  /** How the range is applied, where that is not obvious from the label. */
  note?: string
}

export interface CaseYear {
  fy: string
  fyStart: number
  coverage: number
  /** Annual cost of new provision, £. */
  cost: number
  cumulativeCost: number
}

export type CaseName = 'low' | 'central' | 'high'

export interface RangeCase {
  name: CaseName
  label: string
  /** How the case is made, in plain English. */
  basis: string
  years: CaseYear[]
  /** Every authority in scope fully covered in the target year. */
  fullCoverage: boolean
  /**
   * The value each ranged assumption takes in this case; null for the cautious and hopeful
   * cases, which are percentiles of the draws rather than one set of values.
   */
  values: Record<RangedKey, number> | null
}

/** The 10th, 50th and 90th percentiles over the draws. */
export interface Percentiles {
  p10: number
  p50: number
  p90: number
}

export interface BandYear {
  fy: string
  fyStart: number
  coverage: Percentiles
  cost: Percentiles
  cumulativeCost: Percentiles
}

export interface MonteCarloResult {
  seed: number
  draws: number
  years: BandYear[]
  /** Share of draws in which every authority in scope is fully covered in the target year. */
  pFullCoverage: number
  /** Share of draws with coverage of the whole scope at or above NEAR_FULL_COVERAGE in the target year. */
  pNearFullCoverage: number
  /** How the draws were made, in plain English. */
  method: string
}

export interface ScenarioRanges {
  scope: AreaRef
  targetFy: string
  modelVersion: string
  dataVersion: string
  /** Why the plan stays fixed, in plain English. */
  planNote: string
  assumptions: AssumptionRange[]
  cases: Record<CaseName, RangeCase>
  monteCarlo: MonteCarloResult
}

/** One assumption's bar: the measure with it at its low and at its high value, others central. */
export interface TornadoBar {
  key: RangedKey
  label: string
  unit: AssumptionUnit
  low: number
  high: number
  atLow: number
  atHigh: number
  /** |atHigh − atLow|: the bars are sorted by it, largest first. */
  swing: number
}

export interface ScenarioSensitivity {
  scope: AreaRef
  targetFy: string
  /** Coverage of the whole scope in the target year, central case. */
  coverage: { central: number; bars: TornadoBar[] }
  /** Total cost of new provision from the start year to the end of the target year, central case. */
  totalCost: { central: number; bars: TornadoBar[] }
}
