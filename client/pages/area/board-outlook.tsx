/**
 * The board summary's view ahead: the default scenario for the area (every setting at its
 * documented default, run on the server) as four headline figures (cost to the target year, the
 * recurrent cost in it, the first year of full coverage, new staff needed) and the coverage path
 * chart, with a link to open the same scenario in the builder and change it.
 */
import { useQuery } from '@tanstack/react-query'
import { lazy } from 'react'
import { Link } from 'react-router'
import { fyEndLabel, fyLabel } from '../../../shared/domain/fiscal-year'
import type { AreaSummary } from '../../../shared/domain/area-summary'
import type { ScenarioResult } from '../../../shared/domain/results'
import { ChartCard } from '../../components/chart-card'
import { DataTable } from '../../components/data-table'
import { coveragePathColumns } from '../../charts/coverage-path-columns'
import { QueryState } from '../../components/query-state'
import { HeadlineFigures, type HeadlineFigure } from '../../components/headline-figures'
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../lib/format'
import { modelledFyText, targetFyText } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'
import { trpc } from '../../trpc'
import { targetYear } from '../scenario-builder/result-years'

const CoverageChart = lazy(() => import('../../charts/coverage-chart'))

const SCENARIO_SOURCE =
  'The default scenario: model defaults and assumptions listed on Sources and assumptions'

export function BoardOutlook({ summary }: { summary: AreaSummary }) {
  const { area } = summary
  const run = useQuery({
    ...trpc.scenario.run.queryOptions({ scope: area.code }),
    // Same input, same output: the engine is deterministic, so a run never goes stale.
    staleTime: Infinity,
  })
  return (
    <section className="app-section" aria-labelledby="outlook-title">
      <h2 className="nhsuk-heading-l nhsuk-u-margin-bottom-3" id="outlook-title">
        The path to 2030
      </h2>
      <QueryState
        query={run}
        what="default scenario"
        errorTitle="The default scenario could not be run"
      >
        {(data) => <Outlook result={data} summary={summary} />}
      </QueryState>
    </section>
  )
}

function Outlook({ result, summary }: { result: ScenarioResult; summary: AreaSummary }) {
  const first = result.years[0]
  const target = targetYear(result)
  if (!first || !target) return null
  const by = fyEndLabel(target.fyStart)
  const full = result.fullCoverageFy
  const figures: HeadlineFigure[] = [
    {
      label: full ? `Cost to full coverage by ${by}` : `Cost to ${by}`,
      value: formatMoneyShort(target.cumulativeCost),
      detail: `new provision in cash from ${first.fy} to ${target.fy}, set-up and running costs; ${formatMoneyShort(result.money.totalReal)} in ${fyLabel(result.money.priceBaseFy)} prices`,
      mark: 'I',
      source: SCENARIO_SOURCE,
    },
    {
      label: `Running cost in ${target.fy}`,
      value: formatMoneyShort(target.recurrentCost),
      detail: `a year, recurrent, for the new teams and satellites; keeping existing teams running costs ${formatMoneyShort(target.existingCost)} more`,
      mark: 'I',
      source: SCENARIO_SOURCE,
    },
    {
      label: 'First year of full coverage',
      value: full ?? `Not by ${by}`,
      detail: full
        ? 'every local authority can see all families needing a team'
        : `some authorities still have a gap in ${target.fy}`,
      mark: 'I',
      source: SCENARIO_SOURCE,
    },
    {
      // WTE goes in the label: four figures and 'WTE' do not fit a quarter-width box on one line.
      label: `New staff by ${by}, WTE`,
      value: formatNumber(target.wte),
      detail: `whole-time equivalents, ${formatNumber(target.clinicalWte)} of them clinical, against about ${formatNumber(summary.staffToday.clinicalWte)} clinical WTE in teams today`,
      mark: 'I',
      source: SCENARIO_SOURCE,
    },
  ]
  return (
    <>
      <p>
        What the default scenario needs for every baby under two in {result.scope.name} to reach a
        team: every setting at its documented default; costs of new provision, with existing teams'
        running cost shown apart.
      </p>
      <HeadlineFigures
        figures={figures}
        label={`The path to 2030 for ${result.scope.name}: headline figures`}
      />
      <CoveragePathCard result={result} summary={summary} />
    </>
  )
}

function CoveragePathCard({ result, summary }: { result: ScenarioResult; summary: AreaSummary }) {
  const currentFy = useCurrentFy()
  const first = result.years[0]!
  const target = targetYear(result)!
  const firstText = modelledFyText(first.fyStart, currentFy)
  return (
    <ChartCard
      id="coverage-path"
      headingLevel={3}
      title={`Coverage path to ${fyEndLabel(target.fyStart)} (FY${target.fy})`}
      units="Share of need met (capacity coverage) and share of babies living where a team works (geographic coverage), by financial year, in the default scenario"
      summary={
        <>
          <p>
            Teams working today can see {formatPercent(summary.coverage.coverage)} of families
            needing one, and {formatPercent(summary.coverage.geographicCoverage)} of babies live
            where a team works. With new provision starting in {firstText}, capacity coverage is{' '}
            {formatPercent(first.coverage)} in {first.fy} and {formatPercent(target.coverage)}{' '}
            {targetFyText(target.fyStart)}; geographic coverage goes from{' '}
            {formatPercent(first.geographicCoverage)} to {formatPercent(target.geographicCoverage)}.{' '}
            {result.fullCoverageFy
              ? `Every authority is fully covered from ${result.fullCoverageFy}.`
              : `Full coverage is not reached by ${fyEndLabel(target.fyStart)}.`}
          </p>
          <p className="app-no-print">
            <Link to={`/scenarios/new?scope=${encodeURIComponent(result.scope.code)}`}>
              Explore this in the scenario builder
            </Link>
            <span className="nhsuk-u-visually-hidden"> for {result.scope.name}</span>
          </p>
        </>
      }
      chart={<CoverageChart years={result.years} targetFy={target.fy} nowFy={fyLabel(currentFy)} />}
      source={`Coverage 2030 model ${result.modelVersion}, data ${result.dataVersion}, default scenario`}
      table={
        <DataTable
          caption={`Coverage path by financial year, default scenario for ${result.scope.name}`}
          compact
          rows={result.years}
          rowKey={(y) => y.fy}
          columns={[
            ...coveragePathColumns(currentFy),
            {
              key: 'cumulative',
              header: 'Cumulative cost',
              numeric: true,
              cell: (y) => formatMoney(y.cumulativeCost),
            },
          ]}
        />
      }
    />
  )
}
