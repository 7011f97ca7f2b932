/**
 * After a reload: "You have changes that were not saved", with Restore and Discard. A draft made
 * on an older version says so; restoring it saves against that version, so the conflict message
 * decides what happens rather than the draft overwriting someone else's changes.
 */
import type { ScenarioDraft } from '../../lib/scenario-draft'
import { formatDateTime } from '../../lib/format'

interface DraftRestoreProps {
  draft: ScenarioDraft
  currentVersion: number
  onRestore: () => void
  onDiscard: () => void
}

export function DraftRestore({ draft, currentVersion, onRestore, onDiscard }: DraftRestoreProps) {
  const stale = draft.version < currentVersion
  return (
    <div className="nhsuk-warning-callout" role="region" aria-labelledby="draft-title">
      <h2 className="nhsuk-warning-callout__label" id="draft-title">
        <span role="text">
          <span className="nhsuk-u-visually-hidden">Important: </span>
          You have changes that were not saved
        </span>
      </h2>
      <p>
        This tab kept changes you made on {formatDateTime(draft.editedAt, new Date())} that did not
        reach the server.
        {stale
          ? ` They were made to version ${draft.version}; the scenario has been saved since (it is now version ${currentVersion}), so restoring them will ask how to combine them.`
          : ''}
      </p>
      <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
        <button type="button" className="nhsuk-button nhsuk-u-margin-bottom-0" onClick={onRestore}>
          Restore my changes
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
          onClick={onDiscard}
        >
          Discard them
        </button>
      </div>
    </div>
  )
}
