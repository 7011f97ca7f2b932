/**
 * AreaTable: a ranked, sortable table of areas (nations, health bodies or local authorities) with
 * babies under two, teams, capacity coverage and geographic coverage. Each name links to the
 * area's page for drill-down. The sort order lives in the URL under `prefix` (e.g. ?hbSort=coverage).
 */
import type { ReactNode } from 'react'
import { Link } from 'react-router'
import type { AreaRow } from '../lib/area-rows'
import { formatMidYear, formatNumber, formatPercent } from '../lib/format'
import type { SortState } from '../lib/sort'
import { useSortParam } from '../lib/url-state'
import { DataTable, type Column } from './data-table'

const SORT_KEYS = ['name', 'babies', 'need', 'teams', 'coverage', 'geographic', 'authorities']

interface AreaTableProps {
  rows: AreaRow[]
  caption: ReactNode
  /** What one row is, for the first column header: 'Health body'. */
  areaLabel: string
  prefix: string
  defaultSort?: SortState
  showAuthorities?: boolean
  /** For local authorities coverage is yes/no: show "Yes"/"No" instead of a percentage. */
  geographicAsYesNo?: boolean
  /** Show the mid-year next to babies (when rows differ). */
  showMidYear?: boolean
  /** Show families needing a team a year (authority rows carry it). */
  showNeed?: boolean
  /** A long table: scroll inside a box of limited height on screen (printed in full). */
  tall?: boolean
}

export function AreaTable({
  rows,
  caption,
  areaLabel,
  prefix,
  defaultSort = { key: 'babies', dir: 'desc' },
  showAuthorities = false,
  geographicAsYesNo = false,
  showMidYear = false,
  showNeed = false,
  tall = false,
}: AreaTableProps) {
  const [sort, setSort] = useSortParam(prefix, defaultSort, SORT_KEYS)
  const columns: Column<AreaRow>[] = [
    {
      key: 'name',
      header: areaLabel,
      rowHeader: true,
      cell: (r) => (
        <>
          <Link to={`/area/${r.code}`}>{r.name}</Link>
          {r.share !== undefined && r.share < 0.999 ? (
            <span className="app-cell-note">
              {formatPercent(r.share)} of this authority is in this area
            </span>
          ) : null}
        </>
      ),
      sortValue: (r) => r.name,
      className: 'app-col--name',
    },
    {
      key: 'babies',
      header: 'Babies under two',
      numeric: true,
      firstDir: 'desc',
      cell: (r) => (
        <>
          {formatNumber(r.babies)}
          {showMidYear ? <span className="app-cell-note">{formatMidYear(r.midYear)}</span> : null}
        </>
      ),
      sortValue: (r) => r.babies,
    },
    ...(showNeed
      ? [
          {
            key: 'need',
            header: 'Families needing a team a year',
            numeric: true,
            firstDir: 'desc' as const,
            cell: (r: AreaRow) => formatNumber(r.need),
            sortValue: (r: AreaRow) => r.need,
          },
        ]
      : []),
    ...(showAuthorities
      ? [
          {
            key: 'authorities',
            header: 'Local authorities',
            numeric: true,
            firstDir: 'desc' as const,
            cell: (r: AreaRow) => formatNumber(r.authorities),
            sortValue: (r: AreaRow) => r.authorities,
          },
        ]
      : []),
    {
      key: 'teams',
      header: 'Teams serving',
      numeric: true,
      firstDir: 'desc',
      cell: (r) => formatNumber(r.teams),
      sortValue: (r) => r.teams,
    },
    {
      key: 'coverage',
      header: 'Capacity coverage',
      numeric: true,
      cell: (r) => <CoverageCell value={r.coverage} />,
      sortValue: (r) => r.coverage,
    },
    {
      key: 'geographic',
      header: geographicAsYesNo ? 'A team works here' : 'Geographic coverage',
      numeric: !geographicAsYesNo,
      cell: (r) =>
        geographicAsYesNo ? r.geographic > 0 ? 'Yes' : 'No' : <CoverageCell value={r.geographic} />,
      sortValue: (r) => r.geographic,
    },
  ]
  return (
    <DataTable
      caption={caption}
      columns={columns}
      rows={rows}
      rowKey={(r) => r.code}
      sort={sort}
      onSortChange={setSort}
      tall={tall}
      compact
    />
  )
}

/** A percentage with a small bar, so a column of figures can be scanned; the number carries the meaning. */
function CoverageCell({ value }: { value: number }) {
  return (
    <span className="app-bar-cell">
      <span className="app-bar-cell__value">{formatPercent(value)}</span>
      <span className="app-bar-cell__track" aria-hidden="true">
        <span
          className="app-bar-cell__fill"
          style={{ width: `${Math.max(0, Math.min(1, value)) * 100}%` }}
        />
      </span>
    </span>
  )
}
