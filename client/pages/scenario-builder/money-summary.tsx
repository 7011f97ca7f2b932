/**
 * The scenario's cost as a finance team reads it: new provision and existing teams' running cost
 * apart, then together; the total of new provision over the modelled years in cash, in
 * constant 2025/26 prices and as a present value at the Green Book rate, the cost per family
 * supported in the target year (cash and constant prices), and the cost per baby covered for
 * comparison with earlier versions. The deflator and discount rate are stated with their marks.
 */
import { memo, type ReactNode } from 'react'
import { fyLabel } from '../../../shared/domain/fiscal-year'
import type { ScenarioResult } from '../../../shared/domain/results'
import { MarkBadge } from '../../components/mark-badge'
import { useWhyThisNumber, WhyButton } from '../../components/why-this-number'
import { WhyPanel } from '../../components/why-panel'
import { figureLabel } from '../../lib/explain-format'
import { formatMoney, formatMoneyShort, formatPercent } from '../../lib/format'
import { modelledFyText } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'
import { targetYear } from './result-years'
import { useAssumptions } from './use-assumptions'

// Redrawn only when the result changes, not on every keystroke or status change.
export const MoneySummary = memo(function MoneySummary({ result }: { result: ScenarioResult }) {
  const why = useWhyThisNumber()
  const currentFy = useCurrentFy()
  const { assumptions } = useAssumptions()
  const first = result.years[0]
  const target = targetYear(result)
  if (!first || !target) return null
  const { money } = result
  const renewed = result.money.renewedNominal
  const base = fyLabel(money.priceBaseFy)
  const span = `${modelledFyText(first.fyStart, currentFy)} to ${target.fy}`
  const deflator = assumptions.find((a) => a.key === 'gdpDeflator')
  const discount = assumptions.find((a) => a.key === 'discountRate')
  const rows: { label: string; value: string; detail: ReactNode }[] = [
    {
      label: `New provision, ${span}, in cash`,
      value: formatMoneyShort(money.totalNominal),
      detail: `${formatMoney(money.totalNominal)}: each year's cost in that year's prices, as budgets are set.`,
    },
    {
      label: `Existing teams' running cost, ${span}, in cash`,
      value: formatMoneyShort(money.existingNominal),
      detail: (
        <>
          {formatMoney(money.existingNominal)}: register teams at their known posts, otherwise the
          standard team{' '}
          <MarkBadge
            mark="A"
            source="Existing teams of unknown staffing are costed as the standard team (FACTS.md §2.3)"
          />
          , for the months they work
          {renewed > 0.5
            ? `; ${formatMoney(renewed)} of it renews funding that has ended, as this scenario sustains them.`
            : '.'}
        </>
      ),
    },
    {
      label: `Everything, ${span}, in cash`,
      value: formatMoneyShort(money.totalWithExistingNominal),
      detail: `${formatMoney(money.totalWithExistingNominal)}: new provision and existing teams together.`,
    },
    {
      label: `Total in constant ${base} prices`,
      value: formatMoneyShort(money.totalReal),
      detail: (
        <>
          {formatMoney(money.totalReal)}: each year&rsquo;s cost with general inflation taken out,
          at {formatPercent(money.gdpDeflator, 1)} a year (GDP deflator){' '}
          {deflator ? <MarkBadge mark={deflator.mark} source={deflator.source} /> : null}
        </>
      ),
    },
    {
      label: `Present value at ${formatPercent(money.discountRate, 1)}`,
      value: formatMoneyShort(money.presentValue),
      detail: (
        <>
          {formatMoney(money.presentValue)}: constant-price costs discounted to {first.fy} at{' '}
          {formatPercent(money.discountRate, 1)} a year, the Green Book rate{' '}
          {discount ? <MarkBadge mark={discount.mark} source={discount.source} /> : null}
        </>
      ),
    },
    {
      label: `Cost per family supported, ${target.fy}`,
      value: formatMoney(money.costPerFamilySupported),
      detail: `${formatMoney(money.costPerFamilySupportedReal)} in ${base} prices: the year's cost of new provision divided by the families it supports that year.`,
    },
    {
      label: `Cost per baby covered, ${target.fy}`,
      value: formatMoney(result.costPerBabyCovered),
      detail: (
        <>
          The year&rsquo;s cost of new provision divided by all babies under two covered, as model
          1.0 gave it{' '}
          <WhyButton
            why={why}
            entry={{
              key: 'cost-per-baby',
              figure: { measure: 'costPerBabyCovered', fy: target.fyStart },
              label: figureLabel('costPerBabyCovered', target.fyStart),
            }}
          />
        </>
      ),
    },
  ]
  return (
    <section className="app-section app-money" aria-labelledby="money-title">
      <h2 className="nhsuk-heading-m" id="money-title">
        Cost for finance teams
      </h2>
      <p>
        New provision and existing teams&rsquo; running cost apart, then together. Derived by the
        model <MarkBadge mark="I" /> from the cost assumptions; general inflation and the discount
        rate change only the constant-price and present-value figures.
      </p>
      <dl className="nhsuk-summary-list">
        {rows.map((row) => (
          <div className="nhsuk-summary-list__row" key={row.label}>
            <dt className="nhsuk-summary-list__key">{row.label}</dt>
            <dd className="nhsuk-summary-list__value">
              <span className="app-summary-value__number">{row.value}</span>
              <span className="app-cell-note">{row.detail}</span>
            </dd>
          </div>
        ))}
      </dl>
      <WhyPanel why={why} run={result} />
    </section>
  )
})
