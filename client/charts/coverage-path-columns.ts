/**
 * The data-table twin of the coverage path chart, shared by the board summary and the scenario
 * builder. Kept apart from the chart so importing it does not pull in recharts.
 */
import type { YearResult } from '../../shared/domain/results'
import type { Column } from '../components/data-table'
import { yearColumn } from '../components/year-column'
import { formatNumber, formatPercent } from '../lib/format'

/** The columns, with the year under way (`currentFy`) marked "now". */
export function coveragePathColumns(currentFy: number): Column<YearResult>[] {
  return [yearColumn<YearResult>(currentFy), ...COLUMNS]
}

const COLUMNS: Column<YearResult>[] = [
  {
    key: 'need',
    header: 'Families needing a team',
    numeric: true,
    cell: (y) => formatNumber(y.need),
  },
  {
    key: 'capacity',
    header: 'Families teams can see',
    numeric: true,
    cell: (y) => formatNumber(y.capacity),
  },
  {
    key: 'coverage',
    header: 'Capacity coverage',
    numeric: true,
    cell: (y) => formatPercent(y.coverage),
  },
  {
    key: 'geo',
    header: 'Geographic coverage',
    numeric: true,
    cell: (y) => formatPercent(y.geographicCoverage),
  },
]
