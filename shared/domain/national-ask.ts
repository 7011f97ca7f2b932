import type { Mark } from './provenance'

/**
 * The Parent-Infant Foundation's national ask for England (FACTS.md §3.1, §2.3): £73m a year so
 * that every English local authority has at least one team, supporting 39,200 babies a year by
 * 2028-29. 153 upper-tier authorities is the project's reading of "every local authority" [A].
 */
export const NATIONAL_ASK = {
  annualCost: 73_000_000,
  authorities: 153,
  families: 39_200,
  priceYear: 2025,
  source:
    'Parent-Infant Foundation response to the Health and Social Care Committee, 22 January 2026 (FACTS.md §3.1)',
  mark: 'S' as Mark,
} as const

export interface ReconciliationStep {
  label: string
  /** £ a year this step adds (negative: takes away). */
  amount: number
  /** The running total after this step. */
  total: number
  /** How the step is worked out, with its figures. */
  detail: string
  mark: Mark
}

/** How the model's cost of full coverage in England compares with the £73m ask, step by step. */
export interface NationalAskReconciliation {
  targetFy: string
  /** The ask, £ a year (2025/26 prices). */
  ask: number
  /** The model's cost of new provision in England in the target year, £ cash. */
  model: number
  steps: ReconciliationStep[]
  /** The model's England cost with the Parent-Infant Foundation calibration preset, same year. */
  pifCalibration: number
  /** Coverage of England in the target year under the scenario (the plan the cost buys). */
  coverage: number
  notes: string[]
  modelVersion: string
  dataVersion: string
}
