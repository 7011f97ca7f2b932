/**
 * Pure parts of the board pack: each assumption as the board sees it (the value used, the default,
 * the plausible range, how sure we are, the source and the author's reason for any change), and
 * the status line a board reads first.
 */
import type { Assumption, AssumptionKey } from '../../shared/domain/assumptions'
import type { Mark } from '../../shared/domain/provenance'
import { formatAssumption, formatAssumptionRange } from './assumption-format'
import { formatDate } from './format'

export interface BoardAssumptionRow {
  key: AssumptionKey
  label: string
  value: string
  defaultValue: string
  range: string
  mark: Mark
  source: string
  differs: boolean
  /** The author's "why did you change this", when given. */
  note: string | null
}

/**
 * Every assumption with the value the scenario used; `values` are the resolved settings' values,
 * so one left alone equals its default. Float noise (0.07 vs 0.07000000001) is not a change.
 */
export function boardAssumptionRows(
  assumptions: readonly Assumption[],
  values: Partial<Record<AssumptionKey, number>>,
  rationale: Readonly<Record<string, string>>,
): BoardAssumptionRow[] {
  return assumptions.map((a) => {
    const used = values[a.key] ?? a.value
    const differs = Math.abs(used - a.value) > 1e-9 * Math.max(1, Math.abs(a.value))
    return {
      key: a.key,
      label: a.label,
      value: formatAssumption(used, a.unit),
      defaultValue: formatAssumption(a.value, a.unit),
      range: formatAssumptionRange(a.low, a.high, a.unit),
      mark: a.mark,
      source: a.source,
      differs,
      note: rationale[`a.${a.key}`]?.trim() || null,
    }
  })
}

/** "Approved for board on 3 November 2026 by Ann Smith" or "Draft: not approved for board". */
export function approvalText(scenario: {
  status: string
  approvedAt: string | null
  approvedBy: string | null
}): string {
  if (scenario.status !== 'approved') return 'Draft: not approved for board'
  const on = scenario.approvedAt ? ` on ${formatDate(scenario.approvedAt)}` : ''
  const by = scenario.approvedBy ? ` by ${scenario.approvedBy}` : ''
  return `Approved for board${on}${by}`
}
