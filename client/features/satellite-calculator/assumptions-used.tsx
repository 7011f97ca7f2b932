/**
 * "How this is worked out": the assumptions the costing used, each with its mark and source, so a
 * printed costing carries what it rests on.
 */
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'
import { MarkBadge } from '../../components/mark-badge'
import { formatMoney, formatNumber } from '../../lib/format'

const SHOWN: AssumptionKey[] = [
  'employerNiRate',
  'employerNiThreshold',
  'employerPensionRate',
  'nonPayOverhead',
  'payUplift',
  'setupCostSatellite',
  'setupCostStandard',
  'familiesPerClinicalWte',
  'supervisionShare',
]

function valueText(a: Assumption, value: number): string {
  if (a.unit === 'share' || a.unit === 'share per year')
    return `${formatNumber(value * 100, value * 100 < 10 ? 2 : 1).replace(/\.?0+$/, '')}%`
  if (a.unit === 'GBP' || a.unit === 'GBP per year') return formatMoney(value)
  return formatNumber(value, 1).replace(/\.0$/, '')
}

export function AssumptionsUsed({
  used,
  list,
}: {
  used: Partial<Record<AssumptionKey, number>>
  list: readonly Assumption[]
}) {
  const rows = SHOWN.map((key) => list.find((a) => a.key === key)).filter(
    (a): a is Assumption => a !== undefined,
  )
  return (
    <details className="nhsuk-details app-print-open">
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">How this is worked out</span>
      </summary>
      <div className="nhsuk-details__text">
        <p>
          Each post costs its whole-time equivalent × the months in each financial year ÷ 12 ×
          (salary + employer National Insurance above its threshold + employer pension), plus the
          non-pay overhead. Salaries are Agenda for Change pay for the band in that year. Families a
          team could see = clinical WTE × families per clinical WTE a year × (1 − supervision
          share), taking posts as filled from the first month.
        </p>
        <dl className="nhsuk-summary-list app-assumptions-used">
          {rows.map((a) => (
            <div className="nhsuk-summary-list__row" key={a.key}>
              <dt className="nhsuk-summary-list__key">{a.label}</dt>
              <dd className="nhsuk-summary-list__value">
                {valueText(a, used[a.key] ?? a.value)}{' '}
                <MarkBadge mark={a.mark} source={a.source} note={a.date} />
                <span className="app-cell-note">Source: {a.source}</span>
              </dd>
            </div>
          ))}
        </dl>
      </div>
    </details>
  )
}
