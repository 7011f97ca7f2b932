/**
 * Runs the scenario on the server as the settings change. A run takes a few milliseconds and the
 * engine is deterministic, so every change is sent at once (no typing debounce: it would put a
 * floor under edit-to-chart time) and each result is cached for good. The previous result stays
 * on screen while the next arrives (keepPreviousData), so charts change in place.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ScenarioSettings } from '../../../shared/domain/scenario'
import { queryClient, trpc } from '../../trpc'

export function useScenarioRun(settings: ScenarioSettings | null) {
  const query = useQuery({
    ...trpc.scenario.run.queryOptions(settings ?? { scope: 'K02000001' }),
    enabled: settings !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  return { query, updating: query.isFetching }
}

/**
 * Starts the run for new settings from the change handler itself, so the request is on the wire
 * while React re-renders the form; useScenarioRun then finds it in flight instead of starting it
 * only after the render has committed (about 20 ms later for an ICB).
 */
export function prefetchScenarioRun(settings: ScenarioSettings | null) {
  if (settings) void queryClient.prefetchQuery(trpc.scenario.run.queryOptions(settings))
}
