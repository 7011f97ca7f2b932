/**
 * TeamCountChart: the number of specialised parent-infant relationship teams in the UK at each
 * published count, on a true time axis (the counts are unevenly spaced), labelled with each count.
 */
import {
  CartesianGrid,
  LabelList,
  Line,
  LineChart,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { niceTicks } from './nice-ticks'
import { AXIS_TICK, CHART_COLOURS, LABEL_STYLE, GRID_PROPS } from './chart-theme'

export interface TeamCountPointView {
  /** Decimal year, e.g. 2019.42 for June 2019. */
  x: number
  count: number
  label: string
}

export default function TeamCountChart({
  points,
  height = 300,
}: {
  points: TeamCountPointView[]
  height?: number
}) {
  const first = Math.floor(Math.min(...points.map((p) => p.x)))
  const last = Math.ceil(Math.max(...points.map((p) => p.x)))
  const ticks = Array.from({ length: last - first + 1 }, (_, i) => first + i)
  const yTicks = niceTicks(Math.max(...points.map((p) => p.count)) * 1.1)
  return (
    <ResponsiveContainer width="100%" height={height}>
      <LineChart
        data={points}
        margin={{ top: 28, right: 24, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis
          dataKey="x"
          type="number"
          domain={[first, last]}
          ticks={ticks}
          tickFormatter={(v: number) => String(v)}
          tick={AXIS_TICK}
          tickLine={false}
          axisLine={{ stroke: CHART_COLOURS.grey }}
        />
        <YAxis
          ticks={yTicks}
          domain={[0, yTicks[yTicks.length - 1] ?? 'auto']}
          allowDecimals={false}
          tick={AXIS_TICK}
          width={40}
          axisLine={false}
          tickLine={false}
        />
        <Line
          dataKey="count"
          stroke={CHART_COLOURS.blue}
          strokeWidth={3}
          dot={{ r: 5, fill: CHART_COLOURS.blue, stroke: '#fff', strokeWidth: 2 }}
          isAnimationActive={false}
        >
          <LabelList dataKey="count" position="top" offset={10} style={LABEL_STYLE} />
        </Line>
      </LineChart>
    </ResponsiveContainer>
  )
}
