/**
 * TeamsTable: register teams with name and host, status, areas served, established, funding
 * (with its mark), source and a
 * visible "Approximate" flag with its note. Used on area pages (a few teams) and /teams (all).
 * Sorting is optional and controlled, as in DataTable.
 */
import type { ReactNode } from 'react'
import type { TeamRecord } from '../../shared/domain/model-data'
import { NATIONS } from '../../shared/domain/geography'
import { formatMonth } from '../lib/format'
import type { SortState } from '../lib/sort'
import { DataTable, type Column } from './data-table'
import { MarkBadge } from './mark-badge'
import { TEAM_STATUS_LABELS, TeamStatusTag } from './team-status-tag'

const NATION_NAMES = new Map<string, string>(NATIONS.map((n) => [n.code, n.name]))

export function nationName(code: string | null): string {
  return code ? (NATION_NAMES.get(code) ?? code) : 'Not known'
}

function TeamName({ team }: { team: TeamRecord }) {
  return (
    <>
      {team.name}
      {team.hostOrg ? <span className="app-cell-note">Hosted by {team.hostOrg}</span> : null}
      {team.approximate ? (
        <>
          <strong className="nhsuk-tag nhsuk-tag--orange app-status-tag app-tag--block">
            Approximate
          </strong>
          {team.approximationNote ? (
            <span className="app-cell-note">{team.approximationNote}</span>
          ) : null}
        </>
      ) : null}
    </>
  )
}

/** The register's own words on status, unless they only repeat the status. */
export function statusNote(team: TeamRecord): string | null {
  const text = team.statusText.trim()
  const label = TEAM_STATUS_LABELS[team.status].toLowerCase()
  if (!text || text.toLowerCase() === team.status || text.toLowerCase() === label) return null
  return text
}

function Status({ team }: { team: TeamRecord }) {
  const note = statusNote(team)
  return (
    <>
      <TeamStatusTag status={team.status} />
      {note ? <span className="app-cell-note">{note}</span> : null}
    </>
  )
}

/** 'To March 2025' or 'No end known', with how that is known and where it comes from. */
export function fundingText(team: TeamRecord): string {
  const from = team.fundedFrom ? `From ${formatMonth(team.fundedFrom)} ` : ''
  if (team.fundedTo) return `${from}${from ? 'to' : 'To'} ${formatMonth(team.fundedTo)}`
  return from ? `${from}; no end known` : 'No end known'
}

function Funding({ team }: { team: TeamRecord }) {
  return (
    <>
      {fundingText(team)} <MarkBadge mark={team.fundingMark} />
      {team.fundingNote ? <span className="app-cell-note">{team.fundingNote}</span> : null}
    </>
  )
}

export const TEAM_SORT_KEYS = ['name', 'status', 'nation', 'established', 'funding'] as const

interface TeamsTableProps {
  teams: readonly TeamRecord[]
  caption: string
  captionSize?: 's' | 'm' | 'hidden'
  showNation?: boolean
  showSource?: boolean
  sort?: SortState
  onSortChange?: (sort: SortState) => void
  emptyText?: string
  /** Per-row controls (the register's Edit and Close), in a last column when given. */
  actions?: (team: TeamRecord) => ReactNode
}

export function TeamsTable({
  teams,
  caption,
  captionSize = 's',
  showNation = false,
  showSource = true,
  sort,
  onSortChange,
  emptyText = 'No teams in the register serve this area.',
  actions,
}: TeamsTableProps) {
  const columns: Column<TeamRecord>[] = [
    {
      key: 'name',
      header: 'Team',
      rowHeader: true,
      cell: (t) => <TeamName team={t} />,
      sortValue: (t) => t.name,
      className: 'app-col--wide',
    },
    {
      key: 'status',
      header: 'Status',
      cell: (t) => <Status team={t} />,
      sortValue: (t) => TEAM_STATUS_LABELS[t.status],
    },
    { key: 'areas', header: 'Areas served', cell: (t) => t.areasText || 'Not known' },
    ...(showNation
      ? [
          {
            key: 'nation',
            header: 'Nation',
            cell: (t: TeamRecord) => nationName(t.nation),
            sortValue: (t: TeamRecord) => nationName(t.nation),
          },
        ]
      : []),
    {
      key: 'established',
      header: 'Established',
      cell: (t) =>
        t.establishedText || (t.establishedYear ? String(t.establishedYear) : 'Not known'),
      sortValue: (t) => t.establishedYear,
    },
    {
      key: 'funding',
      header: 'Funded',
      cell: (t) => <Funding team={t} />,
      // Known ends first, soonest first; no end known last.
      sortValue: (t) => t.fundedTo ?? '9999-12',
    },
    ...(showSource
      ? [
          {
            key: 'source',
            header: 'Source',
            cell: (t: TeamRecord) => <span className="app-source-text">{t.source}</span>,
            className: 'app-col--source',
          },
        ]
      : []),
    ...(actions
      ? [{ key: 'actions', header: 'Change', cell: actions, className: 'app-no-print' }]
      : []),
  ]
  return (
    <DataTable
      caption={caption}
      captionSize={captionSize}
      columns={columns}
      rows={teams}
      rowKey={(t) => t.id}
      sort={sort}
      onSortChange={onSortChange}
      emptyText={emptyText}
      compact
    />
  )
}
