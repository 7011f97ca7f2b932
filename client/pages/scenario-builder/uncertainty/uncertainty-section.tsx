/**
 * "How sure is this?": how the scenario's plan performs if its assumptions turn out differently.
 * The chance of full coverage in words, the cautious, central and hopeful cases, fan charts of
 * coverage and cost from the Monte Carlo draws, tornado charts of the assumptions that matter
 * most, and the ranges used with their sources. Fetched after the main result, on its own, so it
 * never holds the result up; shown under the results in the builder, the saved scenario page and
 * the board pack.
 */
import { memo } from 'react'
import type { ScenarioResult } from '../../../../shared/domain/results'
import {
  MAX_DRAWS,
  MAX_SEED,
  MIN_DRAWS,
  PLAN_NOTE,
  type ScenarioRanges,
  type ScenarioSensitivity,
} from '../../../../shared/domain/uncertainty'
import { DataTable } from '../../../components/data-table'
import { ErrorMessage } from '../../../components/error-message'
import { Loading } from '../../../components/loading'
import { MarkBadge } from '../../../components/mark-badge'
import { formatAssumption, formatAssumptionRange } from '../../../lib/assumption-format'
import { formatMoneyShort, formatPercent } from '../../../lib/format'
import { fullCoverageSentence, nearFullSentence } from '../../../lib/range-text'
import { SETTLE_MS, useDebouncedValue } from '../../../lib/use-debounced-value'
import { useQueryParam } from '../../../lib/url-state'
import { FanCard } from './fan-card'
import { RangeControls } from './range-controls'
import { TornadoCard } from './tornado-card'
import { useScenarioRanges, useScenarioSensitivity } from './use-ranges'
import './uncertainty.css'

interface UncertaintySectionProps {
  result: ScenarioResult
  /** The result is an approved scenario's frozen one: say the ranges are worked out afresh. */
  frozen?: boolean
  /** The draws and seed can be changed (not in a printed board pack). */
  controls?: boolean
}

function wholeNumberIn(text: string, min: number, max: number): number | undefined {
  if (!/^\d+$/.test(text)) return undefined
  const n = Number(text)
  return n >= min && n <= max ? n : undefined
}

export const UncertaintySection = memo(function UncertaintySection({
  result,
  frozen = false,
  controls = true,
}: UncertaintySectionProps) {
  const [drawsParam, setDraws] = useQueryParam('draws')
  const [seedParam, setSeed] = useQueryParam('seed')
  const draws = wholeNumberIn(drawsParam, MIN_DRAWS, MAX_DRAWS)
  const seed = wholeNumberIn(seedParam, 0, MAX_SEED)
  const settings = useDebouncedValue(result.settings, SETTLE_MS)
  const waiting = JSON.stringify(settings) !== JSON.stringify(result.settings)
  const ranges = useScenarioRanges(settings, { draws, seed })
  const sensitivity = useScenarioSensitivity(settings)
  const data = ranges.data
  const updating = waiting || ranges.isFetching

  return (
    <section className="app-uncertainty" aria-labelledby="uncertainty-title" aria-busy={updating}>
      <div className="app-results__heading">
        <h2 id="uncertainty-title" className="nhsuk-heading-l nhsuk-u-margin-bottom-2">
          How sure is this?
        </h2>
        <p className="app-results__status nhsuk-body-s" role="status" aria-live="polite">
          {ranges.isFetching
            ? 'Working out the ranges…'
            : waiting
              ? 'The ranges will update when the settings stop changing.'
              : data
                ? 'Ranges are up to date.'
                : ''}
        </p>
      </div>
      <p>
        The results above take one value for each assumption. Many are uncertain, so each has a
        range. {PLAN_NOTE}
        {frozen
          ? ' They are worked out afresh from the approved settings on the current data.'
          : ''}
      </p>
      {ranges.isError ? (
        <ErrorMessage
          title={data ? 'These ranges are out of date' : 'The ranges could not be worked out'}
          error={ranges.error}
          onRetry={() => void ranges.refetch()}
        />
      ) : null}
      {!data && !ranges.isError ? <Loading what="the ranges" /> : null}
      {data ? (
        <div
          className={
            updating ? 'app-uncertainty__body app-results__body--updating' : 'app-uncertainty__body'
          }
        >
          <RangesBody
            ranges={data}
            sensitivity={sensitivity.data}
            sensitivityError={sensitivity.error}
            retrySensitivity={sensitivity.refetch}
          />
          {controls ? (
            <RangeControls
              draws={draws}
              seed={seed}
              onDraws={(v) => setDraws(v === undefined ? null : String(v))}
              onSeed={(v) => setSeed(v === undefined ? null : String(v))}
            />
          ) : null}
        </div>
      ) : null}
    </section>
  )
})

// Redrawn only when the ranges or the tornado change, not on every edit of the settings.
const RangesBody = memo(function RangesBody({
  ranges,
  sensitivity,
  sensitivityError,
  retrySensitivity,
}: {
  ranges: ScenarioRanges
  sensitivity: ScenarioSensitivity | undefined
  sensitivityError: unknown
  retrySensitivity: () => unknown
}) {
  return (
    <>
      <Chances ranges={ranges} />
      <CasesTable ranges={ranges} />
      <FanCard
        ranges={ranges}
        measure="coverage"
        id="chart-coverage-range"
        note={skewNote(ranges)}
      />
      <FanCard ranges={ranges} measure="cost" id="chart-cost-range" />
      {sensitivityError ? (
        <ErrorMessage
          title="Which assumptions matter most could not be worked out"
          error={sensitivityError}
          onRetry={() => void retrySensitivity()}
        />
      ) : sensitivity ? (
        <>
          <TornadoCard sensitivity={sensitivity} measure="coverage" id="chart-coverage-tornado" />
          <TornadoCard sensitivity={sensitivity} measure="totalCost" id="chart-cost-tornado" />
        </>
      ) : (
        <Loading what="which assumptions matter most" />
      )}
      <RangesUsed ranges={ranges} />
      <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2">How the draws are made</h3>
      <p className="nhsuk-body-s">{ranges.monteCarlo.method}</p>
    </>
  )
})

function Chances({ ranges }: { ranges: ScenarioRanges }) {
  return (
    <div className="app-chances" data-testid="full-coverage-chance">
      <p className="app-chances__lead">{fullCoverageSentence(ranges)}</p>
      <p className="nhsuk-u-margin-bottom-0">{nearFullSentence(ranges)}</p>
    </div>
  )
}

function CasesTable({ ranges }: { ranges: ScenarioRanges }) {
  const { targetFy } = ranges
  const rows = [ranges.cases.low, ranges.cases.central, ranges.cases.high]
  const at = (c: (typeof rows)[number]) => c.years.at(-1)!
  return (
    <>
      <DataTable
        caption="Cautious, central and hopeful cases"
        rows={rows}
        rowKey={(c) => c.name}
        compact
        columns={[
          {
            key: 'case',
            header: 'Case',
            rowHeader: true,
            cell: (c) => (
              <>
                {c.label}
                <span className="app-cell-note">{c.basis}</span>
              </>
            ),
          },
          {
            key: 'coverage',
            header: `Coverage in ${targetFy}`,
            numeric: true,
            cell: (c) => formatPercent(at(c).coverage),
          },
          {
            key: 'cost',
            header: `Annual cost in ${targetFy}`,
            numeric: true,
            cell: (c) => formatMoneyShort(at(c).cost),
          },
          {
            key: 'total',
            header: `Total cost to ${targetFy}`,
            numeric: true,
            cell: (c) => formatMoneyShort(at(c).cumulativeCost),
          },
          {
            key: 'full',
            header: `Every authority fully covered in ${targetFy}`,
            cell: (c) => (c.fullCoverage ? 'Yes' : 'No'),
          },
        ]}
      />
      <p className="nhsuk-body-s">
        The cautious and hopeful cases are not one set of assumptions: each figure in them is the
        10th or 90th percentile (P10 or P90) of that figure over the draws below, so 1 draw in 10
        does worse than the cautious case and 1 in 10 better than the hopeful one.
      </p>
    </>
  )
}

/**
 * Why the middle draw can sit below the central case: in the years teams are still starting,
 * the time to recruit has a longer tail than the central value (its PERT range reaches further
 * up than down), and coverage stops at 100%.
 */
function skewNote(ranges: ScenarioRanges): string {
  const below = ranges.monteCarlo.years.some(
    (y, k) => y.coverage.p50 < ranges.cases.central.years[k]!.coverage - 0.005,
  )
  if (!below) return ''
  const lag = ranges.assumptions.find((a) => a.key === 'productivityLagMonths')
  const recruit = lag
    ? `a new post can take up to ${formatAssumption(lag.high, lag.unit)} to see families against ${formatAssumption(lag.central, lag.unit)} here but only ${formatAssumption(lag.low, lag.unit)} at best, and `
    : ''
  return `In some years the middle draw is below the central case: ${recruit}coverage cannot go above 100% in any authority, so draws with capacity to spare do not make up for those short of it.`
}

function RangesUsed({ ranges }: { ranges: ScenarioRanges }) {
  return (
    <details className="nhsuk-details app-print-open">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          The ranges used, and where they come from
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <DataTable
          caption="Ranged assumptions"
          captionSize="hidden"
          rows={ranges.assumptions}
          rowKey={(a) => a.key}
          compact
          columns={[
            {
              key: 'label',
              header: 'Assumption',
              rowHeader: true,
              cell: (a) => (
                <>
                  {a.label}
                  {a.note ? <span className="app-cell-note">{a.note}</span> : null}
                </>
              ),
            },
            {
              key: 'central',
              header: 'This scenario',
              cell: (a) => formatAssumption(a.central, a.unit),
            },
            {
              key: 'range',
              header: 'Range',
              cell: (a) => (
                <>
                  {formatAssumptionRange(a.low, a.high, a.unit)}
                  {a.widened ? (
                    <span className="app-cell-note">Widened to include this scenario’s value.</span>
                  ) : null}
                </>
              ),
            },
            {
              key: 'mark',
              header: 'How sure',
              cell: (a) => <MarkBadge mark={a.mark} source={a.source} />,
            },
            {
              key: 'source',
              header: 'Source',
              cell: (a) => <span className="app-source-text">{a.source}</span>,
            },
          ]}
        />
        <p className="nhsuk-body-s">
          Model version {ranges.modelVersion}, data version {ranges.dataVersion}.
        </p>
      </div>
    </details>
  )
}
