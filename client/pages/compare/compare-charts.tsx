/**
 * The compared outcomes over time, each measure on one chart with every scenario on the same
 * axes: capacity coverage (0–100%), annual cost, cumulative cost and staff. Each card has a
 * summary naming the differences from the baseline in the target year and a data table.
 */
import { lazy } from 'react'
import type { YearResult } from '../../../shared/domain/results'
import { seriesStyle } from '../../charts/compare-series'
import { ChartCard } from '../../components/chart-card'
import { DataTable, type Column } from '../../components/data-table'
import {
  alignSeries,
  formatMoneyDiff,
  formatPointsDiff,
  formatWteDiff,
  type SeriesRow,
} from '../../lib/baseline-diff'
import {
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
  listText,
} from '../../lib/format'
import { ScenarioColumnHeader } from './compare-key-figures'
import type { Compared } from './compared'
import { fyLabel } from '../../../shared/domain/fiscal-year'
import { yearColumn } from '../../components/year-column'
import { useCurrentFy } from '../../lib/use-model-info'

const CompareLineChart = lazy(() => import('../../charts/compare-line-chart'))

interface ChartSpec {
  id: string
  title: string
  units: string
  pick: (y: YearResult) => number
  format: (v: number) => string
  tick: (v: number) => string
  /** The difference from the baseline, in words. */
  diff: (value: number, base: number) => string
  fixedDomain?: boolean
}

const SPECS: ChartSpec[] = [
  {
    id: 'compare-coverage',
    title: 'Coverage path',
    units:
      'Capacity coverage: share of families needing a team that teams can see, by financial year',
    pick: (y) => y.coverage,
    format: (v) => formatPercent(v),
    tick: (v) => formatPercent(v),
    diff: (v, b) => formatPointsDiff((v - b) * 100),
    fixedDomain: true,
  },
  {
    id: 'compare-annual-cost',
    title: 'Annual cost of new provision',
    units: 'Pounds in each financial year, recurrent and one-off',
    pick: (y) => y.cost,
    format: (v) => formatMoney(v),
    tick: (v) => formatMoneyShort(v),
    diff: (v, b) => formatMoneyDiff(v - b),
  },
  {
    id: 'compare-cumulative-cost',
    title: 'Cumulative cost of new provision',
    units: 'Pounds from the start year to the end of each financial year',
    pick: (y) => y.cumulativeCost,
    format: (v) => formatMoney(v),
    tick: (v) => formatMoneyShort(v),
    diff: (v, b) => formatMoneyDiff(v - b),
  },
  {
    id: 'compare-wte',
    title: 'Staff in new provision',
    units: 'Whole-time equivalents (WTE) in post, all bands',
    pick: (y) => y.wte,
    format: (v) => `${formatNumber(v, 1)} WTE`,
    tick: (v) => formatNumber(v, v < 10 ? 1 : 0),
    diff: (v, b) => formatWteDiff(v - b),
  },
]

export function CompareCharts({
  compared,
  baseline,
}: {
  compared: Compared[]
  baseline: Compared
}) {
  return (
    <section aria-labelledby="over-time-title" className="app-section">
      <h2 id="over-time-title">Over time</h2>
      <p>
        Each chart shows every scenario on the same axes.{' '}
        {compared
          .map((c, i) => `“${c.scenario.name}” is the ${seriesStyle(i).description}`)
          .join('; ')}
        .
      </p>
      <div className="app-compare-charts">
        {SPECS.map((spec) => (
          <CompareCard key={spec.id} spec={spec} compared={compared} baseline={baseline} />
        ))}
      </div>
    </section>
  )
}

function lastValue(rows: SeriesRow[], key: string): { fy: string; value: number } | null {
  for (let i = rows.length - 1; i >= 0; i -= 1) {
    const value = rows[i]![key]
    if (typeof value === 'number') return { fy: rows[i]!.fy, value }
  }
  return null
}

function CompareCard({
  spec,
  compared,
  baseline,
}: {
  spec: ChartSpec
  compared: Compared[]
  baseline: Compared
}) {
  const currentFy = useCurrentFy()
  const rows = alignSeries(
    compared.map((c) => ({ id: c.key, result: c.result })),
    spec.pick,
  )
  const base = lastValue(rows, baseline.key)
  const parts = compared.map((c) => {
    const last = lastValue(rows, c.key)
    if (!last) return `“${c.scenario.name}” has no years`
    const text = `“${c.scenario.name}” ${spec.format(last.value)} in ${last.fy}`
    return c === baseline || !base
      ? `${text} (baseline)`
      : `${text} (${spec.diff(last.value, base.value)})`
  })

  const columns: Column<SeriesRow>[] = [
    yearColumn<SeriesRow>(currentFy),
    ...compared.map((c) => ({
      key: c.key,
      header: <ScenarioColumnHeader item={c} baseline={baseline} />,
      numeric: true,
      cell: (r: SeriesRow) => {
        const v = r[c.key]
        return typeof v === 'number' ? spec.format(v) : 'Not modelled'
      },
    })),
  ]

  return (
    <ChartCard
      id={spec.id}
      title={spec.title}
      units={spec.units}
      headingLevel={3}
      summary={<p>Last modelled year: {listText(parts)}.</p>}
      chart={
        <CompareLineChart
          rows={rows}
          series={compared.map((c) => ({ key: c.key, label: c.scenario.name }))}
          formatTick={spec.tick}
          domain={spec.fixedDomain ? [0, 1] : undefined}
          ticks={spec.fixedDomain ? [0, 0.25, 0.5, 0.75, 1] : undefined}
          reference={spec.fixedDomain ? { y: 1, label: 'Full coverage' } : undefined}
          nowFy={fyLabel(currentFy)}
        />
      }
      table={
        <DataTable
          caption={`${spec.title} by financial year, each scenario`}
          compact
          rows={rows}
          rowKey={(r) => r.fy}
          columns={columns}
        />
      }
    />
  )
}
