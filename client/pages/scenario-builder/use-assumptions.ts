/** The model's assumptions and their default values, for the builder and saved scenarios. */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'
import { REFERENCE_STALE_TIME, trpc } from '../../trpc'

const NO_ASSUMPTIONS: Assumption[] = []

export function useAssumptions() {
  const query = useQuery({
    ...trpc.assumptions.list.queryOptions(),
    staleTime: REFERENCE_STALE_TIME,
  })
  const assumptions = query.data ?? NO_ASSUMPTIONS
  const defaults = useMemo(
    () =>
      Object.fromEntries(assumptions.map((a) => [a.key, a.value])) as Partial<
        Record<AssumptionKey, number>
      >,
    [assumptions],
  )
  return { assumptions, defaults, query }
}
