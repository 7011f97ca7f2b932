import type { AssumptionValues } from '../../domain/assumptions'
import type { ModelData } from '../../domain/model-data'
import { RANGED_KEYS, type AssumptionRange } from '../../domain/uncertainty'
import { assert } from '../assert'

/**
 * Low, central and high of each ranged assumption: the published range (data.assumptions) with
 * the scenario's own value in the middle. A value set outside the range stretches the range to
 * include it, so the central case is always one of the possible outcomes.
 */
export function assumptionRanges(
  data: ModelData,
  values: AssumptionValues,
  trend: 'national' | 'annual',
): AssumptionRange[] {
  return RANGED_KEYS.map((key) => {
    const published = data.assumptions.find((a) => a.key === key)
    assert(published, `assumption ${key} has no range`)
    const central = values[key]
    const range: AssumptionRange = {
      key,
      label: published.label,
      unit: published.unit,
      low: Math.min(published.low, central),
      central,
      high: Math.max(published.high, central),
      mark: published.mark,
      source: published.source,
      widened: central < published.low || central > published.high,
    }
    if (key === 'existingTeamFamiliesPerYear') {
      range.note =
        'One draw of observed throughput sets both the families an existing team sees and the families each new clinical post sees (families per clinical WTE moves by the same proportion), because both come from the same figure.'
    }
    if (key === 'birthsTrendPerYear' && trend === 'national') {
      range.note =
        'Births follow the national projection; each draw moves them up or down from it by the difference between its yearly change and the central one, compounded each year after the last published estimate.'
    }
    return range
  })
}

/** The low ends, central values and high ends as vectors in RANGED_KEYS order. */
export function rangeVectors(ranges: readonly AssumptionRange[]) {
  return {
    low: Float64Array.from(ranges, (r) => r.low),
    central: Float64Array.from(ranges, (r) => r.central),
    high: Float64Array.from(ranges, (r) => r.high),
  }
}
