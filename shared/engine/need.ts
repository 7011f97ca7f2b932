import type { AssumptionValues } from '../domain/assumptions'
import type { Deprivation, ModelData } from '../domain/model-data'
import type { ResolvedSettings } from '../domain/scenario'
import type { PopulationGrid } from './population'

/**
 * Need = births × need rate × the authority's deprivation weight, or births × the authority's
 * own rate where the scenario sets one. Kept as two parts, so the ranges can draw another
 * national rate without recomputing weights: need = births × (needRate × weight + ownRate).
 */
export interface NeedParts {
  /** Deprivation weight per cell [la * nYears + year]; 0 where the scenario sets the authority's own rate. */
  weight: Float64Array
  /** The scenario's own need rate per authority (share of births), 0 where none is set. */
  ownRate: Float64Array
  /** Whether each authority's need is the scenario's own (1) rather than weighted (0). */
  overridden: Uint8Array
}

/**
 * Relative need of an authority's families before normalising: its people in the most deprived
 * fifth of UK neighbourhoods count `ratio` times, the next two fifths √ratio (halfway on a log
 * scale), the least deprived two fifths once. Divided by the shares' own sum, which the source
 * rounds to 4 places, so a ratio of 1 gives exactly 1.
 */
export function rawDeprivationWeight(d: Deprivation, ratio: number): number {
  const total = d.shareHigh + d.shareMedium + d.shareLow
  if (!(total > 0)) return 1
  return (d.shareHigh * ratio + d.shareMedium * Math.sqrt(ratio) + d.shareLow) / total
}

export function needParts(
  data: ModelData,
  pop: PopulationGrid,
  a: AssumptionValues,
  overrides: ResolvedSettings['overrides'],
): NeedParts {
  const { nYears } = pop
  const nLa = data.las.length
  const weight = new Float64Array(nLa * nYears)
  const ownRate = new Float64Array(nLa)
  const overridden = new Uint8Array(nLa)
  const raw = data.las.map((la) =>
    la.deprivation ? rawDeprivationWeight(la.deprivation, a.deprivationNeedRatio) : null,
  )
  // Normalised over every UK authority with an index, year by year, so the UK's need stays
  // exactly births × need rate whatever the strength: weighting moves need, it never adds any.
  for (let y = 0; y < nYears; y++) {
    let births = 0
    let weighted = 0
    for (let i = 0; i < nLa; i++) {
      const r = raw[i]
      if (r == null) continue
      const b = pop.births[i * nYears + y]!
      births += b
      weighted += b * r
    }
    const mean = births > 0 ? weighted / births : 1
    for (let i = 0; i < nLa; i++) {
      const r = raw[i]
      weight[i * nYears + y] = r == null || !(mean > 0) ? 1 : r / mean
    }
  }
  data.las.forEach((la, i) => {
    const rate = overrides[la.code]?.needRate
    if (rate === undefined) return
    overridden[i] = 1
    ownRate[i] = rate
    for (let y = 0; y < nYears; y++) weight[i * nYears + y] = 0
  })
  return { weight, ownRate, overridden }
}

/** Fills `need` from births for the given authorities (all when `las` is left out). */
export function fillNeed(
  parts: NeedParts,
  births: Float64Array,
  nYears: number,
  needRate: number,
  need: Float64Array,
  las?: ArrayLike<number>,
): Float64Array {
  const fill = (i: number) => {
    const own = parts.ownRate[i]!
    for (let c = i * nYears; c < (i + 1) * nYears; c++) {
      need[c] = births[c]! * (needRate * parts.weight[c]! + own)
    }
  }
  if (las) for (let k = 0; k < las.length; k++) fill(las[k]!)
  else for (let i = 0; i < births.length / nYears; i++) fill(i)
  return need
}
