/**
 * One row per local authority: what the plan gives it, from when, at what cost and coverage, and
 * (opened from the row) why, with the other options costed from the same year.
 */
import { OPTION_LABELS } from '../../../shared/domain/scenario'
import type { LeastCostPlan, PlanArea } from '../../../shared/domain/least-cost'
import { DataTable, type Column } from '../../components/data-table'
import { formatFy, formatMoney, formatPercent } from '../../lib/format'

const FULL = 1 - 1e-9

export function optionText(area: PlanArea): string {
  if (area.option === 'none') return area.coverage >= FULL ? 'Nothing new needed' : 'Left out'
  if (area.option === 'satellite' && area.hubName) return `Satellite of ${area.hubName}`
  return OPTION_LABELS[area.option]
}

function Why({ area }: { area: PlanArea }) {
  const others = area.alternatives.filter((a) => a.option !== area.option)
  return (
    <details className="nhsuk-details nhsuk-u-margin-bottom-0 app-plan-why">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Why<span className="nhsuk-u-visually-hidden"> for {area.name}</span>
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <p>{area.reason}</p>
        {others.length > 0 ? (
          <>
            <p className="nhsuk-u-margin-bottom-1">
              Other options{area.startFy !== null ? ` from ${formatFy(area.startFy)}` : ''}:
            </p>
            <ul className="nhsuk-list nhsuk-list--bullet nhsuk-u-margin-bottom-0">
              {others.map((alt) => (
                <li key={alt.option}>
                  {OPTION_LABELS[alt.option]}
                  {alt.hubName ? ` (${alt.hubName})` : ''}: {formatMoney(alt.cost)}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </div>
    </details>
  )
}

export function PlanAreasTable({ plan }: { plan: LeastCostPlan }) {
  const target = formatFy(plan.targetFy)
  const columns: Column<PlanArea>[] = [
    {
      key: 'name',
      header: 'Local authority',
      rowHeader: true,
      cell: (a) => (
        <>
          {a.name}
          {a.share < 1 - 1e-9 ? (
            <span className="app-cell-note">{formatPercent(a.share)} in this area</span>
          ) : null}
        </>
      ),
    },
    { key: 'option', header: 'New provision', cell: (a) => optionText(a) },
    {
      key: 'start',
      header: 'Starts',
      cell: (a) => (a.startFy !== null ? formatFy(a.startFy) : '–'),
    },
    {
      key: 'cost',
      header: `Cost to ${target}`,
      numeric: true,
      cell: (a) => formatMoney(a.cost),
    },
    {
      key: 'coverage',
      header: `Coverage in ${target}`,
      numeric: true,
      cell: (a) => formatPercent(a.coverage),
    },
    { key: 'why', header: 'Why', className: 'app-plan-why-col', cell: (a) => <Why area={a} /> },
  ]
  return (
    <>
      <h2 className="nhsuk-heading-m">Each local authority</h2>
      <DataTable
        caption={`What the plan gives each local authority in ${plan.scope.name}`}
        captionSize="hidden"
        columns={columns}
        rows={plan.areas}
        rowKey={(a) => a.code}
      />
    </>
  )
}
