/**
 * Satellite and standalone team side by side over the same months: what each costs, the staff,
 * the families each could see and the cost per family.
 */
import type { ReactNode } from 'react'
import { formatMoney, formatNumber, formatWte } from '../../lib/format'
import type { TeamCapacity } from './costing-types'

export interface ComparisonSide {
  title: string
  description: ReactNode
  total: number
  wte: number
  capacity: TeamCapacity
}

export function Comparison({
  satellite,
  standalone,
  months,
}: {
  satellite: ComparisonSide
  standalone: ComparisonSide
  months: number
}) {
  return (
    <div className="app-comparison">
      {[satellite, standalone].map((side, i) => (
        <section
          key={side.title}
          className={`nhsuk-card app-comparison__side${i === 0 ? ' app-comparison__side--main' : ''}`}
          aria-labelledby={`comparison-${i}`}
        >
          <div className="nhsuk-card__content">
            <h3 className="nhsuk-card__heading nhsuk-heading-s" id={`comparison-${i}`}>
              {side.title}
            </h3>
            <p className="nhsuk-body-s">{side.description}</p>
            <dl className="app-comparison__figures">
              <div>
                <dt>
                  Total cost, {months} {months === 1 ? 'month' : 'months'}
                </dt>
                <dd className="app-comparison__big">{formatMoney(side.total)}</dd>
              </div>
              <div>
                <dt>Staff</dt>
                <dd>
                  {formatWte(side.wte)} ({formatWte(side.capacity.clinicalWte)} clinical)
                </dd>
              </div>
              <div>
                <dt>Families it could see</dt>
                <dd>
                  {formatNumber(side.capacity.familiesInPeriod)} in the period (
                  {formatNumber(side.capacity.familiesPerYear)} a year)
                </dd>
              </div>
              <div>
                <dt>Cost per family</dt>
                <dd>{formatMoney(side.capacity.costPerFamily)}</dd>
              </div>
            </dl>
          </div>
        </section>
      ))}
    </div>
  )
}
