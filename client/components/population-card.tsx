/**
 * PopulationCard: an area's babies aged 0, aged 1 and under two at each mid-year, as a ChartCard
 * with a written summary (latest figure, change since the first year, years without estimates)
 * and the same numbers in a table.
 */
import { lazy } from 'react'
import type { PopulationPoint } from '../../shared/domain/area-summary'
import { formatMidYear, formatNumber, formatPercent, listText } from '../lib/format'
import { ChartCard } from './chart-card'
import { DataTable } from './data-table'

const PopulationChart = lazy(() => import('../charts/population-chart'))

export function populationSummary(areaName: string, points: PopulationPoint[]): string {
  const known = points.filter((p) => p.under2 !== null)
  const first = known[0]
  const last = known[known.length - 1]
  if (!first || !last) return `There are no population estimates for ${areaName}.`
  const parts = [
    `${areaName} had ${formatNumber(last.under2)} babies under two at ${formatMidYear(last.midYear)}.`,
  ]
  if (first !== last && first.under2 && last.under2) {
    const change = (last.under2 - first.under2) / first.under2
    const direction = change < 0 ? 'fewer' : 'more'
    parts.push(
      Math.abs(change) < 0.005
        ? `That is about the same as at ${formatMidYear(first.midYear)}.`
        : `That is ${formatPercent(Math.abs(change))} ${direction} than at ${formatMidYear(first.midYear)} (${formatNumber(first.under2)}).`,
    )
  }
  const missing = points.filter((p) => p.under2 === null).map((p) => formatMidYear(p.midYear))
  if (missing.length) parts.push(`There are no estimates yet for ${listText(missing)}.`)
  const partial = points
    .filter((p) => p.under2 !== null && !p.complete)
    .map((p) => formatMidYear(p.midYear))
  if (partial.length)
    parts.push(`Figures for ${listText(partial)} leave out authorities without an estimate.`)
  return parts.join(' ')
}

export function PopulationCard({
  areaName,
  points,
  id = 'population',
}: {
  areaName: string
  points: PopulationPoint[]
  id?: string
}) {
  return (
    <ChartCard
      id={id}
      title="Babies under two"
      units="Number of babies aged 0 and aged 1 at 30 June each year (mid-year estimates)"
      summary={<p>{populationSummary(areaName, points)}</p>}
      chart={<PopulationChart points={points} />}
      source="Office for National Statistics, National Records of Scotland and NISRA mid-year population estimates"
      table={
        <DataTable
          caption={`Babies under two in ${areaName} by mid-year`}
          rows={points}
          rowKey={(p) => String(p.midYear)}
          compact
          columns={[
            {
              key: 'year',
              header: 'Mid-year',
              rowHeader: true,
              cell: (p) => formatMidYear(p.midYear),
            },
            {
              key: 'age0',
              header: 'Aged 0',
              numeric: true,
              cell: (p) => formatNumber(p.age0, 0, 'No estimate'),
            },
            {
              key: 'age1',
              header: 'Aged 1',
              numeric: true,
              cell: (p) => formatNumber(p.age1, 0, 'No estimate'),
            },
            {
              key: 'under2',
              header: 'Under two',
              numeric: true,
              cell: (p) => formatNumber(p.under2, 0, 'No estimate'),
            },
            {
              key: 'complete',
              header: 'Complete',
              cell: (p) =>
                p.under2 === null ? 'No' : p.complete ? 'Yes' : 'No, some authorities missing',
            },
          ]}
        />
      }
    />
  )
}
