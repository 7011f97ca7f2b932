/**
 * When a save is refused because someone else saved first (or approved the scenario), say who and
 * when, and offer the two ways on: take their version (this tab's edits are dropped), or keep
 * this tab's edits as a new scenario. Focus moves here so keyboard and screen-reader users hear it.
 */
import { useEffect, useRef, useState } from 'react'
import { ErrorMessage } from '../../components/error-message'
import { conflictOf, errorText } from '../../lib/errors'
import { formatDateTime } from '../../lib/format'

interface ConflictSummaryProps {
  error: unknown
  onReload: () => Promise<void>
  /** Absent when the person cannot create scenarios. */
  onSaveCopy?: () => Promise<void>
}

export function ConflictSummary({ error, onReload, onSaveCopy }: ConflictSummaryProps) {
  const ref = useRef<HTMLDivElement>(null)
  const [busy, setBusy] = useState<'reload' | 'copy' | null>(null)
  const [failure, setFailure] = useState<unknown>(null)
  const detail = conflictOf(error)
  useEffect(() => ref.current?.focus(), [])

  const run = async (which: 'reload' | 'copy', action: () => Promise<void>) => {
    setBusy(which)
    setFailure(null)
    try {
      await action()
    } catch (e) {
      setFailure(e)
      setBusy(null)
    }
  }

  return (
    <div
      className="nhsuk-error-summary"
      role="alert"
      aria-labelledby="conflict-title"
      tabIndex={-1}
      ref={ref}
    >
      <h2 className="nhsuk-error-summary__title" id="conflict-title">
        Your latest changes were not saved
      </h2>
      <div className="nhsuk-error-summary__body">
        <p>{errorText(error)}</p>
        {detail ? (
          <p>
            {detail.updatedBy} saved version {detail.currentVersion} on{' '}
            {formatDateTime(detail.updatedAt)}. Your changes are kept in this tab until you choose.
          </p>
        ) : null}
        <div className="nhsuk-button-group nhsuk-u-margin-bottom-0">
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => void run('reload', onReload)}
            disabled={busy !== null}
          >
            {busy === 'reload' ? 'Reloading…' : 'Reload their version'}
          </button>
          {onSaveCopy ? (
            <button
              type="button"
              className="nhsuk-button nhsuk-u-margin-bottom-0"
              onClick={() => void run('copy', onSaveCopy)}
              disabled={busy !== null}
            >
              {busy === 'copy' ? 'Saving a copy…' : 'Save mine as a copy'}
            </button>
          ) : null}
        </div>
      </div>
      {failure ? <ErrorMessage title="That did not work" error={failure} /> : null}
    </div>
  )
}
