import { monthIndex, monthsBetween } from './fiscal-year'
import type { TeamRecord } from './model-data'
import type { ExistingTeamPolicy } from './scenario'

/*
 * A register team's funding life, the one rule the engine and the screens share: a team works
 * the months of a financial year inside its known funding, none once it has closed; a scenario
 * that sustains existing teams renews funding when it ends.
 */

/**
 * Months of financial year `fy` a register team works: none once it has closed, and only
 * within its known funding unless the scenario sustains it. A team with no known end is taken
 * to go on (the register marks that [A]).
 */
export function workingMonths(team: TeamRecord, fy: number, policy: ExistingTeamPolicy): number {
  if (team.closedYear !== null && team.closedYear <= fy) return 0
  const { from, to } = fundingMonths(team)
  return monthsBetween(fy, from, policy === 'sustain' ? Infinity : to)
}

const parsed = new WeakMap<
  TeamRecord,
  { from: number; to: number; fundedFrom: string | null; fundedTo: string | null }
>()

/** The funding months as indices, parsed once per record: the least-cost search asks often. */
function fundingMonths(team: TeamRecord): { from: number; to: number } {
  let known = parsed.get(team)
  if (!known || known.fundedFrom !== team.fundedFrom || known.fundedTo !== team.fundedTo) {
    known = {
      from: team.fundedFrom === null ? -Infinity : monthIndex(team.fundedFrom),
      to: team.fundedTo === null ? Infinity : monthIndex(team.fundedTo),
      fundedFrom: team.fundedFrom,
      fundedTo: team.fundedTo,
    }
    parsed.set(team, known)
  }
  return known
}

/** Works for some of the year. */
export function isActive(team: TeamRecord, fy: number, policy: ExistingTeamPolicy): boolean {
  return workingMonths(team, fy, policy) > 0
}

/** Funded for the whole of every year from `fy` to `lastFy`: what a hub must be. */
export function fundedThrough(
  team: TeamRecord,
  fy: number,
  lastFy: number,
  policy: ExistingTeamPolicy,
): boolean {
  for (let y = fy; y <= lastFy; y++) if (workingMonths(team, y, policy) < 12) return false
  return true
}

/**
 * Months of the year a sustained team works beyond its known funding: the renewal the
 * scenario assumes, costed apart so a board sees it.
 */
/**
 * Would provide capacity but its known funding has ended by `fy` (not closed): the teams a
 * plan names as no longer counted.
 */
export function fundingEnded(team: TeamRecord, fy: number, policy: ExistingTeamPolicy): boolean {
  return team.fundedTo !== null && team.closedYear === null && !isActive(team, fy, policy)
}

export function renewedMonths(team: TeamRecord, fy: number, policy: ExistingTeamPolicy): number {
  if (policy !== 'sustain' || team.fundedTo === null) return 0
  return workingMonths(team, fy, 'sustain') - workingMonths(team, fy, 'as-funded')
}
