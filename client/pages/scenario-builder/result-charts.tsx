/**
 * The four charts of a scenario, each in a ChartCard with a plain-English summary and its data
 * table: coverage path, cost, staff by band, teams by kind. The recharts parts load lazily so the
 * form is usable before the charting library arrives.
 */
import { lazy, memo } from 'react'
import type { ScenarioResult } from '../../../shared/domain/results'
import { ChartCard } from '../../components/chart-card'
import { useExplainCells } from '../../components/why-this-number'
import type { YearResult } from '../../../shared/domain/results'
import { DataTable } from '../../components/data-table'
import { COVERAGE_PATH_COLUMNS } from '../../charts/coverage-path-columns'
import { CHART_COLOURS } from '../../charts/chart-theme'
import {
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
  formatWte,
  listText,
} from '../../lib/format'
import { bandsInUse, TEAM_PARTS, teamRows, wteRows } from './charts/chart-data'
import { targetYear } from './result-years'
import { useSameValue } from './use-same-value'

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
const formatTeamTotal = (v: number) => formatNumber(v)

// Redrawn only when the result changes, not on every keystroke or status change.
export const ResultCharts = memo(function ResultCharts({ result }: { result: ScenarioResult }) {
  return (
    <>
      <CoverageCard result={result} />
      <CostCard result={result} />
      <StaffCard result={result} />
      <TeamsCard result={result} />
    </>
  )
})

function CoverageCard({ result }: { result: ScenarioResult }) {
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
          Capacity coverage goes from {formatPercent(first.coverage)} in {first.fy} to{' '}
          {formatPercent(target.coverage)} in {target.fy}; geographic coverage from{' '}
          {formatPercent(first.geographicCoverage)} to {formatPercent(target.geographicCoverage)}.{' '}
          {result.fullCoverageFy
            ? `Every authority is fully covered from ${result.fullCoverageFy}.`
            : `Full coverage is not reached by ${target.fy}.`}
        </p>
      }
      chart={<CoverageChart years={chartRows} targetFy={target.fy} />}
      table={
        <DataTable
          caption="Coverage by financial year"
          compact
          rows={result.years}
          rowKey={(y) => y.fy}
          columns={COVERAGE_PATH_COLUMNS}
          {...explain}
        />
      }
    />
  )
}

function CostCard({ result }: { result: ScenarioResult }) {
  const first = result.years[0]!
  const target = targetYear(result)!
  const oneOff = result.years.reduce((sum, y) => sum + y.oneOffCost, 0)
  const explain = useExplainCells<YearResult>(result, {
    fyOf: (y) => y.fyStart,
    measures: { cost: 'cost', cumulative: 'cumulativeCost' },
  })
  const chartRows = useSameValue(
    result.years.map(({ fy, recurrentCost, oneOffCost, cumulativeCost }) => ({
      fy,
      recurrentCost,
      oneOffCost,
      cumulativeCost,
    })),
  )
  return (
    <ChartCard
      id="chart-cost"
      versions={versionsOf(result)}
      title="Cost of new provision"
      units="Pounds a year (recurrent and one-off) and cumulative pounds from the start year"
      summary={
        <p>
          New provision costs {formatMoneyShort(first.cost)} in {first.fy} and{' '}
          {formatMoneyShort(target.cost)} in {target.fy}: {formatMoneyShort(target.cumulativeCost)}{' '}
          in total to {target.fy}, of which {formatMoneyShort(oneOff)} is one-off. Existing teams
          are not charged.
        </p>
      }
      chart={<CostChart years={chartRows} />}
      table={
        <DataTable
          caption="Cost of new provision by financial year"
          {...explain}
          compact
          rows={result.years}
          rowKey={(y) => y.fy}
          columns={[
            { key: 'fy', header: 'Year', rowHeader: true, cell: (y) => y.fy },
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
          ]}
        />
      }
    />
  )
}

function StaffCard({ result }: { result: ScenarioResult }) {
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
      chart={<StackedBarChart rows={chartRows} series={series} formatTotal={formatWteTotal} />}
      table={
        <DataTable
          caption="WTE of new provision by band and financial year"
          {...explain}
          compact
          rows={rows}
          rowKey={(r) => r.fy}
          columns={[
            { key: 'fy', header: 'Year', rowHeader: true, cell: (r) => r.fy },
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

function TeamsCard({ result }: { result: ScenarioResult }) {
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
    (p) => `${formatNumber(target.teamsBreakdown[p.key])} ${p.label.toLowerCase()}`,
  )
  return (
    <ChartCard
      id="chart-teams"
      versions={versionsOf(result)}
      title="Teams and satellites"
      units="Teams serving the area in each financial year, by kind"
      summary={
        <p>
          Teams serving {result.scope.name} go from {formatNumber(first.teams)} in {first.fy} to{' '}
          {formatNumber(target.teams)} in {target.fy}
          {breakdown.length ? `: ${listText(breakdown)}` : ''}.
        </p>
      }
      chart={
        <StackedBarChart
          rows={chartRows}
          series={series}
          formatTotal={formatTeamTotal}
          allowDecimals={false}
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
            { key: 'fy', header: 'Year', rowHeader: true, cell: (r) => r.fy },
            ...TEAM_PARTS.map((p) => ({
              key: p.key,
              header: p.label,
              numeric: true,
              cell: (r: (typeof rows)[number]) => formatNumber(r[p.key]),
            })),
            {
              key: 'total',
              header: 'All teams',
              numeric: true,
              cell: (r) => formatNumber(r.total),
            },
          ]}
        />
      }
    />
  )
}
