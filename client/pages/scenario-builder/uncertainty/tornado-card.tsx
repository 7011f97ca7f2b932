/**
 * Which assumptions move the answer most: a tornado chart in a ChartCard for coverage in the
 * target year or for the total cost to it, with the sentence and the table it stands for.
 */
import { lazy } from 'react'
import type { ScenarioSensitivity, TornadoBar } from '../../../../shared/domain/uncertainty'
import { ChartCard } from '../../../components/chart-card'
import { DataTable } from '../../../components/data-table'
import { formatAssumption } from '../../../lib/assumption-format'
import { formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../../lib/format'
import { tornadoSentence } from '../../../lib/range-text'

const TornadoChart = lazy(() => import('../../../charts/tornado-chart'))

type TornadoMeasure = 'coverage' | 'totalCost'

/** From just below the lowest result to just above the highest, so no bar runs off the axis. */
function fitted(bars: readonly TornadoBar[], central: number): [number, number] {
  const values = [central, ...bars.flatMap((b) => [b.atLow, b.atHigh])]
  const low = Math.min(...values)
  const high = Math.max(...values)
  const pad = (high - low) * 0.08 || Math.abs(high) * 0.05 || 1
  return [low - pad, high + pad]
}

export function TornadoCard({
  sensitivity,
  measure,
  id,
}: {
  sensitivity: ScenarioSensitivity
  measure: TornadoMeasure
  id: string
}) {
  const { targetFy } = sensitivity
  const { central, bars } = sensitivity[measure]
  const coverage = measure === 'coverage'
  const format = coverage ? (v: number) => formatPercent(v) : formatMoneyShort
  const exact = coverage ? (v: number) => formatPercent(v, 1) : (v: number) => formatMoney(v)
  const noun = coverage ? 'Coverage' : 'Total cost'
  const moving = bars.filter((b) => b.swing > 1e-9)
  const title = coverage
    ? `What moves coverage in ${targetFy} most`
    : `What moves the total cost to ${targetFy} most`
  const height = moving.length * 56 + 80
  return (
    <ChartCard
      id={id}
      title={title}
      units={
        coverage
          ? `Capacity coverage in ${targetFy} with each assumption at its 10th and its 90th percentile (P10 and P90 of its range), the others as set`
          : `Pounds of new provision from the start year to ${targetFy}, with each assumption at its P10 and its P90, the others as set`
      }
      headingLevel={3}
      chartHeight={height}
      summary={
        <p>
          With every assumption as set, {coverage ? 'coverage' : 'the total cost'} is{' '}
          {format(central)}.{' '}
          {tornadoSentence(bars, coverage ? `coverage in ${targetFy}` : 'the total cost', format)}
        </p>
      }
      chart={
        moving.length ? (
          <TornadoChart
            rows={moving.map((b) => ({
              label: b.label,
              low: [central, b.atLow],
              high: [central, b.atHigh],
              lowText: formatAssumption(b.low, b.unit),
              highText: formatAssumption(b.high, b.unit),
            }))}
            central={central}
            centralLabel={`As set: ${format(central)}`}
            formatTick={format}
            domain={coverage ? [0, 1] : fitted(moving, central)}
          />
        ) : null
      }
      table={
        <DataTable
          caption={`${title}: each assumption at its P10 and its P90`}
          compact
          rows={bars}
          rowKey={(b) => b.key}
          columns={[
            { key: 'label', header: 'Assumption', rowHeader: true, cell: (b) => b.label },
            { key: 'low', header: 'Its P10', cell: (b) => formatAssumption(b.low, b.unit) },
            {
              key: 'atLow',
              header: `${noun} with it at P10`,
              numeric: true,
              cell: (b) => exact(b.atLow),
            },
            { key: 'high', header: 'Its P90', cell: (b) => formatAssumption(b.high, b.unit) },
            {
              key: 'atHigh',
              header: `${noun} with it at P90`,
              numeric: true,
              cell: (b) => exact(b.atHigh),
            },
            {
              key: 'swing',
              header: coverage ? 'Swing (percentage points)' : 'Swing',
              numeric: true,
              cell: (b: TornadoBar) =>
                coverage ? formatNumber(b.swing * 100, 1) : formatMoney(b.swing),
            },
          ]}
        />
      }
    />
  )
}
