/**
 * ErrorMessage: a failed request or an impossible state, in the NHS error-summary style, with the
 * server's plain-English message and an optional retry button.
 *
 *   if (query.isError) return <ErrorMessage title="Could not load the teams" error={query.error} onRetry={query.refetch} />
 */
import { useEffect, useRef } from 'react'
import { errorText } from '../lib/errors'

interface ErrorMessageProps {
  title: string
  error?: unknown
  /** Text to show instead of the error's own message. */
  message?: string
  onRetry?: () => void
  /** Move focus to the message when it appears (for page-level failures). */
  focus?: boolean
}

export function ErrorMessage({ title, error, message, onRetry, focus = false }: ErrorMessageProps) {
  const ref = useRef<HTMLDivElement>(null)
  useEffect(() => {
    if (focus) ref.current?.focus()
  }, [focus])
  return (
    <div className="nhsuk-error-summary" role="alert" tabIndex={-1} ref={ref}>
      <h2 className="nhsuk-error-summary__title">{title}</h2>
      <div className="nhsuk-error-summary__body">
        <p>{message ?? errorText(error)}</p>
        {onRetry ? (
          <button
            type="button"
            className="nhsuk-button nhsuk-button--secondary nhsuk-u-margin-bottom-0"
            onClick={() => onRetry()}
          >
            Try again
          </button>
        ) : null}
      </div>
    </div>
  )
}
