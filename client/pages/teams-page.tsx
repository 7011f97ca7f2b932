/**
 * /teams: the register of known specialised parent-infant relationship teams, filterable by nation
 * and status, sortable by column. Filters and sort live in the URL (?nation=Scotland&status=operating).
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import type { TeamRecord, TeamStatus } from '../../shared/domain/model-data'
import { NATIONS } from '../../shared/domain/geography'
import { ErrorMessage } from '../components/error-message'
import { Loading } from '../components/loading'
import { PageHeading } from '../components/page-heading'
import { TEAM_STATUS_LABELS } from '../components/team-status-tag'
import { nationName, TEAM_SORT_KEYS, TeamsTable } from '../components/teams-table'
import { formatMonth, plural } from '../lib/format'
import { useQueryParam, useSortParam } from '../lib/url-state'
import { useDocumentTitle } from '../lib/use-document-title'
import { trpc } from '../trpc'

const UNKNOWN_NATION = 'Not known'
const STATUSES = Object.keys(TEAM_STATUS_LABELS) as TeamStatus[]

export function filterTeams(
  teams: readonly TeamRecord[],
  nation: string,
  status: string,
): TeamRecord[] {
  return teams.filter(
    (t) => (!nation || nationName(t.nation) === nation) && (!status || t.status === status),
  )
}

export default function TeamsPage() {
  useDocumentTitle('Teams register')
  const teams = useQuery(trpc.teams.list.queryOptions())
  const counts = useQuery(trpc.teams.counts.queryOptions())
  const [nation, setNation] = useQueryParam('nation')
  const [status, setStatus] = useQueryParam('status')
  const [sort, setSort] = useSortParam('', { key: 'name', dir: 'asc' }, TEAM_SORT_KEYS)
  const all = useMemo(() => teams.data ?? [], [teams.data])
  const shown = useMemo(() => filterTeams(all, nation, status), [all, nation, status])
  const latest = counts.data?.[counts.data.length - 1]
  const nationOptions = [
    ...NATIONS.map((n) => n.name),
    ...(all.some((t) => !t.nation) ? [UNKNOWN_NATION] : []),
  ]

  return (
    <>
      <PageHeading
        title="Teams register"
        lead="Specialised parent-infant relationship teams we know of, where they work and how sure we are of each."
        printable
      />
      <div className="nhsuk-inset-text">
        <span className="nhsuk-u-visually-hidden">Information: </span>
        <p>
          The register holds the teams we could find in public sources. It is not the full count
          {latest ? ` (about ${latest.count} teams in the UK in ${formatMonth(latest.date)})` : ''}:
          some teams are not named publicly, and one row stands for several Greater Manchester
          teams. Rows marked &ldquo;Approximate&rdquo; say why.
        </p>
      </div>

      {teams.isError ? (
        <ErrorMessage
          title="The teams register could not be loaded"
          error={teams.error}
          onRetry={() => void teams.refetch()}
          focus
        />
      ) : !teams.data ? (
        <Loading what="teams" />
      ) : (
        <>
          <form
            className="app-filters app-no-print"
            onSubmit={(e) => e.preventDefault()}
            aria-label="Filter teams"
          >
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="filter-nation">
                Nation
              </label>
              <select
                className="nhsuk-select"
                id="filter-nation"
                value={nation}
                onChange={(e) => setNation(e.target.value)}
              >
                <option value="">All nations</option>
                {nationOptions.map((n) => (
                  <option key={n} value={n}>
                    {n}
                  </option>
                ))}
              </select>
            </div>
            <div className="nhsuk-form-group">
              <label className="nhsuk-label" htmlFor="filter-status">
                Status
              </label>
              <select
                className="nhsuk-select"
                id="filter-status"
                value={status}
                onChange={(e) => setStatus(e.target.value)}
              >
                <option value="">All statuses</option>
                {STATUSES.map((s) => (
                  <option key={s} value={s}>
                    {TEAM_STATUS_LABELS[s]}
                  </option>
                ))}
              </select>
            </div>
            {nation || status ? (
              <p className="app-filters__clear">
                <Link to="/teams">Clear filters</Link>
              </p>
            ) : null}
          </form>
          <p className="app-result-count" role="status" aria-live="polite">
            Showing{' '}
            {shown.length === all.length
              ? `all ${plural(all.length, 'team')}`
              : `${plural(shown.length, 'team')} of ${all.length}`}
            {nation ? ` in ${nation}` : ''}
            {status ? ` with status “${TEAM_STATUS_LABELS[status as TeamStatus] ?? status}”` : ''}.
          </p>
          <TeamsTable
            teams={shown}
            caption={`Teams register${nation ? `: ${nation}` : ''}${status ? `, ${TEAM_STATUS_LABELS[status as TeamStatus] ?? status}` : ''}`}
            captionSize="hidden"
            showNation
            sort={sort}
            onSortChange={setSort}
            emptyText="No team matches these filters."
          />
        </>
      )}
    </>
  )
}
