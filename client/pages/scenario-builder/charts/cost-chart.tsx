/**
 * Annual cost of new provision as stacked bars (recurrent, one-off) with the cumulative cost as a
 * line, on one £ axis so the two can be read against each other.
 */
import {
  Bar,
  CartesianGrid,
  ComposedChart,
  Line,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { YearResult } from '../../../../shared/domain/results'
import {
  AXIS_TICK,
  CHART_COLOURS,
  GRID_PROPS,
  CATEGORY_AXIS_PROPS,
} from '../../../charts/chart-theme'
import { formatMoneyShort } from '../../../lib/format'
import { ChartLegend, type LegendItem } from '../../../charts/chart-legend'

const LEGEND: LegendItem[] = [
  { label: 'Recurrent cost', colour: CHART_COLOURS.blue, kind: 'bar' },
  { label: 'One-off cost', colour: CHART_COLOURS.aquaGreen, kind: 'bar' },
  { label: 'Cumulative cost', colour: CHART_COLOURS.purple, kind: 'dashed' },
]

export default function CostChart({
  years,
  height = 300,
}: {
  years: YearResult[]
  height?: number
}) {
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={years}
          margin={{ top: 24, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis dataKey="fy" {...CATEGORY_AXIS_PROPS} />
          <YAxis
            tickFormatter={(v: number) => formatMoneyShort(v)}
            tick={AXIS_TICK}
            width={64}
            axisLine={false}
            tickLine={false}
          />
          <Bar
            dataKey="recurrentCost"
            name="Recurrent cost"
            stackId="cost"
            fill={CHART_COLOURS.blue}
            isAnimationActive={false}
          />
          <Bar
            dataKey="oneOffCost"
            name="One-off cost"
            stackId="cost"
            fill={CHART_COLOURS.aquaGreen}
            stroke="#fff"
            isAnimationActive={false}
          />
          <Line
            dataKey="cumulativeCost"
            name="Cumulative cost"
            stroke={CHART_COLOURS.purple}
            strokeWidth={3}
            strokeDasharray="8 5"
            dot={{ r: 5, fill: '#fff', stroke: CHART_COLOURS.purple, strokeWidth: 2 }}
            isAnimationActive={false}
          />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={LEGEND} />
    </>
  )
}
