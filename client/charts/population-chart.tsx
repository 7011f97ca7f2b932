/**
 * PopulationChart: babies aged 0 and aged 1 at each mid-year for one area, as stacked bars with
 * the under-two total above each bar. Years without an estimate show a dashed "No estimate" bar.
 * Lazy-load it (it pulls in recharts): const PopulationChart = lazy(() => import('../charts/population-chart')).
 */
import {
  Bar,
  BarChart,
  CartesianGrid,
  LabelList,
  Legend,
  ResponsiveContainer,
  XAxis,
  YAxis,
} from 'recharts'
import type { PopulationPoint } from '../../shared/domain/area-summary'
import { formatCompact } from '../lib/format'
import { niceTicks } from './nice-ticks'
import {
  AXIS_TICK,
  CHART_COLOURS,
  LABEL_STYLE,
  GRID_PROPS,
  CATEGORY_AXIS_PROPS,
} from './chart-theme'
import { MISSING_LABEL, MissingLabel, missingBarProps, withMissing } from './missing-bar'

export default function PopulationChart({
  points,
  height = 300,
}: {
  points: PopulationPoint[]
  height?: number
}) {
  const data = withMissing(
    points.map((p) => ({
      year: `mid-${p.midYear}`,
      age0: p.under2 === null ? null : p.age0,
      age1: p.under2 === null ? null : p.age1,
      under2: p.under2,
    })),
    (p) => p.under2,
  )
  const ticks = niceTicks(Math.max(0, ...points.map((p) => p.under2 ?? 0)))
  return (
    <ResponsiveContainer width="100%" height={height}>
      <BarChart
        data={data}
        margin={{ top: 28, right: 8, bottom: 4, left: 8 }}
        accessibilityLayer={false}
      >
        <CartesianGrid {...GRID_PROPS} />
        <XAxis dataKey="year" {...CATEGORY_AXIS_PROPS} />
        <YAxis
          ticks={ticks}
          domain={[0, ticks[ticks.length - 1] ?? 'auto']}
          tick={AXIS_TICK}
          tickFormatter={(v: number) => formatCompact(v)}
          width={56}
          axisLine={false}
          tickLine={false}
        />
        <Legend wrapperStyle={{ fontSize: 14, color: CHART_COLOURS.text }} />
        <Bar
          dataKey="age0"
          name="Aged 0"
          stackId="babies"
          fill={CHART_COLOURS.blue}
          stroke="#fff"
          isAnimationActive={false}
        />
        <Bar
          dataKey="age1"
          name="Aged 1"
          stackId="babies"
          fill={CHART_COLOURS.purple}
          stroke="#fff"
          isAnimationActive={false}
        >
          <LabelList
            dataKey="under2"
            position="top"
            formatter={(v: unknown) => (typeof v === 'number' ? formatCompact(v) : '')}
            style={LABEL_STYLE}
          />
        </Bar>
        <Bar
          dataKey="missing"
          name={MISSING_LABEL}
          stackId="babies"
          legendType="none"
          {...missingBarProps}
        >
          <LabelList dataKey="missing" content={MissingLabel} />
        </Bar>
      </BarChart>
    </ResponsiveContainer>
  )
}
