/**
 * Runs the scenario on the server as the settings change. A run takes a few milliseconds and the
 * engine is deterministic, so every change is sent at once (no typing debounce: it would put a
 * floor under edit-to-chart time) and each result is cached for good. The previous result stays
 * on screen while the next arrives (keepPreviousData), so charts change in place.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ScenarioSettings } from '../../../shared/domain/scenario'
import { trpc } from '../../trpc'

export function useScenarioRun(settings: ScenarioSettings | null) {
  const query = useQuery({
    ...trpc.scenario.run.queryOptions(settings ?? { scope: 'K02000001' }),
    enabled: settings !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  return { query, updating: query.isFetching }
}
