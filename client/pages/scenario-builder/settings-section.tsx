/**
 * The main questions of a scenario: where, how (strategy), how fast (phasing, caps, priority),
 * when (start and target year) and how many babies (births trend). Every control writes straight to
 * the scenario state, and the results follow.
 */
import { memo } from 'react'
import type { AssumptionKey } from '../../../shared/domain/assumptions'
import {
  ABSOLUTE_LIMITS,
  DEFAULT_SETTINGS,
  EXISTING_TEAM_POLICIES,
  EXISTING_TEAM_POLICY_LABELS,
  PLANNING_UNITS,
  PLANNING_UNIT_LABELS,
  LAST_FY,
  PHASINGS,
  PHASING_LABELS,
  PRIORITIES,
  STRATEGIES,
  STRATEGY_LABELS,
  type ExistingTeamPolicy,
  type PlanningUnit,
  type Phasing,
  type Priority,
  type Strategy,
} from '../../../shared/domain/scenario'
import { BudgetCapField, WorkforceCapField } from '../../components/cap-fields'
import { NumberField, RadiosField, SelectField } from '../../components/fields'
import {
  TRENDS,
  withAssumption,
  withField,
  type ScenarioUrlState,
  type Trend,
} from '../../lib/scenario-url'
import type { FieldErrors } from '../../lib/field-errors'
import { fromPercentInput, PRIORITY_LABELS, toPercentInput, TREND_LABELS } from './labels'
import { RationaleNote, type Rationale } from './rationale-note'
import { ScopeSelect } from './scope-select'
import { startYearOptions, targetYearOptions } from '../../lib/fy-text'
import { useCurrentFy } from '../../lib/use-model-info'

interface SettingsSectionProps {
  state: ScenarioUrlState
  update: (next: ScenarioUrlState) => void
  errors: FieldErrors
  defaults: Partial<Record<AssumptionKey, number>>
  /** "Why did you change this?" notes beside settings that differ from their defaults. */
  rationale?: Rationale
}

// Memoised: the page re-renders when a result arrives, which does not change the form.
export const SettingsSection = memo(function SettingsSection({
  state,
  update,
  errors,
  defaults,
  rationale,
}: SettingsSectionProps) {
  const why = (key: string, label: string) => (
    <RationaleNote rationale={rationale} noteKey={key} label={label} />
  )
  const currentFy = useCurrentFy()
  // Years before the one under way are observed, not modelled.
  const startFy = Math.max(state.startFy ?? currentFy, currentFy)
  const targetFy = state.targetFy ?? DEFAULT_SETTINGS.targetFy
  const phasing = state.phasing ?? DEFAULT_SETTINGS.phasing
  const trend = state.trend ?? DEFAULT_SETTINGS.trend
  const [trendMin, trendMax] = ABSOLUTE_LIMITS.birthsTrendPerYear

  const set = <
    K extends
      | 'strategy'
      | 'phasing'
      | 'priority'
      | 'trend'
      | 'existingTeams'
      | 'planningUnit'
      | 'startFy'
      | 'targetFy',
  >(
    key: K,
    value: ScenarioUrlState[K],
  ) => update(withField(state, key, value))

  return (
    <>
      <ScopeSelect
        id="scope"
        value={state.scope ?? ''}
        error={errors.scope}
        onChange={(code) => update({ ...state, scope: code, overrides: {}, needs: undefined })}
      />

      <RadiosField<Strategy>
        name="strategy"
        legend="Strategy"
        hint="How each local authority with a gap is given a team. You can change any one in the table of authorities."
        error={errors.strategy}
        small
        value={state.strategy ?? DEFAULT_SETTINGS.strategy}
        options={STRATEGIES.map((s) => ({ value: s, label: STRATEGY_LABELS[s] }))}
        onChange={(value) => set('strategy', value)}
      />
      {why('strategy', 'strategy')}

      <RadiosField<PlanningUnit>
        name="planningUnit"
        legend="Planning unit"
        hint="Who a new team is bought for. By upper-tier council, as the national ask counts teams, a county’s districts with a gap share one team sized to their need together; a satellite or an existing team’s expansion stays with its district."
        error={errors.planningUnit}
        small
        value={state.planningUnit ?? DEFAULT_SETTINGS.planningUnit}
        options={PLANNING_UNITS.map((u) => ({ value: u, label: PLANNING_UNIT_LABELS[u] }))}
        onChange={(value) => set('planningUnit', value)}
      />
      {why('planningUnit', 'planning unit')}

      <div className="app-field-row">
        <SelectField
          id="startFy"
          label="Start year"
          error={errors.startFy}
          value={String(startFy)}
          options={startYearOptions(currentFy, targetFy)}
          onChange={(value) => set('startFy', Number(value))}
        />
        <SelectField
          id="targetFy"
          label="Target year"
          error={errors.targetFy}
          value={String(targetFy)}
          options={targetYearOptions(startFy, LAST_FY)}
          onChange={(value) => set('targetFy', Number(value))}
        />
      </div>
      {why('startFy', 'start year')}
      {why('targetFy', 'target year')}

      <RadiosField<Phasing>
        name="phasing"
        legend="Phasing"
        hint="How quickly new provision starts between the start and target years"
        error={errors.phasing}
        small
        value={phasing}
        options={PHASINGS.map((p) => ({ value: p, label: PHASING_LABELS[p] }))}
        onChange={(value) => set('phasing', value)}
      />
      {why('phasing', 'phasing')}

      <fieldset className="nhsuk-fieldset app-caps">
        <legend className="nhsuk-fieldset__legend nhsuk-fieldset__legend--s">
          Limits and order
        </legend>
        <div className="nhsuk-hint">
          {phasing === 'capped'
            ? 'New provision starts as fast as these limits allow, in this order.'
            : 'With any phasing, a start that would break a limit in its year waits for a later year.'}
        </div>
        <BudgetCapField
          value={state.budgetCap}
          error={errors.budgetCap}
          example="500000"
          onCommit={(value) => update(withField(state, 'budgetCap', value))}
        />
        {why('budgetCap', 'annual budget cap')}
        <WorkforceCapField
          value={state.workforceCap}
          error={errors.workforceCap}
          example="6"
          onCommit={(value) => update(withField(state, 'workforceCap', value))}
        />
        {why('workforceCap', 'workforce cap')}
        <SelectField<Priority>
          id="priority"
          label="Priority order"
          hint="Which authorities get new provision first when the limits bite"
          error={errors.priority}
          value={state.priority ?? DEFAULT_SETTINGS.priority}
          options={PRIORITIES.map((p) => ({ value: p, label: PRIORITY_LABELS[p] }))}
          onChange={(value) => set('priority', value)}
        />
        {why('priority', 'priority order')}
      </fieldset>

      <RadiosField<Trend>
        name="trend"
        legend="Births trend"
        hint="How the number of babies changes to the target year"
        error={errors.trend}
        small
        value={trend}
        options={TRENDS.map((t) => ({ value: t, label: TREND_LABELS[t] }))}
        onChange={(value) => set('trend', value)}
        reveal={{
          annual: (
            <>
              <NumberField
                id="birthsTrendPerYear"
                label="Change in births each year, in per cent"
                hint="Negative for falling births. For example, −1.5"
                suffix="%"
                width={4}
                value={
                  state.assumptions.birthsTrendPerYear === undefined
                    ? undefined
                    : toPercentInput(state.assumptions.birthsTrendPerYear)
                }
                defaultValue={
                  defaults.birthsTrendPerYear === undefined
                    ? undefined
                    : toPercentInput(defaults.birthsTrendPerYear)
                }
                error={errors['assumptions.birthsTrendPerYear']}
                validate={(n) =>
                  n / 100 >= trendMin && n / 100 <= trendMax
                    ? null
                    : `Enter a change between ${trendMin * 100}% and ${trendMax * 100}%`
                }
                onCommit={(value) =>
                  update(
                    withAssumption(
                      state,
                      'birthsTrendPerYear',
                      value === undefined ? undefined : fromPercentInput(value),
                    ),
                  )
                }
              />
              {why('a.birthsTrendPerYear', 'change in births each year')}
            </>
          ),
        }}
      />
      {why('trend', 'births trend')}

      <RadiosField<ExistingTeamPolicy>
        name="existingTeams"
        legend="Existing teams"
        hint="What happens when a team’s known funding ends. Teams with no known end are assumed to continue [A]. Their running cost is shown apart from new provision either way."
        error={errors.existingTeams}
        small
        value={state.existingTeams ?? DEFAULT_SETTINGS.existingTeams}
        options={EXISTING_TEAM_POLICIES.map((p) => ({
          value: p,
          label: EXISTING_TEAM_POLICY_LABELS[p],
        }))}
        onChange={(value) => set('existingTeams', value)}
      />
      {why('existingTeams', 'existing teams')}
    </>
  )
})
