/**
 * /teams: the register of known specialised parent-infant relationship teams, filterable by nation
 * and status, sortable by column. Filters and sort live in the URL (?nation=Scotland&status=operating).
 * People who may edit the register (canEditRegister) also get "Add a team" and per-row Edit and
 * Close; the published UK count and the register's own count are shown side by side.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import type { TeamRecord, TeamStatus } from '../../shared/domain/model-data'
import { NATIONS } from '../../shared/domain/geography'
import { QueryState } from '../components/query-state'
import { PageHeading } from '../components/page-heading'
import { RegisterCountsTable } from '../components/register-counts-table'
import { CloseTeamForm, TeamForm, type RegisterTeam } from '../components/team-register-forms'
import { TEAM_STATUS_LABELS } from '../components/team-status-tag'
import { nationName, TEAM_SORT_KEYS, TeamsTable } from '../components/teams-table'
import { formatMonth, plural } from '../lib/format'
import { canEditRegister } from '../lib/team-register'
import { useQueryParam, useSortParam } from '../lib/url-state'
import { useDocumentTitle } from '../lib/use-document-title'
import { useSession } from '../lib/use-session'
import { trpc } from '../trpc'

const UNKNOWN_NATION = 'Not known'
const STATUSES = Object.keys(TEAM_STATUS_LABELS) as TeamStatus[]

type Editing = { kind: 'add' } | { kind: 'edit' | 'close'; team: RegisterTeam } | null

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
  const registerCounts = useQuery(trpc.teams.registerCounts.queryOptions())
  const { user } = useSession()
  const mayEdit = canEditRegister(user)
  const [editing, setEditing] = useState<Editing>(null)
  const [notice, setNotice] = useState<string | null>(null)
  const done = (message: string) => {
    setEditing(null)
    setNotice(message)
  }
  const start = (next: Editing) => {
    setNotice(null)
    setEditing(next)
  }
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

      {notice ? (
        <div className="nhsuk-inset-text" role="status">
          <p>{notice}</p>
        </div>
      ) : null}

      {mayEdit && editing === null ? (
        <button
          type="button"
          className="nhsuk-button app-no-print"
          onClick={() => start({ kind: 'add' })}
        >
          Add a team
        </button>
      ) : null}
      {mayEdit && editing?.kind === 'add' ? (
        <TeamForm onDone={done} onCancel={() => setEditing(null)} />
      ) : null}
      {mayEdit && editing?.kind === 'edit' ? (
        <TeamForm
          key={editing.team.id}
          team={editing.team}
          onDone={done}
          onCancel={() => setEditing(null)}
        />
      ) : null}
      {mayEdit && editing?.kind === 'close' ? (
        <CloseTeamForm
          key={editing.team.id}
          team={editing.team}
          onDone={done}
          onCancel={() => setEditing(null)}
        />
      ) : null}

      <QueryState
        query={teams}
        what="teams"
        errorTitle="The teams register could not be loaded"
        focusError
      >
        {() => (
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
              {status ? ` with status “${TEAM_STATUS_LABELS[status as TeamStatus] ?? status}”` : ''}
              .
            </p>
            <TeamsTable
              teams={shown}
              caption={`Teams register${nation ? `: ${nation}` : ''}${status ? `, ${TEAM_STATUS_LABELS[status as TeamStatus] ?? status}` : ''}`}
              captionSize="hidden"
              showNation
              sort={sort}
              onSortChange={setSort}
              emptyText="No team matches these filters."
              actions={
                mayEdit
                  ? (t) => {
                      const team = all.find((r) => r.id === t.id)
                      if (!team || team.status === 'closed') return null
                      return (
                        <span className="app-row-actions app-row-actions--compact">
                          <button
                            type="button"
                            className="app-link-button"
                            onClick={() => start({ kind: 'edit', team })}
                          >
                            Edit<span className="nhsuk-u-visually-hidden"> {team.name}</span>
                          </button>{' '}
                          <button
                            type="button"
                            className="app-link-button"
                            onClick={() => start({ kind: 'close', team })}
                          >
                            Close<span className="nhsuk-u-visually-hidden"> {team.name}</span>
                          </button>
                        </span>
                      )
                    }
                  : undefined
              }
            />
          </>
        )}
      </QueryState>

      {counts.data && registerCounts.data ? (
        <RegisterCountsTable published={counts.data} register={registerCounts.data} />
      ) : null}
    </>
  )
}
