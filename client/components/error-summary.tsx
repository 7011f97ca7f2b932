/**
 * ErrorSummary: the NHS error summary at the top of a form after a failed submit: a title and a
 * link to each field with a problem, focused when it appears so screen readers announce it.
 *
 *   <ErrorSummary errors={[{ field: 'email', message: 'Enter your email address' }]} />
 */
import { useEffect, useRef } from 'react'

export interface SummaryError {
  /** Id of the field to jump to; none for a problem with the whole form. */
  field?: string
  message: string
}

export function ErrorSummary({
  errors,
  title = 'There is a problem',
}: {
  errors: readonly SummaryError[]
  title?: string
}) {
  const ref = useRef<HTMLDivElement>(null)
  const key = errors.map((e) => `${e.field}:${e.message}`).join('|')
  useEffect(() => {
    if (key) ref.current?.focus()
  }, [key])
  if (errors.length === 0) return null
  return (
    <div
      className="nhsuk-error-summary"
      aria-labelledby="error-summary-title"
      role="alert"
      tabIndex={-1}
      ref={ref}
    >
      <h2 className="nhsuk-error-summary__title" id="error-summary-title">
        {title}
      </h2>
      <div className="nhsuk-error-summary__body">
        <ul className="nhsuk-list nhsuk-error-summary__list">
          {errors.map((error) => (
            <li key={`${error.field}:${error.message}`}>
              {error.field ? <a href={`#${error.field}`}>{error.message}</a> : error.message}
            </li>
          ))}
        </ul>
      </div>
    </div>
  )
}
