/**
 * The two caps a plan works within, as the scenario builder and the least-cost plan ask for them:
 * the same labels, hints and checks in both places (they are the engine's budgetCap and
 * workforceCap, refused by the server outside the same bounds).
 */
import { formatNumber } from '../lib/format'
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
