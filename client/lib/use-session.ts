/**
 * Who is signed in, from `auth.me` (null when nobody is). The header, the scenario pages and the
 * sign-in page all read the same cached answer. Signing in or out replaces it and drops every
 * cached answer that depended on the old session (saved scenarios, organisations, the audit log),
 * so one person never sees another's data from the cache.
 */
import { useQuery } from '@tanstack/react-query'
import type { SessionUser } from '../../shared/domain/saved-scenario'
import { queryClient, trpc } from '../trpc'

export function useSession() {
  const query = useQuery({ ...trpc.auth.me.queryOptions(), staleTime: 60_000, retry: false })
  return { user: query.data ?? null, loading: query.isPending, error: query.error }
}

/** Forget everything cached for the previous session, then record the new one. */
export function setSession(user: SessionUser | null): void {
  for (const key of [
    trpc.scenario.list.pathKey(),
    trpc.scenario.get.pathKey(),
    trpc.scenario.compare.pathKey(),
    trpc.organisations.pathKey(),
    trpc.audit.pathKey(),
  ]) {
    queryClient.removeQueries({ queryKey: key })
  }
  queryClient.setQueryData(trpc.auth.me.queryKey(), user)
}
