/**
 * The right-hand side of the builder: whether results are being updated, the headline figures,
 * the engine's warnings, the charts, the same plan on the Parent-Infant Foundation's terms and
 * how sure the results are. The previous result stays visible while the next is
 * computed, marked as updating, so the page never goes blank between keystrokes.
 */
import { memo } from 'react'
import type { ScenarioResult } from '../../../shared/domain/results'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { HeadlineResults } from './headline-results'
import { PifComparison } from './pif-comparison'
import { ResultCharts } from './result-charts'
import { UncertaintySection } from './uncertainty/uncertainty-section'

interface ResultsPanelProps {
  result: ScenarioResult | undefined
  updating: boolean
  error: unknown
  onRetry: () => void
  /** The frozen result of an approved scenario, not a fresh run. */
  frozen?: boolean
}

// Memoised: a keystroke re-renders the page at once, but the results only change when the run
// answers, so the panel waits for that.
export const ResultsPanel = memo(function ResultsPanel({
  result,
  updating,
  error,
  onRetry,
  frozen = false,
}: ResultsPanelProps) {
  return (
    <section aria-labelledby="results-title" className="app-results" aria-busy={updating}>
      <div className="app-results__heading">
        <h2 id="results-title" className="nhsuk-heading-l nhsuk-u-margin-bottom-2">
          Results
        </h2>
        <p className="app-results__status nhsuk-body-s" role="status" aria-live="polite">
          {updating && result
            ? 'Updating results…'
            : result
              ? frozen
                ? 'Results as approved, frozen.'
                : 'Results are up to date.'
              : ''}
        </p>
      </div>
      {error ? (
        <ErrorMessage
          title={result ? 'These results are out of date' : 'The scenario could not be run'}
          error={error}
          onRetry={onRetry}
        />
      ) : null}
      {!result && !error ? <Loading what="scenario results" /> : null}
      {result ? (
        <div
          className={
            updating ? 'app-results__body app-results__body--updating' : 'app-results__body'
          }
        >
          <HeadlineResults result={result} />
          {result.warnings.length ? (
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">
                Things to know about these results
              </h3>
              <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
                {result.warnings.map((warning) => (
                  <li key={warning}>{warning}</li>
                ))}
              </ul>
            </div>
          ) : null}
          <ResultCharts result={result} />
          <PifComparison result={result} />
          <p className="nhsuk-body-s app-results__versions">
            Model version {result.modelVersion}, data version {result.dataVersion}.
          </p>
          <UncertaintySection result={result} frozen={frozen} />
        </div>
      ) : null}
    </section>
  )
})
