/**
 * The year column of a table of modelled years: its rows name the year, and the first modelled
 * year, the one under way, reads '2026/27 (now)'. Rows keep their plain '2026/27' as data, so
 * "Why?" buttons and sorting still read the year from it.
 */
import { parseFyLabel } from '../../shared/domain/fiscal-year'
import { modelledFyText } from '../lib/fy-text'
import type { Column } from './data-table'

export function yearColumn<T extends { fy: string }>(currentFy: number): Column<T> {
  return {
    key: 'fy',
    header: 'Year',
    rowHeader: true,
    cell: (row) => {
      const start = parseFyLabel(row.fy)
      return start === null ? row.fy : modelledFyText(start, currentFy)
    },
  }
}
