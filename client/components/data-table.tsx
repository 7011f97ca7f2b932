/**
 * DataTable: an NHS table with a caption, column headers (th scope="col"), an optional row-header
 * column (th scope="row"), numeric alignment, and optional sorting by column buttons with aria-sort.
 * It sits in a TableScroll, so a wide table scrolls inside its own box on a small screen.
 * Sorting is controlled: pass `sort` and `onSortChange` (e.g. from useSortParam, so it lives in
 * the URL). Columns with a `sortValue` become sortable.
 *
 *   <DataTable caption="Health bodies" rows={rows} rowKey={(r) => r.code} columns={[
 *     { key: 'name', header: 'Health body', rowHeader: true, cell: (r) => r.name, sortValue: (r) => r.name },
 *     { key: 'babies', header: 'Babies under 2', numeric: true, cell: (r) => formatNumber(r.babies), sortValue: (r) => r.babies },
 *   ]} sort={sort} onSortChange={setSort} />
 */
import { Fragment, useId, useMemo, type ReactNode } from 'react'
import { sortRows, type SortState, type SortValue } from '../lib/sort'
import { TableScroll } from './table-scroll'

export interface Column<T> {
  key: string
  header: ReactNode
  cell: (row: T) => ReactNode
  /** Makes the column sortable, by this value. */
  sortValue?: (row: T) => SortValue
  /** The direction a first click sorts in (numbers usually descending). */
  firstDir?: SortState['dir']
  numeric?: boolean
  /** This column names the row: rendered as th scope="row". */
  rowHeader?: boolean
  /** Extra class for the header and cells, e.g. 'app-col--narrow'. */
  className?: string
}

interface DataTableProps<T> {
  caption: ReactNode
  /** Size of the caption, or 'hidden' when a heading right above already names the table. */
  captionSize?: 's' | 'm' | 'hidden'
  columns: Column<T>[]
  rows: readonly T[]
  rowKey: (row: T) => string
  sort?: SortState
  onSortChange?: (sort: SortState) => void
  /** Rows shown after the sorted body, e.g. a total. */
  footerRows?: readonly T[]
  emptyText?: string
  /**
   * Limit the height on screen, keeping the header in view (print shows all rows). Every table
   * scrolls sideways inside its own box when it is wider than the screen (TableScroll).
   */
  tall?: boolean
  compact?: boolean
  /**
   * Something to offer after a cell's content, e.g. a "Why?" button (useExplainCells builds it).
   * Gets the row, the column and the row's key; return null for nothing.
   */
  cellAction?: (row: T, column: Column<T>, key: string) => ReactNode
  /** A full-width row under a row, e.g. the panel a cell's action opened; null for none. */
  rowDetail?: (row: T, key: string) => ReactNode
}

export function DataTable<T>({
  caption,
  captionSize = 's',
  columns,
  rows,
  rowKey,
  sort,
  onSortChange,
  footerRows,
  emptyText = 'No rows to show.',
  tall = false,
  compact = false,
  cellAction,
  rowDetail,
}: DataTableProps<T>) {
  const captionId = useId()
  const sortable = Boolean(onSortChange) && columns.some((c) => c.sortValue)
  const sortColumn = sort ? columns.find((c) => c.key === sort.key && c.sortValue) : undefined
  const sorted = useMemo(
    () =>
      sortColumn?.sortValue && sort ? sortRows(rows, sortColumn.sortValue, sort.dir) : [...rows],
    [rows, sortColumn, sort],
  )

  const captionClass =
    captionSize === 'hidden'
      ? 'nhsuk-table__caption nhsuk-u-visually-hidden'
      : `nhsuk-table__caption nhsuk-table__caption--${captionSize}`

  const table = (
    <table className={`nhsuk-table${compact ? ' app-table--compact' : ''}`}>
      <caption className={captionClass} id={captionId}>
        {caption}
        {sortable ? (
          <span className="nhsuk-u-visually-hidden"> (columns with buttons can be sorted)</span>
        ) : null}
      </caption>
      <thead className="nhsuk-table__head">
        <tr className="nhsuk-table__row">
          {columns.map((column) => {
            const active = sort && sortColumn === column
            const canSort = Boolean(onSortChange && column.sortValue)
            const classes = [
              'nhsuk-table__header',
              column.numeric ? 'nhsuk-table__header--numeric' : '',
              column.className ?? '',
            ]
              .filter(Boolean)
              .join(' ')
            return (
              <th
                key={column.key}
                scope="col"
                className={classes}
                aria-sort={
                  canSort
                    ? active
                      ? sort.dir === 'asc'
                        ? 'ascending'
                        : 'descending'
                      : 'none'
                    : undefined
                }
              >
                {canSort && onSortChange ? (
                  <button
                    type="button"
                    className="app-sort-button"
                    onClick={() =>
                      onSortChange({
                        key: column.key,
                        dir: active
                          ? sort.dir === 'asc'
                            ? 'desc'
                            : 'asc'
                          : (column.firstDir ?? 'asc'),
                      })
                    }
                  >
                    {column.header}
                    <span className="app-sort-button__icon" aria-hidden="true">
                      {active ? (sort.dir === 'asc' ? '▲' : '▼') : '⇅'}
                    </span>
                  </button>
                ) : (
                  column.header
                )}
              </th>
            )
          })}
        </tr>
      </thead>
      <tbody className="nhsuk-table__body">
        {sorted.length === 0 ? (
          <tr className="nhsuk-table__row">
            <td className="nhsuk-table__cell" colSpan={columns.length}>
              {emptyText}
            </td>
          </tr>
        ) : (
          sorted.map((row) => {
            const key = rowKey(row)
            const detail = rowDetail?.(row, key)
            return (
              <Fragment key={key}>
                <DataRow row={row} rowKey={key} columns={columns} cellAction={cellAction} />
                {detail ? (
                  <tr className="nhsuk-table__row app-table__detail">
                    <td className="nhsuk-table__cell" colSpan={columns.length}>
                      {detail}
                    </td>
                  </tr>
                ) : null}
              </Fragment>
            )
          })
        )}
        {footerRows?.map((row) => (
          <DataRow
            key={`footer-${rowKey(row)}`}
            row={row}
            columns={columns}
            className="app-table__total"
          />
        ))}
      </tbody>
    </table>
  )

  return (
    <TableScroll labelledBy={captionId} tall={tall}>
      {table}
    </TableScroll>
  )
}

function DataRow<T>({
  row,
  rowKey,
  columns,
  className,
  cellAction,
}: {
  row: T
  rowKey?: string
  columns: Column<T>[]
  className?: string
  cellAction?: DataTableProps<T>['cellAction']
}) {
  return (
    <tr className={`nhsuk-table__row${className ? ` ${className}` : ''}`}>
      {columns.map((column) => {
        const classes = [
          column.rowHeader ? 'nhsuk-table__header' : 'nhsuk-table__cell',
          column.numeric ? 'nhsuk-table__cell--numeric' : '',
          column.className ?? '',
        ]
          .filter(Boolean)
          .join(' ')
        const action = cellAction && rowKey !== undefined ? cellAction(row, column, rowKey) : null
        const content = action ? (
          <>
            {column.cell(row)} {action}
          </>
        ) : (
          column.cell(row)
        )
        return column.rowHeader ? (
          <th key={column.key} scope="row" className={classes}>
            {content}
          </th>
        ) : (
          <td key={column.key} className={classes}>
            {content}
          </td>
        )
      })}
    </tr>
  )
}
