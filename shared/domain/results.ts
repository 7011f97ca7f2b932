import type { Band } from './pay'
import type { AreaRef } from './geography'
import type { OptionKind, ResolvedSettings } from './scenario'

/** One financial year of a scenario for its whole scope. Money in £, people in WTE. */
export interface YearResult {
  /** '2025/26' */
  fy: string
  fyStart: number
  babiesUnder2: number
  /** Births (age 0) in the year. */
  births: number
  /** Families needing a specialised team this year = births × need rate. */
  need: number
  /** Families the teams serving the scope can see this year (capped at need per authority). */
  capacity: number
  /** Capacity coverage: min(1, capacity / need) per authority, rolled up weighted by babies. */
  coverage: number
  /** Share of babies living where any team works. */
  geographicCoverage: number
  coveredBabies: number
  /** Teams serving the scope (existing + new + satellites). */
  teams: number
  teamsBreakdown: { existing: number; new: number; satellites: number; expanded: number }
  /** WTE of new provision in post (existing teams' staffing is mostly unknown). */
  wte: number
  clinicalWte: number
  wteByBand: Record<Band, number>
  /** Annual cost of new provision = recurrent + one-off. */
  cost: number
  recurrentCost: number
  oneOffCost: number
  cumulativeCost: number
}

export interface AreaYearResult {
  fyStart: number
  babiesUnder2: number
  births: number
  need: number
  capacity: number
  coverage: number
  cost: number
}

export interface AreaResult {
  code: string
  name: string
  /** Share of this authority inside the scope (less than 1 for authorities split between health bodies). */
  share: number
  healthBody: string
  option: OptionKind
  /** Why the option was chosen, in plain English. */
  reason: string
  hubTeamId: string | null
  hubLaCode: string | null
  startFy: number | null
  existingTeams: string[]
  years: AreaYearResult[]
}

export interface ScenarioResult {
  scope: AreaRef
  settings: ResolvedSettings
  modelVersion: string
  dataVersion: string
  years: YearResult[]
  /** First financial year in which every authority in scope reaches full coverage; null if none by the last year. */
  fullCoverageFy: string | null
  /** Annual cost in the target year divided by babies under two covered that year. */
  costPerBabyCovered: number | null
  /** What would still be needed in the target year to close the remaining gap. */
  gap: { families: number; clinicalWte: number; cost: number }
  areas: AreaResult[]
  warnings: string[]
}
