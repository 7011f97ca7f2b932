/**
 * Share and start again. In the unsaved builder the link is the scenario: "Copy link" puts the
 * full address on the clipboard (or shows it to copy by hand where the browser refuses), and
 * "Reset to defaults" keeps only the chosen area. A saved scenario's link opens it for people
 * who can see it, so its page passes its own `note`.
 */
import { useState, type ReactNode } from 'react'

interface ScenarioActionsProps {
  onReset: () => void
  changed: boolean
  /** What the link gives whoever opens it. */
  copiedText?: string
  note?: ReactNode
}

export function ScenarioActions({
  onReset,
  changed,
  copiedText = 'Link copied. Anyone with the link sees this scenario.',
  note = 'The link holds every setting, so anyone with it sees this scenario. Save the scenario to keep its notes, share it with other organisations and compare it.',
}: ScenarioActionsProps) {
  const [status, setStatus] = useState('')
  const [manual, setManual] = useState<string | null>(null)

  async function copy() {
    const link = window.location.href
    try {
      await navigator.clipboard.writeText(link)
      setManual(null)
      setStatus(copiedText)
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
      <p className="nhsuk-body-s">{note}</p>
    </div>
  )
}
