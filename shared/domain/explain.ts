import { z } from 'zod'
import type { AssumptionKey, AssumptionUnit } from './assumptions'
import { fyLabel } from './fiscal-year'
import type { AreaRef } from './geography'
import type { Mark } from './provenance'
import { AREA_CODE, FIRST_FY, LAST_FY, scenarioSettingsSchema } from './scenario'

/**
 * "Why this number?": the figures a user sees in a scenario's results, and how one of them was
 * worked out: a formula with its values filled in, the sub-figures under it, and every input
 * with its mark and source.
 */
export const EXPLAIN_MEASURES = [
  'babiesUnder2',
  'births',
  'need',
  'capacity',
  'coverage',
  'geographicCoverage',
  'teams',
  'wte',
  'cost',
  'cumulativeCost',
  'existingCost',
  'costPerBabyCovered',
  'costPerFamilySupported',
  'gap',
] as const

export type ExplainMeasure = (typeof EXPLAIN_MEASURES)[number]

/** Measures shown per authority (the per-authority table and results). */
export const AREA_MEASURES: readonly ExplainMeasure[] = [
  'babiesUnder2',
  'births',
  'need',
  'capacity',
  'coverage',
  'geographicCoverage',
  'cost',
  'cumulativeCost',
  'existingCost',
]

/** Measures of the whole scenario that exist only for its target year. */
export const TARGET_YEAR_MEASURES: readonly ExplainMeasure[] = [
  'costPerBabyCovered',
  'costPerFamilySupported',
  'gap',
]

export const MEASURE_LABELS: Record<ExplainMeasure, string> = {
  babiesUnder2: 'Babies under two',
  births: 'Births',
  need: 'Need',
  capacity: 'Capacity',
  coverage: 'Coverage',
  geographicCoverage: 'Geographic coverage',
  teams: 'Teams',
  wte: 'Staff in new provision',
  cost: 'Cost',
  cumulativeCost: 'Cumulative cost',
  existingCost: 'Existing teams’ running cost',
  costPerBabyCovered: 'Cost per baby covered',
  costPerFamilySupported: 'Cost per family supported',
  gap: 'Gap left',
}

/** The figure to explain. fy defaults to the target year; area (an authority) to the whole scope. */
export const figureSchema = z.strictObject({
  measure: z.enum(EXPLAIN_MEASURES, {
    error: `measure must be one of ${EXPLAIN_MEASURES.join(', ')}`,
  }),
  fy: z
    .number({ error: 'fy must be the year a financial year starts in, such as 2027' })
    .int('fy must be a whole year, such as 2027')
    .min(FIRST_FY, `fy must be from ${FIRST_FY} to ${LAST_FY}`)
    .max(LAST_FY, `fy must be from ${FIRST_FY} to ${LAST_FY}`)
    .optional(),
  area: AREA_CODE.optional(),
})

export type FigureRef = z.infer<typeof figureSchema>

export const explainRequestSchema = z.strictObject({
  settings: scenarioSettingsSchema,
  figure: figureSchema,
})

export type ExplainRequest = z.infer<typeof explainRequestSchema>

/** 'Cost in 2027/28 for Blackburn with Darwen'; cumulative figures read 'to' the year. */
export function figureTitle(measure: ExplainMeasure, fy: number, place: string): string {
  const label = MEASURE_LABELS[measure]
  const year = fyLabel(fy)
  if (measure === 'cumulativeCost') return `Cost to ${year} for ${place}`
  return `${label} in ${year} for ${place}`
}

export type ExplainUnit =
  | 'babies'
  | 'births'
  | 'families a year'
  | 'share'
  | 'teams'
  | 'WTE'
  | 'GBP'
  | 'GBP a year'
  | 'GBP per baby'
  | 'GBP per family'
  | 'times'

/** One sub-figure and how it was worked out; `children` are the figures inside it. */
export interface ExplainStep {
  label: string
  value: number | null
  unit: ExplainUnit
  /** In words with the values filled in: 'Need = births 1,612 × need rate 7% = 113 families a year'. */
  formula: string
  children?: ExplainStep[]
}

/** An assumption the figure used, as this scenario set it. */
export interface ExplainAssumption {
  key: AssumptionKey
  label: string
  value: number
  default: number
  unit: AssumptionUnit
  mark: Mark
  source: string
  date: string
  /** The scenario changed it from the default. */
  overridden: boolean
}

/** A published source a dataset came from (the sources page lists them all). */
export interface DatasetSource {
  id: string
  title: string
  publisher: string
  date: string
  licence: string
  url: string | null
}

/** A table of data the figure used: population, projection, pay, NI, team templates, register. */
export interface ExplainDataset {
  id: string
  label: string
  /** Which parts were used: 'observed at mid-2024; projected for mid-2027 from mid-2024'. */
  detail: string
  mark: Mark
  /** As the data give it (pay scales, NI rules and templates carry their own source). */
  source: string
  /** The full record of the published source, when the data version has it. */
  published: DatasetSource | null
}

/** A team from the register whose capacity (or count) went into the figure. */
export interface ExplainTeam {
  id: string
  name: string
  /** Families a year it is counted as seeing, before sharing between authorities. */
  familiesPerYear: number
  /** How that figure was reached. */
  basis: string
  mark: Mark
  source: string
}

export interface Explanation {
  measure: ExplainMeasure
  fyStart: number
  fy: string
  scope: AreaRef
  /** The authority explained, or null for the whole scope. */
  area: { code: string; name: string } | null
  title: string
  /** The figure exactly as the scenario's results give it (null: not defined, e.g. nobody covered). */
  value: number | null
  unit: ExplainUnit
  formula: string
  steps: ExplainStep[]
  assumptions: ExplainAssumption[]
  datasets: ExplainDataset[]
  teams: ExplainTeam[]
  /** Anything a reader should know to read the figure right. */
  notes: string[]
  modelVersion: string
  dataVersion: string
  /** The data version's description, when the server knows it. */
  dataVersionLabel: string | null
}
