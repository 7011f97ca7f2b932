/**
 * Who is left without a team today, by deprivation: the area's authorities in fifths of UK
 * authorities by the UK deprivation index, each with its babies, the babies living where no team
 * works and its capacity coverage, for the year under way and the teams working now. A sentence,
 * bars of the share without a team, and the table. For area pages (area.summary.byDeprivation).
 */
import type { DeprivationGroup } from '../../shared/domain/results'
import QuintileBars from '../charts/quintile-bars'
import { CHART_COLOURS } from '../charts/chart-theme'
import { quintileRows, withoutTeamSentence, type QuintileRow } from '../lib/deprivation-rows'
import { formatNumber, formatPercent } from '../lib/format'
import { ChartCard } from './chart-card'
import { DataTable } from './data-table'

export const DEPRIVATION_SOURCE =
  'mySociety composite UK index of multiple deprivation (CC BY 4.0); ONS, NRS and NISRA population estimates; the teams register'

const SERIES = [
  { label: 'Babies living where no team works', colour: CHART_COLOURS.purple, kind: 'bar' },
] as const

interface DeprivationTodayCardProps {
  groups: readonly DeprivationGroup[]
  areaName: string
  /** The year under way, as its label: '2026/27'. */
  fy: string
  fyStart: number
  headingLevel?: 2 | 3
}

export function DeprivationTodayCard({
  groups,
  areaName,
  fy,
  fyStart,
  headingLevel = 2,
}: DeprivationTodayCardProps) {
  const rows = quintileRows(groups, fyStart)
  if (rows.length === 0) return null
  return (
    <ChartCard
      id="deprivation-today"
      headingLevel={headingLevel}
      title="Who is left without a team, by deprivation"
      units={`Share of babies under two living where no team works, ${fy} (now), with the teams working today. Authorities are grouped into fifths of UK authorities by the UK deprivation index; the fifths hold equal numbers of people across the UK, not in ${areaName}.`}
      summary={<p>{withoutTeamSentence(rows, areaName)}</p>}
      chartHeight={rows.length * 56}
      chart={
        <QuintileBars
          rows={rows.map((r) => ({ key: r.key, label: r.label, values: [r.withoutShare] }))}
          series={SERIES}
          format={(v) => formatPercent(v)}
        />
      }
      source={DEPRIVATION_SOURCE}
      table={
        <DataTable<QuintileRow>
          caption={`${areaName}: babies under two and coverage by deprivation fifth, ${fy}`}
          rows={rows}
          rowKey={(r) => r.key}
          compact
          columns={[
            {
              key: 'label',
              header: 'Fifth of UK authorities',
              rowHeader: true,
              cell: (r) => r.label,
            },
            {
              key: 'authorities',
              header: 'Authorities here',
              numeric: true,
              cell: (r) => formatNumber(r.authorities),
            },
            {
              key: 'babies',
              header: 'Babies under 2',
              numeric: true,
              cell: (r) => formatNumber(r.year.babiesUnder2),
            },
            {
              key: 'without',
              header: 'Babies living where no team works',
              numeric: true,
              cell: (r) => formatNumber(r.year.babiesWithoutTeam),
            },
            {
              key: 'share',
              header: 'Share without a team',
              numeric: true,
              cell: (r) => formatPercent(r.withoutShare),
            },
            {
              key: 'coverage',
              header: 'Capacity coverage',
              numeric: true,
              cell: (r) => formatPercent(r.year.coverage),
            },
          ]}
        />
      }
    />
  )
}
