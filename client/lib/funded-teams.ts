/**
 * Which of an area's register teams count today: those providing capacity whose funding covers
 * the year under way (the engine's rule, shared/domain/team-funding.ts), and those that no longer
 * count because their known funding has ended.
 */
import type { AreaSummary } from '../../shared/domain/area-summary'
import { parseFyLabel } from '../../shared/domain/fiscal-year'
import type { TeamRecord } from '../../shared/domain/model-data'
import { fundingEnded, isActive } from '../../shared/domain/team-funding'

function yearOf(summary: Pick<AreaSummary, 'coverage'>): number {
  return parseFyLabel(summary.coverage.fy) ?? 0
}

export function teamsWorking(summary: Pick<AreaSummary, 'teams' | 'coverage'>): TeamRecord[] {
  const fy = yearOf(summary)
  return summary.teams.filter((t) => t.providesCapacity && isActive(t, fy, 'as-funded'))
}

/** Teams that would provide capacity but whose funding ended before the year under way. */
export function teamsLapsed(summary: Pick<AreaSummary, 'teams' | 'coverage'>): TeamRecord[] {
  const fy = yearOf(summary)
  return summary.teams.filter((t) => t.providesCapacity && fundingEnded(t, fy, 'as-funded'))
}
