/**
 * One measure for 2–4 scenarios on one set of axes: a line per scenario by financial year, each
 * with its own colour, line pattern and marker shape. Used by the comparison page for coverage,
 * annual cost, cumulative cost and staff, so the scenarios can be read against each other.
 */
import {
  CartesianGrid,
  Legend,
  Line,
  LineChart,
  ReferenceLine,
  ResponsiveContainer,
  Symbols,
  XAxis,
  YAxis,
} from 'recharts'
import type { SeriesRow } from '../lib/baseline-diff'
import { AXIS_TICK, CHART_COLOURS, GRID_PROPS, LABEL_STYLE } from './chart-theme'
import { seriesStyle, type MarkerShape } from './compare-series'
import { fyAxisProps } from './fy-tick'

interface CompareLineChartProps {
  rows: SeriesRow[]
  series: { key: string; label: string }[]
  formatTick: (value: number) => string
  /** Fixed axis (coverage 0–100%); otherwise from 0 to the largest value. */
  domain?: [number, number]
  ticks?: number[]
  /** A dotted line at this value with a label, e.g. full coverage. */
  reference?: { y: number; label: string }
  /** The year under way, marked "now" on the axis. */
  nowFy?: string
  height?: number
  yAxisWidth?: number
}

function marker(shape: MarkerShape, colour: string) {
  // recharts passes cx/cy for each point; null values have no point.
  return function Marker(props: { cx?: number; cy?: number; index?: number; value?: unknown }) {
    const { cx, cy, index } = props
    if (cx === undefined || cy === undefined || props.value === null) {
      return <g key={`m-${index}`} />
    }
    return (
      <Symbols
        key={`m-${index}`}
        cx={cx}
        cy={cy}
        type={shape}
        size={shape === 'triangle' ? 90 : 70}
        fill={shape === 'circle' ? colour : '#fff'}
        stroke={colour}
        strokeWidth={2}
      />
    )
  }
}

export default function CompareLineChart({
  rows,
  series,
  formatTick,
  domain,
  ticks,
  reference,
  nowFy,
  height = 300,
  yAxisWidth = 64,
}: CompareLineChartProps) {
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={rows}
        margin={{ top: 24, right: 24, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="fy" {...fyAxisProps(nowFy)} />
        <YAxis
          domain={domain ?? [0, 'auto']}
          ticks={ticks}
          tickFormatter={(v: number) => formatTick(v)}
          tick={AXIS_TICK}
          width={yAxisWidth}
          axisLine={false}
          tickLine={false}
        />
        {/* In the scenarios' own order (recharts sorts by name otherwise), under the chart. */}
        <Legend
          layout="horizontal"
          verticalAlign="bottom"
          itemSorter={null}
          wrapperStyle={{ fontSize: 14, color: CHART_COLOURS.text }}
        />
        {reference ? (
          <ReferenceLine
            y={reference.y}
            stroke={CHART_COLOURS.text}
            strokeDasharray="2 4"
            label={{ value: reference.label, position: 'insideTopLeft', ...LABEL_STYLE }}
          />
        ) : null}
        {series.map((s, index) => {
          const style = seriesStyle(index)
          return (
            <Line
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stroke={style.colour}
              strokeWidth={3}
              strokeDasharray={style.dash}
              dot={marker(style.shape, style.colour)}
              legendType={style.shape}
              connectNulls={false}
              isAnimationActive={false}
            />
          )
        })}
      </LineChart>
    </ResponsiveContainer>
  )
}
