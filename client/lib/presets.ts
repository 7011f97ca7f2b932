/**
 * Named sets of assumption values (shared/domain/presets): applying one to the builder's state,
 * and telling which one the state is on. A preset owns the assumptions any preset sets; the
 * person's other changes (a need rate of their own, a budget cap) are left as they are.
 */
import type { AssumptionKey } from '../../shared/domain/assumptions'
import type { Preset, PresetId } from '../../shared/domain/presets'
import type { ScenarioUrlState } from './scenario-url'

type Values = Partial<Record<AssumptionKey, number>>

/** Every assumption some preset sets: the ones a preset decides. */
export function presetKeys(presets: readonly Preset[]): AssumptionKey[] {
  return [...new Set(presets.flatMap((p) => Object.keys(p.assumptions) as AssumptionKey[]))]
}

/**
 * The state with `preset` applied: its values set and every other preset's keys back to their
 * defaults (left out, so the link stays short), so applying the evidence preset undoes the PIF one.
 */
export function applyPreset(
  state: ScenarioUrlState,
  preset: Preset,
  presets: readonly Preset[],
): ScenarioUrlState {
  const assumptions: Values = { ...state.assumptions }
  for (const key of presetKeys(presets)) delete assumptions[key]
  return { ...state, assumptions: { ...assumptions, ...preset.assumptions } }
}

/** The assumption values a preset gives, defaults filled in for the keys it leaves alone. */
export function presetValues(preset: Preset, presets: readonly Preset[], defaults: Values): Values {
  const values: Values = {}
  for (const key of presetKeys(presets)) values[key] = preset.assumptions[key] ?? defaults[key]
  return values
}

/** The preset whose values the state's assumptions match, or null for a mix of one's own. */
export function presetInUse(
  assumptions: Values,
  presets: readonly Preset[],
  defaults: Values,
): PresetId | null {
  const keys = presetKeys(presets)
  const found = presets.find((preset) => {
    const wanted = presetValues(preset, presets, defaults)
    return keys.every((key) => (assumptions[key] ?? defaults[key]) === wanted[key])
  })
  return found?.id ?? null
}
