/**
 * The ranges and the tornado of a scenario's result, each its own query so the main result never
 * waits for them: they start once the result is on screen, keyed by the settings it was run
 * with, and keep the previous answer visible while the next is worked out.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import type { ResolvedSettings } from '../../../../shared/domain/scenario'
import { trpc } from '../../../trpc'

export interface DrawOptions {
  draws?: number
  seed?: number
}

export function useScenarioRanges(settings: ResolvedSettings, options: DrawOptions = {}) {
  return useQuery({
    ...trpc.scenario.ranges.queryOptions({ ...settings, ...options }),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
}

export function useScenarioSensitivity(settings: ResolvedSettings) {
  return useQuery({
    ...trpc.scenario.sensitivity.queryOptions(settings),
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
}
