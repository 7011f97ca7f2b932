/**
 * Coverage by local authority: a choropleth map (lazy, hidden from assistive technology) beside a
 * key with counts, a sentence on the gaps (how many authorities have no team and the share of
 * babies living in them), and the ranked, sortable table of authorities that is the map's
 * accessible twin: babies under two, need, teams and coverage now, each linking to the authority.
 */
import { lazy, Suspense, useMemo, useRef } from 'react'
import type { AreaSummary } from '../../../shared/domain/area-summary'
import { AreaTable } from '../../components/area-table'
import { ChartImageButtons } from '../../components/chart-image-buttons'
import { authorityRows } from '../../lib/area-rows'
import { COVERAGE_BANDS, coverageBand } from '../../lib/coverage-bands'
import { formatNumber, formatPercent, plural } from '../../lib/format'
import { sortRows } from '../../lib/sort'

const CoverageMap = lazy(() => import('../../charts/coverage-map'))

export function CoverageMapSection({ summary }: { summary: AreaSummary }) {
  const { area } = summary
  const section = useRef<HTMLElement>(null)
  // Largest first, so authorities with the same coverage (most have none) rank by babies.
  const rows = useMemo(() => sortRows(authorityRows(summary), (r) => r.babies, 'desc'), [summary])
  const mapAreas = useMemo(
    () =>
      summary.localAuthorities.map((r) => ({
        code: r.code,
        name: r.name,
        coverage: r.coverage,
        share: r.share,
      })),
    [summary],
  )
  if (rows.length === 0) return null

  const totalBabies = rows.reduce((sum, r) => sum + r.babies, 0)
  const noTeam = rows.filter((r) => r.geographic === 0)
  const noTeamBabies = noTeam.reduce((sum, r) => sum + r.babies, 0)
  const counts = COVERAGE_BANDS.map(
    (band) => rows.filter((r) => coverageBand(r.coverage).key === band.key).length,
  )
  const full = rows.filter((r) => r.coverage >= 0.9995).length
  const authorities = (n: number) => plural(n, 'local authority', 'local authorities')

  return (
    <section ref={section} className="app-section app-map-section" aria-labelledby="la-map-title">
      <h2 className="nhsuk-heading-m" id="la-map-title">
        Coverage by local authority
      </h2>
      <p data-image="summary">
        {noTeam.length === 0
          ? `A team works in every one of the ${authorities(rows.length)} in ${area.name}.`
          : `${formatNumber(noTeam.length)} of the ${authorities(rows.length)} in ${area.name} ${noTeam.length === 1 ? 'has' : 'have'} no team working in ${noTeam.length === 1 ? 'it' : 'them'}; ${noTeam.length === 1 ? 'it is' : 'they are'} home to ${formatPercent(totalBabies > 0 ? noTeamBabies / totalBabies : 0)} of babies under two (${formatNumber(noTeamBabies)}).`}{' '}
        {full > 0
          ? `${formatNumber(full)} ${full === 1 ? 'is' : 'are'} fully covered: existing teams can see every family needing one.`
          : 'None is fully covered yet.'}
      </p>
      <div className="app-map-layout" data-image="chart">
        {/* The drawing hides itself from assistive technology; a failure message must not. */}
        <div className="app-map">
          <Suspense fallback={<div className="app-map__placeholder" />}>
            <CoverageMap areas={mapAreas} />
          </Suspense>
        </div>
        <div className="app-map-key">
          <h3 className="nhsuk-heading-s nhsuk-u-margin-bottom-2" id="la-map-key-title">
            Key: capacity coverage now ({summary.coverage.fy})
          </h3>
          <ul className="app-map-key__list">
            {COVERAGE_BANDS.map((band, i) => (
              <li key={band.key} className="app-map-key__item">
                <span
                  className="app-map-key__swatch"
                  style={{ backgroundColor: band.fill }}
                  aria-hidden="true"
                />
                <span>
                  {band.label}: {authorities(counts[i] ?? 0)}
                </span>
              </li>
            ))}
            {area.level !== 'uk' ? (
              <li className="app-map-key__item">
                <span
                  className="app-map-key__swatch app-map-key__swatch--outside"
                  aria-hidden="true"
                />
                <span>Outside {area.name}, or mostly outside it: for context</span>
              </li>
            ) : null}
          </ul>
          <p className="nhsuk-body-s app-map-key__note">
            Capacity coverage is the share of families needing a specialised team that teams working
            today can see. The table ranks every authority with its figures; select a name for its
            page.
          </p>
        </div>
      </div>
      <p className="nhsuk-body-s app-chart-card__source" data-image="source">
        Source: boundaries from ONS Local Authority Districts (May 2024) BUC, simplified; coverage
        derived from the teams register and default assumptions.
      </p>
      <ChartImageButtons card={section} title={`Coverage by local authority: ${area.name}`} />
      <AreaTable
        rows={rows}
        caption={`Local authorities in ${area.name}, ranked by capacity coverage now`}
        areaLabel="Local authority"
        prefix="la"
        defaultSort={{ key: 'coverage', dir: 'desc' }}
        showNeed
        geographicAsYesNo
        tall={rows.length > 20}
      />
    </section>
  )
}
