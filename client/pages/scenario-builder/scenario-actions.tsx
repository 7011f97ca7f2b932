/**
 * Share and start again. Scenarios are not saved on the server yet, so the link is the scenario:
 * "Copy link" puts the full address on the clipboard (or shows it to copy by hand where the
 * browser refuses), and "Reset to defaults" keeps only the chosen area.
 */
import { useState } from 'react'

interface ScenarioActionsProps {
  onReset: () => void
  changed: boolean
}

export function ScenarioActions({ onReset, changed }: ScenarioActionsProps) {
  const [status, setStatus] = useState('')
  const [manual, setManual] = useState<string | null>(null)

  async function copy() {
    const link = window.location.href
    try {
      await navigator.clipboard.writeText(link)
      setManual(null)
      setStatus('Link copied. Anyone with the link sees this scenario.')
    } catch {
      // Clipboard access needs a secure context and permission; fall back to a box to copy from.
      setManual(link)
      setStatus('Your browser did not allow copying. Copy the link from the box below.')
    }
  }

  return (
    <div className="app-scenario-actions app-no-print">
      <div className="nhsuk-button-group">
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2"
          onClick={() => void copy()}
        >
          Copy link
        </button>
        <button
          type="button"
          className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-2"
          onClick={() => {
            onReset()
            setStatus('Settings reset to the defaults for this area.')
          }}
          disabled={!changed}
          aria-disabled={!changed}
        >
          Reset to defaults
        </button>
      </div>
      <p className="nhsuk-body-s" role="status" aria-live="polite">
        {status}
      </p>
      {manual ? (
        <div className="nhsuk-form-group">
          <label className="nhsuk-label" htmlFor="scenario-link">
            Link to this scenario
          </label>
          <input
            className="nhsuk-input"
            id="scenario-link"
            type="text"
            readOnly
            value={manual}
            onFocus={(e) => e.target.select()}
          />
        </div>
      ) : null}
      <p className="nhsuk-body-s">
        Scenarios are shared by link for now: the link holds every setting. Saving scenarios will
        come later.
      </p>
    </div>
  )
}
