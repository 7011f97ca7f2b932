/**
 * Shown when the builder opens without an area: pick one from the full list, or start from one of
 * the common scopes.
 */
import { Link } from 'react-router'
import { MAIN_SCOPES } from './main-scopes'
import { ScopeSelect } from './scope-select'

export function ScopePicker({
  onPick,
  error,
}: {
  onPick: (code: string) => void
  error?: string | null
}) {
  return (
    <div className="nhsuk-grid-row">
      <div className="nhsuk-grid-column-two-thirds">
        <ScopeSelect
          id="scope"
          value=""
          onChange={onPick}
          error={error}
          label="Which area do you want to plan for?"
        />
        <h2 className="nhsuk-heading-s">Or start with</h2>
        <ul className="nhsuk-list nhsuk-list--bullet">
          {MAIN_SCOPES.map((scope) => (
            <li key={scope.code}>
              <Link to={`/scenarios/new?scope=${scope.code}`}>{scope.name}</Link>
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
