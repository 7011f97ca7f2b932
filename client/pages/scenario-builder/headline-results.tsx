/**
 * The scenario's answer in five large figures: coverage now and at the target, when coverage is
 * first full, what it costs to the target, cost per baby covered, and what is still missing.
 * Each figure but the year of full coverage has a "Why?" that opens its working below them.
 */
import { fyLabel } from '../../../shared/domain/fiscal-year'
import { memo } from 'react'
import type { ScenarioResult } from '../../../shared/domain/results'
import { HeadlineFigures, type HeadlineFigure } from '../../components/headline-figures'
import { useWhyThisNumber, WhyButton, type WhyState } from '../../components/why-this-number'
import { WhyPanel } from '../../components/why-panel'
import type { ExplainMeasure } from '../../../shared/domain/explain'
import { figureLabel } from '../../lib/explain-format'
import {
  formatMoney,
  formatMoneyShort,
  formatNumber,
  formatPercent,
  formatWte,
} from '../../lib/format'
import { targetYear } from './result-years'

// Redrawn only when the result changes, not on every keystroke or status change.
export const HeadlineResults = memo(function HeadlineResults({
  result,
}: {
  result: ScenarioResult
}) {
  const why = useWhyThisNumber()
  const first = result.years[0]
  const target = targetYear(result)
  if (!first || !target) return null
  const targetLabel = fyLabel(result.settings.targetFy)
  const gapClosed = result.gap.families <= 0.5 && result.gap.clinicalWte <= 0.05

  const figures: HeadlineFigure[] = [
    {
      // The first modelled year already counts provision this scenario starts in it.
      label: `Coverage in ${first.fy}, the first year`,
      value: formatPercent(first.coverage),
      detail: (
        <>
          of families needing a team, with this year&apos;s new provision; geographic coverage{' '}
          {formatPercent(first.geographicCoverage)}{' '}
          <Why why={why} measure="coverage" fy={first.fyStart} id="coverage-first" />
        </>
      ),
    },
    {
      label: `Coverage in ${target.fy}`,
      value: formatPercent(target.coverage),
      detail: (
        <>
          geographic coverage {formatPercent(target.geographicCoverage)}{' '}
          <Why why={why} measure="coverage" fy={target.fyStart} id="coverage-target" />
        </>
      ),
    },
    {
      label: 'First year of full coverage',
      value: result.fullCoverageFy ?? `Not by ${targetLabel}`,
      detail: result.fullCoverageFy
        ? 'Every authority in the area fully covered'
        : 'Some authorities still have a gap',
    },
    {
      label: `Total cost to ${target.fy}`,
      value: formatMoneyShort(target.cumulativeCost),
      detail: (
        <>
          {formatMoney(target.cumulativeCost)} of new provision, from {first.fy}{' '}
          <Why why={why} measure="cumulativeCost" fy={target.fyStart} id="cost-total" />
        </>
      ),
    },
    {
      label: 'Cost per baby covered',
      value: formatMoney(result.costPerBabyCovered),
      detail: (
        <>
          Annual cost in {target.fy} per baby under two covered{' '}
          <Why why={why} measure="costPerBabyCovered" fy={target.fyStart} id="cost-per-baby" />
        </>
      ),
    },
    {
      label: `Gap left in ${target.fy}`,
      value: gapClosed ? 'None' : `${formatMoneyShort(result.gap.cost)} a year`,
      detail: (
        <>
          {gapClosed
            ? 'Need is met everywhere'
            : `${formatWte(result.gap.clinicalWte)} of clinical staff for ${formatNumber(result.gap.families)} more families`}{' '}
          <Why why={why} measure="gap" fy={target.fyStart} id="gap" />
        </>
      ),
    },
  ]
  return (
    <>
      <HeadlineFigures figures={figures} label={`Headline figures for ${result.scope.name}`} />
      <WhyPanel why={why} run={result} />
    </>
  )
})

function Why({
  why,
  measure,
  fy,
  id,
}: {
  why: WhyState
  measure: ExplainMeasure
  fy: number
  id: string
}) {
  return (
    <WhyButton
      why={why}
      entry={{ key: id, figure: { measure, fy }, label: figureLabel(measure, fy) }}
    />
  )
}
