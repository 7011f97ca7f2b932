/**
 * The plan's question: which area, which years, the limits on money and staff, and what a year
 * of support for a family is worth. Each change
 * goes into the address and the plan follows; amounts wait until typing pauses, so a plan is not
 * worked out for every keystroke of "1500000".
 */
import { useCallback, useEffect, useRef } from 'react'
import { DEFAULT_SETTINGS, LAST_FY } from '../../../shared/domain/scenario'
import {
  BudgetCapField,
  FamilyYearValueField,
  WorkforceCapField,
} from '../../components/cap-fields'
import { SelectField } from '../../components/fields'
import type { FieldErrors } from '../../lib/field-errors'
import { withField, type ScenarioUrlState } from '../../lib/scenario-url'
import { ScopeSelect } from '../scenario-builder/scope-select'
import { startYearOptions, targetYearOptions } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'
import { ReachByFields } from './reach-by-fields'
import type { PlanParams } from './use-plan-params'

interface PlanFormProps {
  state: ScenarioUrlState
  update: (next: ScenarioUrlState) => void
  /** The plan's own settings: the value of a year of support and the "reach it by" path. */
  plan: PlanParams
  errors: FieldErrors
}

const TYPING_PAUSE_MS = 500

/** Sets a cap once typing pauses, on the state as it is then (not as it was at the keystroke). */
function useCapSetter(state: ScenarioUrlState, update: (next: ScenarioUrlState) => void) {
  const latest = useRef(state)
  useEffect(() => {
    latest.current = state
  }, [state])
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined)
  useEffect(() => () => clearTimeout(timer.current), [])
  return useCallback(
    (key: 'budgetCap' | 'workforceCap', value: number | undefined) => {
      clearTimeout(timer.current)
      timer.current = setTimeout(
        () => update(withField(latest.current, key, value)),
        TYPING_PAUSE_MS,
      )
    },
    [update],
  )
}

export function PlanForm({ state, update, plan, errors }: PlanFormProps) {
  const setCap = useCapSetter(state, update)
  const currentFy = useCurrentFy()
  // Years before the one under way are observed, not modelled.
  const startFy = Math.max(state.startFy ?? currentFy, currentFy)
  const targetFy = state.targetFy ?? DEFAULT_SETTINGS.targetFy
  const pathYears: number[] = []
  for (let fy = startFy; fy < targetFy; fy++) pathYears.push(fy)
  return (
    <form
      className="app-plan-form app-no-print"
      aria-label="What the plan is for"
      onSubmit={(event) => event.preventDefault()}
    >
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-two-thirds">
          <ScopeSelect
            id="scope"
            value={state.scope ?? ''}
            error={errors.scope}
            onChange={(code) => update({ ...state, scope: code, overrides: {} })}
          />
        </div>
      </div>
      <div className="app-field-row">
        <SelectField
          id="startFy"
          label="Start year"
          error={errors.startFy}
          value={String(startFy)}
          options={startYearOptions(currentFy, targetFy)}
          onChange={(value) => update(withField(state, 'startFy', Number(value)))}
        />
        <SelectField
          id="targetFy"
          label="Target year"
          hint="Full coverage is judged in this year"
          error={errors.targetFy}
          value={String(targetFy)}
          options={targetYearOptions(startFy, LAST_FY)}
          onChange={(value) => update(withField(state, 'targetFy', Number(value)))}
        />
      </div>
      <div className="app-field-row">
        <BudgetCapField
          value={state.budgetCap}
          error={errors.budgetCap}
          example="1500000"
          onCommit={(value) => setCap('budgetCap', value)}
        />
        <WorkforceCapField
          value={state.workforceCap}
          error={errors.workforceCap}
          example="10"
          onCommit={(value) => setCap('workforceCap', value)}
        />
      </div>
      <FamilyYearValueField
        value={plan.familyYearValue}
        error={errors.familyYearValue}
        onCommit={plan.setFamilyYearValue}
      />
      <ReachByFields
        years={pathYears}
        percent={new Map(plan.reachBy.map((m) => [m.fy, Math.round(m.coverage * 1e6) / 1e4]))}
        errors={errors}
        onCommit={plan.setReachBy}
      />
    </form>
  )
}
