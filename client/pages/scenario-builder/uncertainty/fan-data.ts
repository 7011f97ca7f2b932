/** Fan chart rows and tables from a ranges answer: P10 to P90, P50 and the central case by year. */
import type { ScenarioRanges } from '../../../../shared/domain/uncertainty'
import type { FanRow } from '../../../charts/fan-chart'

export type FanMeasure = 'coverage' | 'cost' | 'cumulativeCost'

export function fanRows(ranges: ScenarioRanges, measure: FanMeasure): FanRow[] {
  return ranges.monteCarlo.years.map((y, k) => ({
    fy: y.fy,
    band: [y[measure].p10, y[measure].p90],
    p50: y[measure].p50,
    central: ranges.cases.central.years[k]![measure],
  }))
}
