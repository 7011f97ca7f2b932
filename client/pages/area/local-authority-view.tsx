/**
 * LocalAuthorityView: the council officer's page for one local authority: babies under two,
 * teams serving it, coverage now, family hubs status, neighbouring authorities with distances and
 * their teams, and the nearest teams outside it (candidates to host a satellite).
 */
import { Link } from 'react-router'
import type { AreaSummary } from '../../../shared/domain/area-summary'
import { Breadcrumbs } from '../../components/breadcrumbs'
import { CoverageNow } from '../../components/coverage-now'
import { DEPRIVATION_SOURCE } from '../../components/deprivation-today-card'
import { MarkBadge } from '../../components/mark-badge'
import { DataTable } from '../../components/data-table'
import { HeadlineFigures } from '../../components/headline-figures'
import { DownloadLinks } from '../../components/download-links'
import { PageHeading } from '../../components/page-heading'
import { areaExportHref } from '../../lib/data-import'
import { PopulationCard } from '../../components/population-card'
import { SourcesNote } from '../../components/sources-note'
import { TeamsTable } from '../../components/teams-table'
import { teamsLapsed, teamsWorking } from '../../lib/funded-teams'
import { SatelliteCalculator } from '../../features/satellite-calculator'
import { quintileRows, withoutTeamSentence } from '../../lib/deprivation-rows'
import {
  formatDecimal,
  formatKm,
  formatMidYear,
  formatMonth,
  formatNumber,
  formatPercent,
  listText,
} from '../../lib/format'
import { nearestTeams } from '../../lib/nearest-teams'
import { headlinePopulation } from '../../lib/population'
import { useSortParam } from '../../lib/url-state'

export function LocalAuthorityView({ summary }: { summary: AreaSummary }) {
  const { area } = summary
  const population = headlinePopulation(summary)
  const capacityTeams = teamsWorking(summary)
  const lapsed = teamsLapsed(summary)
  const healthBodies = summary.breadcrumbs.filter((b) => b.level === 'health-body')
  const split = summary.localAuthorities.filter((r) => r.code === area.code && r.share < 0.999)
  const near = nearestTeams(summary.neighbours, new Set(summary.teams.map((t) => t.id)))
  const [neighbourSort, setNeighbourSort] = useSortParam('nb', { key: 'distance', dir: 'asc' }, [
    'name',
    'distance',
    'border',
    'teams',
  ])

  return (
    <>
      <Breadcrumbs trail={summary.breadcrumbs} />
      <PageHeading
        contents
        title={area.name}
        caption={`${area.type ?? 'Local authority'} · ${area.code}`}
        lead={
          healthBodies.length
            ? `A local authority in ${listText(healthBodies.map((h) => h.name))}.`
            : 'A local authority.'
        }
        printable
      />
      <DownloadLinks
        what={`the figures for ${area.name}`}
        href={(format) => areaExportHref(area.code, format)}
      />
      <HeadlineFigures
        label={`Headline figures for ${area.name}`}
        figures={[
          {
            label: 'Babies under two',
            value: formatNumber(population.under2),
            detail: `${formatMidYear(population.midYear)} estimate`,
            mark: 'S',
            source: 'ONS, NRS or NISRA mid-year estimates',
          },
          {
            label: 'Babies aged 0',
            value: formatNumber(population.age0),
            detail: `${formatMidYear(population.midYear)}, close to the births in a year`,
            mark: 'S',
            source: 'ONS, NRS or NISRA mid-year estimates',
          },
          {
            label: 'Teams serving',
            value: formatNumber(capacityTeams.length),
            detail:
              (capacityTeams.length
                ? listText(capacityTeams.map((t) => t.name))
                : 'No team in the register works here') +
              (lapsed.length
                ? `; not counted: ${listText(lapsed.map((t) => `${t.name}, funded to ${formatMonth(t.fundedTo ?? '')}`))}`
                : ''),
            mark: 'I',
            source: 'Project teams register compiled from public sources',
          },
          {
            label: 'Capacity coverage',
            value: formatPercent(summary.coverage.coverage),
            detail: `of families needing a team, ${summary.coverage.fy}`,
            mark: 'I',
            source: 'Derived from births, the teams register and default assumptions',
          },
        ]}
      />

      {split.length ? (
        <div className="nhsuk-inset-text">
          <span className="nhsuk-u-visually-hidden">Information: </span>
          <p>
            {area.name} is split between health bodies:{' '}
            {listText(split.map((r) => `${formatPercent(r.share)} in ${r.healthBody.name}`))}.
          </p>
        </div>
      ) : null}

      <PopulationCard areaName={area.name} points={summary.population} />

      <section className="app-section" aria-labelledby="teams-title">
        <h2 className="nhsuk-heading-m" id="teams-title">
          Teams serving {area.name}
        </h2>
        <TeamsTable
          teams={summary.teams}
          caption={`Teams in the register serving ${area.name}`}
          captionSize="hidden"
          emptyText={`No team in the register serves ${area.name}.`}
        />
      </section>

      <CoverageNow summary={summary} />

      <DeprivationAndNeed summary={summary} />

      <section className="app-section" aria-labelledby="family-hubs-title">
        <h2 className="nhsuk-heading-m" id="family-hubs-title">
          Family hubs
        </h2>
        <FamilyHubs name={area.name} status={summary.familyHubs} />
      </section>

      <section className="app-section" aria-labelledby="nearest-title">
        <h2 className="nhsuk-heading-m" id="nearest-title">
          Nearest teams in neighbouring authorities
        </h2>
        {near.length ? (
          <>
            <p>
              Teams working next door could supervise a satellite here. Distances are between the
              centres of the two authorities.
            </p>
            <DataTable
              caption={`Teams in authorities next to ${area.name}, nearest first`}
              captionSize="hidden"
              rows={near}
              rowKey={(t) => t.id}
              compact
              columns={[
                { key: 'name', header: 'Team', rowHeader: true, cell: (t) => t.name },
                {
                  key: 'la',
                  header: 'Works in',
                  cell: (t) => <Link to={`/area/${t.laCode}`}>{t.laName}</Link>,
                },
                {
                  key: 'distance',
                  header: 'Distance',
                  numeric: true,
                  cell: (t) => formatKm(t.distanceKm),
                },
              ]}
            />
          </>
        ) : (
          <p>No team in the register works in an authority next to {area.name}.</p>
        )}
      </section>

      <section className="app-section" aria-labelledby="neighbours-title">
        <h2 className="nhsuk-heading-m" id="neighbours-title">
          Neighbouring authorities
        </h2>
        <DataTable
          caption={`Authorities sharing a border with ${area.name}`}
          captionSize="hidden"
          rows={summary.neighbours}
          rowKey={(n) => n.code}
          sort={neighbourSort}
          onSortChange={setNeighbourSort}
          emptyText={`${area.name} shares no land border with another authority.`}
          compact
          columns={[
            {
              key: 'name',
              header: 'Authority',
              rowHeader: true,
              cell: (n) => <Link to={`/area/${n.code}`}>{n.name}</Link>,
              sortValue: (n) => n.name,
            },
            {
              key: 'distance',
              header: 'Distance between centres',
              numeric: true,
              cell: (n) => formatKm(n.distanceKm),
              sortValue: (n) => n.distanceKm,
            },
            {
              key: 'border',
              header: 'Shared border',
              numeric: true,
              firstDir: 'desc',
              cell: (n) => formatKm(n.sharedBorderKm),
              sortValue: (n) => n.sharedBorderKm,
            },
            {
              key: 'teams',
              header: 'Teams working there',
              firstDir: 'desc',
              cell: (n) => (n.teams.length ? n.teams.map((t) => t.name).join('; ') : 'None known'),
              sortValue: (n) => n.teams.length,
            },
          ]}
        />
      </section>

      <SatelliteCalculator laCode={area.code} laName={area.name} />

      <SourcesNote
        extra={[
          'Neighbours and distances: ONS local authority boundaries (May 2024) and their centroids.',
        ]}
      />
    </>
  )
}

/** Where the authority sits on the UK deprivation index, and what that does to its need. */
function DeprivationAndNeed({ summary }: { summary: AreaSummary }) {
  const { area } = summary
  const row = summary.localAuthorities.find((r) => r.code === area.code)
  const fifth = summary.byDeprivation.find((g) => g.authorities > 0)
  if (!row?.deprivation || !fifth) return null
  const weight = row.needWeight
  return (
    <section className="app-section" aria-labelledby="deprivation-title">
      <h2 className="nhsuk-heading-m" id="deprivation-title">
        Deprivation and need
      </h2>
      <p>
        {withoutTeamSentence(
          quintileRows(summary.byDeprivation, fifth.years[0]?.fyStart ?? 0),
          area.name,
        )}{' '}
        On the UK index it is in decile {row.deprivation.decile} of 10 (1 is the most deprived).
      </p>
      <p>
        {Math.abs(weight - 1) < 0.005
          ? `Need here is the UK average share of births.`
          : `Need here is ${formatDecimal(weight, 2)} times the UK average share of births, because of deprivation: the model moves need towards more deprived places without changing the UK total.`}{' '}
        <MarkBadge
          mark="A"
          source="Extra need where deprivation is highest: an assumption, on Sources and assumptions"
        />
      </p>
      <p className="nhsuk-body-s">Source: {DEPRIVATION_SOURCE}.</p>
    </section>
  )
}

function FamilyHubs({ name, status }: { name: string; status: boolean | null }) {
  if (status === null) return <p>We do not know whether {name} runs family hubs.</p>
  return status ? (
    <p>
      {name} is one of the 75 Family Hubs and Start for Life authorities in England. Its family hubs
      could host a satellite team&rsquo;s sessions with families.
    </p>
  ) : (
    <p>{name} is not one of the 75 Family Hubs and Start for Life authorities funded in England.</p>
  )
}
