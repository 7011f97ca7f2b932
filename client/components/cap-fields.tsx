/**
 * The two caps a plan works within, as the scenario builder and the least-cost plan ask for them:
 * the same labels, hints and checks in both places (they are the engine's budgetCap and
 * workforceCap, refused by the server outside the same bounds); and the value the least-cost
 * plan puts on a year of support.
 */
import { FAMILY_YEAR_VALUE } from '../../shared/domain/least-cost'
import { formatNumber } from '../lib/format'
import { MAX_FAMILY_YEAR_VALUE } from '../lib/plan-url'
import { NumberField } from './fields'

interface CapFieldProps {
  value: number | null | undefined
  error?: string
  /** An example figure for the hint, suited to the page. */
  example: string
  onCommit: (value: number | undefined) => void
}

export function BudgetCapField({ value, error, example, onCommit }: CapFieldProps) {
  return (
    <NumberField
      id="budgetCap"
      label="Annual budget cap for new provision, in pounds"
      hint={`Leave empty for no cap. For example, ${example}`}
      prefix="£"
      width={10}
      allowEmpty
      value={value ?? undefined}
      error={error}
      format={(n) => formatNumber(n)}
      validate={(n) =>
        n > 0 && n <= 1e10 ? null : 'Enter an amount more than £0, or leave it empty for no cap'
      }
      onCommit={onCommit}
    />
  )
}

export function WorkforceCapField({ value, error, example, onCommit }: CapFieldProps) {
  return (
    <NumberField
      id="workforceCap"
      label="Workforce cap: new clinical staff a year, in whole-time equivalents (WTE)"
      hint={`Leave empty for no cap. For example, ${example}`}
      suffix="WTE"
      width={4}
      allowEmpty
      value={value ?? undefined}
      error={error}
      validate={(n) =>
        n > 0 && n <= 1e5 ? null : 'Enter a number of WTE more than 0, or leave it empty for no cap'
      }
      onCommit={onCommit}
    />
  )
}

interface ValueFieldProps {
  value: number | undefined
  error?: string
  onCommit: (value: number | undefined) => void
}

/** The least-cost plan's value of a year of support for one family ([A]; £0 is cost alone). */
export function FamilyYearValueField({ value, error, onCommit }: ValueFieldProps) {
  return (
    <NumberField
      id="familyYearValue"
      label="Value of a year of support for one family, in pounds [A]"
      hint={`The plan counts this for each family-year of need it leaves unsupported, so a team starts early where that is worth what it costs. The default, £${formatNumber(FAMILY_YEAR_VALUE.value)}, is the Centre for Mental Health's lifetime value of the support for one child [S]. Enter 0 for the cheapest plan alone.`}
      prefix="£"
      width={10}
      allowEmpty
      value={value}
      defaultValue={FAMILY_YEAR_VALUE.value}
      error={error}
      format={(n) => formatNumber(n)}
      validate={(n) =>
        n >= 0 && n <= MAX_FAMILY_YEAR_VALUE
          ? null
          : 'Enter an amount from £0 to £1,000,000, or leave it empty for the default'
      }
      onCommit={onCommit}
    />
  )
}
