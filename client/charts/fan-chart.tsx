/**
 * A fan chart: the band 8 in 10 Monte Carlo draws fall in (P10 to P90) as a shaded area, the
 * middle draw (P50) as a dashed line with hollow markers and the central case as a solid line
 * with filled ones, by financial year. The three differ in shape and pattern as well as colour. Used for
 * coverage and cost in the scenario builder, the comparison page and the board pack.
 */
import {
  Area,
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { AXIS_TICK, CHART_COLOURS, GRID_PROPS, LABEL_STYLE, lineStyle } from './chart-theme'
import { ChartLegend, type LegendItem } from './chart-legend'
import { fyAxisProps } from './fy-tick'

export interface FanRow {
  fy: string
  band: [number, number]
  p50: number
  central: number
}

interface FanChartProps {
  rows: FanRow[]
  formatTick: (value: number) => string
  /** Coverage: a fixed 0–100% axis with a line at full coverage. */
  share?: boolean
  /** The year under way, marked "now" on the axis. */
  nowFy?: string
  height?: number
  yAxisWidth?: number
}

const BAND_FILL = '#a4c8ea'
/** Band, middle, central: the order a reader meets them in the summary. */
const LEGEND: LegendItem[] = [
  { label: '8 in 10 draws (P10 to P90)', colour: BAND_FILL, kind: 'bar' },
  { label: 'Middle draw (P50)', colour: CHART_COLOURS.darkBlue, kind: 'dashed' },
  { label: 'Central case', colour: CHART_COLOURS.purple, kind: 'line' },
]

export default function FanChart({
  rows,
  formatTick,
  share = false,
  nowFy,
  height = 300,
  yAxisWidth = 64,
}: FanChartProps) {
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart
          data={rows}
          margin={{ top: share ? 32 : 16, right: 24, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis dataKey="fy" {...fyAxisProps(nowFy)} />
          <YAxis
            domain={share ? [0, 1] : [0, 'auto']}
            ticks={share ? [0, 0.25, 0.5, 0.75, 1] : undefined}
            tickFormatter={formatTick}
            tick={AXIS_TICK}
            width={yAxisWidth}
            axisLine={false}
            tickLine={false}
          />
          {share ? (
            <ReferenceLine
              y={1}
              stroke={CHART_COLOURS.text}
              strokeDasharray="2 4"
              label={{ value: 'Full coverage', position: 'insideTopLeft', ...LABEL_STYLE }}
            />
          ) : null}
          <Area
            dataKey="band"
            name="8 in 10 draws (P10 to P90)"
            fill={BAND_FILL}
            fillOpacity={0.7}
            stroke={CHART_COLOURS.blue}
            strokeWidth={1}
            isAnimationActive={false}
          />
          <Line
            dataKey="p50"
            name="Middle draw (P50)"
            stroke={CHART_COLOURS.darkBlue}
            strokeWidth={2}
            strokeDasharray="8 5"
            dot={{ r: 4, fill: '#fff', stroke: CHART_COLOURS.darkBlue, strokeWidth: 2 }}
            isAnimationActive={false}
          />
          <Line dataKey="central" name="Central case" {...lineStyle(CHART_COLOURS.purple)} />
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={LEGEND} />
    </>
  )
}
