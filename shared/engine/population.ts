import type { ModelData, ProjectionPoint } from '../domain/model-data'
import { midYearOfFy } from '../domain/fiscal-year'
import type { ModelIndex } from './model-index'

/** Babies under two and births per authority and year, flat: [la * nYears + year]. */
export interface PopulationGrid {
  fys: number[]
  nYears: number
  under2: Float64Array
  births: Float64Array
  /**
   * Years each cell is carried on from the observed mid-year it is projected from (0 where
   * observed, or where there is nothing to project): the power a different yearly trend
   * compounds by, so ranges can vary the trend without projecting again.
   */
  birthsSpan: Int32Array
  under2Span: Int32Array
}

export type Trend = 'national' | 'annual'

/**
 * Observed mid-year estimates where published, else the authority's last observed value
 * carried forward by the trend. 'national' fills a nation's missing recent years (Scotland and
 * Northern Ireland stop at mid-2022) with its own recent trend (data.nationTrends) up to the
 * newest estimate elsewhere, then scales by the England national projection, the only one in
 * the data; 'annual' compounds one flat rate from the last estimate.
 */
export function projectPopulation(
  data: ModelData,
  index: ModelIndex,
  fys: readonly number[],
  trend: Trend,
  trendPerYear: number,
): PopulationGrid {
  const nYears = fys.length
  const nLa = data.las.length
  const under2 = new Float64Array(nLa * nYears)
  const births = new Float64Array(nLa * nYears)
  const birthsSpan = new Int32Array(nLa * nYears)
  const under2Span = new Int32Array(nLa * nYears)
  const observedAt = new Map(data.observedMidYears.map((m, k) => [m, k]))
  const midYears = fys.map(midYearOfFy)
  const observedK = midYears.map((m) => observedAt.get(m) ?? -1)
  const ownTrend = new Map(data.nationTrends.map((t) => [t.nation as string, t.perYear]))
  const latest = index.latestObservedMidYear

  for (let i = 0; i < nLa; i++) {
    const la = data.las[i]!
    const lastB = index.lastAge0[i]!
    const lastU = index.lastUnder2[i]!
    const baseBirths = lastB >= 0 ? la.age0[lastB]! : 0
    const baseUnder2 = lastU >= 0 ? la.age0[lastU]! + la.age1[lastU]! : 0
    const baseBirthsYear = lastB >= 0 ? data.observedMidYears[lastB]! : 0
    const baseUnder2Year = lastU >= 0 ? data.observedMidYears[lastU]! : 0
    const own = ownTrend.get(la.nation)
    const trendOf = (from: number, to: number, series: 'age0' | 'under2') =>
      trend === 'national' && own !== undefined && from < latest
        ? (1 + own) ** (Math.min(to, latest) - from) *
          factor(index, trend, trendPerYear, latest, Math.max(to, latest), series)
        : factor(index, trend, trendPerYear, from, to, series)
    for (let y = 0; y < nYears; y++) {
      const m = midYears[y]!
      const k = observedK[y]!
      const a0 = k >= 0 ? la.age0[k] : null
      const a1 = k >= 0 ? la.age1[k] : null
      const cell = i * nYears + y
      births[cell] = a0 != null ? a0 : baseBirths * trendOf(baseBirthsYear, m, 'age0')
      under2[cell] =
        a0 != null && a1 != null ? a0 + a1 : baseUnder2 * trendOf(baseUnder2Year, m, 'under2')
      if (a0 == null && lastB >= 0) birthsSpan[cell] = m - baseBirthsYear
      if ((a0 == null || a1 == null) && lastU >= 0) under2Span[cell] = m - baseUnder2Year
    }
  }
  return { fys: [...fys], nYears, under2, births, birthsSpan, under2Span }
}

function factor(
  index: ModelIndex,
  trend: Trend,
  trendPerYear: number,
  from: number,
  to: number,
  series: 'age0' | 'under2',
): number {
  if (from === to) return 1
  if (trend === 'annual') return (1 + trendPerYear) ** (to - from)
  const a = projectionAt(index, from)[series]
  const b = projectionAt(index, to)[series]
  return a > 0 ? b / a : 1
}

/** Years outside the projection's range take its nearest end. */
export function projectionAt(index: ModelIndex, midYear: number): ProjectionPoint {
  const clamped = Math.min(index.projectionMax, Math.max(index.projectionMin, midYear))
  const point = index.projectionByMidYear.get(clamped)
  if (point) return point
  // A gap inside the range: take the nearest earlier year that exists.
  for (let m = clamped - 1; m >= index.projectionMin; m--) {
    const p = index.projectionByMidYear.get(m)
    if (p) return p
  }
  return index.projectionByMidYear.get(index.projectionMin)!
}
