/**
 * The panel "Why?" opens: fetches the explanation of the open figure and shows it, with a Close
 * button. Not modal: it sits in the page flow next to the figure; Escape inside it closes it.
 */
import { useQuery } from '@tanstack/react-query'
import { useEffect, useId, useRef } from 'react'
import { trpc } from '../trpc'
import { ErrorMessage } from './error-message'
import { ExplanationView } from './explanation-view'
import { Loading } from './loading'
import type { ExplainRun, WhyEntry, WhyState } from './why-this-number'

interface WhyPanelProps {
  why: WhyState
  run: ExplainRun
  /** Level of the panel's title (its sections take the next level). */
  headingLevel?: 3 | 4
}

export function WhyPanel({ why, run, headingLevel = 3 }: WhyPanelProps) {
  if (!why.open) return null
  return (
    <OpenPanel
      key={why.open.key}
      id={why.panelId}
      entry={why.open}
      run={run}
      onClose={why.close}
      headingLevel={headingLevel}
    />
  )
}

interface OpenPanelProps {
  id: string
  entry: WhyEntry
  run: ExplainRun
  onClose: () => void
  headingLevel: 3 | 4
}

function OpenPanel({ id, entry, run, onClose, headingLevel }: OpenPanelProps) {
  const ref = useRef<HTMLElement>(null)
  const headingId = useId()
  const Heading = headingLevel === 3 ? 'h3' : 'h4'
  // The engine is deterministic: one answer per settings and figure is good for the session.
  const query = useQuery({
    ...trpc.scenario.explain.queryOptions({ settings: run.settings, figure: entry.figure }),
    staleTime: Infinity,
  })
  useEffect(() => {
    ref.current?.focus()
  }, [])
  const title = entry.label.charAt(0).toUpperCase() + entry.label.slice(1)
  return (
    <section
      id={id}
      ref={ref}
      tabIndex={-1}
      className="app-why"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') {
          event.stopPropagation()
          onClose()
        }
      }}
    >
      <div className="app-why__header">
        <Heading id={headingId} className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
          <span className="app-why__kicker">Why this number?</span> {title}
        </Heading>
        <button type="button" className="app-link-button app-why__close" onClick={onClose}>
          Close<span className="nhsuk-u-visually-hidden"> the explanation of {entry.label}</span>
        </button>
      </div>
      {query.data ? (
        <ExplanationView explanation={query.data} run={run} headingLevel={headingLevel} />
      ) : query.error ? (
        <ErrorMessage
          title="This figure could not be explained"
          error={query.error}
          onRetry={() => void query.refetch()}
        />
      ) : (
        <Loading what="how this figure is worked out" />
      )}
    </section>
  )
}
