/** From the scenario builder to the least-cost plan for the same area, years, caps and assumptions. */
import { Link } from 'react-router'
import { planHref } from '../../lib/plan-url'
import type { ScenarioUrlState } from '../../lib/scenario-url'

export function PlanLink({ state }: { state: ScenarioUrlState }) {
  if (!state.scope) return null
  return (
    <p className="nhsuk-body-s app-no-print">
      <Link to={planHref(state)}>Find the least-cost plan for this area</Link>: the option and start
      year for each local authority that cost least within these caps.
    </p>
  )
}
