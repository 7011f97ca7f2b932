/**
 * The comparison's answer first: coverage at the target, the year of full coverage, cost and
 * staff for each scenario, with each one's difference from the baseline under its value, and a
 * sentence per scenario saying the same in words.
 */
import { TableScroll } from '../../components/table-scroll'
import type { ReactNode } from 'react'
import {
  describeAgainstBaseline,
  diffOutcome,
  formatMoneyDiffFull,
  formatPointsDiff,
  formatWteDiff,
  formatYearsDiff,
  outcomeOf,
  type Outcome,
  type OutcomeDiff,
} from '../../lib/baseline-diff'
import { formatMoney, formatPercent, formatWte } from '../../lib/format'
import { STATUS_LABELS } from '../../lib/saved-scenario-labels'
import type { Compared } from './compared'

interface Measure {
  key: string
  label: (o: Outcome) => string
  value: (o: Outcome) => string
  diff: (d: OutcomeDiff) => string
}

const MEASURES: Measure[] = [
  {
    key: 'coverage',
    label: (o) => `Capacity coverage in ${o.targetFy}`,
    value: (o) => formatPercent(o.coverageAtTarget),
    diff: (d) => formatPointsDiff(d.coveragePoints),
  },
  {
    key: 'full',
    label: () => 'First year of full coverage',
    value: (o) => o.fullCoverageFy ?? `Not by ${o.targetFy}`,
    diff: (d) => formatYearsDiff(d.fullCoverageYears),
  },
  {
    key: 'cumulative',
    label: (o) => `Total cost to ${o.targetFy}`,
    value: (o) => formatMoney(o.cumulativeCostAtTarget),
    diff: (d) => formatMoneyDiffFull(d.cumulativeCost),
  },
  {
    key: 'annual',
    label: (o) => `Annual cost in ${o.targetFy}`,
    value: (o) => formatMoney(o.annualCostAtTarget),
    diff: (d) => formatMoneyDiffFull(d.annualCost),
  },
  {
    key: 'perFamily',
    label: (o) => `Cost per family supported in ${o.targetFy}`,
    value: (o) => formatMoney(o.costPerFamily),
    diff: (d) =>
      d.costPerFamily === null ? 'Not comparable' : formatMoneyDiffFull(d.costPerFamily),
  },
  {
    key: 'real',
    label: (o) => `Total to ${o.targetFy} in constant 2025/26 prices`,
    value: (o) => formatMoney(o.realCostTotal),
    diff: (d) => formatMoneyDiffFull(d.realCost),
  },
  {
    key: 'pv',
    label: () => 'Present value of the total, discounted as the Green Book does',
    value: (o) => formatMoney(o.presentValue),
    diff: (d) => formatMoneyDiffFull(d.presentValue),
  },
  {
    key: 'wte',
    label: (o) => `Staff in new provision in ${o.targetFy}`,
    value: (o) => formatWte(o.wteAtTarget),
    diff: (d) => formatWteDiff(d.wte),
  },
]

export function ScenarioColumnHeader({ item, baseline }: { item: Compared; baseline: Compared }) {
  return (
    <>
      {item.scenario.name}
      <span className="app-cell-note">
        {STATUS_LABELS[item.scenario.status]}
        {item === baseline ? ' · baseline' : ''}
      </span>
    </>
  )
}

export function CompareKeyFigures({
  compared,
  baseline,
}: {
  compared: Compared[]
  baseline: Compared
}) {
  const outcomes = new Map(compared.map((c) => [c, outcomeOf(c.result)]))
  const base = outcomes.get(baseline)!
  const targets = new Set([...outcomes.values()].map((o) => o.targetFy))
  const sentences: ReactNode[] = compared
    .filter((c) => c !== baseline)
    .map((c) => {
      return (
        <li key={c.key}>
          <strong>{c.scenario.name}</strong>: {describeAgainstBaseline(outcomes.get(c)!, base)}
        </li>
      )
    })

  return (
    <section aria-labelledby="key-figures-title" className="app-section">
      <h2 id="key-figures-title">Key figures</h2>
      <p>Compared with the baseline, “{baseline.scenario.name}”:</p>
      <ul className="nhsuk-list nhsuk-list--bullet">{sentences}</ul>
      {targets.size > 1 ? (
        <p className="nhsuk-body-s">
          These scenarios have different target years, so each figure is for its own target year.
        </p>
      ) : null}
      <TableScroll labelledBy="key-figures-caption">
        <table className="nhsuk-table app-compare-table">
          <caption
            className="nhsuk-table__caption nhsuk-u-visually-hidden"
            id="key-figures-caption"
          >
            Key figures for each scenario, with the difference from the baseline
          </caption>
          <thead className="nhsuk-table__head">
            <tr className="nhsuk-table__row">
              <th scope="col" className="nhsuk-table__header">
                Measure
              </th>
              {compared.map((c) => (
                <th
                  scope="col"
                  className="nhsuk-table__header nhsuk-table__header--numeric"
                  key={c.key}
                >
                  <ScenarioColumnHeader item={c} baseline={baseline} />
                </th>
              ))}
            </tr>
          </thead>
          <tbody className="nhsuk-table__body">
            {MEASURES.map((m) => (
              <tr className="nhsuk-table__row" key={m.key}>
                <th scope="row" className="nhsuk-table__header">
                  {m.label(base)}
                </th>
                {compared.map((c) => {
                  const o = outcomes.get(c)!
                  return (
                    <td className="nhsuk-table__cell nhsuk-table__cell--numeric" key={c.key}>
                      <span className="app-compare-value">{m.value(o)}</span>
                      {c === baseline ? (
                        <span className="app-cell-note">Baseline</span>
                      ) : (
                        <span className="app-cell-note app-compare-diff">
                          {m.diff(diffOutcome(o, base))}
                        </span>
                      )}
                    </td>
                  )
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
    </section>
  )
}
