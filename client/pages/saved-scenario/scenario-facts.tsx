/** Status, owner, who can see it, version and last change of a saved scenario, at a glance. */
import type { SavedScenario } from '../../../shared/domain/saved-scenario'
import { formatDateTime } from '../../lib/format'
import { STATUS_LABELS, STATUS_TAG_CLASSES, visibilityText } from '../../lib/saved-scenario-labels'

export function ScenarioFacts({ scenario }: { scenario: SavedScenario }) {
  return (
    <dl className="app-scenario-facts">
      <div className="app-scenario-facts__item">
        <dt>Status</dt>
        <dd>
          <strong className={`nhsuk-tag ${STATUS_TAG_CLASSES[scenario.status]}`}>
            {STATUS_LABELS[scenario.status]}
          </strong>
          {scenario.archived ? (
            <strong className="nhsuk-tag nhsuk-tag--orange app-tag-gap">Archived</strong>
          ) : null}
        </dd>
      </div>
      <div className="app-scenario-facts__item">
        <dt>Organisation</dt>
        <dd>{scenario.organisation.name}</dd>
      </div>
      <div className="app-scenario-facts__item">
        <dt>Who can see it</dt>
        <dd>{visibilityText(scenario.visibility, scenario.organisation, scenario.sharedWith)}</dd>
      </div>
      <div className="app-scenario-facts__item">
        <dt>Version</dt>
        <dd>{scenario.version}</dd>
      </div>
      <div className="app-scenario-facts__item">
        <dt>Last changed</dt>
        <dd>
          {formatDateTime(scenario.updatedAt)} by {scenario.updatedBy}
        </dd>
      </div>
    </dl>
  )
}
