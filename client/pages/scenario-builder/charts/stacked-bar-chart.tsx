/**
 * A stacked bar chart by financial year with a total above each bar; used for staff by band and
 * for teams by kind. Stacks keep the legend's order from the bottom up.
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import {
  AXIS_TICK,
  LABEL_STYLE,
  GRID_PROPS,
  CATEGORY_AXIS_PROPS,
} from '../../../charts/chart-theme'
import { ChartLegend } from '../../../charts/chart-legend'

export interface StackSeries {
  key: string
  label: string
  colour: string
}

interface StackedBarChartProps {
  rows: readonly ({ fy: string; total: number } & Record<string, unknown>)[]
  series: readonly StackSeries[]
  formatTotal: (value: number) => string
  allowDecimals?: boolean
  height?: number
}

export default function StackedBarChart({
  rows,
  series,
  formatTotal,
  allowDecimals = true,
  height = 300,
}: StackedBarChartProps) {
  // The total goes above the highest segment with a value in each year, so a year whose top
  // series is zero still gets its label: each series gets a `label:<key>` that is only set there.
  const tops = new Set<string>()
  const data = rows.map((row) => {
    const top = [...series].reverse().find((s) => Number(row[s.key] ?? 0) > 0)
    if (top) tops.add(top.key)
    return { ...row, ...(top ? { [`label:${top.key}`]: row.total } : {}) }
  })
  // Labels only on series that are on top somewhere: each LabelList costs a render pass.
  const legend = series.map((s) => ({ label: s.label, colour: s.colour, kind: 'bar' as const }))
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart
          data={data}
          margin={{ top: 28, right: 8, bottom: 4, left: 8 }}
          accessibilityLayer={false}
        >
          <CartesianGrid {...GRID_PROPS} />
          <XAxis dataKey="fy" {...CATEGORY_AXIS_PROPS} />
          <YAxis
            allowDecimals={allowDecimals}
            tick={AXIS_TICK}
            width={48}
            axisLine={false}
            tickLine={false}
          />
          {series.map((s) => (
            <Bar
              key={s.key}
              dataKey={s.key}
              name={s.label}
              stackId="stack"
              fill={s.colour}
              stroke="#fff"
              isAnimationActive={false}
            >
              {tops.has(s.key) ? (
                <LabelList
                  dataKey={`label:${s.key}`}
                  position="top"
                  formatter={(v: unknown) => (typeof v === 'number' ? formatTotal(v) : '')}
                  style={LABEL_STYLE}
                />
              ) : null}
            </Bar>
          ))}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </>
  )
}
