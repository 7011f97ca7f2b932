/**
 * /scenarios/new?scope=…: the commissioner's scenario builder, unsaved. All settings are in the
 * address (see lib/scenario-url), so the page can be refreshed, bookmarked and shared, and Reset
 * simply clears it back to the area. The form and results are the shared ScenarioEditor; this
 * page adds the address-bar state, the "why" notes (kept in this tab until saved) and "Save
 * scenario", which creates a saved scenario and opens it at /scenarios/:id.
 */
import { useCallback, useMemo, useState } from 'react'
import { DownloadLinks } from '../../components/download-links'
import { PageHeading } from '../../components/page-heading'
import { scenarioExportHref } from '../../lib/data-import'
import { mergeFieldErrors, serverFieldErrors, urlFieldErrors } from '../../lib/field-errors'
import { changedKeys } from '../../lib/scenario-settings'
import { toScenarioSettings, type ScenarioUrlState } from '../../lib/scenario-url'
import { useDocumentTitle } from '../../lib/use-document-title'
import { PlanLink } from '../least-cost/plan-link'
import { LinkIssues } from './link-issues'
import { SaveNewScenario } from './save-new-scenario'
import { ScenarioActions } from './scenario-actions'
import { ScenarioEditor } from './scenario-editor'
import { ScopePicker } from './scope-picker'
import { useAssumptions } from './use-assumptions'
import { useNewScenarioNotes } from './use-new-scenario-notes'
import { prefetchScenarioRun, useScenarioRun } from './use-scenario-run'
import { useScenarioState } from './use-scenario-state'
import { useSameValue } from './use-same-value'

function hasChanges(state: ScenarioUrlState): boolean {
  return (
    Object.keys(state).some(
      (key) =>
        key !== 'scope' &&
        key !== 'assumptions' &&
        key !== 'overrides' &&
        state[key as keyof ScenarioUrlState] !== undefined,
    ) ||
    Object.keys(state.assumptions).length > 0 ||
    Object.keys(state.overrides).length > 0
  )
}

export default function ScenarioBuilderPage() {
  const { assumptions, defaults, query: assumptionsQuery } = useAssumptions()
  const { state, issues, update } = useScenarioState(defaults)
  const settings = useMemo(() => toScenarioSettings(state), [state])
  const { query: run, updating } = useScenarioRun(settings)
  const [notes, setNote, clearNotes] = useNewScenarioNotes()
  // Remounting the form on reset clears any half-typed text along with the settings.
  const [formKey, setFormKey] = useState(0)

  const result = state.scope ? run.data : undefined
  const scopeName = result?.scope.code === state.scope ? result.scope.name : null
  useDocumentTitle(scopeName ? `Scenario for ${scopeName}` : 'Build a scenario')

  // Stable between renders, with the handlers below, so the memoised form and results skip the
  // renders that do not concern them (the form when a result arrives, the results on a keystroke).
  const errors = useSameValue(
    mergeFieldErrors(serverFieldErrors(run.error), urlFieldErrors(issues)),
  )
  const onChange = useCallback(
    (next: ScenarioUrlState) => {
      prefetchScenarioRun(toScenarioSettings(next))
      update(next)
    },
    [update],
  )
  const { refetch: refetchRun } = run
  const onRetryRun = useCallback(() => void refetchRun(), [refetchRun])
  // The same list while the same settings differ from the defaults (not a new one per keystroke).
  const changed = useSameValue(useMemo(() => changedKeys(state, defaults), [state, defaults]))
  const rationale = useMemo(
    () => ({ changed: new Set(changed), notes, onChange: setNote }),
    [changed, notes, setNote],
  )

  const reset = () => {
    update({ scope: state.scope, assumptions: {}, overrides: {} })
    setFormKey((k) => k + 1)
  }

  return (
    <>
      <PageHeading
        contents
        caption="Scenario builder"
        title={scopeName ?? 'Build a scenario'}
        lead="Choose how and how fast to close the gaps, and see coverage, cost and staff by year to the target."
      />
      <LinkIssues issues={issues} />
      {!state.scope ? (
        <ScopePicker onPick={(code) => update({ ...state, scope: code })} error={errors.scope} />
      ) : (
        <>
          {settings ? (
            <SaveNewScenario
              settings={settings}
              notes={notes}
              changed={changed}
              scopeName={scopeName}
              onSaved={clearNotes}
            />
          ) : null}
          {settings ? (
            <DownloadLinks
              what="this scenario's figures"
              href={(format) => scenarioExportHref(settings, format)}
            />
          ) : null}
          <ScenarioEditor
            state={state}
            onChange={onChange}
            errors={errors}
            assumptions={assumptions}
            defaults={defaults}
            assumptionsError={assumptionsQuery.isError ? assumptionsQuery.error : undefined}
            onRetryAssumptions={() => void assumptionsQuery.refetch()}
            result={result}
            updating={updating}
            runError={run.error}
            onRetryRun={onRetryRun}
            rationale={rationale}
            formKey={formKey}
            actions={
              <>
                <ScenarioActions onReset={reset} changed={hasChanges(state)} />
                <PlanLink state={state} />
              </>
            }
          />
        </>
      )}
    </>
  )
}
