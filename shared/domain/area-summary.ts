import type { AreaRef } from './geography'
import type { TeamRecord } from './model-data'
import type { DeprivationGroup, Quintile } from './results'

/** One mid-year of population for an area (sum over its authorities, weighted by share). */
export interface PopulationPoint {
  midYear: number
  age0: number | null
  age1: number | null
  under2: number | null
  /** False when some authorities in the area have no estimate that year (e.g. Scotland after 2022). */
  complete: boolean
}

export interface LaSummaryRow {
  code: string
  name: string
  share: number
  healthBody: { code: string; name: string }
  under2: number
  midYear: number
  births: number
  /** Families needing a specialised team in the first modelled year (share applied). */
  need: number
  teams: number
  coverage: number
  geographicCovered: boolean
  /** UK deprivation quintile and decile (1 = most deprived), null without an index. */
  deprivation: { quintile: Quintile; decile: number; score: number } | null
  /** Need here as a multiple of the UK average rate: the deprivation weight. */
  needWeight: number
}

export interface NeighbourRow {
  code: string
  name: string
  distanceKm: number
  sharedBorderKm: number
  teams: { id: string; name: string }[]
}

/** A team that could supervise a satellite in an authority, by the model's hub rule. */
export interface HubRow {
  id: string
  name: string
  /** The hub team's authority nearest to this one, and the straight-line distance to it. */
  laName: string
  distanceKm: number
  /** Satellites it could still take on under the default limit (its register satellites count). */
  placesLeft: number
}

/** What `area.summary` returns for any code: authority, upper tier, health body, nation or UK. */
export interface AreaSummary {
  area: AreaRef & { nation: string | null; type: string | null }
  /** From the UK down to the parent of this area. */
  breadcrumbs: AreaRef[]
  children: AreaRef[]
  population: PopulationPoint[]
  latest: { midYear: number; under2: number; age0: number; age1: number }
  teams: TeamRecord[]
  /** Today's provision from the teams register, for the first modelled financial year. */
  coverage: {
    fy: string
    coverage: number
    geographicCoverage: number
    need: number
    capacity: number
  }
  /**
   * Clinical staff in existing teams, estimated: most teams do not publish their staffing, so this
   * is their modelled capacity (families a year) ÷ (families per clinical WTE × (1 − supervision)),
   * with the default assumptions it was derived from.
   */
  staffToday: {
    clinicalWte: number
    familiesPerClinicalWte: number
    supervisionShare: number
  }
  localAuthorities: LaSummaryRow[]
  /** Today's coverage by UK deprivation quintile (one year: the first modelled). */
  byDeprivation: DeprivationGroup[]
  /** Only for a local authority. */
  neighbours: NeighbourRow[]
  /** For an authority: hubs within the travel limit and funded in the first modelled year. */
  hubs: HubRow[]
  /** The default travel limit and satellites per hub those hubs are found with. */
  hubRule: { maxKm: number; maxSatellites: number }
  familyHubs: boolean | null
}
