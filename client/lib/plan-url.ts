/**
 * Addresses between the least-cost plan (/plan) and the scenario builder. /plan reads the same
 * parameters as the builder (scope, start, target, budget, workforce, trend, a.*) and ignores the
 * rest, so a link from the builder carries its area, years, caps and assumptions across; the
 * plan opens in the builder as its own settings, with each authority's option and start year.
 */
import type { LeastCostInput } from '../../shared/domain/least-cost'
import { fyEndLabel } from '../../shared/domain/fiscal-year'
import {
  DEFAULT_SETTINGS,
  FIRST_FY,
  LAST_FY,
  type ScenarioSettings,
} from '../../shared/domain/scenario'
import { parseNumber } from './parse-number'
import { settingsToState } from './scenario-settings'
import { toScenarioParams, type ScenarioUrlState, type UrlIssue } from './scenario-url'

type ReachBy = NonNullable<LeastCostInput['reachBy']>

/** The plan's own parameter, beside the builder's: £ per family-year of support. */
export const VALUE_PARAM = 'value'
export const MAX_FAMILY_YEAR_VALUE = 1e6

/** The value of a year of support from the address; undefined for the default or a bad value. */
export function familyYearValueOf(text: string | null, issues: UrlIssue[]): number | undefined {
  if (text === null) return undefined
  const value = parseNumber(text)
  if (value === null || value < 0 || value > MAX_FAMILY_YEAR_VALUE) {
    issues.push({
      field: 'familyYearValue',
      message: `Value of a year of support "${text}" is not an amount from £0 to £1,000,000, so the default is used`,
    })
    return undefined
  }
  return value
}

/** The "reach it by" path: r.2028=60 asks for at least 60% coverage by the end of 2028/29. */
export const REACH_PREFIX = 'r.'

/** The path from the address, sorted by year; a bad year or percentage is reported and dropped. */
export function reachByOf(params: URLSearchParams, issues: UrlIssue[]): ReachBy {
  const path: ReachBy = []
  for (const [name, text] of params) {
    if (!name.startsWith(REACH_PREFIX)) continue
    const fy = Number(name.slice(REACH_PREFIX.length))
    const percent = parseNumber(text)
    if (!Number.isInteger(fy) || fy < FIRST_FY || fy > LAST_FY) {
      issues.push({
        field: 'reachBy',
        message: `"${name}" is not a year we model, so it is ignored`,
      })
    } else if (percent === null || percent < 0 || percent > 100) {
      issues.push({
        field: `reachBy.${fy}`,
        message: `Coverage to reach by ${fyEndLabel(fy)} "${text}" is not a percentage from 0 to 100, so it is ignored`,
      })
    } else if (!path.some((m) => m.fy === fy)) {
      path.push({ fy, coverage: percent / 100 })
    }
  }
  return path.sort((a, b) => a.fy - b.fy)
}

/** The address with one year of the path set (a percentage) or cleared (undefined). */
export function withReachBy(
  params: URLSearchParams,
  fy: number,
  percent: number | undefined,
): URLSearchParams {
  const next = new URLSearchParams(params)
  if (percent === undefined) next.delete(`${REACH_PREFIX}${fy}`)
  else next.set(`${REACH_PREFIX}${fy}`, String(percent))
  return next
}

/** What the plan is solved for, from the builder's state; null until an area is chosen. */
export function planInput(
  state: ScenarioUrlState,
  familyYearValue?: number,
  reachBy: ReachBy = [],
): LeastCostInput | null {
  if (!state.scope) return null
  const input: LeastCostInput = { scope: state.scope }
  if (familyYearValue !== undefined) input.familyYearValue = familyYearValue
  // Years after the target are not asked for; the form shows only those up to it.
  const target = state.targetFy ?? DEFAULT_SETTINGS.targetFy
  const path = reachBy.filter((m) => m.fy <= target)
  if (path.length > 0) input.reachBy = path
  if (state.startFy !== undefined) input.startFy = state.startFy
  if (state.targetFy !== undefined) input.targetFy = state.targetFy
  if (state.budgetCap !== undefined) input.budgetCap = state.budgetCap
  if (state.workforceCap !== undefined) input.workforceCap = state.workforceCap
  if (state.trend) input.trend = state.trend
  if (state.existingTeams) input.existingTeams = state.existingTeams
  if (state.planningUnit) input.planningUnit = state.planningUnit
  if (Object.keys(state.assumptions).length > 0) input.assumptions = { ...state.assumptions }
  return input
}

/** /plan for the builder's area, years, caps and assumptions (not its strategy or options). */
export function planHref(state: ScenarioUrlState): string {
  const params = toScenarioParams({
    scope: state.scope,
    startFy: state.startFy,
    targetFy: state.targetFy,
    budgetCap: state.budgetCap,
    workforceCap: state.workforceCap,
    trend: state.trend,
    existingTeams: state.existingTeams,
    planningUnit: state.planningUnit,
    assumptions: state.assumptions,
    overrides: {},
  })
  return `/plan?${params.toString()}`
}

/**
 * The builder with the plan's settings. Hub teams are left out of the link: the plan names the
 * nearest hub in reach, which is the one the engine takes when none is named.
 */
export function builderHref(settings: ScenarioSettings): string {
  return `/scenarios/new?${toScenarioParams(settingsToState(settings)).toString()}`
}
