import type { Mark } from './provenance'

/**
 * Every numeric model parameter that a scenario can change. Defaults, ranges and
 * provenance live in the database (seeded from FACTS.md §6); this list is the contract.
 */
export const ASSUMPTION_KEYS = [
  'needRate',
  'familiesPerClinicalWte',
  'supervisionShare',
  'existingTeamFamiliesPerYear',
  'payUplift',
  'employerNiRate',
  'employerNiThreshold',
  'employerPensionRate',
  'nonPayOverhead',
  'setupCostStandard',
  'setupCostSatellite',
  'productivityLagMonths',
  'traineeProductiveMonths',
  'traineeTrainedMonths',
  'traineeCaseloadShare',
  'nationalRecruitsPerYear',
  'satelliteMaxDistanceKm',
  'satelliteTherapists',
  'hubMaxSatellites',
  'standaloneMinScale',
  'minAreaFamilies',
  'recruitmentSuccess',
  'birthsTrendPerYear',
  'deprivationNeedRatio',
  'gdpDeflator',
  'discountRate',
] as const

export type AssumptionKey = (typeof ASSUMPTION_KEYS)[number]

export const ASSUMPTION_UNITS = [
  'share',
  'families per WTE per year',
  'families per team per year',
  'GBP',
  'GBP per year',
  'months',
  'km',
  'WTE',
  'WTE per year',
  'satellites per hub',
  'scale',
  'share per year',
  'ratio',
] as const

export type AssumptionUnit = (typeof ASSUMPTION_UNITS)[number]

export interface Assumption {
  key: AssumptionKey
  label: string
  /** Plain-English explanation of what the figure means and how it is used. */
  description: string
  value: number
  low: number
  high: number
  unit: AssumptionUnit
  mark: Mark
  source: string
  date: string
}

export type AssumptionValues = Record<AssumptionKey, number>

export function assumptionValues(list: readonly Assumption[]): AssumptionValues {
  const values = {} as AssumptionValues
  for (const a of list) values[a.key] = a.value
  for (const key of ASSUMPTION_KEYS) {
    if (values[key] === undefined) throw new Error(`Assumption ${key} has no default`)
  }
  return values
}
