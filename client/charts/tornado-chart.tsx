/**
 * A tornado chart: one row per assumption, largest effect at the top, each with two bars that
 * start at the central result: solid for the assumption at its low value, hatched for its high
 * value, each labelled at its end with that value. Fill pattern and labels, not only colour, tell
 * the two apart; a line marks the central result.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ReferenceLine,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { AXIS_TICK, CHART_COLOURS, LABEL_STYLE } from './chart-theme'

export interface TornadoRow {
  label: string
  /** [central, result with the low value], [central, result with the high value]. */
  low: [number, number]
  high: [number, number]
  lowText: string
  highText: string
}

interface TornadoChartProps {
  rows: TornadoRow[]
  central: number
  formatTick: (value: number) => string
  /** The value axis: 0 to 1 for coverage, else fitted to the bars. */
  domain: [number, number]
  centralLabel: string
}

const HATCH_ID = 'app-tornado-hatch'
const ROW_HEIGHT = 56

interface EndLabelProps {
  x?: number | string
  y?: number | string
  width?: number | string
  height?: number | string
  value?: unknown
  index?: number
}

/** The assumption's value just beyond the bar's outer end (left of a bar that points left). */
function endLabel(rows: TornadoRow[], which: 'low' | 'high') {
  return function EndLabel({ x, y, width, height, value, index }: EndLabelProps) {
    const row = index === undefined ? undefined : rows[index]
    if (!row || typeof value !== 'string') return null
    const [from, to] = row[which]
    const nx = Number(x)
    const nw = Number(width)
    const left = Math.min(nx, nx + nw)
    const right = Math.max(nx, nx + nw)
    const pointsLeft = to < from
    return (
      <text
        x={pointsLeft ? left - 4 : right + 4}
        y={Number(y) + Number(height) / 2}
        dominantBaseline="central"
        textAnchor={pointsLeft ? 'end' : 'start'}
        fontSize={12}
        fill={CHART_COLOURS.text}
      >
        {value}
      </text>
    )
  }
}

export default function TornadoChart({
  rows,
  central,
  formatTick,
  domain,
  centralLabel,
}: TornadoChartProps) {
  return (
    <ResponsiveContainer width="100%" height={rows.length * ROW_HEIGHT + 80}>
      <BarChart
        data={rows}
        layout="vertical"
        margin={{ top: 28, right: 72, bottom: 4, left: 8 }}
        barGap={2}
        barCategoryGap={10}
        accessibilityLayer={false}
      >
        <defs>
          <pattern
            id={HATCH_ID}
            width="6"
            height="6"
            patternUnits="userSpaceOnUse"
            patternTransform="rotate(45)"
          >
            <rect width="6" height="6" fill="#fff" />
            <line x1="0" y1="0" x2="0" y2="6" stroke={CHART_COLOURS.aquaGreen} strokeWidth="4" />
          </pattern>
        </defs>
        <CartesianGrid horizontal={false} stroke={CHART_COLOURS.lightGrey} />
        <XAxis
          type="number"
          domain={domain}
          tickFormatter={formatTick}
          tick={AXIS_TICK}
          axisLine={{ stroke: CHART_COLOURS.grey }}
          tickLine={false}
        />
        <YAxis
          type="category"
          dataKey="label"
          width={190}
          tick={{ ...AXIS_TICK, fontSize: 13 }}
          axisLine={false}
          tickLine={false}
          interval={0}
        />
        <Legend
          wrapperStyle={{ fontSize: 14, color: CHART_COLOURS.text }}
          itemSorter={(item) => (item.dataKey === 'low' ? 0 : 1)}
        />
        <ReferenceLine
          x={central}
          stroke={CHART_COLOURS.text}
          strokeWidth={2}
          label={{ value: centralLabel, position: 'top', ...LABEL_STYLE }}
        />
        <Bar
          dataKey="low"
          name="With its low value"
          fill={CHART_COLOURS.blue}
          isAnimationActive={false}
        >
          <LabelList dataKey="lowText" content={endLabel(rows, 'low')} />
        </Bar>
        <Bar
          dataKey="high"
          name="With its high value"
          fill={`url(#${HATCH_ID})`}
          stroke={CHART_COLOURS.aquaGreen}
          isAnimationActive={false}
        >
          <LabelList dataKey="highText" content={endLabel(rows, 'high')} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
