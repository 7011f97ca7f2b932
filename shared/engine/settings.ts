import { ASSUMPTION_KEYS, assumptionValues, type AssumptionValues } from '../domain/assumptions'
import type { ModelData } from '../domain/model-data'
import { DEFAULT_SETTINGS, type ResolvedSettings, type ScenarioSettings } from '../domain/scenario'

const defaultsCache = new WeakMap<ModelData, AssumptionValues>()

/** The default value of every assumption in this snapshot. */
export function defaultAssumptions(data: ModelData): AssumptionValues {
  let values = defaultsCache.get(data)
  if (!values) {
    values = assumptionValues(data.assumptions)
    defaultsCache.set(data, values)
  }
  return values
}

/** Defaults overlaid with whichever of the given values are defined. */
export function withOverrides(
  base: AssumptionValues,
  overrides: Partial<Record<string, number | undefined>> | undefined,
): AssumptionValues {
  const values = { ...base }
  if (!overrides) return values
  for (const key of ASSUMPTION_KEYS) {
    const v = overrides[key]
    if (v !== undefined) values[key] = v
  }
  return values
}

/**
 * Fills every default. Idempotent: resolving already resolved settings returns equal
 * settings, so runScenario accepts either form. The start year is never before the
 * financial year under way (data.currentFy); a later target moves with it.
 */
export function resolveSettings(
  data: ModelData,
  settings: ScenarioSettings | ResolvedSettings,
): ResolvedSettings {
  // Years before the one under way are observed, not modelled: an older start moves up to now.
  const startFy = Math.max(settings.startFy ?? data.currentFy, data.currentFy)
  const resolved: ResolvedSettings = {
    scope: settings.scope.trim().toUpperCase(),
    startFy,
    // A start after the default target moves the target with it rather than failing.
    targetFy: Math.max(settings.targetFy ?? DEFAULT_SETTINGS.targetFy, startFy),
    strategy: settings.strategy ?? DEFAULT_SETTINGS.strategy,
    phasing: settings.phasing ?? DEFAULT_SETTINGS.phasing,
    priority: settings.priority ?? DEFAULT_SETTINGS.priority,
    budgetCap: settings.budgetCap ?? null,
    workforceCap: settings.workforceCap ?? null,
    trend: settings.trend ?? DEFAULT_SETTINGS.trend,
    existingTeams: settings.existingTeams ?? DEFAULT_SETTINGS.existingTeams,
    planningUnit: settings.planningUnit ?? DEFAULT_SETTINGS.planningUnit,
    assumptions: withOverrides(defaultAssumptions(data), settings.assumptions),
    overrides: normaliseOverrides(settings.overrides),
  }
  const templates = settings.templates
  if (templates && (templates.standard || templates.satellite)) {
    resolved.templates = {}
    if (templates.standard) resolved.templates.standard = templates.standard
    if (templates.satellite) resolved.templates.satellite = templates.satellite
  }
  return resolved
}

function normaliseOverrides(
  overrides: ResolvedSettings['overrides'] | undefined,
): ResolvedSettings['overrides'] {
  const out: ResolvedSettings['overrides'] = {}
  if (!overrides) return out
  for (const code of Object.keys(overrides).sort()) {
    const o = overrides[code]
    if (o) out[code.trim().toUpperCase()] = o
  }
  return out
}
