/**
 * Coverage path: capacity coverage and geographic coverage by financial year on a 0–100% axis,
 * with lines for full coverage and the target year. The two series differ in line style and
 * marker shape as well as colour. Shared by the scenario builder and the board summary (which
 * draws the default scenario's path).
 */
import { memo, useMemo } from 'react'
import {
  CartesianGrid,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { YearResult } from '../../shared/domain/results'
import { AXIS_TICK, CHART_COLOURS, LABEL_STYLE, GRID_PROPS, lineStyle } from './chart-theme'
import { fyAxisProps } from './fy-tick'
import { formatPercent } from '../lib/format'
import { ChartLegend, type LegendItem } from './chart-legend'
import { StaticLineShape } from './static-line-shape'

interface CoverageChartProps {
  /** Only the year, capacity and geographic coverage are drawn. */
  years: readonly Pick<YearResult, 'fy' | 'coverage' | 'geographicCoverage'>[]
  targetFy: string
  /** The year under way, marked "now" on the axis. */
  nowFy?: string
  height?: number
}

const LEGEND: LegendItem[] = [
  { label: 'Capacity coverage', colour: CHART_COLOURS.blue, kind: 'line' },
  { label: 'Geographic coverage', colour: CHART_COLOURS.purple, kind: 'dashed' },
]

/**
 * Recharts 3 copies `data` into its store in an effect, so a render with new data draws every
 * child with the old data and the next render draws them again with the new. The children are
 * memoised on what they show (not the data): the first render then stops at the chart root and
 * only the second does the drawing.
 */
function useSeries(targetFy: string, nowFy: string | undefined) {
  return useMemo(
    () => [
      <CartesianGrid key="grid" {...GRID_PROPS} />,
      <XAxis key="x" dataKey="fy" {...fyAxisProps(nowFy)} />,
      <YAxis
        key="y"
        domain={[0, 1]}
        ticks={[0, 0.25, 0.5, 0.75, 1]}
        tickFormatter={(v: number) => formatPercent(v)}
        tick={AXIS_TICK}
        width={52}
        axisLine={false}
        tickLine={false}
      />,
      <ReferenceLine
        key="full"
        y={1}
        stroke={CHART_COLOURS.text}
        strokeDasharray="2 4"
        label={{ value: 'Full coverage', position: 'insideTopLeft', ...LABEL_STYLE }}
      />,
      <ReferenceLine
        key="target"
        x={targetFy}
        stroke={CHART_COLOURS.grey}
        strokeDasharray="6 4"
        label={{ value: 'Target year', position: 'top', ...LABEL_STYLE }}
      />,
      <Line
        key="coverage"
        dataKey="coverage"
        name="Capacity coverage"
        {...lineStyle(CHART_COLOURS.blue)}
        shape={StaticLineShape}
      />,
      <Line
        key="geo"
        dataKey="geographicCoverage"
        name="Geographic coverage"
        {...lineStyle(CHART_COLOURS.purple, true)}
        shape={StaticLineShape}
      />,
    ],
    [targetFy, nowFy],
  )
}

const MARGIN = { top: 32, right: 56, bottom: 4, left: 8 }

export default memo(function CoverageChart({
  years,
  targetFy,
  nowFy,
  height = 300,
}: CoverageChartProps) {
  const series = useSeries(targetFy, nowFy)
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <LineChart data={years} margin={MARGIN} accessibilityLayer={false}>
          {series}
        </LineChart>
      </ResponsiveContainer>
      <ChartLegend items={LEGEND} />
    </>
  )
})
