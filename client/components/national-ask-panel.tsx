/**
 * "How this compares with the £73m national ask": the Parent-Infant Foundation's ask for England
 * reconciled step by step with the model's cost of new provision in England in the target year
 * (scenario.nationalAsk), as a paragraph, a table of the steps (each in £m a year with the
 * running total, how it is worked out and its mark) ending on the model's figure, and the figure
 * on the ask's own terms. The ask is England's, so the UK page says so.
 */
import { useQuery } from '@tanstack/react-query'
import type { ReconciliationStep } from '../../shared/domain/national-ask'
import type { ScenarioSettings } from '../../shared/domain/scenario'
import { askSummary, formatMillions, formatMillionsChange } from '../lib/national-ask-text'
import { trpc } from '../trpc'
import { DataTable } from './data-table'
import { MarkBadge } from './mark-badge'
import { QueryState } from './query-state'

interface NationalAskPanelProps {
  /** England or UK scope, with the scenario's other settings (none for the defaults). */
  settings: ScenarioSettings
  /** The page is the UK's, not England's: say the ask is England's. */
  uk: boolean
  headingLevel?: 2 | 3
  /** Where the settings come from, for the sentence under the heading. */
  plan?: string
}

interface Row extends ReconciliationStep {
  key: string
  /** The closing row: the model's own figure, not a step. */
  closing?: boolean
}

export function NationalAskPanel({
  settings,
  uk,
  headingLevel = 2,
  plan = 'the default scenario',
}: NationalAskPanelProps) {
  const query = useQuery({
    ...trpc.scenario.nationalAsk.queryOptions(settings),
    // Same input, same output: the engine is deterministic.
    staleTime: Infinity,
  })
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <section className="app-section app-national-ask" aria-labelledby="national-ask-title">
      <Heading className="nhsuk-heading-m" id="national-ask-title">
        How this compares with the £73m national ask
      </Heading>
      {uk ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            The £73m ask is for England only. The figures in this section are England&rsquo;s, not
            the UK&rsquo;s: Wales, Scotland and Northern Ireland are not in the ask.
          </p>
        </div>
      ) : null}
      <QueryState
        query={query}
        what="the national ask"
        errorTitle="The comparison with the national ask could not be worked out"
      >
        {(rec) => {
          const rows: Row[] = rec.steps.map((step, k) => ({ ...step, key: `step-${k}` }))
          const closing: Row = {
            key: 'model',
            label: `The model’s cost of new provision in England, ${rec.targetFy}`,
            amount: rec.model,
            total: rec.model,
            detail: rec.notes[0] ?? '',
            mark: 'I',
            closing: true,
          }
          return (
            <>
              <p>{askSummary(rec)}</p>
              <p className="nhsuk-body-s">
                Each step below takes the running total from the ask towards the model&rsquo;s
                figure for {plan}: £m a year, the ask in 2025/26 prices and the model in{' '}
                {rec.targetFy} cash.
              </p>
              <DataTable<Row>
                caption={`From the £73m national ask to the model’s cost for England in ${rec.targetFy}, step by step`}
                rows={rows}
                footerRows={[closing]}
                rowKey={(r) => r.key}
                compact
                columns={[
                  { key: 'label', header: 'Step', rowHeader: true, cell: (r) => r.label },
                  {
                    key: 'amount',
                    header: '£m a year',
                    numeric: true,
                    cell: (r) =>
                      r.closing || r.key === 'step-0'
                        ? formatMillions(r.amount)
                        : formatMillionsChange(r.amount),
                  },
                  {
                    key: 'total',
                    header: 'Running total',
                    numeric: true,
                    cell: (r) => formatMillions(r.total),
                  },
                  {
                    key: 'detail',
                    header: 'How it is worked out',
                    className: 'app-col--wide',
                    cell: (r) => <span className="app-source-text">{r.detail}</span>,
                  },
                  {
                    key: 'mark',
                    header: 'Mark',
                    cell: (r) => <MarkBadge mark={r.mark} />,
                  },
                ]}
              />
              <dl className="nhsuk-summary-list">
                <div className="nhsuk-summary-list__row">
                  <dt className="nhsuk-summary-list__key">
                    On the Parent-Infant Foundation calibration
                  </dt>
                  <dd className="nhsuk-summary-list__value">
                    <span className="app-summary-value__number">
                      {formatMillions(rec.pifCalibration)} a year
                    </span>{' '}
                    <MarkBadge mark="I" />
                    <span className="app-cell-note">
                      The same plan with the ask&rsquo;s own assumptions (about 250 families a year
                      a team, need the same everywhere, every post filled, 2.5% pay awards), in{' '}
                      {rec.targetFy} cash.
                    </span>
                  </dd>
                </div>
              </dl>
              <ul className="nhsuk-list nhsuk-list--bullet nhsuk-body-s">
                {rec.notes.slice(1).map((note) => (
                  <li key={note}>{note}</li>
                ))}
                <li>
                  Model version {rec.modelVersion}, data version {rec.dataVersion}.
                </li>
              </ul>
            </>
          )
        }}
      </QueryState>
    </section>
  )
}
