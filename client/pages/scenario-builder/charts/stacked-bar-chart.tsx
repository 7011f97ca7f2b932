/**
 * A stacked bar chart by financial year with a total above each bar; used for staff by band and
 * for teams by kind. Stacks keep the legend's order from the bottom up.
 */
import { memo, useMemo } from 'react'
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import { AXIS_TICK, LABEL_STYLE, GRID_PROPS } from '../../../charts/chart-theme'
import { fyAxisProps } from '../../../charts/fy-tick'
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
  /** The year under way, marked "now" on the axis. */
  nowFy?: string
  height?: number
}

const MARGIN = { top: 28, right: 8, bottom: 4, left: 8 }

/**
 * Memoised, with the parts made only when the series change: recharts 3 copies `data` into its
 * store in an effect, so with the same child elements the render that brings new data stops at
 * the chart root and only the render after the store update redraws the bars (once, not twice).
 * Callers pass rows that keep their identity while their values do not change, so a chart whose
 * numbers an edit did not move is not redrawn at all.
 */
export default memo(function StackedBarChart({
  rows,
  series,
  formatTotal,
  allowDecimals = true,
  nowFy,
  height = 300,
}: StackedBarChartProps) {
  // The total goes above the highest segment with a value in each year, so a year whose top
  // series is zero still gets its label: each series gets a `label:<key>` that is only set there.
  const { data, tops } = useMemo(() => {
    const tops = new Set<string>()
    const data = rows.map((row) => {
      const top = [...series].reverse().find((s) => Number(row[s.key] ?? 0) > 0)
      if (top) tops.add(top.key)
      return { ...row, ...(top ? { [`label:${top.key}`]: row.total } : {}) }
    })
    return { data, tops: [...tops].join(' ') }
  }, [rows, series])
  const parts = useMemo(() => {
    const onTop = new Set(tops.split(' '))
    return [
      <CartesianGrid key="grid" {...GRID_PROPS} />,
      <XAxis key="x" dataKey="fy" {...fyAxisProps(nowFy)} />,
      <YAxis
        key="y"
        allowDecimals={allowDecimals}
        tick={AXIS_TICK}
        width={48}
        axisLine={false}
        tickLine={false}
      />,
      ...series.map((s) => (
        <Bar
          key={s.key}
          dataKey={s.key}
          name={s.label}
          stackId="stack"
          fill={s.colour}
          stroke="#fff"
          isAnimationActive={false}
        >
          {/* Labels only on series that are on top somewhere: each LabelList costs a render pass. */}
          {onTop.has(s.key) ? (
            <LabelList
              dataKey={`label:${s.key}`}
              position="top"
              formatter={(v: unknown) => (typeof v === 'number' ? formatTotal(v) : '')}
              style={LABEL_STYLE}
            />
          ) : null}
        </Bar>
      )),
    ]
  }, [series, tops, allowDecimals, formatTotal, nowFy])
  const legend = useMemo(
    () => series.map((s) => ({ label: s.label, colour: s.colour, kind: 'bar' as const })),
    [series],
  )
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} margin={MARGIN} accessibilityLayer={false}>
          {parts}
        </BarChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </>
  )
})
