/** Picking years out of a scenario result. */
import type { ScenarioResult, YearResult } from '../../../shared/domain/results'

/** The target year's row, or the last modelled year if the target is beyond the results. */
export function targetYear(result: ScenarioResult): YearResult | undefined {
  return result.years.find((y) => y.fyStart === result.settings.targetFy) ?? result.years.at(-1)
}
