/**
 * Runs the scenario on the server as the settings change. Typing is debounced (150 ms) so a run
 * starts once the user pauses, and the previous result stays on screen while the next one is
 * computed (keepPreviousData), so charts change in place instead of flashing empty.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ScenarioSettings } from '../../../shared/domain/scenario'
import { useDebouncedValue } from '../../lib/use-debounced-value'
import { trpc } from '../../trpc'

export const RUN_DEBOUNCE_MS = 150

export function useScenarioRun(settings: ScenarioSettings | null) {
  const debounced = useDebouncedValue(settings, RUN_DEBOUNCE_MS)
  const query = useQuery({
    ...trpc.scenario.run.queryOptions(debounced ?? { scope: 'K02000001' }),
    enabled: debounced !== null,
    placeholderData: keepPreviousData,
    // Same settings, same result: the engine is deterministic, so a run never goes stale.
    staleTime: Infinity,
  })
  const settling = JSON.stringify(settings) !== JSON.stringify(debounced)
  return { query, updating: settling || query.isFetching }
}
