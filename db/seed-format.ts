import type { Assumption } from '../shared/domain/assumptions'
import type { HealthBodyType, NationCode } from '../shared/domain/geography'
import type {
  Deprivation,
  NationTrend,
  ProjectionPoint,
  TeamCountPoint,
  TeamRecord,
} from '../shared/domain/model-data'
import type { EmployerNiRule, PayPoint, Role, TeamTemplate } from '../shared/domain/pay'
import type { Mark } from '../shared/domain/provenance'

/**
 * The shape of the committed JSON seed in db/seed-data/. The builder writes it from ../shared and the
 * loader inserts it, so both sides share these types; a change here needs a new seed build.
 */

export const SEED_FILES = {
  manifest: 'manifest.json',
  geography: 'geography.json',
  population: 'population.json',
  neighbours: 'neighbours.json',
  births: 'births.json',
  teams: 'teams.json',
  reference: 'reference.json',
  sources: 'sources.json',
  deprivation: 'deprivation.json',
  boundaries: 'boundaries.geojson',
} as const

export interface SeedManifest {
  dataVersion: string
  label: string
  /** When the seed content was fixed (not when the build ran, so rebuilding is deterministic). */
  date: string
  source: string
  /** sha256 (first 16 hex) of each seed file, so a hand edit is visible in review. */
  files: Record<string, string>
}

export interface SeedGeography {
  nations: { code: NationCode; name: string }[]
  regions: { code: string; name: string }[]
  upperTiers: { code: string; name: string; nation: NationCode; familyHubs: boolean }[]
  healthBodies: {
    code: string
    nhsCode: string | null
    name: string
    type: HealthBodyType
    nation: NationCode
  }[]
  las: SeedLa[]
}

export interface SeedLa {
  code: string
  name: string
  nation: NationCode
  region: string | null
  upperTier: string
  centroid: { lat: number; lon: number }
  insidePoint: { lat: number; lon: number }
  areaKm2: number
  /** How the health-body mapping was made, as the lookup states it (e.g. NI best fit). */
  mappingQuality: string
  /** Largest share first; shares sum to 1. lsoaCount is null outside England. */
  healthBodies: { code: string; share: number; lsoaCount: number | null }[]
}

export interface SeedPopulation {
  midYears: number[]
  /** One row per authority; arrays follow midYears; null = not published (Scotland, NI after 2022). */
  rows: {
    la: string
    age0: (number | null)[]
    age1: (number | null)[]
    allAges: (number | null)[]
  }[]
}

export interface SeedNeighbours {
  /** [la, neighbour, centroid distance km, shared border km], both directions listed. */
  rows: [string, string, number, number][]
}

export interface SeedBirths {
  /** Start year of each mid-year period: 2001 = July 2001 to June 2002. */
  periodStarts: number[]
  history: { la: string; births: number[] }[]
  national: {
    calendarYear: number
    areaCode: string
    areaName: string
    liveBirths: number
    source: string
    note: string
  }[]
  projections: {
    id: string
    title: string
    baseYear: number
    isDefault: boolean
    points: (ProjectionPoint & { period: string; age1: number })[]
  }[]
  /** Yearly change of births in the nations whose estimates stop early (Scotland, NI). */
  nationTrends: NationTrend[]
}

export interface SeedTeam extends TeamRecord {
  /** Why the team does or does not count as capacity today. */
  capacityReason: string
  /** What in `staffing` is assumed rather than stated. */
  staffingNote: string | null
}

export interface SeedTeams {
  teams: SeedTeam[]
  teamCounts: TeamCountPoint[]
}

export interface SeedRole extends Role {
  mark: Mark
}

export interface SeedTemplate extends Omit<TeamTemplate, 'roles' | 'hubRoles'> {
  roles: SeedRole[]
  hubRoles: SeedRole[]
  notes: string
}

export interface SeedReference {
  assumptions: (Assumption & { url: string | null; licence: string })[]
  payScales: PayPoint[]
  employerNi: EmployerNiRule[]
  templates: SeedTemplate[]
}

export interface SeedSource {
  id: string
  title: string
  publisher: string
  date: string
  licence: string
  attribution: string
  url: string | null
  file: string | null
  notes: string | null
}

export interface SeedSources {
  sources: SeedSource[]
}

/** mySociety's composite UK deprivation index by authority (SOURCES.md §12). */
export interface SeedDeprivation {
  rows: (Deprivation & { la: string })[]
}

export interface SeedBundle {
  manifest: SeedManifest
  geography: SeedGeography
  population: SeedPopulation
  neighbours: SeedNeighbours
  births: SeedBirths
  teams: SeedTeams
  reference: SeedReference
  sources: SeedSources
  deprivation: SeedDeprivation
}
