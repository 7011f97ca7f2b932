/**
 * A fan chart in a ChartCard: the P10–P90 band, the middle draw and the central case by year,
 * with a summary of the target year in words and the figures as a table.
 */
import { lazy, type ReactNode } from 'react'
import type { ScenarioRanges } from '../../../../shared/domain/uncertainty'
import { ChartCard } from '../../../components/chart-card'
import { DataTable } from '../../../components/data-table'
import type { FanRow } from '../../../charts/fan-chart'
import { formatMoney, formatMoneyShort, formatPercent } from '../../../lib/format'
import { yearColumn } from '../../../components/year-column'
import { useCurrentFy, useNowFy } from '../../../lib/use-model-info'
import { fanRows, type FanMeasure } from './fan-data'

const FanChart = lazy(() => import('../../../charts/fan-chart'))

interface MeasureSpec {
  title: string
  units: string
  format: (v: number) => string
  tick: (v: number) => string
  share: boolean
}

const SPECS: Record<FanMeasure, MeasureSpec> = {
  coverage: {
    title: 'Coverage: the range of outcomes',
    units:
      'Capacity coverage (share of need met) by financial year: the band 8 in 10 draws fall in, the middle draw and the central case',
    format: (v) => formatPercent(v),
    tick: (v) => formatPercent(v),
    share: true,
  },
  cost: {
    title: 'Annual cost: the range of outcomes',
    units:
      'Pounds a year of new provision by financial year: the band 8 in 10 draws fall in, the middle draw and the central case',
    format: (v) => formatMoney(v),
    tick: (v) => formatMoneyShort(v),
    share: false,
  },
  cumulativeCost: {
    title: 'Cumulative cost: the range of outcomes',
    units: 'Pounds from the start year to the end of each financial year',
    format: (v) => formatMoney(v),
    tick: (v) => formatMoneyShort(v),
    share: false,
  },
}

interface FanCardProps {
  ranges: ScenarioRanges
  measure: FanMeasure
  id: string
  /** Extra sentences after the target-year summary. */
  note?: ReactNode
  title?: string
  headingLevel?: 2 | 3
  height?: number
}

export function FanCard({
  ranges,
  measure,
  id,
  note,
  title,
  headingLevel = 3,
  height = 280,
}: FanCardProps) {
  const spec = SPECS[measure]
  const nowFy = useNowFy()
  const rows = fanRows(ranges, measure)
  const target = rows.at(-1)!
  const short = measure === 'coverage' ? spec.format : formatMoneyShort
  return (
    <ChartCard
      id={id}
      title={title ?? spec.title}
      units={spec.units}
      headingLevel={headingLevel}
      chartHeight={height}
      summary={
        <p>
          In {target.fy} the middle draw (P50) is {short(target.p50)}; 8 in 10 draws fall between{' '}
          {short(target.band[0])} and {short(target.band[1])}. The central case is{' '}
          {short(target.central)}. {note}
        </p>
      }
      chart={
        <FanChart
          rows={rows}
          formatTick={spec.tick}
          share={spec.share}
          nowFy={nowFy}
          height={height}
          yAxisWidth={spec.share ? 52 : 64}
        />
      }
      table={
        <FanTable
          rows={rows}
          caption={`${title ?? spec.title}, by financial year`}
          format={spec.format}
        />
      }
    />
  )
}

export function FanTable({
  rows,
  caption,
  format,
}: {
  rows: FanRow[]
  caption: string
  format: (v: number) => string
}) {
  const currentFy = useCurrentFy()
  return (
    <DataTable
      caption={caption}
      compact
      rows={rows}
      rowKey={(r) => r.fy}
      columns={[
        yearColumn<FanRow>(currentFy),
        { key: 'p10', header: 'P10', numeric: true, cell: (r) => format(r.band[0]) },
        { key: 'p50', header: 'P50 (middle)', numeric: true, cell: (r) => format(r.p50) },
        { key: 'p90', header: 'P90', numeric: true, cell: (r) => format(r.band[1]) },
        { key: 'central', header: 'Central case', numeric: true, cell: (r) => format(r.central) },
      ]}
    />
  )
}
