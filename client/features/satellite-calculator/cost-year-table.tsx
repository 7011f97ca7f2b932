/** A team's cost by NHS financial year, with a total row: the part-year costing, line by line. */
import type { TeamCostYear } from './costing-types'
import { DataTable } from '../../components/data-table'
import { formatMoney } from '../../lib/format'

type Row = Pick<
  TeamCostYear,
  'fy' | 'months' | 'salary' | 'employerNi' | 'employerPension' | 'overhead' | 'oneOff' | 'total'
>

export function CostYearTable({ caption, years }: { caption: string; years: readonly Row[] }) {
  const sum = (key: keyof Omit<Row, 'fy'>) => years.reduce((total, y) => total + y[key], 0)
  const total: Row = {
    fy: 'Total',
    months: sum('months'),
    salary: sum('salary'),
    employerNi: sum('employerNi'),
    employerPension: sum('employerPension'),
    overhead: sum('overhead'),
    oneOff: sum('oneOff'),
    total: sum('total'),
  }
  const money = (key: keyof Omit<Row, 'fy' | 'months'>) => (row: Row) => formatMoney(row[key])
  return (
    <DataTable
      caption={caption}
      compact
      rows={years}
      rowKey={(r) => r.fy}
      footerRows={years.length > 1 ? [total] : undefined}
      columns={[
        { key: 'fy', header: 'Financial year', rowHeader: true, cell: (r) => r.fy },
        { key: 'months', header: 'Months', numeric: true, cell: (r) => String(r.months) },
        { key: 'salary', header: 'Salary', numeric: true, cell: money('salary') },
        { key: 'ni', header: 'Employer NI', numeric: true, cell: money('employerNi') },
        {
          key: 'pension',
          header: 'Employer pension',
          numeric: true,
          cell: money('employerPension'),
        },
        { key: 'overhead', header: 'Non-pay overhead', numeric: true, cell: money('overhead') },
        { key: 'oneOff', header: 'One-off set-up', numeric: true, cell: money('oneOff') },
        {
          key: 'total',
          header: 'Total',
          numeric: true,
          cell: (r) => <strong>{formatMoney(r.total)}</strong>,
        },
      ]}
    />
  )
}
