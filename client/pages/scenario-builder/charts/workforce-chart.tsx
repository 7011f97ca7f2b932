/**
 * New clinical staff by financial year: what starts (qualified and recruit-to-train, stacked),
 * what the phasing asked for (an outlined bar beside it) and the supply the area is held to or
 * compared with (a dashed line), on one WTE axis.
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
import { AXIS_TICK, CHART_COLOURS, GRID_PROPS, lineStyle } from '../../../charts/chart-theme'
import { fyAxisProps } from '../../../charts/fy-tick'
import { ChartLegend, type LegendItem } from '../../../charts/chart-legend'
import { StaticLineShape } from '../../../charts/static-line-shape'
import { formatNumber } from '../../../lib/format'

export interface WorkforceRow {
  fy: string
  needed: number
  qualified: number
  trainees: number
  supply: number
}

const MARGIN = { top: 24, right: 24, bottom: 4, left: 8 }

/** Made once per year under way and supply label: only the data changes between edits. */
const parts = (nowFy: string | undefined, supplyLabel: string) => [
  <CartesianGrid key="grid" {...GRID_PROPS} />,
  <XAxis key="x" dataKey="fy" {...fyAxisProps(nowFy)} />,
  <YAxis
    key="y"
    tickFormatter={(v: number) => formatNumber(v, 0)}
    tick={AXIS_TICK}
    width={56}
    axisLine={false}
    tickLine={false}
  />,
  <Bar
    key="needed"
    dataKey="needed"
    name="Asked for by the phasing"
    fill="#fff"
    stroke={CHART_COLOURS.grey}
    strokeWidth={2}
    isAnimationActive={false}
  />,
  <Bar
    key="qualified"
    dataKey="qualified"
    name="Qualified staff starting"
    stackId="started"
    fill={CHART_COLOURS.blue}
    isAnimationActive={false}
  />,
  <Bar
    key="trainees"
    dataKey="trainees"
    name="Recruit-to-train staff starting"
    stackId="started"
    fill={CHART_COLOURS.aquaGreen}
    stroke="#fff"
    isAnimationActive={false}
  />,
  <Line
    key="supply"
    dataKey="supply"
    name={supplyLabel}
    {...lineStyle(CHART_COLOURS.purple, true)}
    shape={StaticLineShape}
  />,
]

export default memo(function WorkforceChart({
  rows,
  supplyLabel,
  nowFy,
  height = 300,
}: {
  rows: readonly WorkforceRow[]
  supplyLabel: string
  /** The year under way, marked "now" on the axis. */
  nowFy?: string
  height?: number
}) {
  const chartParts = useMemo(() => parts(nowFy, supplyLabel), [nowFy, supplyLabel])
  const legend = useMemo<LegendItem[]>(
    () => [
      { label: 'Asked for by the phasing', colour: CHART_COLOURS.grey, kind: 'outline' },
      { label: 'Qualified staff starting', colour: CHART_COLOURS.blue, kind: 'bar' },
      { label: 'Recruit-to-train staff starting', colour: CHART_COLOURS.aquaGreen, kind: 'bar' },
      { label: supplyLabel, colour: CHART_COLOURS.purple, kind: 'dashed' },
    ],
    [supplyLabel],
  )
  return (
    <>
      <ResponsiveContainer width="100%" height={height}>
        <ComposedChart data={rows} margin={MARGIN} accessibilityLayer={false}>
          {chartParts}
        </ComposedChart>
      </ResponsiveContainer>
      <ChartLegend items={legend} />
    </>
  )
})
