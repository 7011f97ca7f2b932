/**
 * Annual cost as stacked bars (new provision's recurrent and one-off cost, then existing teams'
 * running cost on top, in grey) with the cumulative cost of everything as a line, on one £ axis
 * so the two can be read against each other.
 */
import { memo, useMemo } from 'react'
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
import { AXIS_TICK, CHART_COLOURS, GRID_PROPS, lineStyle } from '../../../charts/chart-theme'
import { fyAxisProps } from '../../../charts/fy-tick'
import { formatMoneyShort } from '../../../lib/format'
import { ChartLegend, type LegendItem } from '../../../charts/chart-legend'
import { StaticLineShape } from '../../../charts/static-line-shape'

const LEGEND: LegendItem[] = [
  { label: 'Recurrent cost', colour: CHART_COLOURS.blue, kind: 'bar' },
  { label: 'One-off cost', colour: CHART_COLOURS.aquaGreen, kind: 'bar' },
  { label: 'Existing teams', colour: CHART_COLOURS.grey, kind: 'bar' },
  { label: 'Cumulative cost of everything', colour: CHART_COLOURS.purple, kind: 'dashed' },
]

const MARGIN = { top: 24, right: 24, bottom: 4, left: 8 }

/**
 * The chart's parts do not depend on the data, so they are made once per year under way:
 * recharts 3 copies `data` into its store in an effect, and with the same child elements the
 * render that brings new data stops at the chart root; only the render after the store update
 * redraws the parts (once, not twice, per change).
 */
const parts = (nowFy: string | undefined) => [
  <CartesianGrid key="grid" {...GRID_PROPS} />,
  <XAxis key="x" dataKey="fy" {...fyAxisProps(nowFy)} />,
  <YAxis
    key="y"
    tickFormatter={(v: number) => formatMoneyShort(v)}
    tick={AXIS_TICK}
    width={64}
    axisLine={false}
    tickLine={false}
  />,
  <Bar
    key="recurrent"
    dataKey="recurrentCost"
    name="Recurrent cost"
    stackId="cost"
    fill={CHART_COLOURS.blue}
    isAnimationActive={false}
  />,
  <Bar
    key="oneOff"
    dataKey="oneOffCost"
    name="One-off cost"
    stackId="cost"
    fill={CHART_COLOURS.aquaGreen}
    stroke="#fff"
    isAnimationActive={false}
  />,
  <Bar
    key="existing"
    dataKey="existingCost"
    name="Existing teams"
    stackId="cost"
    fill={CHART_COLOURS.grey}
    stroke="#fff"
    isAnimationActive={false}
  />,
  <Line
    key="cumulative"
    dataKey="cumulativeTotalCost"
    name="Cumulative cost of everything"
    {...lineStyle(CHART_COLOURS.purple, true)}
    shape={StaticLineShape}
  />,
]

export type CostRow = Pick<
  YearResult,
  'fy' | 'recurrentCost' | 'oneOffCost' | 'existingCost' | 'cumulativeTotalCost'
>

export default memo(function CostChart({
  years,
  nowFy,
  height = 300,
}: {
  years: readonly CostRow[]
  /** The year under way, marked "now" on the axis. */
  nowFy?: string
  height?: number
}) {
  const chartParts = useMemo(() => parts(nowFy), [nowFy])
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={years} margin={MARGIN} accessibilityLayer={false}>
          {chartParts}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={LEGEND} />
    </>
  )
})
