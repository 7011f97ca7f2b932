/**
 * The comparison's table of inputs: one row per setting or assumption, one value per scenario,
 * and whether the scenarios differ on it. Values come from the results' resolved settings (every
 * default filled in), so a setting left at its default and one set to the same value read alike.
 * Each cell carries the scenario's "why did you change this" note, when it has one.
 */
import type { Assumption } from '../../shared/domain/assumptions'
import { ASSUMPTION_KEYS } from '../../shared/domain/assumptions'
import { fyLabel } from '../../shared/domain/fiscal-year'
import {
  EXISTING_TEAM_POLICY_LABELS,
  PLANNING_UNIT_LABELS,
  OPTION_LABELS,
  PHASING_LABELS,
  STRATEGY_LABELS,
  type ResolvedSettings,
} from '../../shared/domain/scenario'
import { formatAssumption } from './assumption-format'
import { formatMoney, formatPercent, formatWte } from './format'
import { stableJson } from './scenario-draft'
import {
  NEEDS_KEY,
  OVERRIDES_KEY,
  PRIORITY_LABELS,
  SETTING_LABELS,
  TREND_LABELS,
  type SettingKey,
} from './setting-labels'

export interface CompareItem {
  settings: ResolvedSettings
  rationale: Record<string, string>
  scopeName: string
  /** Names of the authorities in the result, by code, for the options chosen by hand. */
  areaNames: ReadonlyMap<string, string>
}

export interface InputCell {
  text: string
  /** Why this scenario changed it, if the author said. */
  note?: string
}

export interface InputRow {
  /** The rationale key: 'scope', a setting name, 'a.<assumption>' or 'overrides'. */
  key: string
  label: string
  cells: InputCell[]
  differs: boolean
}

const SETTING_TEXT: Record<SettingKey, (s: ResolvedSettings) => string> = {
  strategy: (s) => STRATEGY_LABELS[s.strategy],
  startFy: (s) => fyLabel(s.startFy),
  targetFy: (s) => fyLabel(s.targetFy),
  phasing: (s) => PHASING_LABELS[s.phasing],
  budgetCap: (s) => (s.budgetCap === null ? 'No cap' : `${formatMoney(s.budgetCap)} a year`),
  workforceCap: (s) =>
    s.workforceCap === null
      ? 'No cap'
      : `${formatWte(s.workforceCap)} of new clinical staff a year`,
  priority: (s) => PRIORITY_LABELS[s.priority],
  trend: (s) => TREND_LABELS[s.trend],
  existingTeams: (s) => EXISTING_TEAM_POLICY_LABELS[s.existingTeams],
  planningUnit: (s) => PLANNING_UNIT_LABELS[s.planningUnit],
}

const SETTING_ORDER: SettingKey[] = [
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
]

function row(
  key: string,
  label: string,
  items: readonly CompareItem[],
  text: (i: CompareItem) => string,
  compareBy?: (i: CompareItem) => string,
): InputRow {
  const cells = items.map((item) => {
    const note = item.rationale[key]?.trim()
    return note ? { text: text(item), note } : { text: text(item) }
  })
  const keys = items.map(compareBy ?? text)
  return { key, label, cells, differs: new Set(keys).size > 1 }
}

function overridesText(item: CompareItem): string {
  const entries = Object.entries(item.settings.overrides).filter(([, o]) => o.option)
  if (entries.length === 0) return 'None: the strategy decides'
  return entries
    .map(([code, o]) => `${item.areaNames.get(code) ?? code}: ${OPTION_LABELS[o.option!]}`)
    .sort()
    .join('; ')
}

/** Authorities given their own need rate, each with its rate and the reason for it. */
function needsText(item: CompareItem): string {
  return Object.entries(item.settings.overrides)
    .filter(([, o]) => o.needRate !== undefined)
    .map(
      ([code, o]) =>
        `${item.areaNames.get(code) ?? code}: ${formatPercent(o.needRate, 1)} of births (${o.needReason ?? 'no reason given'})`,
    )
    .sort()
    .join('; ')
}

/**
 * Rows for the area, every setting, each assumption that any scenario changed or on which they
 * differ, the options chosen by hand and any authority's own need rate. `assumptions` gives labels, units and defaults.
 */
export function compareInputs(
  items: readonly CompareItem[],
  assumptions: readonly Assumption[],
): InputRow[] {
  const rows: InputRow[] = [
    row(
      'scope',
      'Area',
      items,
      (i) => i.scopeName,
      (i) => i.settings.scope,
    ),
  ]
  for (const key of SETTING_ORDER) {
    rows.push(row(key, SETTING_LABELS[key], items, (i) => SETTING_TEXT[key](i.settings)))
  }
  const byKey = new Map(assumptions.map((a) => [a.key, a]))
  for (const key of ASSUMPTION_KEYS) {
    const meta = byKey.get(key)
    const value = (i: CompareItem) => i.settings.assumptions[key]
    const changed = items.some((i) => meta !== undefined && value(i) !== meta.value)
    const r = row(
      `a.${key}`,
      meta?.label ?? key,
      items,
      (i) => (meta ? formatAssumption(value(i), meta.unit) : String(value(i))),
      (i) => String(value(i)),
    )
    if (changed || r.differs) rows.push(r)
  }
  rows.push(
    row(OVERRIDES_KEY, 'Options chosen by hand', items, overridesText, (i) =>
      stableJson(
        Object.fromEntries(
          Object.entries(i.settings.overrides).map(([code, o]) => [code, o.option ?? null]),
        ),
      ),
    ),
  )
  // Only when some scenario sets one: most do not, and every need is weighted by deprivation.
  if (items.some((i) => needsText(i) !== '')) {
    rows.push(row(NEEDS_KEY, 'Local need rates', items, (i) => needsText(i) || 'None'))
  }
  return rows
}
