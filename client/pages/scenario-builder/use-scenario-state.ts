/**
 * The builder's state lives only in the address bar (see lib/scenario-url), so a scenario survives
 * a refresh and can be shared by copying the link. Each change replaces the history entry: Back
 * leaves the builder instead of undoing one keystroke at a time.
 *
 * Changing the address is asynchronous (a router navigation), so each change is also held here
 * until the address catches up. Without that, a radio button would spring back for a moment after
 * a click, and two quick changes would each start from the old state and the first would be lost.
 */
import { useCallback, useMemo, useState } from 'react'
import { useSearchParams } from 'react-router'
import type { AssumptionKey } from '../../../shared/domain/assumptions'
import {
  mergeScenarioParams,
  parseScenarioParams,
  type ScenarioUrlState,
  type UrlIssue,
} from '../../lib/scenario-url'

export interface ScenarioState {
  state: ScenarioUrlState
  /** Settings from the link that could not be used, each naming its field. */
  issues: UrlIssue[]
  update: (next: ScenarioUrlState) => void
}

export function useScenarioState(
  assumptionDefaults: Partial<Record<AssumptionKey, number>>,
): ScenarioState {
  const [params, setParams] = useSearchParams()
  const query = params.toString()
  // Parse from the string so the result is stable between renders with the same address.
  const parsed = useMemo(() => parseScenarioParams(new URLSearchParams(query)), [query])
  // A change not yet in the address, tagged with the address it was made on.
  const [pending, setPending] = useState<{ from: string; state: ScenarioUrlState } | null>(null)
  const state = pending && pending.from === query ? pending.state : parsed.state

  const update = useCallback(
    (next: ScenarioUrlState) => {
      setPending({ from: query, state: next })
      setParams((current) => mergeScenarioParams(current, next, assumptionDefaults), {
        replace: true,
        preventScrollReset: true,
      })
    },
    [query, setParams, assumptionDefaults],
  )
  return { state, issues: parsed.issues, update }
}
