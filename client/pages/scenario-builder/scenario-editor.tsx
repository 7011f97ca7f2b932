/**
 * The scenario builder's body, shared by the unsaved builder (/scenarios/new, state in the
 * address) and saved scenarios (/scenarios/:id, state saved on the server): settings and
 * assumptions on the left, results on the right, the authorities below. It holds no state of its
 * own: the page passes the state and an onChange, the result to show, and whether it may be
 * edited. Read-only (approved, or not the person's to change) disables every input at once with
 * a disabled fieldset, and shows the "why" notes as text.
 */
import { useCallback, useLayoutEffect, useMemo, useRef, type ReactNode } from 'react'
import type { Assumption } from '../../../shared/domain/assumptions'
import type { ScenarioResult } from '../../../shared/domain/results'
import type { OptionKind } from '../../../shared/domain/scenario'
import { ErrorMessage } from '../../components/error-message'
import type { FieldErrors } from '../../lib/field-errors'
import type { AssumptionDefaults } from '../../lib/scenario-settings'
import {
  withNeed,
  withOverride,
  type LocalNeed,
  type ScenarioUrlState,
} from '../../lib/scenario-url'
import { OVERRIDES_KEY } from '../../lib/setting-labels'
import { AssumptionsSection } from './assumptions-section'
import { AuthorityTable } from './authority-table'
import { NeedSection } from './need-section'
import { PresetsSection } from './presets-section'
import { RationaleNote, type Rationale } from './rationale-note'
import { ResultsPanel } from './results-panel'
import { SettingsSection } from './settings-section'
import { useSameValue } from './use-same-value'
import './scenario-builder.css'

const NO_NEEDS: NonNullable<ScenarioUrlState['needs']> = {}

interface ScenarioEditorProps {
  state: ScenarioUrlState
  onChange: (next: ScenarioUrlState) => void
  errors: FieldErrors
  assumptions: readonly Assumption[]
  defaults: AssumptionDefaults
  /** The assumptions list failed to load. */
  assumptionsError?: unknown
  onRetryAssumptions?: () => void
  result: ScenarioResult | undefined
  updating: boolean
  runError: unknown
  onRetryRun: () => void
  /** Every input disabled; results described as frozen when `frozen`. */
  readOnly?: boolean
  frozen?: boolean
  rationale?: Rationale
  /** Changing it remounts the form, clearing half-typed text (after a reset or a reload). */
  formKey?: string | number
  /** Under the form: Copy link, Reset… */
  actions?: ReactNode
}

export function ScenarioEditor({
  state,
  onChange,
  errors,
  assumptions,
  defaults,
  assumptionsError,
  onRetryAssumptions,
  result,
  updating,
  runError,
  onRetryRun,
  readOnly = false,
  frozen = false,
  rationale,
  formKey,
  actions,
}: ScenarioEditorProps) {
  // The memoised authority table gets only what it shows, so a keystroke elsewhere in the form
  // does not redraw its rows; an override starts from the latest state, not the one it last drew.
  const latestState = useRef(state)
  useLayoutEffect(() => {
    latestState.current = state
  }, [state])
  const onOverride = useCallback(
    (code: string, option: OptionKind | undefined) =>
      onChange(withOverride(latestState.current, code, option)),
    [onChange],
  )
  const onNeed = useCallback(
    (code: string, need: LocalNeed | undefined) =>
      onChange(withNeed(latestState.current, code, need)),
    [onChange],
  )
  const overrides = useSameValue(state.overrides)
  const needs = useSameValue(state.needs ?? NO_NEEDS)
  const weighting = assumptions.find((a) => a.key === 'deprivationNeedRatio')
  const areaNames = useMemo(
    () => new Map((result?.areas ?? []).map((a) => [a.code, a.name])),
    [result],
  )
  const note = useMemo(
    () => (
      <RationaleNote rationale={rationale} noteKey={OVERRIDES_KEY} label="options chosen by hand" />
    ),
    [rationale],
  )
  return (
    <>
      <div className="nhsuk-grid-row">
        <div className="nhsuk-grid-column-one-third app-scenario-form">
          <form
            aria-labelledby="settings-title"
            onSubmit={(event) => event.preventDefault()}
            noValidate
            key={formKey}
          >
            <h2 id="settings-title" className="nhsuk-heading-l nhsuk-u-margin-bottom-3">
              Settings
            </h2>
            <p className="nhsuk-body-s">
              {readOnly
                ? 'These settings cannot be changed here.'
                : 'Results update as you change these.'}
            </p>
            <fieldset className="app-plain-fieldset" disabled={readOnly}>
              <legend className="nhsuk-u-visually-hidden">Scenario settings</legend>
              <SettingsSection
                state={state}
                update={onChange}
                errors={errors}
                defaults={defaults}
                rationale={rationale}
              />
              <NeedSection
                weighting={weighting}
                state={state}
                update={onChange}
                errors={errors}
                areaNames={areaNames}
                rationale={rationale}
              />
              <PresetsSection
                assumptions={assumptions}
                defaults={defaults}
                state={state}
                update={onChange}
              />
              {assumptionsError ? (
                <ErrorMessage
                  title="The assumptions could not be loaded"
                  error={assumptionsError}
                  onRetry={onRetryAssumptions}
                />
              ) : (
                <AssumptionsSection
                  assumptions={assumptions}
                  state={state}
                  update={onChange}
                  errors={errors}
                  rationale={rationale}
                  readOnly={readOnly}
                />
              )}
            </fieldset>
            {actions}
          </form>
        </div>
        <div className="nhsuk-grid-column-two-thirds">
          <ResultsPanel
            result={result}
            updating={updating}
            error={runError}
            onRetry={onRetryRun}
            frozen={frozen}
          />
        </div>
      </div>
      {result ? (
        <AuthorityTable
          result={result}
          overrides={overrides}
          onOverride={onOverride}
          needs={needs}
          onNeed={onNeed}
          errors={errors}
          readOnly={readOnly}
          note={note}
        />
      ) : null}
    </>
  )
}
