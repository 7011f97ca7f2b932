/**
 * /scenarios/new?scope=…: the commissioner's scenario builder. Settings on the left, results on
 * the right, the authorities below. All state is in the address (see lib/scenario-url), so the
 * page can be refreshed, bookmarked and shared, and Reset simply clears it back to the area.
 */
import { useQuery } from '@tanstack/react-query'
import { useMemo, useState } from 'react'
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'
import { ErrorMessage } from '../../components/error-message'
import { PageHeading } from '../../components/page-heading'
import { toScenarioSettings, type ScenarioUrlState } from '../../lib/scenario-url'
import { useDocumentTitle } from '../../lib/use-document-title'
import { REFERENCE_STALE_TIME, trpc } from '../../trpc'
import { AssumptionsSection } from './assumptions-section'
import { AuthorityTable } from './authority-table'
import { mergeFieldErrors, serverFieldErrors, urlFieldErrors } from '../../lib/field-errors'
import { LinkIssues } from './link-issues'
import { ResultsPanel } from './results-panel'
import { ScenarioActions } from './scenario-actions'
import { ScopePicker } from './scope-picker'
import { SettingsSection } from './settings-section'
import { useScenarioRun } from './use-scenario-run'
import { useScenarioState } from './use-scenario-state'
import './scenario-builder.css'

const NO_ASSUMPTIONS: Assumption[] = []

export default function ScenarioBuilderPage() {
  const assumptionsQuery = useQuery({
    ...trpc.assumptions.list.queryOptions(),
    staleTime: REFERENCE_STALE_TIME,
  })
  const assumptions = assumptionsQuery.data ?? NO_ASSUMPTIONS
  const defaults = useMemo(
    () =>
      Object.fromEntries(assumptions.map((a) => [a.key, a.value])) as Partial<
        Record<AssumptionKey, number>
      >,
    [assumptions],
  )
  const { state, issues, update } = useScenarioState(defaults)
  const settings = useMemo(() => toScenarioSettings(state), [state])
  const { query: run, updating } = useScenarioRun(settings)
  // Remounting the form on reset clears any half-typed text along with the settings.
  const [formKey, setFormKey] = useState(0)

  const result = state.scope ? run.data : undefined
  const scopeName = result?.scope.code === state.scope ? result.scope.name : null
  useDocumentTitle(scopeName ? `Scenario for ${scopeName}` : 'Build a scenario')

  const errors = mergeFieldErrors(serverFieldErrors(run.error), urlFieldErrors(issues))
  const changed =
    Object.keys(state).some(
      (key) =>
        key !== 'scope' &&
        key !== 'assumptions' &&
        key !== 'overrides' &&
        state[key as keyof ScenarioUrlState] !== undefined,
    ) ||
    Object.keys(state.assumptions).length > 0 ||
    Object.keys(state.overrides).length > 0

  const reset = () => {
    update({ scope: state.scope, assumptions: {}, overrides: {} })
    setFormKey((k) => k + 1)
  }

  return (
    <>
      <PageHeading
        caption="Scenario builder"
        title={scopeName ?? 'Build a scenario'}
        lead="Choose how and how fast to close the gaps, and see coverage, cost and staff by year to the target."
      />
      <LinkIssues issues={issues} />
      {!state.scope ? (
        <ScopePicker onPick={(code) => update({ ...state, scope: code })} error={errors.scope} />
      ) : (
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
                <p className="nhsuk-body-s">Results update as you change these.</p>
                <SettingsSection
                  state={state}
                  update={update}
                  errors={errors}
                  defaults={defaults}
                />
                {assumptionsQuery.isError ? (
                  <ErrorMessage
                    title="The assumptions could not be loaded"
                    error={assumptionsQuery.error}
                    onRetry={() => void assumptionsQuery.refetch()}
                  />
                ) : (
                  <AssumptionsSection
                    assumptions={assumptions}
                    state={state}
                    update={update}
                    errors={errors}
                  />
                )}
                <ScenarioActions onReset={reset} changed={changed} />
              </form>
            </div>
            <div className="nhsuk-grid-column-two-thirds">
              <ResultsPanel
                result={result}
                updating={updating}
                error={run.error}
                onRetry={() => void run.refetch()}
              />
            </div>
          </div>
          {result ? (
            <AuthorityTable result={result} state={state} update={update} errors={errors} />
          ) : null}
        </>
      )}
    </>
  )
}
