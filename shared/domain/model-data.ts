import type { Assumption } from './assumptions'
import type { HealthBodyType, NationCode } from './geography'
import type { EmployerNiRule, PayPoint, Role, TeamTemplate } from './pay'
import type { Mark } from './provenance'

/**
 * Everything the scenario engine reads, loaded once from the database. The engine
 * is pure: it receives this object and scenario settings, and returns results.
 */
export interface ModelData {
  /** Identifies the population/teams data the figures were computed from. */
  dataVersion: string
  /**
   * The NHS financial year under way when this snapshot is used: the first modelled year.
   * Set from the server's clock (the engine reads no clock), so a snapshot is replaced on 1 April.
   */
  currentFy: number
  /**
   * The first year new provision can start in: new teams start in April [A], so once the year
   * under way is past its April, the next one (newStartsFyOfDate). Absent, the year under way.
   */
  newStartsFy?: number
  /** Mid-years (30 June) with observed estimates, ascending: 2019..2024. */
  observedMidYears: number[]
  nations: { code: NationCode; name: string }[]
  healthBodies: HealthBodyRecord[]
  /** The 361 local authority districts (2024 codes). */
  las: LaRecord[]
  teams: TeamRecord[]
  teamCounts: TeamCountPoint[]
  assumptions: Assumption[]
  payScales: PayPoint[]
  employerNi: EmployerNiRule[]
  templates: TeamTemplate[]
  /** National projection of births and under-2s (England, ONS 2020-based principal), by mid-year. */
  projection: ProjectionPoint[]
  /**
   * Each nation's own recent yearly change in births, for nations whose estimates stop before the
   * newest mid-year (Scotland and Northern Ireland stop at mid-2022): it fills their missing years.
   */
  nationTrends: NationTrend[]
}

export interface NationTrend {
  nation: NationCode
  /** Yearly change, e.g. -0.02 for a fall of 2% a year (log-linear fit). */
  perYear: number
  /** The mid-years the fit covers. */
  fromMidYear: number
  toMidYear: number
  /** Which figures the fit used, in plain English. */
  basis: string
}

/** mySociety composite UK index of multiple deprivation for an authority (one UK scale). */
export interface Deprivation {
  /** Higher is more deprived. */
  score: number
  /** 1 = the most deprived fifth of UK authorities (by population), 5 = the least deprived. */
  quintile: number
  decile: number
  /** Shares of its people in the UK's most deprived fifth of neighbourhoods, the next two fifths and the least deprived two fifths. */
  shareHigh: number
  shareMedium: number
  shareLow: number
}

export interface HealthBodyRecord {
  code: string
  /** The NHS organisation code (ODS) where there is one, e.g. QE1. */
  nhsCode: string | null
  name: string
  type: HealthBodyType
  nation: NationCode
}

export interface LaRecord {
  code: string
  name: string
  nation: NationCode
  region: { code: string; name: string } | null
  upperTier: { code: string; name: string }
  /** Health bodies serving the authority with the share of it in each (shares sum to 1, largest first). */
  healthBodies: { code: string; share: number }[]
  centroid: { lat: number; lon: number }
  /** Population aged 0 and aged 1 at each observed mid-year (same index as observedMidYears); null = not published. */
  age0: (number | null)[]
  age1: (number | null)[]
  neighbours: { code: string; distanceKm: number; sharedBorderKm: number }[]
  /** One of the 75 Family Hubs and Start for Life authorities (by upper tier). */
  familyHubs: boolean
  deprivation: Deprivation | null
}

export type TeamStatus = 'operating' | 'satellite' | 'closed' | 'related' | 'unverified'

/** How a team's funding dates are known: stated by a source, inferred from one, or assumed. */
export type FundingMark = 'S' | 'I' | 'A'

export interface TeamRecord {
  id: string
  name: string
  hostOrg: string
  nation: NationCode | null
  /** Areas covered as written in the source. */
  areasText: string
  /** Local authority codes the team serves (may be empty when the location is unknown). */
  laCodes: string[]
  establishedText: string
  establishedYear: number | null
  closedYear: number | null
  status: TeamStatus
  statusText: string
  ageRange: string
  source: string
  /** Counts as a specialised parent-infant relationship team providing capacity today. */
  providesCapacity: boolean
  /** How many teams this row stands for: more than 1 only for an aggregate placeholder row. */
  teamsRepresented: number
  /** True when the mapping to areas or the team itself is approximate (e.g. an aggregate placeholder). */
  approximate: boolean
  approximationNote: string | null
  /** For a satellite, the team that supervises it. */
  hubTeamId: string | null
  /** Known staffing, if the source gives it. */
  staffing: Role[] | null
  /** First month of the current funding, 'YYYY-MM', when known. */
  fundedFrom: string | null
  /**
   * Last month the team is known to be funded, 'YYYY-MM'; null when no end is known, in which
   * case the model assumes the funding continues (marked [A]).
   */
  fundedTo: string | null
  fundingMark: FundingMark
  /** Where the funding dates come from, in plain English. */
  fundingNote: string
}

export interface TeamCountPoint {
  /** 'YYYY-MM' */
  date: string
  count: number
  label: string
  source: string
  mark: Mark
}

export interface ProjectionPoint {
  midYear: number
  births: number
  age0: number
  under2: number
}
