/**
 * NationPopulationChart: babies under two in each nation by mid-year, as four small bar charts,
 * each on its own scale (England's count is 20 times Northern Ireland's, so a shared axis would
 * flatten three of them). Years without an estimate show a dashed "No estimate" bar.
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
import { formatCompact } from '../lib/format'
import { niceTicks } from './nice-ticks'
import { AXIS_TICK, CHART_COLOURS, LABEL_STYLE, GRID_PROPS } from './chart-theme'
import { MissingLabel, missingBarProps, withMissing } from './missing-bar'

export interface NationSeries {
  code: string
  name: string
  points: { midYear: number; under2: number | null }[]
}

export default function NationPopulationChart({
  series,
  height = 240,
}: {
  series: NationSeries[]
  height?: number
}) {
  return (
    <div className="app-small-multiples">
      {series.map((nation) => {
        const data = withMissing(
          nation.points.map((p) => ({ year: String(p.midYear), under2: p.under2 })),
          (p) => p.under2,
          0.7,
        )
        const ticks = niceTicks(Math.max(0, ...nation.points.map((p) => p.under2 ?? 0)))
        return (
          <div className="app-small-multiples__item" key={nation.code}>
            <p className="app-small-multiples__title">{nation.name}</p>
            <ResponsiveContainer width="100%" height={height}>
              <BarChart
                data={data}
                margin={{ top: 24, right: 4, bottom: 0, left: 4 }}
                accessibilityLayer={false}
              >
                <CartesianGrid {...GRID_PROPS} />
                <XAxis
                  dataKey="year"
                  tick={{ ...AXIS_TICK, fontSize: 13 }}
                  tickLine={false}
                  axisLine={{ stroke: CHART_COLOURS.grey }}
                  interval={0}
                />
                <YAxis
                  ticks={ticks}
                  domain={[0, ticks[ticks.length - 1] ?? 'auto']}
                  tick={{ ...AXIS_TICK, fontSize: 13 }}
                  tickFormatter={(v: number) => formatCompact(v)}
                  width={48}
                  axisLine={false}
                  tickLine={false}
                />
                <Bar
                  dataKey="under2"
                  stackId="n"
                  fill={CHART_COLOURS.blue}
                  isAnimationActive={false}
                >
                  <LabelList
                    dataKey="under2"
                    position="top"
                    formatter={(v: unknown) => (typeof v === 'number' ? formatCompact(v) : '')}
                    style={{ ...LABEL_STYLE, fontSize: 13 }}
                  />
                </Bar>
                <Bar dataKey="missing" stackId="n" {...missingBarProps}>
                  <LabelList dataKey="missing" content={MissingLabel} />
                </Bar>
              </BarChart>
            </ResponsiveContainer>
          </div>
        )
      })}
    </div>
  )
}
