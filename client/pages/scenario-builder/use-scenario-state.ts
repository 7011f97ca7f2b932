/**
 * The builder's state lives only in the address bar (see lib/scenario-url), so a scenario survives
 * a refresh and can be shared by copying the link. Each change replaces the history entry: Back
 * leaves the builder instead of undoing one keystroke at a time.
 *
 * Changing the address is asynchronous (a router navigation), so each change is also held here
 * until the address catches up. Without that, a radio button would spring back for a moment after
 * a click, and two quick changes would each start from the old state and the first would be lost.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
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
  // When the address catches up, the state it gives is the one already shown: keeping the same
  // object lets the memoised form and authority table skip that render, which otherwise lands
  // while the run is in flight and delays drawing its result.
  const caughtUp =
    pending !== null && pending.from !== query && sameState(pending.state, parsed.state)
  const state = pending && (pending.from === query || caughtUp) ? pending.state : parsed.state

  // The address and the router's setter of the last render (both change with the address), read
  // when a change is made, so `update` keeps its identity from keystroke to keystroke and the
  // memoised form and authority table need not re-render for a new handler.
  const latest = useRef({ query, setParams })
  useLayoutEffect(() => {
    latest.current = { query, setParams }
  }, [query, setParams])
  const update = useCallback(
    (next: ScenarioUrlState) => {
      setPending({ from: latest.current.query, state: next })
      latest.current.setParams(
        (current) => mergeScenarioParams(current, next, assumptionDefaults),
        { replace: true, preventScrollReset: true },
      )
    },
    [assumptionDefaults],
  )
  return { state, issues: parsed.issues, update }
}

function sameState(a: ScenarioUrlState, b: ScenarioUrlState): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}
