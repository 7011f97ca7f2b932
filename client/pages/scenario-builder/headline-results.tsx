/**
 * The scenario's answer in six large figures: coverage now and at the target, when coverage is
 * first full, what it costs to the target (new provision and existing teams' running cost apart),
 * cost per family supported, and what is still missing.
 * Figures with a worked explanation have a "Why?" that opens it below them. Cost per baby
 * covered, the old headline, is in "Cost for finance teams" (money-summary.tsx).
 */
import { fyEndLabel, fyLabel } from '../../../shared/domain/fiscal-year'
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
import { modelledFyText, targetFyText } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'
import { targetYear } from './result-years'

// Redrawn only when the result changes, not on every keystroke or status change.
export const HeadlineResults = memo(function HeadlineResults({
  result,
}: {
  result: ScenarioResult
}) {
  const why = useWhyThisNumber()
  const currentFy = useCurrentFy()
  const first = result.years[0]
  const target = targetYear(result)
  if (!first || !target) return null
  const by = fyEndLabel(target.fyStart)
  const base = fyLabel(result.money.priceBaseFy)
  const gapClosed = result.gap.families <= 0.5 && result.gap.clinicalWte <= 0.05
  const renewed = result.money.renewedNominal

  const figures: HeadlineFigure[] = [
    {
      // The first modelled year already counts provision this scenario starts in it.
      label: `Coverage in ${modelledFyText(first.fyStart, currentFy)}, the first year`,
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
      label: `Coverage ${targetFyText(target.fyStart)}`,
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
      value: result.fullCoverageFy ?? `Not by ${by}`,
      detail: result.fullCoverageFy
        ? 'Every authority in the area fully covered'
        : `Some authorities still have a gap in ${target.fy}`,
    },
    {
      label: `Total cost to ${by}`,
      value: formatMoneyShort(target.cumulativeTotalCost),
      detail: (
        <>
          in cash, {first.fy} to {target.fy}: {formatMoney(target.cumulativeCost)} of new provision
          ({formatMoneyShort(result.money.totalReal)} in {base} prices){' '}
          <Why why={why} measure="cumulativeCost" fy={target.fyStart} id="cost-total" /> and{' '}
          {formatMoney(result.money.existingNominal)} to keep existing teams running
          {renewed > 0.5 ? `, ${formatMoney(renewed)} of it renewing funding that has ended` : ''}
        </>
      ),
    },
    {
      label: 'Cost per family supported',
      value: formatMoney(result.money.costPerFamilySupported),
      detail: (
        <>
          a year in {target.fy}: new provision&rsquo;s cost ÷ the families it supports;{' '}
          {formatMoney(result.money.costPerFamilySupportedReal)} in {base} prices{' '}
          <Why
            why={why}
            measure="costPerFamilySupported"
            fy={target.fyStart}
            id="cost-per-family"
          />
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
