/** The banner of an approved scenario: a locked snapshot, with when, by whom and on which data. */
import type { SavedScenario } from '../../../shared/domain/saved-scenario'
import { formatDateTime } from '../../lib/format'

export function LockedBanner({ scenario }: { scenario: SavedScenario }) {
  return (
    <div className="app-locked-banner" role="region" aria-labelledby="locked-title">
      <h2 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="locked-title">
        <svg
          className="app-locked-banner__icon"
          viewBox="0 0 24 24"
          width="20"
          height="20"
          aria-hidden="true"
          focusable="false"
        >
          <path
            fill="currentColor"
            d="M12 2a5 5 0 0 0-5 5v3H6a2 2 0 0 0-2 2v8a2 2 0 0 0 2 2h12a2 2 0 0 0 2-2v-8a2 2 0 0 0-2-2h-1V7a5 5 0 0 0-5-5Zm-3 8V7a3 3 0 1 1 6 0v3H9Z"
          />
        </svg>
        Locked: approved for board
      </h2>
      <p className="nhsuk-u-margin-bottom-2">
        Approved for board on{' '}
        {scenario.approvedAt ? formatDateTime(scenario.approvedAt) : 'an unknown date'} by{' '}
        {scenario.approvedBy ?? 'unknown'}; data version {scenario.dataVersion}, model version{' '}
        {scenario.modelVersion}.
      </p>
      <p className="nhsuk-body-s nhsuk-u-margin-bottom-0">
        Its settings and results are frozen as they were approved, so the board sees exactly what it
        agreed to. To explore changes, clone it.
      </p>
    </div>
  )
}
