/**
 * Which population figure to headline for an area: the latest mid-year with estimates for every
 * part of it. For the UK that is mid-2022, the last year with all four nations (Scotland and
 * Northern Ireland have not yet published 2023 and 2024 by authority).
 */
import type { AreaSummary, PopulationPoint } from '../../shared/domain/area-summary'

export interface HeadlinePopulation {
  midYear: number
  under2: number
  age0: number | null
  age1: number | null
  /** True when later years exist but are incomplete (some parts have no estimate). */
  laterIncomplete: boolean
}

export function headlinePopulation(
  summary: Pick<AreaSummary, 'population' | 'latest'>,
): HeadlinePopulation {
  const points = [...summary.population].sort((a, b) => a.midYear - b.midYear)
  const complete = points.filter(
    (p): p is PopulationPoint & { under2: number } => p.complete && p.under2 !== null,
  )
  const best = complete[complete.length - 1]
  if (!best) {
    return { ...summary.latest, laterIncomplete: false }
  }
  return {
    midYear: best.midYear,
    under2: best.under2,
    age0: best.age0,
    age1: best.age1,
    laterIncomplete: points.some((p) => p.midYear > best.midYear),
  }
}
