/**
 * RegisterCountsTable: the UK team count over time, two ways side by side. The published count
 * (Rare Jewels 2019, Parent-Infant Foundation since) is the national figure; the register's own
 * count is derived from the rows on this page, so it moves when a team is added or closed, and is
 * lower because not every team is named in public sources.
 */
import type { TeamCountPoint } from '../../shared/domain/model-data'
import type { RegisterCounts } from '../../shared/domain/register-counts'
import { formatMonth, plural } from '../lib/format'
import { DataTable } from './data-table'

interface Row {
  year: number
  published: TeamCountPoint | null
  register: number
}

export function RegisterCountsTable({
  published,
  register,
}: {
  published: readonly TeamCountPoint[]
  register: RegisterCounts
}) {
  const rows: Row[] = register.years.map(({ year, count }) => ({
    year,
    // The latest published count in that calendar year, if there was one.
    published: published.filter((p) => p.date.startsWith(`${year}-`)).at(-1) ?? null,
    register: count,
  }))
  return (
    <>
      <DataTable
        caption="UK team count over time"
        captionSize="m"
        columns={[
          { key: 'year', header: 'Year', rowHeader: true, cell: (r) => String(r.year) },
          {
            key: 'published',
            header: 'Published UK count',
            numeric: true,
            cell: (r) =>
              r.published ? (
                <>
                  {r.published.count}
                  <span className="app-cell-note">{formatMonth(r.published.date)}</span>
                </>
              ) : (
                'None published'
              ),
          },
          {
            key: 'register',
            header: 'Teams in this register',
            numeric: true,
            cell: (r) => r.register,
          },
        ]}
        rows={rows}
        rowKey={(r) => String(r.year)}
        compact
      />
      <p className="nhsuk-body-s">
        Teams in this register: rows operating in the year (started by then and not closed before
        it), not counting related services or unverified rows
        {register.undated
          ? `; ${plural(register.undated, 'team')} without a known start year are left out`
          : ''}
        .
      </p>
    </>
  )
}
