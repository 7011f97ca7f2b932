/**
 * The plan beside the four strategy presets (run with the same years, caps and assumptions) and,
 * for someone signed in, their saved scenarios for the same area.
 */
import { useQueries, useQuery } from '@tanstack/react-query'
import { Link } from 'react-router'
import type { LeastCostPlan } from '../../../shared/domain/least-cost'
import { STRATEGIES, STRATEGY_LABELS, type ScenarioSettings } from '../../../shared/domain/scenario'
import { DataTable, type Column } from '../../components/data-table'
import { ErrorMessage } from '../../components/error-message'
import { Loading } from '../../components/loading'
import { formatFy, formatMoney, formatMoneyShort, formatPercent } from '../../lib/format'
import { planRow, scenarioRow, type ComparisonRow } from '../../lib/plan-comparison'
import { useSession } from '../../lib/use-session'
import { trpc } from '../../trpc'

/** Saved scenarios compared at most: the most recently changed. */
const MAX_SAVED = 6

/** The plan's question with a strategy's rule instead of the plan's choices. */
function presetSettings(
  plan: LeastCostPlan,
  strategy: (typeof STRATEGIES)[number],
): ScenarioSettings {
  const { scope, startFy, targetFy, budgetCap, workforceCap, trend, assumptions, templates } =
    plan.settings
  const settings: ScenarioSettings = { scope, startFy, targetFy, strategy }
  if (budgetCap !== undefined) settings.budgetCap = budgetCap
  if (workforceCap !== undefined) settings.workforceCap = workforceCap
  if (trend) settings.trend = trend
  if (assumptions) settings.assumptions = assumptions
  if (templates) settings.templates = templates
  return settings
}

function againstPlan(row: ComparisonRow): string {
  if (row.key === 'plan') return '–'
  if (!row.coversAsMuch) return 'Covers less than the plan'
  if (Math.abs(row.costAbovePlan) < 0.5) return 'Same cost as the plan'
  return row.costAbovePlan > 0
    ? `${formatMoneyShort(row.costAbovePlan)} more than the plan`
    : `${formatMoneyShort(-row.costAbovePlan)} less than the plan`
}

export function PlanComparison({ plan }: { plan: LeastCostPlan }) {
  const { user } = useSession()
  const presets = useQueries({
    queries: STRATEGIES.map((strategy) => ({
      ...trpc.scenario.run.queryOptions(presetSettings(plan, strategy)),
      staleTime: Infinity,
    })),
  })
  const list = useQuery({
    ...trpc.scenario.list.queryOptions({ archived: false }),
    enabled: !!user,
  })
  const mine = (list.data ?? [])
    .filter((s) => s.scope.code === plan.scope.code)
    .sort((x, y) => (x.updatedAt < y.updatedAt ? 1 : -1))
    .slice(0, MAX_SAVED)
  const saved = useQueries({
    queries: mine.map((s) => trpc.scenario.get.queryOptions({ id: s.id })),
  })

  const rows: ComparisonRow[] = [planRow(plan)]
  STRATEGIES.forEach((strategy, k) => {
    const result = presets[k]!.data
    if (result) rows.push(scenarioRow(strategy, STRATEGY_LABELS[strategy], result, plan))
  })
  mine.forEach((s, k) => {
    const result = saved[k]!.data?.result
    if (result) rows.push(scenarioRow(s.id, s.name, result, plan, `/scenarios/${s.id}`))
  })
  const loading = presets.some((q) => q.isPending) || saved.some((q) => q.isPending)
  const failed = presets.find((q) => q.isError) ?? saved.find((q) => q.isError)
  const target = formatFy(plan.targetFy)

  const columns: Column<ComparisonRow>[] = [
    {
      key: 'name',
      header: 'Scenario',
      rowHeader: true,
      cell: (r) => (
        <>
          {r.href ? (
            <Link to={r.href}>{r.name}</Link>
          ) : r.key === 'plan' ? (
            <strong>{r.name}</strong>
          ) : (
            r.name
          )}
          {r.note ? <span className="app-cell-note">{r.note}</span> : null}
        </>
      ),
    },
    {
      key: 'cost',
      header: 'Total cost to its target',
      numeric: true,
      cell: (r) => formatMoney(r.cost),
    },
    {
      key: 'coverage',
      header: 'Coverage in its target year',
      numeric: true,
      cell: (r) => formatPercent(r.coverage),
    },
    {
      key: 'full',
      header: 'Full coverage from',
      cell: (r) => r.fullCoverageFy ?? 'Not reached',
    },
    { key: 'caps', header: 'Within the caps', cell: (r) => (r.withinCaps ? 'Yes' : 'No') },
    { key: 'against', header: 'Against the plan', cell: (r) => againstPlan(r) },
  ]

  return (
    <>
      <h2 className="nhsuk-heading-m">Compared with other scenarios</h2>
      <p>
        The four strategies are run for {plan.scope.name} with the same years, caps and assumptions,
        phased evenly to {target}
        {user ? ', with your saved scenarios for this area' : ''}. Costs are summed from each
        scenario&rsquo;s start year to its target year.
        {user ? null : ' Sign in to see your saved scenarios here too.'}
      </p>
      {failed ? (
        <ErrorMessage
          title="Some scenarios could not be run"
          error={failed.error}
          onRetry={() => void failed.refetch()}
        />
      ) : null}
      <DataTable
        caption={`The least-cost plan and other scenarios for ${plan.scope.name}`}
        captionSize="hidden"
        columns={columns}
        rows={rows}
        rowKey={(r) => r.key}
      />
      {loading ? <Loading what="the scenarios to compare" /> : null}
    </>
  )
}
