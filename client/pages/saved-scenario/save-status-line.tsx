/**
 * The autosave status, announced politely to screen readers: "Saved at 14:03", "Saving…", "Not
 * saved yet" (waiting for a pause in typing) or "Not saved" with the reason and Try again.
 */
import type { SavedScenario } from '../../../shared/domain/saved-scenario'
import type { AutosaveStatus } from '../../lib/autosaver'
import { errorText, isUnauthorized } from '../../lib/errors'
import { formatDateTime, formatTime } from '../../lib/format'

interface SaveStatusLineProps {
  status: AutosaveStatus
  scenario: SavedScenario
  editable: boolean
  onRetry: () => void
}

function text(status: AutosaveStatus): string {
  switch (status.kind) {
    case 'saved':
      return `Saved at ${formatTime(status.at)}`
    case 'pending':
      return 'Not saved yet'
    case 'saving':
      return 'Saving…'
    case 'error':
      return isUnauthorized(status.error)
        ? 'Not saved: your session has ended. Sign in again in another tab, then try again.'
        : `Not saved: ${errorText(status.error)}`
    case 'conflict':
      return 'Not saved'
  }
}

export function SaveStatusLine({ status, scenario, editable, onRetry }: SaveStatusLineProps) {
  return (
    <div className="app-save-status">
      <p
        className={`nhsuk-body-s nhsuk-u-margin-bottom-0 app-save-status__text app-save-status__text--${status.kind}`}
        role="status"
        aria-live="polite"
      >
        {editable
          ? text(status)
          : `Version ${scenario.version}, last saved on ${formatDateTime(scenario.updatedAt)} by ${scenario.updatedBy}`}
      </p>
      {editable && status.kind === 'error' ? (
        <button type="button" className="app-link-button nhsuk-body-s" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  )
}
