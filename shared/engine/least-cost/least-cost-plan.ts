import type { BindingConstraint, LeastCostInput, LeastCostPlan } from '../../domain/least-cost'
import type { ModelData } from '../../domain/model-data'
import type { ScenarioSettings } from '../../domain/scenario'
import { fmt } from '../format'
import { MODEL_VERSION } from '../model-version'
import { areaPlanFor, hasGap } from '../area-plan'
import { runScenario } from '../run-scenario'
import { workforceWarnings } from '../warnings'
import { breaches, onPath } from './evaluate'
import { explainAreas, outward } from './explain-areas'
import { money } from './money'
import { solve, type Solved } from './solve'

const FULL = 1 - 1e-9

/**
 * The least-cost plan for a scope: the most coverage the caps allow in the target year at the
 * least total cost, as scenario settings with a plain-English account. Pure; throws
 * UnknownAreaError for a scope that is not in the geography.
 */
export function leastCostPlan(data: ModelData, input: LeastCostInput): LeastCostPlan {
  const solved = solve(data, input)
  const { problem: p, plan, settings: resolved } = solved
  const settings = planScenario(solved, input)
  const run = runScenario(data, settings)
  const areas = explainAreas(solved)
  const coverage = (p.baseCovered + plan.gain) / p.babies
  const fullCoverage = areas.every((a) => a.coverage >= FULL)
  const binding = bindingConstraints(solved)
  const lowerBound = solved.lowerBound
  const supported = run.years.reduce((sum, y) => sum + y.newFamiliesSupported, 0)
  let unmet = 0
  for (const u of p.units) for (const f of u.unmetYears) unmet += f
  const result: LeastCostPlan = {
    scope: { code: run.scope.code, name: run.scope.name },
    settings,
    startFy: resolved.startFy,
    targetFy: resolved.targetFy,
    budgetCap: resolved.budgetCap,
    // The scenario's cap, or the national supply a UK or nation plan is held to.
    workforceCap: Number.isFinite(p.workforce) ? p.workforce : null,
    totalCost: plan.cash,
    familyYearValue: p.familyValue,
    familyYearsSupported: supported,
    familyYearsUnsupported: Math.max(0, unmet - supported),
    reachBy: [...(input.reachBy ?? [])].sort((a, b) => a.fy - b.fy),
    coverage: p.babies > 0 ? Math.min(1, coverage) : 1,
    uncappedCoverage:
      p.babies > 0 ? Math.min(1, (p.baseCovered + solved.uncapped.gain) / p.babies) : 1,
    uncappedCost: solved.uncapped.cash,
    fullCoverage,
    fullCoverageFy: run.fullCoverageFy,
    score: plan.cost,
    lowerBound,
    gap: plan.cost - lowerBound,
    gapShare: lowerBound > 0 ? (plan.cost - lowerBound) / lowerBound : 0,
    proven: solved.proven,
    binding,
    years: run.years.map((y, i) => ({
      fyStart: y.fyStart,
      cost: y.cost,
      clinicalWteStarted: y.clinicalWte - (i > 0 ? run.years[i - 1]!.clinicalWte : 0),
      coverage: y.coverage,
    })),
    areas,
    summary: [],
    modelVersion: MODEL_VERSION,
    dataVersion: data.dataVersion,
  }
  // Whether the plan relies on recruiting faster than the national supply allows this area.
  result.summary = [...summarise(solved, result), ...workforceWarnings(p.ctx, run.years)]
  return result
}

/** The plan as settings: every authority with a gap gets its option and start year, or none. */
function planScenario(solved: Solved, input: LeastCostInput): ScenarioSettings {
  const { problem: p, picks, hubs, settings: resolved } = solved
  const { ctx } = p
  const overrides: NonNullable<ScenarioSettings['overrides']> = {}
  const unitOf = new Map(p.units.map((u, k) => [u.la, k]))
  for (const { index: i, share } of ctx.scope.las) {
    if (share <= 0) continue
    const code = ctx.data.las[i]!.code
    const k = unitOf.get(i)
    const choice = k !== undefined && picks[k]! >= 0 ? p.units[k]!.choices[picks[k]!]! : null
    if (choice) {
      overrides[code] = { option: outward(p, k!, choice.option), startFy: ctx.fys[choice.s]! }
      if (hubs[k!]! >= 0) overrides[code]!.hubTeamId = ctx.data.teams[hubs[k!]!]!.id
    } else if (k !== undefined || hasGap(areaPlanFor(ctx, i))) {
      // Left out, or short today but met by the target year: say so, or a strategy would act.
      overrides[code] = { option: 'none' }
    }
  }
  const settings: ScenarioSettings = {
    scope: resolved.scope,
    // The year under way unless the input chose one, so a link to the plan stays current.
    ...(input.startFy !== undefined ? { startFy: resolved.startFy } : {}),
    targetFy: resolved.targetFy,
    strategy: resolved.strategy,
    phasing: resolved.phasing,
    overrides,
  }
  if (resolved.budgetCap !== null) settings.budgetCap = resolved.budgetCap
  if (resolved.workforceCap !== null) settings.workforceCap = resolved.workforceCap
  if (input.trend) settings.trend = input.trend
  if (input.existingTeams) settings.existingTeams = input.existingTeams
  if (input.planningUnit) settings.planningUnit = input.planningUnit
  if (input.assumptions) settings.assumptions = input.assumptions
  if (input.templates) settings.templates = input.templates
  return settings
}

/** Caps the plan without caps would break: those are the ones that shaped this plan. */
function bindingConstraints(solved: Solved): BindingConstraint[] {
  const { problem: p, uncapped } = solved
  const { fys } = p.ctx
  const b = breaches(p, uncapped)
  const out: BindingConstraint[] = []
  if (b.budget.length > 0) {
    const peak = b.budget.reduce((x, y) => (uncapped.spend[y]! > uncapped.spend[x]! ? y : x))
    out.push({
      constraint: 'budget',
      years: b.budget.map((y) => fys[y]!),
      text: `The budget cap of ${money(p.budget)} a year binds: without it the plan would spend ${money(uncapped.spend[peak]!)} in ${fmt.fy(fys[peak]!)}.`,
    })
  }
  if (b.workforce.length > 0) {
    const cap =
      solved.settings.workforceCap !== null
        ? `The workforce cap of ${fmt.wte(p.workforce)} new clinical WTE a year`
        : `The national supply of new staff (this area's share by births: ${fmt.wte(p.workforce)} a year, assuming ${fmt.n(p.ctx.a.nationalRecruitsPerYear)} new clinical WTE a year for the UK [A])`
    const peak = b.workforce.reduce((x, y) => (uncapped.started[y]! > uncapped.started[x]! ? y : x))
    out.push({
      constraint: 'workforce',
      years: b.workforce.map((y) => fys[y]!),
      text: `${cap} binds: without it the plan would start ${fmt.wte(uncapped.started[peak]!)} WTE in ${fmt.fy(fys[peak]!)}.`,
    })
  }
  return out
}

/** The "reach it by" path: what was asked and reached, and whether it moved starts earlier. */
function pathLine(solved: Solved, plan: LeastCostPlan): string | null {
  if (plan.reachBy.length === 0) return null
  const { problem: p, uncapped } = solved
  const reached = plan.reachBy.map((m) => {
    const year = plan.years.find((y) => y.fyStart === m.fy)!
    return `${fmt.pct(m.coverage)} by ${fmt.fy(m.fy)} (it reaches ${fmt.pct(year.coverage)})`
  })
  const binds = !onPath(p, uncapped.covered)
  return `It keeps to the path asked: at least ${fmt.list(reached)}${binds ? '; without caps or path the plan would fall short of it' : ''}.`
}

const OPTION_WORDS = {
  satellite: ['satellite', 'satellites'],
  expand: ['expansion of an existing team', 'expansions of existing teams'],
  standalone: ['standalone team', 'standalone teams'],
} as const

function summarise(solved: Solved, plan: LeastCostPlan): string[] {
  const { problem: p } = solved
  const T = fmt.fy(plan.targetFy)
  const span = `from ${fmt.fy(plan.startFy)} to ${T}`
  const lines: string[] = []
  if (p.units.length === 0) {
    return [
      `Existing teams already meet the estimated need in every authority in ${T}, so the plan adds nothing and costs nothing.`,
    ]
  }
  lines.push(
    plan.fullCoverage
      ? `The plan meets the estimated need in every authority in ${T} for ${money(plan.totalCost)} in all ${span}.`
      : `Within the caps the plan reaches ${fmt.pct(plan.coverage)} coverage in ${T}, for ${money(plan.totalCost)} in all ${span}${plan.uncappedCoverage > plan.coverage + 1e-9 ? `; without the caps ${fmt.pct(plan.uncappedCoverage)} is possible` : ''}.`,
  )

  const count = { satellite: 0, expand: 0, standalone: 0 }
  const inCounty = new Set<string>()
  let left = 0
  for (const pool of solved.plan.pools) {
    if (!p.groups[pool.group]!.county) continue
    for (const k of pool.members) inCounty.add(p.ctx.data.las[p.units[k]!.la]!.code)
  }
  for (const a of plan.areas) {
    if (a.option === 'icb-wide' || inCounty.has(a.code)) continue
    if (a.option !== 'none') count[a.option]++
    else if (a.coverage < FULL) left++
  }
  const parts = (Object.keys(count) as (keyof typeof count)[])
    .filter((o) => count[o] > 0)
    .map((o) => `${count[o]} ${OPTION_WORDS[o][count[o] === 1 ? 0 : 1]}`)
  for (const county of [false, true]) {
    const pools = solved.plan.pools.filter((x) => p.groups[x.group]!.county === county)
    if (pools.length === 0) continue
    const n = pools.length
    const members = pools.reduce((sum, x) => sum + x.members.length, 0)
    parts.push(
      county
        ? `${n} county ${n === 1 ? 'team' : 'teams'} for ${members} ${members === 1 ? 'district' : 'districts'}`
        : `${n} health-body-wide ${n === 1 ? 'team' : 'teams'} shared by ${members} authorities`,
    )
  }
  const met = plan.areas.length - p.units.length
  lines.push(
    `It uses ${fmt.list(parts) || 'no new provision'}` +
      (met > 0
        ? `; ${met} ${met === 1 ? 'authority needs' : 'authorities need'} nothing new`
        : '') +
      (left > 0 ? `; ${left} ${left === 1 ? 'is' : 'are'} left out within the caps` : '') +
      '.',
  )
  const latest = p.ctx.fys[p.lastFull]!
  const atLatest = plan.areas.filter((a) => a.startFy === latest).length
  const started = plan.areas.filter((a) => a.startFy !== null).length
  if (started > 0 && atLatest * 2 >= started) {
    lines.push(
      `Most start in ${fmt.fy(latest)}, the latest start that is productive for all of ${T}: every earlier year of running costs more.`,
    )
  }

  const valued = plan.familyYearValue > 0
  if (valued) {
    lines.push(
      `Each family-year of support is valued at ${money(plan.familyYearValue)} [A] (the Centre for Mental Health puts the lifetime value of specialised parent-infant support above £40,000 a child [S]), so a team starts early wherever the support it gives is worth more than the running it costs; at £0 the plan would be the cheapest alone. New provision supports ${fmt.n(plan.familyYearsSupported)} family-years of need ${span}; ${fmt.n(plan.familyYearsUnsupported)} are left unsupported where it could help.`,
    )
  }
  const score = valued
    ? ' scores better (its cost plus the value of the family-years it leaves unsupported)'
    : ' costs less'
  if (solved.proven) {
    lines.push(
      `No plan reaching this coverage within the caps${score}: every combination of options and start years was accounted for.`,
    )
  } else {
    const bound = valued
      ? `a better plan may exist, but no plan reaching this coverage within the caps can score less than ${money(plan.lowerBound)} (cost plus the value of support left out)`
      : `a cheaper plan may exist, but no plan reaching this coverage within the caps can cost less than ${money(plan.lowerBound)}`
    lines.push(
      `The search stopped before checking every combination, so ${bound}: this one is at most ${money(plan.gap)} (${fmt.pct(plan.gapShare)}) above it.`,
    )
  }
  if (
    !valued &&
    plan.uncappedCost < plan.totalCost - 1 &&
    plan.coverage >= plan.uncappedCoverage - 1e-9
  ) {
    lines.push(
      `Without the caps the same coverage would cost ${money(plan.uncappedCost)}: the caps add ${money(plan.totalCost - plan.uncappedCost)}, by making teams start earlier.`,
    )
  }
  for (const b of plan.binding) lines.push(b.text)
  const path = pathLine(solved, plan)
  if (path) lines.push(path)
  if (plan.binding.length === 0 && (plan.budgetCap !== null || plan.workforceCap !== null)) {
    lines.push('The caps do not bind: the plan without them already fits.')
  }
  return lines
}
