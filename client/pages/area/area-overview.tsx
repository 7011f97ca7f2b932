/**
 * AreaOverview: the board view of any area above a local authority (the UK, a nation, a health
 * body, an upper-tier authority): headline figures for today (babies, teams, coverage, staff), the
 * path to 2030 in the default scenario (cost, staff, coverage path: board-outlook.tsx), babies
 * under two, coverage now, a map of coverage by local authority with its ranked table, league
 * tables with drill-down links, the teams serving it, and sources with the date for print.
 * The UK adds its own panels (nations, UK team count, every health body): see uk-panels.tsx.
 */
import { Link } from 'react-router'
import type { AreaSummary } from '../../../shared/domain/area-summary'
import { AREA_LEVEL_LABELS } from '../../../shared/domain/geography'
import { AreaTable } from '../../components/area-table'
import { Breadcrumbs } from '../../components/breadcrumbs'
import { CoverageNow } from '../../components/coverage-now'
import { DeprivationTodayCard } from '../../components/deprivation-today-card'
import { NationalAskPanel } from '../../components/national-ask-panel'
import { HeadlineFigures, type HeadlineFigure } from '../../components/headline-figures'
import { DownloadLinks } from '../../components/download-links'
import { PageHeading } from '../../components/page-heading'
import { areaExportHref } from '../../lib/data-import'
import { PopulationCard } from '../../components/population-card'
import { SourcesNote } from '../../components/sources-note'
import { TeamsTable } from '../../components/teams-table'
import { teamsWorking } from '../../lib/funded-teams'
import { healthBodyRows } from '../../lib/area-rows'
import { formatMidYear, formatNumber, formatPercent, plural } from '../../lib/format'
import { headlinePopulation } from '../../lib/population'
import { BoardOutlook } from './board-outlook'
import { CoverageMapSection } from './coverage-map-section'
import { UkPanels, useUkTeamCount } from './uk-panels'

const ENGLAND = 'E92000001'

const MAP_SOURCE =
  'Map: Office for National Statistics, Local Authority Districts (May 2024) boundaries, generalised and simplified for this dashboard.'

export function AreaOverview({ summary }: { summary: AreaSummary }) {
  const { area } = summary
  const isUk = area.level === 'uk'
  const population = headlinePopulation(summary)
  const capacityTeams = teamsWorking(summary)
  const ukCount = useUkTeamCount(isUk)

  const figures: HeadlineFigure[] = [
    {
      label: 'Babies under two',
      value: formatNumber(population.under2),
      detail: isUk
        ? `${formatMidYear(population.midYear)}, the latest year with estimates for all four nations`
        : `${formatMidYear(population.midYear)} estimate`,
      mark: isUk || area.level === 'nation' ? 'S' : 'I',
      source:
        isUk || area.level === 'nation'
          ? 'ONS, NRS and NISRA mid-year estimates'
          : 'Sum of local authority mid-year estimates',
    },
  ]
  if (isUk && ukCount) figures.push(ukCount)
  figures.push(
    {
      label: isUk ? 'Teams in our register' : 'Teams serving this area',
      value: formatNumber(capacityTeams.length),
      detail: isUk
        ? `providing care today, of ${plural(summary.teams.length, 'known team')} (some are placeholders, closed or no longer funded)`
        : `providing care today, from the register of known teams`,
      mark: 'I',
      source: 'Project teams register compiled from public sources',
    },
    {
      label: 'Capacity coverage',
      value: formatPercent(summary.coverage.coverage),
      detail: `of families needing a specialised team can be seen, ${summary.coverage.fy}`,
      mark: 'I',
      source: 'Derived from births, the teams register and default assumptions',
    },
    {
      label: 'Geographic coverage',
      value: formatPercent(summary.coverage.geographicCoverage),
      detail: 'of babies live where a team works',
      mark: 'I',
      source: 'Derived from the teams register and population estimates',
    },
    staffTodayFigure(summary),
  )

  const deprivation = (
    <DeprivationTodayCard
      groups={summary.byDeprivation}
      areaName={area.name}
      fy={summary.coverage.fy}
      fyStart={summary.byDeprivation[0]?.years[0]?.fyStart ?? 0}
    />
  )
  const childLevel = summary.children[0]?.level
  const typeLabel = area.type ?? AREA_LEVEL_LABELS[area.level]

  return (
    <>
      <Breadcrumbs trail={summary.breadcrumbs} />
      <PageHeading
        contents
        title={area.name}
        caption={isUk ? 'Board summary' : `${typeLabel} · ${area.code}`}
        lead={
          isUk
            ? 'Where babies under two can reach a specialised parent-infant relationship team today, and where the gaps are on the way to 2030.'
            : `Babies under two, specialised parent-infant relationship teams and coverage today in ${area.name}.`
        }
        printable
      />
      <DownloadLinks
        what={`the figures for ${area.name}`}
        href={(format) => areaExportHref(area.code, format)}
      />
      <h2 className="nhsuk-heading-l nhsuk-u-margin-bottom-3" id="today-title">
        Today
      </h2>
      <HeadlineFigures figures={figures} label={`Headline figures for ${area.name} today`} />
      <BoardOutlook summary={summary} />
      {isUk || area.code === ENGLAND ? (
        <NationalAskPanel settings={{ scope: area.code }} uk={isUk} />
      ) : null}

      {isUk ? (
        <UkPanels
          summary={summary}
          map={<CoverageMapSection summary={summary} />}
          deprivation={deprivation}
        />
      ) : (
        <>
          <PopulationCard areaName={area.name} points={summary.population} />
          <CoverageNow summary={summary} />
          {deprivation}
          <CoverageMapSection summary={summary} />
          {childLevel === 'health-body' ? (
            <section className="app-section" aria-labelledby="children-title">
              <h2 className="nhsuk-heading-m" id="children-title">
                Health bodies in {area.name}
              </h2>
              <p>
                Select a health body to see its local authorities. Sort by any column to rank them.
              </p>
              <AreaTable
                rows={healthBodyRows(summary)}
                caption={`Health bodies in ${area.name}: babies under two, teams and coverage`}
                areaLabel="Health body"
                prefix="hb"
                showAuthorities
              />
            </section>
          ) : null}
        </>
      )}

      <section className="app-section" aria-labelledby="teams-title">
        <h2 className="nhsuk-heading-m" id="teams-title">
          {isUk ? 'Teams in the register' : `Teams serving ${area.name}`}
        </h2>
        {isUk ? (
          <p>
            The full register of known teams, with filters, is on the{' '}
            <Link to="/teams">teams page</Link>.
          </p>
        ) : null}
        {isUk ? null : (
          <TeamsTable
            teams={summary.teams}
            caption={`Teams in the register serving ${area.name}`}
            captionSize="hidden"
            emptyText={`No team in the register serves ${area.name}.`}
          />
        )}
      </section>

      <SourcesNote extra={[MAP_SOURCE]} />
    </>
  )
}

/** Clinical staff in teams today: an estimate, since most teams do not publish their staffing. */
function staffTodayFigure(summary: AreaSummary): HeadlineFigure {
  const { clinicalWte, familiesPerClinicalWte, supervisionShare } = summary.staffToday
  return {
    label: 'Clinical staff today',
    value: `${formatNumber(clinicalWte)} WTE`,
    detail: `estimated as existing teams' capacity ÷ (${formatNumber(familiesPerClinicalWte)} families per clinical WTE × ${formatPercent(1 - supervisionShare)} after supervision), as most teams do not publish staffing`,
    mark: 'I',
    source: 'Derived from the teams register and default assumptions',
  }
}
