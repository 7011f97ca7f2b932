/**
 * /plan?scope=…: the least-cost plan. For an area, its years and its caps (all in the address,
 * read like the builder's, so /plan and /scenarios/new share links), the option and start year
 * per local authority that reach the most coverage in the target year at the least total cost,
 * why each was chosen, how far the cost could be from the cheapest possible, and how it compares
 * with the strategy presets and the person's saved scenarios. "Open in the scenario builder"
 * carries the plan across to be saved and compared.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useCallback, useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { FAMILY_YEAR_VALUE } from '../../../shared/domain/least-cost'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { PageHeading } from '../../components/page-heading'
import { mergeFieldErrors, serverFieldErrors, urlFieldErrors } from '../../lib/field-errors'
import { familyYearValueOf, planInput, VALUE_PARAM } from '../../lib/plan-url'
import type { UrlIssue } from '../../lib/scenario-url'
import { useDocumentTitle } from '../../lib/use-document-title'
import { trpc } from '../../trpc'
import { LinkIssues } from '../scenario-builder/link-issues'
import { MAIN_SCOPES } from '../scenario-builder/main-scopes'
import { ScopeSelect } from '../scenario-builder/scope-select'
import { useAssumptions } from '../scenario-builder/use-assumptions'
import { useScenarioState } from '../scenario-builder/use-scenario-state'
import { PlanForm } from './plan-form'
import { PlanResults } from './plan-results'
import './least-cost.css'

export default function LeastCostPage() {
  const { defaults } = useAssumptions()
  const { state, issues: linkIssues, update } = useScenarioState(defaults)
  const [params, setParams] = useSearchParams()
  const valueText = params.get(VALUE_PARAM)
  const value = useMemo(() => {
    const valueIssues: UrlIssue[] = []
    return { parsed: familyYearValueOf(valueText, valueIssues), issues: valueIssues }
  }, [valueText])
  const issues = useMemo(() => [...linkIssues, ...value.issues], [linkIssues, value.issues])
  const setFamilyYearValue = useCallback(
    (next: number | undefined) =>
      setParams(
        (current) => {
          const out = new URLSearchParams(current)
          if (next === undefined || next === FAMILY_YEAR_VALUE.value) out.delete(VALUE_PARAM)
          else out.set(VALUE_PARAM, String(next))
          return out
        },
        { replace: true, preventScrollReset: true },
      ),
    [setParams],
  )
  const input = useMemo(() => planInput(state, value.parsed), [state, value.parsed])
  const query = useQuery({
    ...trpc.scenario.leastCost.queryOptions(input ?? { scope: 'K02000001' }),
    enabled: input !== null,
    placeholderData: keepPreviousData,
    staleTime: Infinity,
  })
  const plan = input ? query.data : undefined
  const scopeName = plan && plan.scope.code === state.scope ? plan.scope.name : null
  useDocumentTitle(scopeName ? `Least-cost plan for ${scopeName}` : 'Find the least-cost plan')
  const errors = mergeFieldErrors(serverFieldErrors(query.error), urlFieldErrors(issues))

  return (
    <>
      <PageHeading
        caption="Least-cost plan"
        title={scopeName ?? 'Find the least-cost plan'}
        lead="The option and start year for each local authority that meet the most need in the target year, within your limits on money and staff, at the least total cost, counting what earlier support is worth."
      />
      <LinkIssues issues={issues} />
      {!state.scope ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <ScopeSelect
              id="scope"
              value=""
              onChange={(code) => update({ ...state, scope: code })}
              error={errors.scope}
              label="Which area do you want a plan for?"
            />
            <h2 className="nhsuk-heading-s">Or start with</h2>
            <ul className="nhsuk-list nhsuk-list--bullet">
              {MAIN_SCOPES.map((scope) => (
                <li key={scope.code}>
                  <Link to={`/plan?scope=${scope.code}`}>{scope.name}</Link>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <>
          <PlanForm
            state={state}
            update={update}
            familyYearValue={value.parsed}
            setFamilyYearValue={setFamilyYearValue}
            errors={errors}
          />
          {query.isError && !plan ? (
            <ErrorMessage
              title="The plan could not be worked out"
              error={query.error}
              onRetry={() => void query.refetch()}
            />
          ) : !plan ? (
            <Loading what="the least-cost plan" />
          ) : (
            <PlanResults plan={plan} updating={query.isFetching} stale={query.isError} />
          )}
        </>
      )}
    </>
  )
}
