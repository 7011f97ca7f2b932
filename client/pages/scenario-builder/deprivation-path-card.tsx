/**
 * A scenario's coverage by deprivation: capacity coverage in each fifth of UK authorities (by the
 * UK deprivation index) in the first modelled year and in the target year, with the babies still
 * living where no team works, so a board can see whether the plan closes the gap where need is
 * highest first. Sentence, outlined and solid bars, and the table.
 */
import { memo } from 'react'
import type { ScenarioResult } from '../../../shared/domain/results'
import { ChartCard } from '../../components/chart-card'
import { DataTable } from '../../components/data-table'
import { DEPRIVATION_SOURCE } from '../../components/deprivation-today-card'
import QuintileBars, { type QuintileBarSeries } from '../../charts/quintile-bars'
import { CHART_COLOURS } from '../../charts/chart-theme'
import { coverageChangeSentence, quintileRows } from '../../lib/deprivation-rows'
import { formatNumber, formatPercent } from '../../lib/format'
import { modelledFyText, targetFyText } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'
import { targetYear } from './result-years'
import { useSameValue } from './use-same-value'

// Redrawn only when the result changes; the bars only when their numbers do.
export const DeprivationPathCard = memo(function DeprivationPathCard({
  result,
}: {
  result: ScenarioResult
}) {
  const currentFy = useCurrentFy()
  const first = result.years[0]
  const target = targetYear(result)
  const firstRows = first ? quintileRows(result.byDeprivation, first.fyStart) : []
  const targetRows = target ? quintileRows(result.byDeprivation, target.fyStart) : []
  // A scenario of one year has one set of bars.
  const oneYear = first?.fyStart === target?.fyStart
  const bars = useSameValue(
    targetRows.map((r) => {
      const from = firstRows.find((f) => f.key === r.key)?.year.coverage ?? 0
      return { key: r.key, label: r.label, values: oneYear ? [from] : [from, r.year.coverage] }
    }),
  )
  if (!first || !target || targetRows.length === 0) return null
  const firstText = modelledFyText(first.fyStart, currentFy)
  const targetText = targetFyText(target.fyStart)
  const series: QuintileBarSeries[] = [
    { label: `${firstText}, first year`, colour: CHART_COLOURS.darkBlue, kind: 'outline' },
  ]
  if (!oneYear) series.push({ label: target.fy, colour: CHART_COLOURS.blue, kind: 'bar' })
  const rows = targetRows.map((r) => ({ target: r, first: firstRows.find((f) => f.key === r.key) }))
  return (
    <ChartCard
      id="chart-deprivation"
      title="Coverage by deprivation"
      units={`Capacity coverage in each fifth of UK authorities by the UK deprivation index, in ${firstText} and ${targetText}. The fifths hold equal numbers of people across the UK.`}
      summary={<p>{coverageChangeSentence(firstRows, targetRows, firstText, targetText)}</p>}
      chartHeight={targetRows.length * 76}
      chart={<QuintileBars rows={bars} series={series} format={(v) => formatPercent(v)} />}
      source={DEPRIVATION_SOURCE}
      table={
        <DataTable
          caption={`Coverage by deprivation fifth, ${firstText} and ${target.fy}`}
          compact
          rows={rows}
          rowKey={(r) => r.target.key}
          columns={[
            {
              key: 'label',
              header: 'Fifth of UK authorities',
              rowHeader: true,
              cell: (r) => r.target.label,
            },
            {
              key: 'authorities',
              header: 'Authorities here',
              numeric: true,
              cell: (r) => formatNumber(r.target.authorities),
            },
            {
              key: 'babies',
              header: `Babies under 2, ${target.fy}`,
              numeric: true,
              cell: (r) => formatNumber(r.target.year.babiesUnder2),
            },
            {
              key: 'coverageFirst',
              header: `Coverage, ${firstText}`,
              numeric: true,
              cell: (r) => formatPercent(r.first?.year.coverage),
            },
            {
              key: 'coverageTarget',
              header: `Coverage, ${target.fy}`,
              numeric: true,
              cell: (r) => formatPercent(r.target.year.coverage),
            },
            {
              key: 'withoutFirst',
              header: `Babies where no team works, ${firstText}`,
              numeric: true,
              cell: (r) => formatNumber(r.first?.year.babiesWithoutTeam),
            },
            {
              key: 'withoutTarget',
              header: `Babies where no team works, ${target.fy}`,
              numeric: true,
              cell: (r) => formatNumber(r.target.year.babiesWithoutTeam),
            },
          ]}
        />
      }
    />
  )
})
