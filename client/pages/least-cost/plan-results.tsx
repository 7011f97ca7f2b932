/**
 * The plan's answer: headline figures (cost to the target year, coverage, the support it gives,
 * the lower bound and the gap to it), the plan in brief, the way into the builder, each
 * authority's option and why, spend and staff by year against the caps, and the comparison
 * with other scenarios.
 */
import { Link } from 'react-router'
import type { LeastCostPlan } from '../../../shared/domain/least-cost'
import { HeadlineFigures, type HeadlineFigure } from '../../components/headline-figures'
import { fyEndLabel } from '../../../shared/domain/fiscal-year'
import { targetFyText } from '../../lib/fy-text'
import {
  formatFy,
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
} from '../../lib/format'
import { builderHref } from '../../lib/plan-url'
import { PlanAreasTable } from './plan-areas-table'
import { PlanComparison } from './plan-comparison'
import { PlanYearsTable } from './plan-years-table'

interface PlanResultsProps {
  plan: LeastCostPlan
  /** A newer plan is being worked out (this one stays on screen meanwhile). */
  updating: boolean
  /** The newer plan failed: this one is for the previous settings. */
  stale: boolean
}

function headlines(plan: LeastCostPlan): HeadlineFigure[] {
  const target = formatFy(plan.targetFy)
  const capped = plan.budgetCap !== null || plan.workforceCap !== null
  const figures: HeadlineFigure[] = [
    {
      label: `Total cost to ${fyEndLabel(plan.targetFy)}`,
      value: formatMoneyShort(plan.totalCost),
      detail: `${formatMoney(plan.totalCost)} of new provision, from ${formatFy(plan.startFy)}`,
    },
    {
      label: `Coverage ${targetFyText(plan.targetFy)}`,
      value: formatPercent(plan.coverage),
      detail: plan.fullCoverage
        ? `Full coverage from ${plan.fullCoverageFy ?? target}`
        : `Full coverage not reached within the caps`,
    },
  ]
  const valued = plan.familyYearValue > 0
  if (valued) {
    figures.push({
      label: 'Family-years of support',
      value: formatNumber(plan.familyYearsSupported),
      detail: `${formatNumber(plan.familyYearsUnsupported)} left unsupported; each valued at ${formatMoneyShort(plan.familyYearValue)} [A]`,
    })
  }
  figures.push({
    label: valued ? 'Lower bound on the score' : 'Lower bound on cost',
    value: formatMoneyShort(plan.lowerBound),
    detail:
      (valued ? 'Cost plus the value of support left out. ' : '') +
      (plan.proven
        ? `Proved: no plan within the caps reaching this coverage ${valued ? 'scores' : 'costs'} less`
        : `This plan is at most ${formatMoneyShort(plan.gap)} (${formatPercent(plan.gapShare, 1)}) above it`),
  })
  if (capped) {
    figures.push({
      label: 'Without the caps',
      value: formatMoneyShort(plan.uncappedCost),
      detail: `For ${formatPercent(plan.uncappedCoverage)} coverage in ${target}`,
    })
  }
  return figures
}

export function PlanResults({ plan, updating, stale }: PlanResultsProps) {
  return (
    <div className="app-plan-results" aria-busy={updating}>
      <p className="nhsuk-body-s app-plan-status" role="status" aria-live="polite">
        {updating
          ? 'Working out the plan for the new settings…'
          : stale
            ? 'The plan for the new settings could not be worked out; this is the previous one.'
            : ''}
      </p>
      <HeadlineFigures
        figures={headlines(plan)}
        label={`Headline figures of the plan for ${plan.scope.name}`}
      />

      <h2 className="nhsuk-heading-m">The plan in brief</h2>
      <ul className="nhsuk-list nhsuk-list--bullet app-plan-summary">
        {plan.summary.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <div className="app-no-print">
        <Link
          className="nhsuk-button"
          to={builderHref(plan.settings)}
          role="button"
          draggable={false}
        >
          Open in the scenario builder
        </Link>
        <p className="nhsuk-body-s">
          The builder opens with this plan&rsquo;s options and start years, so you can change it,
          save it and compare it with your other scenarios.
        </p>
      </div>

      <PlanAreasTable plan={plan} />
      <PlanYearsTable plan={plan} />
      <PlanComparison plan={plan} />
    </div>
  )
}
