/**
 * Words for a scenario's settings, shared by the builder (its choices), the rationale notes ("Why
 * did you change the budget cap?") and the comparison's table of inputs, so a setting is called
 * the same thing everywhere.
 */
import type { Priority } from '../../shared/domain/scenario'
import type { Trend } from './scenario-url'

export const PRIORITY_LABELS: Record<Priority, string> = {
  'unmet-need': 'Largest unmet need first',
  babies: 'Most babies first',
  'lowest-coverage': 'Lowest coverage first',
  name: 'Alphabetical order',
}

export const TREND_LABELS: Record<Trend, string> = {
  national: 'Follow the national projection (ONS)',
  annual: 'A fixed change each year',
}

/** The settings a rationale note can be written for, in the order the builder asks them. */
export const SETTING_KEYS = [
  'strategy',
  'startFy',
  'targetFy',
  'phasing',
  'budgetCap',
  'workforceCap',
  'priority',
  'trend',
  'existingTeams',
  'planningUnit',
] as const
export type SettingKey = (typeof SETTING_KEYS)[number]

/** Short names, as they read in a sentence or a table row. */
export const SETTING_LABELS: Record<SettingKey, string> = {
  strategy: 'Strategy',
  startFy: 'Start year',
  targetFy: 'Target year',
  phasing: 'Phasing',
  budgetCap: 'Annual budget cap',
  workforceCap: 'Workforce cap',
  priority: 'Priority order',
  trend: 'Births trend',
  existingTeams: 'Existing teams',
  planningUnit: 'Planning unit',
}

/** The rationale key of the per-authority options chosen by hand (one note for them all). */
export const OVERRIDES_KEY = 'overrides'

/** The rationale key of the authorities given their own need rate (each carries its own reason). */
export const NEEDS_KEY = 'needs'
