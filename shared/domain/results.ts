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
  /**
   * Teams serving the scope (existing + new + satellites). A team serving authorities on both
   * sides of the scope's edge counts its share (of the need it serves), so the teams of the
   * health bodies in a nation add up to the nation's.
   */
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
  /**
   * Running the register's teams this year, for the months they work: cost apart from new
   * provision, so a board sees what keeping today's teams costs beside what growth costs.
   */
  existingCost: number
  /** The part of existingCost beyond known funding that a sustaining scenario renews. */
  renewedCost: number
  /** Everything: new provision plus existing teams. */
  totalCost: number
  cumulativeTotalCost: number
  /** The year's cost in constant 2025/26 prices (deflated by the GDP deflator assumption). */
  costReal: number
  /** costReal discounted to the first modelled year at the discount rate (Green Book). */
  costPresentValue: number
  /** Families a year supported by the new provision (capacity added, capped at need). */
  newFamiliesSupported: number
  workforce: WorkforceYear
}

/**
 * New clinical staff in one year against the supply, in clinical WTE: what the plan asks to
 * start, what starts within the cap, and the recruit-to-train pipeline.
 */
export interface WorkforceYear {
  /** Clinical WTE the phasing planned to start this year, before any cap deferred it. */
  needed: number
  /** Clinical WTE starting this year (qualified and recruit-to-train). */
  started: number
  /** The recruit-to-train part of started. */
  startedTrainees: number
  /** Recruit-to-train WTE in training, averaged over the year. */
  inTraining: number
  /** Recruit-to-train WTE completing their training this year. */
  completingTraining: number
  /** The cap this plan is held to, or null when none applies. */
  cap: number | null
  /** The scope's share by births of the national supply (nationalRecruitsPerYear). */
  fairShare: number
}

/** Money as a finance team reads it: cash, constant prices and present value. */
export interface MoneySummary {
  /** Constant prices are in this year's money: 2025 = FY2025/26. */
  priceBaseFy: number
  gdpDeflator: number
  discountRate: number
  /** Sums over the modelled years; totalNominal is new provision only. */
  totalNominal: number
  /** Running existing teams over the years, cash. */
  existingNominal: number
  /** The part of existingNominal that renews funding which has ended (a sustaining scenario). */
  renewedNominal: number
  /** New provision and existing teams together, cash. */
  totalWithExistingNominal: number
  totalReal: number
  presentValue: number
  /** Annual cost of new provision in the target year ÷ families it supports that year, cash. */
  costPerFamilySupported: number | null
  /** The same at the price base year's prices. */
  costPerFamilySupportedReal: number | null
}

export type Quintile = 1 | 2 | 3 | 4 | 5

export interface DeprivationGroupYear {
  fyStart: number
  babiesUnder2: number
  need: number
  /** Families supported: capacity capped at need in each authority. */
  capacity: number
  coverage: number
  geographicCoverage: number
  /** Babies living where no team works. */
  babiesWithoutTeam: number
}

/** Authorities in scope grouped by UK deprivation quintile (1 = most deprived fifth). */
export interface DeprivationGroup {
  /** null for authorities without an index (none in the seed). */
  quintile: Quintile | null
  label: string
  /** Authorities of the scope in the group (split ones counted once). */
  authorities: number
  years: DeprivationGroupYear[]
}

export interface AreaYearResult {
  fyStart: number
  babiesUnder2: number
  births: number
  need: number
  capacity: number
  coverage: number
  /** New provision here. */
  cost: number
  /** Existing teams' running cost here. */
  existingCost: number
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
  /** UK deprivation quintile and decile (1 = most deprived), null without an index. */
  deprivation: { quintile: Quintile; decile: number; score: number } | null
  /** Need as a multiple of the UK average rate here (the deprivation weight), first year. */
  needWeight: number
  /** The scenario's own need rate for this authority, with its reason, if one is set. */
  needOverride: { rate: number; reason: string } | null
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
  money: MoneySummary
  /** Coverage by UK deprivation quintile, every year: who is left without a team. */
  byDeprivation: DeprivationGroup[]
  /** What would still be needed in the target year to close the remaining gap. */
  gap: { families: number; clinicalWte: number; cost: number }
  areas: AreaResult[]
  warnings: string[]
}
