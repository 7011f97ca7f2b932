/**
 * A saved scenario's settings (what the server stores) ⇄ the builder's state (what the form
 * edits), and which settings differ from their defaults, for the "Why did you change this?" notes.
 *
 * The form edits only part of what settings can hold: per-authority hub teams and replacement
 * team templates have no controls yet. Those are carried over from the saved
 * settings unchanged, so editing a scenario in the builder never silently drops them.
 */
import { ASSUMPTION_KEYS, type AssumptionKey } from '../../shared/domain/assumptions'
import { DEFAULT_SETTINGS, type ScenarioSettings } from '../../shared/domain/scenario'
import { toScenarioSettings, type ScenarioUrlState } from './scenario-url'
import { NEEDS_KEY, OVERRIDES_KEY, SETTING_KEYS, type SettingKey } from './setting-labels'

export type AssumptionDefaults = Partial<Record<AssumptionKey, number>>

export function settingsToState(settings: ScenarioSettings): ScenarioUrlState {
  const state: ScenarioUrlState = { scope: settings.scope, assumptions: {}, overrides: {} }
  if (settings.startFy !== undefined) state.startFy = settings.startFy
  if (settings.targetFy !== undefined) state.targetFy = settings.targetFy
  if (settings.strategy) state.strategy = settings.strategy
  if (settings.phasing) state.phasing = settings.phasing
  if (settings.priority) state.priority = settings.priority
  // null and absent both mean "no cap" to the engine; the form knows only absent.
  if (settings.budgetCap !== undefined && settings.budgetCap !== null) {
    state.budgetCap = settings.budgetCap
  }
  if (settings.workforceCap !== undefined && settings.workforceCap !== null) {
    state.workforceCap = settings.workforceCap
  }
  if (settings.trend) state.trend = settings.trend
  if (settings.existingTeams) state.existingTeams = settings.existingTeams
  if (settings.planningUnit) state.planningUnit = settings.planningUnit
  for (const key of ASSUMPTION_KEYS) {
    const value = settings.assumptions?.[key]
    if (value !== undefined) state.assumptions[key] = value
  }
  for (const [code, override] of Object.entries(settings.overrides ?? {})) {
    if (override.option) state.overrides[code] = override.option
    if (override.startFy !== undefined) state.starts = { ...state.starts, [code]: override.startFy }
    if (override.needRate !== undefined && override.needReason !== undefined) {
      state.needs = {
        ...state.needs,
        [code]: { rate: override.needRate, reason: override.needReason },
      }
    }
  }
  return state
}

/**
 * The settings to save for the form's state: the form's own fields from `state`, and what the
 * form cannot show kept from `base` (templates; an overridden authority's hub team).
 */
export function stateToSettings(
  state: ScenarioUrlState,
  base?: ScenarioSettings,
): ScenarioSettings | null {
  const settings = toScenarioSettings(state)
  if (!settings || !base) return settings
  if (base.templates) settings.templates = base.templates
  if (base.overrides && settings.scope === base.scope) {
    // The form owns each authority's option, start year and need rate; only the hub team (no
    // control yet) comes from what was saved.
    const overrides: NonNullable<ScenarioSettings['overrides']> = { ...settings.overrides }
    for (const [code, saved] of Object.entries(base.overrides)) {
      const { needRate: _rate, needReason: _reason, ...kept } = saved
      const mine = overrides[code]
      // An option set by hand keeps its saved hub; extras of an authority without a chosen
      // option (only possible through the API) are kept; an option put back drops its extras.
      const keep =
        Boolean(mine?.option) ||
        (!kept.option && (kept.startFy !== undefined || kept.hubTeamId !== undefined))
      if (mine) overrides[code] = keep ? { ...kept, ...mine } : mine
      else if (keep) overrides[code] = kept
    }
    if (Object.keys(overrides).length > 0) settings.overrides = overrides
  }
  return settings
}

function settingDiffers(state: ScenarioUrlState, key: SettingKey): boolean {
  const value = state[key]
  if (value === undefined) return false
  // The start year's default is the year under way, so any chosen one counts as a change.
  return key === 'startFy' || value !== DEFAULT_SETTINGS[key]
}

/**
 * Rationale keys of everything set away from its default, in form order: settings by name
 * ('budgetCap'), assumptions as 'a.<key>', and 'overrides' when any authority's option is chosen.
 */
export function changedKeys(state: ScenarioUrlState, defaults: AssumptionDefaults): string[] {
  const keys: string[] = SETTING_KEYS.filter((key) => settingDiffers(state, key))
  for (const key of ASSUMPTION_KEYS) {
    const value = state.assumptions[key]
    if (value !== undefined && value !== defaults[key]) keys.push(`a.${key}`)
  }
  if (Object.keys(state.overrides).length > 0) keys.push(OVERRIDES_KEY)
  if (Object.keys(state.needs ?? {}).length > 0) keys.push(NEEDS_KEY)
  return keys
}

/**
 * The notes worth saving: only those beside something still changed, trimmed, none empty. A
 * note about a setting put back to its default no longer explains anything.
 */
export function rationaleToSave(
  rationale: Record<string, string>,
  changed: readonly string[],
): Record<string, string> {
  const keep: Record<string, string> = {}
  for (const key of changed) {
    const text = rationale[key]?.trim()
    if (text) keep[key] = text
  }
  return keep
}
