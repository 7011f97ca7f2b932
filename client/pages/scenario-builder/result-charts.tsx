/**
 * The charts of a scenario, each in a ChartCard with a plain-English summary and its data table:
 * coverage path, cost (cash, constant prices and present value), the cost as finance teams read
 * it, staff by band, teams by kind and coverage by deprivation. The recharts parts load lazily so
 * the form is usable before the charting library arrives. The first modelled year is the one
 * under way and is marked "now" on every axis and in every table.
 */
import { lazy, memo } from 'react'
import type { ScenarioResult } from '../../../shared/domain/results'
import { ChartCard } from '../../components/chart-card'
import { useExplainCells } from '../../components/why-this-number'
import type { YearResult } from '../../../shared/domain/results'
import { DataTable } from '../../components/data-table'
import { coveragePathColumns } from '../../charts/coverage-path-columns'
import { yearColumn } from '../../components/year-column'
import { CHART_COLOURS } from '../../charts/chart-theme'
import {
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
  formatTeams,
  formatWte,
  FRACTIONAL_TEAMS_NOTE,
  hasFractionalTeams,
  listText,
} from '../../lib/format'
import { fyEndLabel, fyLabel } from '../../../shared/domain/fiscal-year'
import { modelledFyText, targetFyText } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'
import { bandsInUse, TEAM_PARTS, teamRows, wteRows } from './charts/chart-data'
import { DeprivationPathCard } from './deprivation-path-card'
import { MoneySummary } from './money-summary'
import { targetYear } from './result-years'
import { useSameValue } from './use-same-value'
import { WorkforceCard } from './workforce-card'

const CoverageChart = lazy(() => import('../../charts/coverage-chart'))
const CostChart = lazy(() => import('./charts/cost-chart'))
const StackedBarChart = lazy(() => import('./charts/stacked-bar-chart'))

/** One colour per band, darkening with seniority; every one at least 3:1 against white. */
const BAND_COLOURS: Record<string, string> = {
  '4': '#4c6272',
  '5': '#007f7a',
  '6': '#005eb8',
  '7': '#003087',
  '8a': '#330072',
  '8b': '#7c2855',
  '8c': '#ae2573',
  '8d': '#006747',
  '9': '#212b32',
}

const TEAM_COLOURS: Record<string, string> = {
  existing: CHART_COLOURS.grey,
  expanded: CHART_COLOURS.aquaGreen,
  new: CHART_COLOURS.blue,
  satellites: CHART_COLOURS.purple,
}

/** The versions a result was computed with, stamped on its chart images. */
const versionsOf = (result: ScenarioResult) => ({
  model: result.modelVersion,
  data: result.dataVersion,
})

const formatWteTotal = (v: number) => formatNumber(v, 1)
const formatTeamTotal = (v: number) => formatTeams(v)

// Redrawn only when the result changes, not on every keystroke or status change.
export const ResultCharts = memo(function ResultCharts({ result }: { result: ScenarioResult }) {
  const currentFy = useCurrentFy()
  return (
    <>
      <CoverageCard result={result} currentFy={currentFy} />
      <CostCard result={result} currentFy={currentFy} />
      <MoneySummary result={result} />
      <StaffCard result={result} currentFy={currentFy} />
      <WorkforceCard result={result} currentFy={currentFy} versions={versionsOf(result)} />
      <TeamsCard result={result} currentFy={currentFy} />
      <DeprivationPathCard result={result} />
    </>
  )
})

interface CardProps {
  result: ScenarioResult
  /** The financial year under way: the first modelled year, marked "now". */
  currentFy: number
}

function CoverageCard({ result, currentFy }: CardProps) {
  const first = result.years[0]!
  const target = targetYear(result)!
  const explain = useExplainCells<YearResult>(result, {
    fyOf: (y) => y.fyStart,
    measures: {
      need: 'need',
      capacity: 'capacity',
      coverage: 'coverage',
      geo: 'geographicCoverage',
    },
  })
  // Only what the chart draws, kept while unchanged, so the chart skips edits that do not move it.
  const chartRows = useSameValue(
    result.years.map(({ fy, coverage, geographicCoverage }) => ({
      fy,
      coverage,
      geographicCoverage,
    })),
  )
  return (
    <ChartCard
      id="chart-coverage"
      versions={versionsOf(result)}
      title="Coverage path"
      units="Share of need met (capacity coverage) and share of babies living where a team works (geographic coverage)"
      summary={
        <p>
          Capacity coverage goes from {formatPercent(first.coverage)} in{' '}
          {modelledFyText(first.fyStart, currentFy)} to {formatPercent(target.coverage)}{' '}
          {targetFyText(target.fyStart)}; geographic coverage from{' '}
          {formatPercent(first.geographicCoverage)} to {formatPercent(target.geographicCoverage)}.{' '}
          {result.fullCoverageFy
            ? `Every authority is fully covered from ${result.fullCoverageFy}.`
            : `Full coverage is not reached by ${fyEndLabel(target.fyStart)}.`}
        </p>
      }
      chart={<CoverageChart years={chartRows} targetFy={target.fy} nowFy={fyLabel(currentFy)} />}
      table={
        <DataTable
          caption="Coverage by financial year"
          compact
          rows={result.years}
          rowKey={(y) => y.fy}
          columns={coveragePathColumns(currentFy)}
          {...explain}
        />
      }
    />
  )
}

function CostCard({ result, currentFy }: CardProps) {
  const first = result.years[0]!
  const target = targetYear(result)!
  const oneOff = result.years.reduce((sum, y) => sum + y.oneOffCost, 0)
  const base = fyLabel(result.money.priceBaseFy)
  const explain = useExplainCells<YearResult>(result, {
    fyOf: (y) => y.fyStart,
    measures: { cost: 'cost', cumulative: 'cumulativeCost', existing: 'existingCost' },
  })
  const chartRows = useSameValue(
    result.years.map(({ fy, recurrentCost, oneOffCost, existingCost, cumulativeTotalCost }) => ({
      fy,
      recurrentCost,
      oneOffCost,
      existingCost,
      cumulativeTotalCost,
    })),
  )
  return (
    <ChartCard
      id="chart-cost"
      versions={versionsOf(result)}
      title="Cost of new provision and existing teams"
      units={`Pounds a year in cash (new provision's recurrent and one-off cost, existing teams' running cost) and the cumulative pounds of everything from the start year; the table adds new provision in constant ${base} prices and its present value`}
      summary={
        <p>
          New provision costs {formatMoneyShort(first.cost)} in{' '}
          {modelledFyText(first.fyStart, currentFy)} and {formatMoneyShort(target.cost)} in{' '}
          {target.fy}: {formatMoneyShort(target.cumulativeCost)} in total in cash to {target.fy}, of
          which {formatMoneyShort(oneOff)} is one-off; {formatMoneyShort(target.costReal)} a year in{' '}
          {target.fy} in constant {base} prices. Keeping existing teams running costs{' '}
          {formatMoneyShort(first.existingCost)} in {first.fy} and{' '}
          {formatMoneyShort(target.existingCost)} in {target.fy}, shown apart in grey:{' '}
          {formatMoneyShort(target.cumulativeTotalCost)} for everything to {target.fy}.
        </p>
      }
      chart={<CostChart years={chartRows} nowFy={fyLabel(currentFy)} />}
      table={
        <DataTable
          caption="Cost of new provision and existing teams by financial year"
          {...explain}
          compact
          rows={result.years}
          rowKey={(y) => y.fy}
          columns={[
            yearColumn<YearResult>(currentFy),
            {
              key: 'recurrent',
              header: 'Recurrent',
              numeric: true,
              cell: (y) => formatMoney(y.recurrentCost),
            },
            {
              key: 'oneOff',
              header: 'One-off',
              numeric: true,
              cell: (y) => formatMoney(y.oneOffCost),
            },
            {
              key: 'cost',
              header: 'Annual total',
              numeric: true,
              cell: (y) => formatMoney(y.cost),
            },
            {
              key: 'cumulative',
              header: 'Cumulative',
              numeric: true,
              cell: (y) => formatMoney(y.cumulativeCost),
            },
            {
              key: 'existing',
              header: 'Existing teams',
              numeric: true,
              cell: (y) => formatMoney(y.existingCost),
            },
            {
              key: 'everything',
              header: 'Everything, annual',
              numeric: true,
              cell: (y) => formatMoney(y.totalCost),
            },
            {
              key: 'real',
              header: `Annual total in ${base} prices`,
              numeric: true,
              cell: (y) => formatMoney(y.costReal),
            },
            {
              key: 'pv',
              header: 'Present value',
              numeric: true,
              cell: (y) => formatMoney(y.costPresentValue),
            },
          ]}
        />
      }
    />
  )
}

function StaffCard({ result, currentFy }: CardProps) {
  const target = targetYear(result)!
  const bands = bandsInUse(result.years)
  const rows = wteRows(result.years)
  const chartRows = useSameValue(rows)
  const series = useSameValue(
    bands.map((band) => ({
      key: band,
      label: `Band ${band}`,
      colour: BAND_COLOURS[band] ?? '#000',
    })),
  )
  const explain = useExplainCells<(typeof rows)[number]>(result, {
    fyOf: (r) => r.fy,
    measures: { total: 'wte' },
  })
  const largest = bands
    .map((band) => ({ band, wte: target.wteByBand[band] ?? 0 }))
    .sort((a, b) => b.wte - a.wte)[0]
  return (
    <ChartCard
      id="chart-staff"
      versions={versionsOf(result)}
      title="Staff in new provision by pay band"
      units="Whole-time equivalents (WTE) in post, Agenda for Change bands"
      summary={
        <p>
          {target.wte > 0
            ? `By ${target.fy} new provision employs ${formatWte(target.wte)}, of whom ${formatWte(target.clinicalWte)} are clinical${
                largest
                  ? `; the largest group is band ${largest.band} (${formatWte(largest.wte)})`
                  : ''
              }.`
            : `No new staff are needed by ${target.fy}.`}
        </p>
      }
      chart={
        <StackedBarChart
          rows={chartRows}
          series={series}
          formatTotal={formatWteTotal}
          nowFy={fyLabel(currentFy)}
        />
      }
      table={
        <DataTable
          caption="WTE of new provision by band and financial year"
          {...explain}
          compact
          rows={rows}
          rowKey={(r) => r.fy}
          columns={[
            yearColumn<(typeof rows)[number]>(currentFy),
            ...bands.map((band) => ({
              key: band,
              header: `Band ${band}`,
              numeric: true,
              cell: (r: (typeof rows)[number]) => formatNumber(r[band], 1),
            })),
            {
              key: 'total',
              header: 'Total WTE',
              numeric: true,
              cell: (r) => formatNumber(r.total, 1),
            },
          ]}
        />
      }
    />
  )
}

function TeamsCard({ result, currentFy }: CardProps) {
  const first = result.years[0]!
  const target = targetYear(result)!
  const rows = teamRows(result.years)
  const chartRows = useSameValue(rows)
  const explain = useExplainCells<(typeof rows)[number]>(result, {
    fyOf: (r) => r.fy,
    measures: { total: 'teams' },
  })
  const parts = TEAM_PARTS.filter((part) =>
    result.years.some((y) => y.teamsBreakdown[part.key] > 0),
  )
  const series = useSameValue(
    parts.map((p) => ({ key: p.key, label: p.label, colour: TEAM_COLOURS[p.key]! })),
  )
  const breakdown = parts.map(
    (p) => `${formatTeams(target.teamsBreakdown[p.key])} ${p.label.toLowerCase()}`,
  )
  const fractional = hasFractionalTeams(
    result.years.flatMap((y) => [y.teams, ...Object.values(y.teamsBreakdown)]),
  )
  return (
    <ChartCard
      id="chart-teams"
      versions={versionsOf(result)}
      title="Teams and satellites"
      units="Teams serving the area in each financial year, by kind"
      summary={
        <>
          <p>
            Teams serving {result.scope.name} go from {formatTeams(first.teams)} in{' '}
            {modelledFyText(first.fyStart, currentFy)} to {formatTeams(target.teams)} in {target.fy}
            {breakdown.length ? `: ${listText(breakdown)}` : ''}.
          </p>
          {fractional ? <p className="nhsuk-body-s">{FRACTIONAL_TEAMS_NOTE}</p> : null}
        </>
      }
      chart={
        <StackedBarChart
          rows={chartRows}
          series={series}
          formatTotal={formatTeamTotal}
          allowDecimals={false}
          nowFy={fyLabel(currentFy)}
        />
      }
      table={
        <DataTable
          caption="Teams serving the area by kind and financial year"
          {...explain}
          compact
          rows={rows}
          rowKey={(r) => r.fy}
          columns={[
            yearColumn<(typeof rows)[number]>(currentFy),
            ...TEAM_PARTS.map((p) => ({
              key: p.key,
              header: p.label,
              numeric: true,
              cell: (r: (typeof rows)[number]) => formatTeams(r[p.key]),
            })),
            {
              key: 'total',
              header: 'All teams',
              numeric: true,
              cell: (r) => formatTeams(r.total),
            },
          ]}
        />
      }
    />
  )
}
