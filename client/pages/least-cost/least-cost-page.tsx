/**
 * /plan?scope=…: the least-cost plan. For an area, its years and its caps (all in the address,
 * read like the builder's, so /plan and /scenarios/new share links), the option and start year
 * per local authority that reach the most coverage in the target year at the least total cost,
 * why each was chosen, how far the cost could be from the cheapest possible, and how it compares
 * with the strategy presets and the person's saved scenarios. "Open in the scenario builder"
 * carries the plan across to be saved and compared.
 */
import { keepPreviousData, useQuery } from '@tanstack/react-query'
import { useMemo } from 'react'
import { Link } from 'react-router'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { PageHeading } from '../../components/page-heading'
import { mergeFieldErrors, serverFieldErrors, urlFieldErrors } from '../../lib/field-errors'
import { planInput } from '../../lib/plan-url'
import { useCurrentFy } from '../../lib/use-model-info'
import { useDocumentTitle } from '../../lib/use-document-title'
import { trpc } from '../../trpc'
import { LinkIssues } from '../scenario-builder/link-issues'
import { MAIN_SCOPES } from '../scenario-builder/main-scopes'
import { ScopeSelect } from '../scenario-builder/scope-select'
import { useAssumptions } from '../scenario-builder/use-assumptions'
import { useScenarioState } from '../scenario-builder/use-scenario-state'
import { PlanForm } from './plan-form'
import { PlanResults } from './plan-results'
import { usePlanParams } from './use-plan-params'
import './least-cost.css'

export default function LeastCostPage() {
  const { defaults } = useAssumptions()
  const { state, issues: linkIssues, update } = useScenarioState(defaults)
  const planParams = usePlanParams()
  const currentFy = useCurrentFy()
  const issues = useMemo(
    () => [...linkIssues, ...planParams.issues],
    [linkIssues, planParams.issues],
  )
  const input = useMemo(() => {
    // Only the years the form offers: a path year left behind by a new start is not asked for.
    const first = Math.max(state.startFy ?? currentFy, currentFy)
    const path = planParams.reachBy.filter((m) => m.fy >= first)
    return planInput(state, planParams.familyYearValue, path)
  }, [state, currentFy, planParams.familyYearValue, planParams.reachBy])
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
          <PlanForm state={state} update={update} plan={planParams} errors={errors} />
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
