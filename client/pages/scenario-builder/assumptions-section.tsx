/**
 * Every model assumption, grouped (need, capacity, cost, timing), each with its default, usual
 * range, unit, how sure we are of it (mark) and its source, so a figure that is an assumption says
 * so. Values are editable; a changed one is marked and can be put back to its default.
 */
import { memo } from 'react'
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'
import { NumberField } from '../../components/fields'
import { MarkBadge } from '../../components/mark-badge'
import { assumptionProblem, withAssumption, type ScenarioUrlState } from '../../lib/scenario-url'
import { formatAssumptionValue, inputSuffix } from './assumption-format'
import type { FieldErrors } from '../../lib/field-errors'
import { fromPercentInput, groupAssumptions, isShareUnit, toPercentInput } from './labels'
import { RationaleNote, type Rationale } from './rationale-note'

interface AssumptionsSectionProps {
  assumptions: readonly Assumption[]
  state: ScenarioUrlState
  update: (next: ScenarioUrlState) => void
  errors: FieldErrors
  rationale?: Rationale
  /** No "Use the default" buttons (the inputs are disabled by the form). */
  readOnly?: boolean
}

/** Set in the births-trend question instead, where it belongs; listed here for its provenance. */
const EDITED_ELSEWHERE: Partial<Record<AssumptionKey, { id: string; where: string }>> = {
  birthsTrendPerYear: { id: 'trend-annual', where: 'Births trend, “A fixed change each year”' },
  deprivationNeedRatio: { id: 'need-title', where: 'Need' },
}

// Memoised: the page re-renders when a result arrives, which does not change the form.
export const AssumptionsSection = memo(function AssumptionsSection({
  assumptions,
  state,
  update,
  errors,
  rationale,
  readOnly = false,
}: AssumptionsSectionProps) {
  const changed = Object.keys(state.assumptions).length
  const hasErrors = Object.keys(errors).some((field) => field.startsWith('assumptions'))
  return (
    <details
      className="nhsuk-details nhsuk-expander app-assumptions"
      open={changed > 0 || hasErrors || undefined}
    >
      <summary className="nhsuk-details__summary">
        <span className="nhsuk-details__summary-text">
          Assumptions ({assumptions.length}
          {changed ? `, ${changed} changed` : ''})
        </span>
      </summary>
      <div className="nhsuk-details__text">
        <p className="nhsuk-body-s">
          Each figure shows its default, its usual range and how sure we are of it. Change any of
          them to see the effect at once.
        </p>
        {errors.assumptions ? (
          <p className="nhsuk-error-message">
            <span className="nhsuk-u-visually-hidden">Error:</span> {errors.assumptions}
          </p>
        ) : null}
        {groupAssumptions(assumptions).map((group) => (
          <fieldset key={group.id} className="nhsuk-fieldset app-assumption-group">
            <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
              <h3 className="nhsuk-fieldset__heading">{group.title}</h3>
            </legend>
            {group.items.map((assumption) => (
              <AssumptionField
                key={assumption.key}
                assumption={assumption}
                value={state.assumptions[assumption.key]}
                error={errors[`assumptions.${assumption.key}`]}
                onCommit={(value) => update(withAssumption(state, assumption.key, value))}
                rationale={rationale}
                readOnly={readOnly}
              />
            ))}
          </fieldset>
        ))}
      </div>
    </details>
  )
})

interface AssumptionFieldProps {
  assumption: Assumption
  value: number | undefined
  error?: string
  onCommit: (value: number | undefined) => void
  rationale?: Rationale
  readOnly: boolean
}

function AssumptionField({
  assumption,
  value,
  error,
  onCommit,
  rationale,
  readOnly,
}: AssumptionFieldProps) {
  const { key, label, description, unit, low, high, mark, source, date } = assumption
  const share = isShareUnit(unit)
  const toInput = (n: number) => (share ? toPercentInput(n) : n)
  const fromInput = (n: number) => (share ? fromPercentInput(n) : n)
  const inUse = value ?? assumption.value
  const outside = inUse < low || inUse > high
  const elsewhere = EDITED_ELSEWHERE[key]

  const provenance = (
    <span className="app-assumption__meta">
      Default {formatAssumptionValue(assumption.value, unit)}; usual range{' '}
      {formatAssumptionValue(low, unit)} to {formatAssumptionValue(high, unit)}.{' '}
      <MarkBadge mark={mark} source={source} note={date} />{' '}
      <span className="app-assumption__source">
        Source: {source}
        {date ? ` (${date})` : ''}
      </span>
    </span>
  )

  if (elsewhere) {
    return (
      <div className="nhsuk-form-group app-assumption">
        <p className="nhsuk-label nhsuk-label--s nhsuk-u-margin-bottom-1">{label}</p>
        <div className="nhsuk-hint">
          {description} {provenance}
        </div>
        <p className="nhsuk-body-s">
          In use: {formatAssumptionValue(inUse, unit)}. Set it under{' '}
          <a href={`#${elsewhere.id}`}>{elsewhere.where}</a>.
        </p>
      </div>
    )
  }

  return (
    <div className="app-assumption">
      <NumberField
        id={`assumption-${key}`}
        bold
        label={
          <>
            {label}
            {value !== undefined && value !== assumption.value ? (
              <strong className="nhsuk-tag nhsuk-tag--white app-changed-tag">Changed</strong>
            ) : null}
          </>
        }
        hint={
          <>
            {description} {provenance}
            {outside ? (
              <strong className="app-assumption__warning"> In use: outside the usual range.</strong>
            ) : null}
          </>
        }
        {...inputSuffix(unit)}
        width={unit === 'GBP' || unit === 'GBP per year' ? 10 : 5}
        value={value === undefined ? undefined : toInput(value)}
        defaultValue={toInput(assumption.value)}
        error={error}
        validate={(n) => {
          const problem = assumptionProblem(key, fromInput(n))
          return problem
            ? `${label} ${problem.replace(
                /between (\S+) and (\S+)/,
                (_m, a: string, b: string) =>
                  `between ${formatAssumptionValue(Number(a), unit)} and ${formatAssumptionValue(Number(b), unit)}`,
              )}`
            : null
        }}
        onCommit={(n) => onCommit(n === undefined ? undefined : fromInput(n))}
      />
      {value !== undefined && !readOnly ? (
        <button
          type="button"
          className="app-link-button nhsuk-body-s"
          onClick={() => onCommit(undefined)}
        >
          Use the default ({formatAssumptionValue(assumption.value, unit)})
          <span className="nhsuk-u-visually-hidden"> for {label}</span>
        </button>
      ) : null}
      <RationaleNote rationale={rationale} noteKey={`a.${key}`} label={label} />
    </div>
  )
}
