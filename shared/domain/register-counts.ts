import type { TeamRecord } from './model-data'

export interface RegisterCountPoint {
  year: number
  count: number
}

export interface RegisterCounts {
  years: RegisterCountPoint[]
  /** Teams left out because the register does not know the year they started. */
  undated: number
}

/** The published count starts with Rare Jewels (June 2019), so the register's series does too. */
export const REGISTER_FIRST_YEAR = 2019

/**
 * Teams in the register operating in each calendar year, REGISTER_FIRST_YEAR..lastYear: started
 * in or before the year and not closed before it. Related services are not specialised teams and
 * unverified rows are not known to exist, so neither counts; an aggregate row counts as the teams
 * it stands for. Derived from the register, so adding or closing a team moves it.
 */
export function registerCounts(teams: readonly TeamRecord[], lastYear: number): RegisterCounts {
  const counted = teams.filter((t) => t.status !== 'related' && t.status !== 'unverified')
  const dated = counted.filter((t) => t.establishedYear !== null)
  const years: RegisterCountPoint[] = []
  for (let year = REGISTER_FIRST_YEAR; year <= lastYear; year++) {
    const count = dated
      .filter(
        (t) =>
          (t.establishedYear ?? year + 1) <= year &&
          (t.closedYear === null || t.closedYear >= year),
      )
      .reduce((sum, t) => sum + t.teamsRepresented, 0)
    years.push({ year, count })
  }
  return { years, undated: counted.length - dated.length }
}
