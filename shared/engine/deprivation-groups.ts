import type { LaRecord, ModelData } from '../domain/model-data'
import type { AreaResult, DeprivationGroup, Quintile } from '../domain/results'

/** An authority's place on the UK deprivation scale, as results show it. */
export function deprivationOf(la: LaRecord): AreaResult['deprivation'] {
  const d = la.deprivation
  return d ? { quintile: d.quintile as Quintile, decile: d.decile, score: d.score } : null
}

export const QUINTILE_LABELS: Record<Quintile, string> = {
  1: 'Most deprived fifth',
  2: 'Second most deprived fifth',
  3: 'Middle fifth',
  4: 'Second least deprived fifth',
  5: 'Least deprived fifth',
}

/** One authority-year's figures inside the scope (the share already applied). */
export interface GroupCell {
  babies: number
  need: number
  /** Capacity capped at need. */
  supported: number
  coveredBabies: number
  /** Babies living where a team works. */
  servedBabies: number
}

/**
 * Rolls authority figures up by UK deprivation quintile, for every year. `cell(i, y)` gives the
 * share-weighted figures; the groups add up to the scope's totals because every authority is in
 * exactly one group (those without an index, none in the seed, in a group of their own).
 */
export function deprivationGroups(
  data: ModelData,
  las: readonly { index: number; share: number }[],
  fys: readonly number[],
  cell: (i: number, y: number) => GroupCell,
): DeprivationGroup[] {
  const keys: (Quintile | null)[] = [1, 2, 3, 4, 5]
  if (las.some(({ index: i }) => data.las[i]!.deprivation === null)) keys.push(null)
  return keys.map((quintile) => {
    const members = las.filter(
      ({ index: i, share }) =>
        share > 0 && ((data.las[i]!.deprivation?.quintile ?? null) as Quintile | null) === quintile,
    )
    return {
      quintile,
      label: quintile === null ? 'No deprivation index' : QUINTILE_LABELS[quintile],
      authorities: members.length,
      years: fys.map((fyStart, y) => {
        let babies = 0
        let need = 0
        let supported = 0
        let covered = 0
        let served = 0
        for (const { index: i } of members) {
          const c = cell(i, y)
          babies += c.babies
          need += c.need
          supported += c.supported
          covered += c.coveredBabies
          served += c.servedBabies
        }
        return {
          fyStart,
          babiesUnder2: babies,
          need,
          capacity: supported,
          coverage: babies > 0 ? Math.min(1, covered / babies) : 0,
          geographicCoverage: babies > 0 ? Math.min(1, served / babies) : 0,
          babiesWithoutTeam: Math.max(0, babies - served),
        }
      }),
    }
  })
}
