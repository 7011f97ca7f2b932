/**
 * Spend and new staff each year against the caps, and coverage as the plan takes effect beside
 * the "reach it by" path where one is asked for.
 */
import type { LeastCostPlan, PlanYear } from '../../../shared/domain/least-cost'
import { DataTable, type Column } from '../../components/data-table'
import { formatMoney, formatMoneyShort, formatPercent, formatWte } from '../../lib/format'
import { modelledFyText } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'

export function PlanYearsTable({ plan }: { plan: LeastCostPlan }) {
  const currentFy = useCurrentFy()
  const columns: Column<PlanYear>[] = [
    {
      key: 'fy',
      header: 'Year',
      rowHeader: true,
      cell: (y) => modelledFyText(y.fyStart, currentFy),
    },
    {
      key: 'cost',
      header: 'Spend on new provision',
      numeric: true,
      cell: (y) => formatMoney(y.cost),
    },
    {
      key: 'wte',
      header: 'New clinical staff starting',
      numeric: true,
      cell: (y) => formatWte(y.clinicalWteStarted),
    },
    { key: 'coverage', header: 'Coverage', numeric: true, cell: (y) => formatPercent(y.coverage) },
  ]
  if (plan.reachBy.length > 0) {
    const asked = new Map(plan.reachBy.map((m) => [m.fy, m.coverage]))
    columns.push({
      key: 'reachBy',
      header: 'Reach it by',
      numeric: true,
      cell: (y) => (asked.has(y.fyStart) ? `at least ${formatPercent(asked.get(y.fyStart)!)}` : ''),
    })
  }
  const caps = [
    plan.budgetCap !== null ? `budget cap ${formatMoneyShort(plan.budgetCap)} a year` : null,
    plan.workforceCap !== null ? `workforce cap ${formatWte(plan.workforceCap)} a year` : null,
  ].filter(Boolean)
  return (
    <>
      <h2 className="nhsuk-heading-m">Spend and staff by year</h2>
      <DataTable
        caption={`Spend, new clinical staff and coverage by year${caps.length > 0 ? ` (${caps.join(', ')})` : ''}`}
        columns={columns}
        rows={plan.years}
        rowKey={(y) => String(y.fyStart)}
        compact
      />
    </>
  )
}
