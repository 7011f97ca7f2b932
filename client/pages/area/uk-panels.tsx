/**
 * The UK board summary's own panels: the UK team count since Rare Jewels, the coverage map (passed
 * in, so it sits right after the team count), babies under two by nation (2019 on, with the years
 * Scotland and Northern Ireland have not published shown as gaps), a league table of the nations,
 * and every health body ranked (filterable by nation, in the URL).
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { lazy, useMemo, type ReactNode } from 'react'
import type { AreaSummary } from '../../../shared/domain/area-summary'
import { NATIONS } from '../../../shared/domain/geography'
import type { TeamCountPoint } from '../../../shared/domain/model-data'
import { AreaTable } from '../../components/area-table'
import { ChartCard } from '../../components/chart-card'
import { DataTable } from '../../components/data-table'
import { ErrorMessage } from '../../components/error-message'
import { QueryState } from '../../components/query-state'
import type { HeadlineFigure } from '../../components/headline-figures'
import { Loading } from '../../components/loading'
import { MarkBadge } from '../../components/mark-badge'
import { healthBodyRows, summaryRow } from '../../lib/area-rows'
import {
  formatMidYear,
  formatMonth,
  formatNumber,
  formatPercent,
  listText,
  monthToDecimalYear,
} from '../../lib/format'
import { useQueryParam } from '../../lib/url-state'
import { trpc } from '../../trpc'

const NationPopulationChart = lazy(() => import('../../charts/nation-population-chart'))
const TeamCountChart = lazy(() => import('../../charts/team-count-chart'))

/** The latest UK team count as a headline figure, with the 2019 baseline. */
export function useUkTeamCount(enabled: boolean): HeadlineFigure | null {
  const counts = useQuery({ ...trpc.teams.counts.queryOptions(), enabled })
  const points = counts.data ?? []
  const latest = points[points.length - 1]
  const first = points[0]
  if (!latest) return null
  return {
    label: 'Teams in the UK',
    value: formatNumber(latest.count),
    detail:
      first && first !== latest
        ? `${formatMonth(latest.date)}, up from ${first.count} in ${formatMonth(first.date)}`
        : formatMonth(latest.date),
    mark: latest.mark,
    source: latest.source,
  }
}

export function UkPanels({
  summary,
  map,
  deprivation,
}: {
  summary: AreaSummary
  map?: ReactNode
  /** Who is left without a team by deprivation, after the map. */
  deprivation?: ReactNode
}) {
  const nations = useQueries({
    queries: NATIONS.map((n) => trpc.area.summary.queryOptions({ code: n.code })),
  })
  const counts = useQuery(trpc.teams.counts.queryOptions())
  const nationSummaries = nations
    .map((q) => q.data)
    .filter((d): d is AreaSummary => d !== undefined)
  const nationsFailed = nations.find((q) => q.isError)

  return (
    <>
      <QueryState
        query={counts}
        what="team counts"
        errorTitle="The UK team count could not be loaded"
      >
        {(data) => <TeamCountCard points={data} />}
      </QueryState>

      {map}
      {deprivation}

      {nationsFailed ? (
        <ErrorMessage
          title="The nations could not be loaded"
          error={nationsFailed.error}
          onRetry={() => nations.forEach((q) => void q.refetch())}
        />
      ) : nationSummaries.length < NATIONS.length ? (
        <Loading what="nations" />
      ) : (
        <NationsCard nations={nationSummaries} />
      )}

      {nationSummaries.length === NATIONS.length ? (
        <section className="app-section" aria-labelledby="nations-title">
          <h2 className="nhsuk-heading-m" id="nations-title">
            Nations
          </h2>
          <p>
            Babies are at each nation&rsquo;s latest mid-year estimate. Coverage is for{' '}
            {summary.coverage.fy}, from the teams known today.
          </p>
          <AreaTable
            rows={nationSummaries.map(summaryRow)}
            caption="Nations of the UK: babies under two, teams and coverage"
            areaLabel="Nation"
            prefix="nation"
            showAuthorities
            showMidYear
          />
        </section>
      ) : null}

      <HealthBodiesSection summary={summary} nations={nationSummaries} />
    </>
  )
}

/** 'Scotland and Northern Ireland have not yet published estimates by area for mid-2023 and mid-2024.' */
export function gapSentence(gaps: { name: string; missing: string[] }[]): string {
  const groups = new Map<string, string[]>()
  for (const gap of gaps) {
    const years = listText(gap.missing)
    groups.set(years, [...(groups.get(years) ?? []), gap.name])
  }
  return [...groups]
    .map(([years, names]) => {
      const verb = names.length === 1 ? 'has' : 'have'
      return `${listText(names)} ${verb} not yet published estimates by area for ${years}.`
    })
    .join(' ')
}

/** The last mid-year in which every nation has an estimate. */
function lastCompleteUk(nations: AreaSummary[]): number {
  const years = nations.map((n) =>
    Math.max(0, ...n.population.filter((p) => p.under2 !== null).map((p) => p.midYear)),
  )
  return Math.min(...years)
}

function NationsCard({ nations }: { nations: AreaSummary[] }) {
  const years = [...new Set(nations.flatMap((n) => n.population.map((p) => p.midYear)))].sort(
    (a, b) => a - b,
  )
  const series = nations.map((n) => ({
    code: n.area.code,
    name: n.area.name,
    points: years.map((year) => ({
      midYear: year,
      under2: n.population.find((p) => p.midYear === year)?.under2 ?? null,
    })),
  }))
  const gaps = series
    .map((s) => ({
      name: s.name,
      missing: s.points.filter((p) => p.under2 === null).map((p) => formatMidYear(p.midYear)),
    }))
    .filter((s) => s.missing.length > 0)
  const changes = series.map((s) => {
    const known = s.points.filter((p) => p.under2 !== null)
    const first = known[0]
    const last = known[known.length - 1]
    const change =
      first?.under2 && last?.under2 ? (last.under2 - first.under2) / first.under2 : null
    return { name: s.name, first, last, change }
  })
  const summaryText = [
    ...changes.map((c) =>
      c.change === null || !c.first || !c.last
        ? `${c.name}: no estimates.`
        : `${c.name} had ${formatNumber(c.last.under2)} babies under two at ${formatMidYear(c.last.midYear)}, ${formatPercent(Math.abs(c.change))} ${c.change < 0 ? 'fewer' : 'more'} than at ${formatMidYear(c.first.midYear)}.`,
    ),
  ].join(' ')

  return (
    <ChartCard
      id="nations-population"
      title="Babies under two by nation"
      units="Babies aged 0 and 1 at 30 June each year. Each nation has its own scale."
      summary={
        <>
          <p>{summaryText}</p>
          {gaps.length ? (
            <p>
              {gapSentence(gaps)} These years show as &ldquo;No estimate&rdquo;, and the UK total is
              last complete at {formatMidYear(lastCompleteUk(nations))}.
            </p>
          ) : null}
        </>
      }
      chart={<NationPopulationChart series={series} />}
      chartHeight={250}
      source="ONS (England, Wales), National Records of Scotland, NISRA mid-year population estimates"
      table={
        <DataTable
          caption="Babies under two by nation and mid-year"
          rows={series}
          rowKey={(s) => s.code}
          compact
          columns={[
            { key: 'name', header: 'Nation', rowHeader: true, cell: (s) => s.name },
            ...years.map((year) => ({
              key: String(year),
              header: formatMidYear(year),
              numeric: true,
              cell: (s: (typeof series)[number]) =>
                formatNumber(s.points.find((p) => p.midYear === year)?.under2, 0, 'No estimate'),
            })),
          ]}
        />
      }
    />
  )
}

function TeamCountCard({ points }: { points: TeamCountPoint[] }) {
  const chartPoints = points
    .map((p) => ({ x: monthToDecimalYear(p.date), count: p.count, label: p.label }))
    .filter((p): p is { x: number; count: number; label: string } => p.x !== null)
  const first = points[0]
  const last = points[points.length - 1]
  const summaryText =
    first && last
      ? `The UK had ${first.count} specialised parent-infant relationship teams in ${formatMonth(first.date)}, when Rare Jewels set the 2030 ambition, and about ${last.count} by ${formatMonth(last.date)}: ${last.count - first.count} more in ${Number(last.date.slice(0, 4)) - Number(first.date.slice(0, 4))} years. Most areas still have none.`
      : 'No team counts have been published.'
  return (
    <ChartCard
      id="team-count"
      title="Specialised parent-infant relationship teams in the UK"
      units="Number of teams at each published count"
      summary={<p>{summaryText}</p>}
      chart={<TeamCountChart points={chartPoints} />}
      source="Rare Jewels (Parent Infant Partnership UK, 2019); Parent-Infant Foundation and others, 2021–2025"
      table={
        <DataTable
          caption="UK team counts, with sources"
          rows={points}
          rowKey={(p) => p.date}
          compact
          columns={[
            { key: 'date', header: 'Date', rowHeader: true, cell: (p) => formatMonth(p.date) },
            { key: 'count', header: 'Teams', numeric: true, cell: (p) => formatNumber(p.count) },
            { key: 'label', header: 'As published', cell: (p) => p.label },
            {
              key: 'mark',
              header: 'Mark',
              cell: (p) => <MarkBadge mark={p.mark} source={p.source} />,
            },
            {
              key: 'source',
              header: 'Source',
              cell: (p) => <span className="app-source-text">{p.source}</span>,
              className: 'app-col--source',
            },
          ]}
        />
      }
    />
  )
}

function HealthBodiesSection({
  summary,
  nations,
}: {
  summary: AreaSummary
  nations: AreaSummary[]
}) {
  const [nation, setNation] = useQueryParam('hbNation')
  const nationOf = useMemo(() => {
    const map = new Map<string, string>()
    for (const n of nations) for (const child of n.children) map.set(child.code, n.area.code)
    return map
  }, [nations])
  const allRows = useMemo(() => healthBodyRows(summary), [summary])
  const rows = nation ? allRows.filter((r) => nationOf.get(r.code) === nation) : allRows
  const nationName = NATIONS.find((n) => n.code === nation)?.name
  return (
    <section className="app-section" aria-labelledby="health-bodies-title">
      <h2 className="nhsuk-heading-m" id="health-bodies-title">
        Health bodies
      </h2>
      <p>
        Integrated care boards in England, health boards in Scotland, local health boards in Wales
        and health and social care trusts in Northern Ireland. Select one to see its local
        authorities.
      </p>
      <div className="nhsuk-form-group app-filter app-no-print">
        <label className="nhsuk-label" htmlFor="hb-nation">
          Show health bodies in
        </label>
        <select
          className="nhsuk-select"
          id="hb-nation"
          value={nation}
          onChange={(e) => setNation(e.target.value)}
        >
          <option value="">All nations</option>
          {NATIONS.map((n) => (
            <option key={n.code} value={n.code}>
              {n.name}
            </option>
          ))}
        </select>
      </div>
      <AreaTable
        rows={rows}
        caption={`${nationName ? `Health bodies in ${nationName}` : 'All health bodies in the UK'} (${rows.length}): babies under two, teams and coverage`}
        areaLabel="Health body"
        prefix="hb"
        showAuthorities
      />
    </section>
  )
}
