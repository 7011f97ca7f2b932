/**
 * A scenario's settings as a compact query string, so a scenario can be shared by link and
 * survives a refresh. Only values that differ from the defaults are written:
 *
 *   ?scope=E54000048&phasing=capped&budget=500000&a.needRate=0.08&o.E06000008=satellite
 *   &os.E06000008=2029   (start year for that authority, as the least-cost plan sets them)
 *   &n.E06000009=0.09&nr.E06000009=Local%20needs%20assessment%202025   (its own need rate and why)
 *
 * Reading is strict but forgiving: parameters we do not know (tracking tags, old names) are
 * ignored, while a known parameter with a bad value is dropped and reported as an issue naming
 * the field, so the page can say what it ignored. Nothing is clamped or rounded: a value outside
 * its allowed range is refused, never silently moved into range.
 */
import { ASSUMPTION_KEYS, type AssumptionKey } from '../../shared/domain/assumptions'
import {
  ABSOLUTE_LIMITS,
  AREA_CODE,
  DEFAULT_SETTINGS,
  FIRST_FY,
  LAST_FY,
  OPTIONS,
  overrideSchema,
  PHASINGS,
  PRIORITIES,
  STRATEGIES,
  type OptionKind,
  type Phasing,
  type Priority,
  type ScenarioSettings,
  type Strategy,
  EXISTING_TEAM_POLICIES,
  type ExistingTeamPolicy,
  PLANNING_UNITS,
  type PlanningUnit,
} from '../../shared/domain/scenario'
import { parseNumber } from './parse-number'

export { parseNumber }

export type Trend = 'national' | 'annual'
export const TRENDS: readonly Trend[] = ['national', 'annual']

/** Everything the builder lets a user change; absent fields take the model's defaults. */
export interface ScenarioUrlState {
  scope: string | null
  startFy?: number
  targetFy?: number
  strategy?: Strategy
  phasing?: Phasing
  priority?: Priority
  /** Annual budget cap in £; absent means no cap. */
  budgetCap?: number
  /** New clinical WTE that can be recruited per year; absent means no cap. */
  workforceCap?: number
  trend?: Trend
  /** Whether existing teams stop when their funding ends or are sustained. */
  existingTeams?: ExistingTeamPolicy
  /** Whether a county's districts share one new team or each get their own. */
  planningUnit?: PlanningUnit
  assumptions: Partial<Record<AssumptionKey, number>>
  /** Option chosen by hand for a local authority, by its code. */
  overrides: Record<string, OptionKind>
  /**
   * Start year (FY start) set for a local authority's new provision, by its code. It goes with
   * the authority's chosen option: without one (after a change of area, say) it is not used.
   */
  starts?: Record<string, number>
  /**
   * An authority's own need rate (share of births) with the reason for it, by its code, in place
   * of the weighted national rate. Kept apart from the option so either can be set alone.
   */
  needs?: Record<string, LocalNeed>
}

export interface LocalNeed {
  rate: number
  reason: string
}

/**
 * A setting we could not use. `field` names the form field it belongs to, in the same dotted form
 * the server uses for validation errors ('budgetCap', 'assumptions.needRate', 'overrides.E06000008').
 */
export interface UrlIssue {
  field: string
  message: string
}

export const EMPTY_STATE: ScenarioUrlState = { scope: null, assumptions: {}, overrides: {} }

/** Query parameter names; short ones keep shared links readable. */
export const PARAM = {
  scope: 'scope',
  startFy: 'start',
  targetFy: 'target',
  strategy: 'strategy',
  phasing: 'phasing',
  priority: 'priority',
  budgetCap: 'budget',
  workforceCap: 'workforce',
  trend: 'trend',
  existingTeams: 'existing',
  planningUnit: 'unit',
} as const

export const ASSUMPTION_PREFIX = 'a.'
export const OVERRIDE_PREFIX = 'o.'
export const START_PREFIX = 'os.'
export const NEED_RATE_PREFIX = 'n.'
export const NEED_REASON_PREFIX = 'nr.'

function isOneOf<T extends string>(list: readonly T[], value: string): value is T {
  return (list as readonly string[]).includes(value)
}

function isAssumptionKey(key: string): key is AssumptionKey {
  return isOneOf(ASSUMPTION_KEYS, key)
}

function parseYear(text: string, field: string, label: string, issues: UrlIssue[]) {
  const value = parseNumber(text)
  if (value === null || !Number.isInteger(value) || value < FIRST_FY || value > LAST_FY) {
    issues.push({
      field,
      message: `${label} "${text}" is not a financial year from ${FIRST_FY} to ${LAST_FY}, so it was ignored`,
    })
    return undefined
  }
  return value
}

function parseEnum<T extends string>(
  list: readonly T[],
  text: string,
  field: string,
  label: string,
  issues: UrlIssue[],
): T | undefined {
  if (isOneOf(list, text)) return text
  issues.push({
    field,
    message: `${label} "${text}" is not one of ${list.join(', ')}, so it was ignored`,
  })
  return undefined
}

function parseCap(text: string, field: string, label: string, max: number, issues: UrlIssue[]) {
  const value = parseNumber(text)
  if (value === null || value <= 0 || value > max) {
    issues.push({
      field,
      message: `${label} "${text}" must be a number more than 0 and at most ${max.toLocaleString('en-GB')}, so it was ignored`,
    })
    return undefined
  }
  return value
}

/** Checks one assumption value against its absolute limits; returns a message when it is impossible. */
export function assumptionProblem(key: AssumptionKey, value: number): string | null {
  const [min, max] = ABSOLUTE_LIMITS[key]
  if (value < min || value > max) return `must be between ${min} and ${max}`
  return null
}

/** Reads the builder's state from a query string. Junk is ignored; bad values become issues. */
export function parseScenarioParams(params: URLSearchParams): {
  state: ScenarioUrlState
  issues: UrlIssue[]
} {
  const issues: UrlIssue[] = []
  const state: ScenarioUrlState = { scope: null, assumptions: {}, overrides: {} }
  const needs: NeedParams = { rates: new Map(), reasons: new Map() }

  for (const [name, raw] of params) {
    const text = raw.trim()
    switch (name) {
      case PARAM.scope: {
        const parsed = AREA_CODE.safeParse(text.toUpperCase())
        if (parsed.success) state.scope = parsed.data
        else
          issues.push({
            field: 'scope',
            message: `Area code "${text}" is not valid, so it was ignored`,
          })
        break
      }
      case PARAM.startFy:
        state.startFy = parseYear(text, 'startFy', 'Start year', issues)
        break
      case PARAM.targetFy:
        state.targetFy = parseYear(text, 'targetFy', 'Target year', issues)
        break
      case PARAM.strategy:
        state.strategy = parseEnum(STRATEGIES, text, 'strategy', 'Strategy', issues)
        break
      case PARAM.phasing:
        state.phasing = parseEnum(PHASINGS, text, 'phasing', 'Phasing', issues)
        break
      case PARAM.priority:
        state.priority = parseEnum(PRIORITIES, text, 'priority', 'Priority', issues)
        break
      case PARAM.trend:
        state.trend = parseEnum(TRENDS, text, 'trend', 'Births trend', issues)
        break
      case PARAM.existingTeams:
        state.existingTeams = parseEnum(
          EXISTING_TEAM_POLICIES,
          text,
          'existingTeams',
          'Existing teams',
          issues,
        )
        break
      case PARAM.planningUnit:
        state.planningUnit = parseEnum(
          PLANNING_UNITS,
          text,
          'planningUnit',
          'Planning unit',
          issues,
        )
        break
      case PARAM.budgetCap:
        state.budgetCap = parseCap(text, 'budgetCap', 'Annual budget cap', 1e10, issues)
        break
      case PARAM.workforceCap:
        state.workforceCap = parseCap(text, 'workforceCap', 'Workforce cap', 1e5, issues)
        break
      default:
        if (name.startsWith(ASSUMPTION_PREFIX)) readAssumption(name, text, state, issues)
        else if (name.startsWith(OVERRIDE_PREFIX)) readOverride(name, text, state, issues)
        else if (name.startsWith(START_PREFIX)) readStart(name, text, state, issues)
        else if (name.startsWith(NEED_RATE_PREFIX)) needs.rates.set(codeOf(name), text)
        else if (name.startsWith(NEED_REASON_PREFIX)) needs.reasons.set(codeOf(name), raw)
      // Anything else (utm tags, parameters of other pages) is not ours to judge.
    }
  }

  // The server refuses a target before the start; say so here rather than send a doomed request.
  if (
    state.startFy !== undefined &&
    state.targetFy !== undefined &&
    state.targetFy < state.startFy
  ) {
    issues.push({
      field: 'targetFy',
      message: `Target year ${state.targetFy} is before the start year ${state.startFy}, so it was ignored`,
    })
    state.targetFy = undefined
  }
  const localNeeds = pairNeeds(needs, issues)
  if (Object.keys(localNeeds).length > 0) state.needs = localNeeds
  return { state: dropUndefined(state), issues }
}

interface NeedParams {
  rates: Map<string, string>
  reasons: Map<string, string>
}

function codeOf(name: string): string {
  return name.slice(name.indexOf('.') + 1).toUpperCase()
}

/** The problem with a local need rate (a share of births), or null: the server's own rule. */
export function needRateProblem(rate: number): string | null {
  const parsed = overrideSchema.shape.needRate.safeParse(rate)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not a need rate')
}

/** The problem with the reason for a local need rate, or null: the server's own rule. */
export function needReasonProblem(reason: string): string | null {
  const parsed = overrideSchema.shape.needReason.safeParse(reason)
  return parsed.success ? null : (parsed.error.issues[0]?.message ?? 'not a reason')
}

/** A rate and its reason travel as two parameters; one without the other is not used. */
function pairNeeds(needs: NeedParams, issues: UrlIssue[]): Record<string, LocalNeed> {
  const out: Record<string, LocalNeed> = {}
  const codes = [...new Set([...needs.rates.keys(), ...needs.reasons.keys()])].sort()
  for (const code of codes) {
    const field = `needs.${code}`
    if (!AREA_CODE.safeParse(code).success) {
      issues.push({
        field: 'overrides',
        message: `"${code}" is not an area code, so its need rate was ignored`,
      })
      continue
    }
    const rateText = needs.rates.get(code)
    const reason = needs.reasons.get(code)?.trim()
    if (rateText === undefined || reason === undefined) {
      issues.push({
        field,
        message:
          rateText === undefined
            ? `The reason for ${code}'s need rate came without a rate, so it was ignored`
            : `The need rate for ${code} came without its reason, so it was ignored`,
      })
      continue
    }
    const rate = parseNumber(rateText)
    const problem = rate === null ? 'is not a number' : needRateProblem(rate)
    if (rate === null || problem) {
      issues.push({
        field,
        message: `Need rate "${rateText}" for ${code}: ${problem}, so it was ignored`,
      })
      continue
    }
    const reasonProblem = needReasonProblem(reason)
    if (reasonProblem) {
      issues.push({
        field,
        message: `The reason for ${code}'s need rate: ${reasonProblem}, so it was ignored`,
      })
      continue
    }
    out[code] = { rate, reason }
  }
  return out
}

function readAssumption(name: string, text: string, state: ScenarioUrlState, issues: UrlIssue[]) {
  const key = name.slice(ASSUMPTION_PREFIX.length)
  if (!isAssumptionKey(key)) {
    issues.push({
      field: 'assumptions',
      message: `There is no assumption called "${key}", so it was ignored`,
    })
    return
  }
  const field = `assumptions.${key}`
  const value = parseNumber(text)
  if (value === null) {
    issues.push({ field, message: `${key} "${text}" is not a number, so it was ignored` })
    return
  }
  const problem = assumptionProblem(key, value)
  if (problem) {
    issues.push({ field, message: `${key} ${problem}; ${text} was ignored` })
    return
  }
  state.assumptions[key] = value
}

function readOverride(name: string, text: string, state: ScenarioUrlState, issues: UrlIssue[]) {
  const code = name.slice(OVERRIDE_PREFIX.length).toUpperCase()
  if (!AREA_CODE.safeParse(code).success) {
    issues.push({
      field: 'overrides',
      message: `"${code}" is not an area code, so its option was ignored`,
    })
    return
  }
  if (!isOneOf(OPTIONS, text)) {
    issues.push({
      field: `overrides.${code}`,
      message: `Option "${text}" for ${code} is not one of ${OPTIONS.join(', ')}, so it was ignored`,
    })
    return
  }
  state.overrides[code] = text
}

function readStart(name: string, text: string, state: ScenarioUrlState, issues: UrlIssue[]) {
  const code = name.slice(START_PREFIX.length).toUpperCase()
  if (!AREA_CODE.safeParse(code).success) {
    issues.push({
      field: 'overrides',
      message: `"${code}" is not an area code, so its start year was ignored`,
    })
    return
  }
  const year = parseYear(text, `overrides.${code}`, `Start year for ${code}`, issues)
  if (year !== undefined) state.starts = { ...state.starts, [code]: year }
}

function dropUndefined(state: ScenarioUrlState): ScenarioUrlState {
  const copy = { ...state } as Record<string, unknown>
  for (const key of Object.keys(copy)) if (copy[key] === undefined) delete copy[key]
  return copy as unknown as ScenarioUrlState
}

/**
 * Writes the state as a query string with only non-default values, in a stable order so the
 * same scenario always has the same link. Assumption values equal to `assumptionDefaults` are
 * left out too.
 */
export function toScenarioParams(
  state: ScenarioUrlState,
  assumptionDefaults: Partial<Record<AssumptionKey, number>> = {},
): URLSearchParams {
  const params = new URLSearchParams()
  if (state.scope) params.set(PARAM.scope, state.scope)
  const put = (
    name: string,
    value: string | number | undefined,
    fallback: string | number | null,
  ) => {
    if (value !== undefined && value !== fallback) params.set(name, String(value))
  }
  // No default: the start year is the financial year under way unless one is chosen.
  put(PARAM.startFy, state.startFy, null)
  put(PARAM.targetFy, state.targetFy, DEFAULT_SETTINGS.targetFy)
  put(PARAM.strategy, state.strategy, DEFAULT_SETTINGS.strategy)
  put(PARAM.phasing, state.phasing, DEFAULT_SETTINGS.phasing)
  put(PARAM.priority, state.priority, DEFAULT_SETTINGS.priority)
  put(PARAM.budgetCap, state.budgetCap, DEFAULT_SETTINGS.budgetCap)
  put(PARAM.workforceCap, state.workforceCap, DEFAULT_SETTINGS.workforceCap)
  put(PARAM.trend, state.trend, DEFAULT_SETTINGS.trend)
  put(PARAM.existingTeams, state.existingTeams, DEFAULT_SETTINGS.existingTeams)
  put(PARAM.planningUnit, state.planningUnit, DEFAULT_SETTINGS.planningUnit)
  for (const key of ASSUMPTION_KEYS) {
    const value = state.assumptions[key]
    if (value !== undefined && value !== assumptionDefaults[key]) {
      params.set(`${ASSUMPTION_PREFIX}${key}`, String(value))
    }
  }
  for (const code of Object.keys(state.overrides).sort()) {
    params.set(`${OVERRIDE_PREFIX}${code}`, state.overrides[code]!)
  }
  for (const code of Object.keys(state.starts ?? {}).sort()) {
    if (state.overrides[code]) params.set(`${START_PREFIX}${code}`, String(state.starts![code]))
  }
  for (const code of Object.keys(state.needs ?? {}).sort()) {
    const need = state.needs![code]!
    params.set(`${NEED_RATE_PREFIX}${code}`, String(need.rate))
    params.set(`${NEED_REASON_PREFIX}${code}`, need.reason)
  }
  return params
}

/** The input for `scenario.run`; null until a scope is chosen. */
export function toScenarioSettings(state: ScenarioUrlState): ScenarioSettings | null {
  if (!state.scope) return null
  const settings: ScenarioSettings = { scope: state.scope }
  if (state.startFy !== undefined) settings.startFy = state.startFy
  if (state.targetFy !== undefined) settings.targetFy = state.targetFy
  if (state.strategy) settings.strategy = state.strategy
  if (state.phasing) settings.phasing = state.phasing
  if (state.priority) settings.priority = state.priority
  if (state.budgetCap !== undefined) settings.budgetCap = state.budgetCap
  if (state.workforceCap !== undefined) settings.workforceCap = state.workforceCap
  if (state.trend) settings.trend = state.trend
  if (state.existingTeams) settings.existingTeams = state.existingTeams
  if (state.planningUnit) settings.planningUnit = state.planningUnit
  if (Object.keys(state.assumptions).length > 0) settings.assumptions = { ...state.assumptions }
  const codes = [...new Set([...Object.keys(state.overrides), ...Object.keys(state.needs ?? {})])]
  if (codes.length > 0) {
    settings.overrides = Object.fromEntries(
      codes.map((code) => {
        const option = state.overrides[code]
        const startFy = option ? state.starts?.[code] : undefined
        const need = state.needs?.[code]
        return [
          code,
          {
            ...(option ? { option } : {}),
            ...(startFy ? { startFy } : {}),
            ...(need ? { needRate: need.rate, needReason: need.reason } : {}),
          },
        ]
      }),
    )
  }
  return settings
}

/** A copy of the state with one field set, or removed when `value` is undefined. */
export function withField<K extends Exclude<keyof ScenarioUrlState, 'assumptions' | 'overrides'>>(
  state: ScenarioUrlState,
  key: K,
  value: ScenarioUrlState[K] | undefined,
): ScenarioUrlState {
  const next = { ...state, [key]: value }
  return dropUndefined(next)
}

export function withAssumption(
  state: ScenarioUrlState,
  key: AssumptionKey,
  value: number | undefined,
): ScenarioUrlState {
  const assumptions = { ...state.assumptions }
  if (value === undefined) delete assumptions[key]
  else assumptions[key] = value
  return { ...state, assumptions }
}

export function withOverride(
  state: ScenarioUrlState,
  code: string,
  option: OptionKind | undefined,
): ScenarioUrlState {
  const overrides = { ...state.overrides }
  if (option === undefined) delete overrides[code]
  else overrides[code] = option
  if (option !== undefined || !state.starts?.[code]) return { ...state, overrides }
  // Back to the strategy's choice: its start year goes with it.
  const { [code]: _, ...starts } = state.starts
  return dropUndefined({
    ...state,
    overrides,
    starts: Object.keys(starts).length > 0 ? starts : undefined,
  })
}

/** A copy of the state with an authority's own need rate set, or removed when `need` is undefined. */
export function withNeed(
  state: ScenarioUrlState,
  code: string,
  need: LocalNeed | undefined,
): ScenarioUrlState {
  const needs = { ...state.needs }
  if (need === undefined) delete needs[code]
  else needs[code] = need
  return dropUndefined({ ...state, needs: Object.keys(needs).length > 0 ? needs : undefined })
}

/** Whether a query parameter belongs to the scenario (and so is rewritten with it). */
export function isScenarioParam(name: string): boolean {
  return (
    (Object.values(PARAM) as string[]).includes(name) ||
    name.startsWith(ASSUMPTION_PREFIX) ||
    name.startsWith(OVERRIDE_PREFIX) ||
    name.startsWith(START_PREFIX) ||
    name.startsWith(NEED_RATE_PREFIX) ||
    name.startsWith(NEED_REASON_PREFIX)
  )
}

/**
 * The new address for a changed scenario: its own parameters rewritten, while parameters other
 * parts of the page keep there (a table's sort order) stay as they were.
 */
export function mergeScenarioParams(
  current: URLSearchParams,
  state: ScenarioUrlState,
  assumptionDefaults: Partial<Record<AssumptionKey, number>> = {},
): URLSearchParams {
  const merged = toScenarioParams(state, assumptionDefaults)
  for (const [name, value] of current) if (!isScenarioParam(name)) merged.append(name, value)
  return merged
}
