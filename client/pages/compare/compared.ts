import type { ScenarioResult } from '../../../shared/domain/results'
import type { SavedScenario } from '../../../shared/domain/saved-scenario'

/** One scenario in a comparison; `key` names its column in the chart rows (ids may repeat shape). */
export interface Compared {
  key: string
  scenario: SavedScenario
  result: ScenarioResult
}
