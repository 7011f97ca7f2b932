/** The model's version, notes and presets, and the financial year under way, from the server. */
import { useQuery } from '@tanstack/react-query'
import { fyLabel, fyOfDate } from '../../shared/domain/fiscal-year'
import { REFERENCE_STALE_TIME, trpc } from '../trpc'

export function useModelInfo() {
  return useQuery({ ...trpc.assumptions.model.queryOptions(), staleTime: REFERENCE_STALE_TIME })
}

/**
 * The first modelled year: the server's financial year under way, or this device's until the
 * server answers (the two differ only around midnight on 1 April).
 */
export function useCurrentFy(): number {
  const info = useModelInfo()
  return info.data?.currentFy ?? fyOfDate(new Date())
}

/** The year under way as its label, '2026/27': the tick a modelled path marks "now". */
export function useNowFy(): string {
  return fyLabel(useCurrentFy())
}
