/**
 * Rows for the scenario charts and their data-table twins, from a scenario result. Pure, so the
 * chart and the table always show the same numbers.
 */
import { BANDS, type Band } from '../../../../shared/domain/pay'
import type { YearResult } from '../../../../shared/domain/results'

/** Bands with any staff in any year, in pay order; bands never used would only clutter the legend. */
export function bandsInUse(years: readonly YearResult[]): Band[] {
  return BANDS.filter((band) => years.some((y) => (y.wteByBand[band] ?? 0) > 0.005))
}

export function wteRows(years: readonly YearResult[]) {
  return years.map((y) => ({ fy: y.fy, total: y.wte, ...y.wteByBand }))
}

export const TEAM_PARTS = [
  { key: 'existing', label: 'Existing teams', one: 'existing team' },
  { key: 'expanded', label: 'Existing teams expanded', one: 'existing team expanded' },
  { key: 'new', label: 'New teams', one: 'new team' },
  { key: 'satellites', label: 'New satellites', one: 'new satellite' },
] as const

export function teamRows(years: readonly YearResult[]) {
  return years.map((y) => ({ fy: y.fy, total: y.teams, ...y.teamsBreakdown }))
}
