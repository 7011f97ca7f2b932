/**
 * Coverage by UK deprivation quintile, as the area pages and scenario results show it: one row
 * per fifth of UK authorities that has any authority in the area, and the sentence that says who
 * is left without a team. Pure, so the words a reader relies on are tested on their own.
 */
import type { DeprivationGroup, DeprivationGroupYear, Quintile } from '../../shared/domain/results'
import { formatPercent } from './format'

export interface QuintileRow {
  /** 'q1'…'q5', or 'none' for authorities without an index. */
  key: string
  quintile: Quintile | null
  label: string
  authorities: number
  year: DeprivationGroupYear
  /** Share of the group's babies living where no team works. */
  withoutShare: number
}

/** The groups with authorities in the area, at one financial year (missing years are skipped). */
export function quintileRows(groups: readonly DeprivationGroup[], fyStart: number): QuintileRow[] {
  const rows: QuintileRow[] = []
  for (const group of groups) {
    const year = group.years.find((y) => y.fyStart === fyStart)
    if (group.authorities === 0 || !year) continue
    rows.push({
      key: group.quintile === null ? 'none' : `q${group.quintile}`,
      quintile: group.quintile,
      label: group.label,
      authorities: group.authorities,
      year,
      withoutShare: year.babiesUnder2 > 0 ? year.babiesWithoutTeam / year.babiesUnder2 : 0,
    })
  }
  return rows
}

/** The most and the least deprived fifths present, or null when fewer than two are. */
function ends(rows: readonly QuintileRow[]): [QuintileRow, QuintileRow] | null {
  const ranked = rows.filter((r) => r.quintile !== null)
  const most = ranked[0]
  const least = ranked.at(-1)
  return most && least && most !== least ? [most, least] : null
}

function lower(label: string): string {
  return label.charAt(0).toLowerCase() + label.slice(1)
}

/**
 * 'In the most deprived fifth, 61% of babies live where no team works today, against 95% in the
 * least deprived fifth.' An area inside one fifth (an authority) gets that fifth named instead.
 */
export function withoutTeamSentence(rows: readonly QuintileRow[], areaName: string): string {
  const pair = ends(rows)
  if (pair) {
    const [most, least] = pair
    return `In the ${lower(most.label)}, ${formatPercent(most.withoutShare)} of babies live where no team works today, against ${formatPercent(least.withoutShare)} in the ${lower(least.label)}.`
  }
  const only = rows.find((r) => r.quintile !== null)
  if (!only) return ''
  const where =
    only.authorities === 1
      ? `${areaName} is in the ${lower(only.label)} of UK authorities`
      : `All the authorities in ${areaName} are in the ${lower(only.label)} of UK authorities`
  return `${where}: ${formatPercent(only.withoutShare)} of its babies live where no team works today.`
}

/**
 * 'In the most deprived fifth, capacity coverage goes from 56% in 2026/27 to 100% by March 2031;
 * in the least deprived fifth, from 0% to 100%.'
 */
export function coverageChangeSentence(
  first: readonly QuintileRow[],
  target: readonly QuintileRow[],
  firstText: string,
  targetText: string,
): string {
  const pair = ends(target)
  const at = (rows: readonly QuintileRow[], row: QuintileRow) =>
    formatPercent(rows.find((r) => r.key === row.key)?.year.coverage)
  if (pair) {
    const [most, least] = pair
    return `In the ${lower(most.label)}, capacity coverage goes from ${at(first, most)} in ${firstText} to ${at(target, most)} ${targetText}; in the ${lower(least.label)}, from ${at(first, least)} to ${at(target, least)}.`
  }
  const only = target.find((r) => r.quintile !== null)
  if (!only) return ''
  return `Every authority here is in the ${lower(only.label)} of UK authorities: capacity coverage goes from ${at(first, only)} in ${firstText} to ${at(target, only)} ${targetText}.`
}
