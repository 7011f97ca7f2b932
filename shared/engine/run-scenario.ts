import { fyFirstMonth, fyLabel } from '../domain/fiscal-year'
import type { ModelData } from '../domain/model-data'
import { BANDS, type Band } from '../domain/pay'
import type {
  AreaResult,
  AreaYearResult,
  ScenarioResult,
  WorkforceYear,
  YearResult,
} from '../domain/results'
import type { ResolvedSettings, ScenarioSettings } from '../domain/scenario'
import { buildContext } from './build-context'
import { deprivationGroups, deprivationOf } from './deprivation-groups'
import { isActive, teamShareInScope, workingMonths } from './existing-capacity'
import { fmt } from './format'
import { MODEL_VERSION } from './model-version'
import { discountFactor, PRICE_BASE_FY, priceIndex } from './money'
import { productiveShare, servedShare, trainedAfter, trainingMonths } from './ramp-up'
import { assignStartYears, projectCost } from './phasing'
import { planOptions, type AreaPlan, type Project } from './plan-options'
import type { RunContext } from './run-context'
import { resolveSettings } from './settings'
import { scenarioWarnings } from './warnings'

export const FULL = 1 - 1e-9

/**
 * Runs one scenario for its scope. Pure: the same data and settings always give the same
 * result. Throws UnknownAreaError for a scope that is not in the geography.
 */
export function runScenario(
  data: ModelData,
  input: ScenarioSettings | ResolvedSettings,
): ScenarioResult {
  return traceScenario(data, input).result
}

/** A run with its working kept: what "Why this number?" reads to explain a figure. */
export interface ScenarioTrace {
  ctx: RunContext
  plans: AreaPlan[]
  projects: Project[]
  grids: Grids
  result: ScenarioResult
}

export function traceScenario(
  data: ModelData,
  input: ScenarioSettings | ResolvedSettings,
): ScenarioTrace {
  const settings = resolveSettings(data, input)
  const ctx = buildContext(data, settings)
  const { areas, projects } = planOptions(ctx)
  assignStartYears(ctx, projects)
  const grids = provisionGrids(ctx, projects)
  const result = buildResult(ctx, areas, projects, grids)
  if (input.startFy !== undefined && input.startFy < data.currentFy) {
    result.warnings.unshift(
      `${fmt.fy(input.startFy)} has begun or ended, so the plan starts in ${fmt.fy(data.currentFy)}, the financial year under way; earlier years are observed, not modelled.`,
    )
  }
  return { ctx, plans: areas, projects, grids, result }
}

export interface Grids {
  /** New capacity reaching each authority. */
  newCap: Float64Array
  /** Share of the year a productive new team works there (0..1). */
  newServed: Float64Array
  recurrent: Float64Array
  oneOff: Float64Array
}

export function provisionGrids(ctx: RunContext, projects: readonly Project[]): Grids {
  const { nYears, fys } = ctx
  const size = ctx.data.las.length * nYears
  const grids: Grids = {
    newCap: new Float64Array(size),
    newServed: new Float64Array(size),
    recurrent: new Float64Array(size),
    oneOff: new Float64Array(size),
  }
  const { a } = ctx
  for (const p of projects) {
    if (p.startFy === null) continue
    const s = p.startFy - fys[0]!
    for (let y = Math.max(0, s); y < nYears; y++) {
      const productive = productiveShare(a, p.clinicalWte, p.traineeWte, p.startFy, fys[y]!)
      const served = servedShare(a, p.clinicalWte, p.traineeWte, p.startFy, fys[y]!)
      const total = projectCost(ctx, p, s, y)
      const setup = y === s ? p.setup : 0
      p.las.forEach((i, k) => {
        const w = p.weights[k]!
        const cell = i * nYears + y
        grids.newCap[cell] = grids.newCap[cell]! + p.capacity * w * productive
        if (served > grids.newServed[cell]!) grids.newServed[cell] = served
        grids.recurrent[cell] = grids.recurrent[cell]! + (total - setup) * w
        grids.oneOff[cell] = grids.oneOff[cell]! + setup * w
      })
    }
  }
  return grids
}

export function buildResult(
  ctx: RunContext,
  plans: readonly AreaPlan[],
  projects: readonly Project[],
  grids: Grids,
): ScenarioResult {
  const { data, settings, nYears, fys, pop, need, existingCap, existingServed, scope } = ctx
  const years: YearResult[] = []
  let cumulative = 0
  let fullCoverageFy: string | null = null
  const scopeLas = scope.las.filter((l) => l.share > 0)
  const inScope = new Uint8Array(data.las.length)
  for (const { index: i } of scopeLas) inScope[i] = 1
  const existingInScope = ctx.index.capacityTeams.filter((t) =>
    ctx.index.teamLas[t]!.some((i) => inScope[i] === 1),
  )
  const a = ctx.a
  const firstFy = fys[0]!
  let totalReal = 0
  let presentValue = 0
  let existingTotal = 0
  let renewedTotal = 0
  let cumulativeTotal = 0

  for (let y = 0; y < nYears; y++) {
    let babies = 0
    let births = 0
    let needSum = 0
    let capSum = 0
    let coveredBabies = 0
    let geoBabies = 0
    let recurrent = 0
    let oneOff = 0
    let existingCost = 0
    let renewedCost = 0
    let newSupported = 0
    let allCovered = true
    for (const { index: i, share } of scopeLas) {
      const cell = i * nYears + y
      const u2 = pop.under2[cell]!
      const n = need[cell]!
      const cap = existingCap[cell]! + grids.newCap[cell]!
      const cov = coverageOf(cap, n)
      newSupported += share * (Math.min(cap, n) - Math.min(existingCap[cell]!, n))
      if (cov < FULL) allCovered = false
      const geo = existingServed[cell] === 1 ? 1 : grids.newServed[cell]!
      babies += share * u2
      births += share * pop.births[cell]!
      needSum += share * n
      capSum += share * Math.min(cap, n)
      coveredBabies += share * u2 * cov
      geoBabies += share * u2 * geo
      recurrent += share * grids.recurrent[cell]!
      oneOff += share * grids.oneOff[cell]!
      existingCost += share * ctx.existingCost[cell]!
      renewedCost += share * ctx.renewedCost[cell]!
    }
    const fy = fys[y]!
    const wteByBand = Object.fromEntries(BANDS.map((b) => [b, 0])) as Record<Band, number>
    let wte = 0
    let clinical = 0
    let newTeams = 0
    let satellites = 0
    const expanded = new Set<number>()
    for (const p of projects) {
      if (p.startFy === null || p.startFy > fy) continue
      if (p.kind === 'satellite') satellites += p.scopeShare
      else if (p.kind === 'expand') for (const t of p.expandedTeams) expanded.add(t)
      else newTeams += p.scopeShare
      BANDS.forEach((b, k) => {
        const v = (p.wte[k]! + p.hubWte[k]!) * p.scopeShare
        wteByBand[b] += v
        wte += v
      })
      clinical += p.clinicalWte * p.scopeShare
    }
    let existing = 0
    for (const t of existingInScope) {
      const team = data.teams[t]!
      const months = workingMonths(team, fy, settings.existingTeams)
      if (months === 0) continue
      const share = teamShareInScope(ctx.index.teamLas[t]!, need, nYears, y, ctx.scopeShare)
      // A team that works part of the year counts that part of a team.
      existing += ((team.teamsRepresented * months) / 12) * share
    }
    const cost = recurrent + oneOff
    cumulative += cost
    existingTotal += existingCost
    renewedTotal += renewedCost
    cumulativeTotal += cost + existingCost
    const costReal = cost / priceIndex(fy, a.gdpDeflator)
    const costPresentValue = costReal * discountFactor(fy, firstFy, a.discountRate)
    totalReal += costReal
    presentValue += costPresentValue
    if (allCovered && fullCoverageFy === null) fullCoverageFy = fyLabel(fy)
    years.push({
      fy: fyLabel(fy),
      fyStart: fy,
      babiesUnder2: babies,
      births,
      need: needSum,
      capacity: capSum,
      coverage: babies > 0 ? clamp01(coveredBabies / babies) : 0,
      geographicCoverage: babies > 0 ? clamp01(geoBabies / babies) : 0,
      coveredBabies,
      teams: existing + newTeams + satellites,
      teamsBreakdown: { existing, new: newTeams, satellites, expanded: expanded.size },
      wte,
      clinicalWte: clinical,
      wteByBand,
      cost,
      recurrentCost: recurrent,
      oneOffCost: oneOff,
      cumulativeCost: cumulative,
      existingCost,
      renewedCost,
      totalCost: cost + existingCost,
      cumulativeTotalCost: cumulativeTotal,
      costReal,
      costPresentValue,
      newFamiliesSupported: newSupported,
      workforce: workforceYear(ctx, projects, fy),
    })
  }

  const last = years[years.length - 1]!
  const lastY = nYears - 1
  let gapFamilies = 0
  for (const { index: i, share } of scopeLas) {
    const cell = i * nYears + lastY
    gapFamilies += share * Math.max(0, need[cell]! - existingCap[cell]! - grids.newCap[cell]!)
  }
  let standardCost = 0
  BANDS.forEach((_, b) => (standardCost += ctx.standard.wte[b]! * ctx.rates[b * nYears + lastY]!))
  const gapWte = gapFamilies / ctx.fundedFamiliesPerWte

  return {
    scope: scope.ref,
    settings,
    modelVersion: MODEL_VERSION,
    dataVersion: data.dataVersion,
    years,
    fullCoverageFy,
    costPerBabyCovered: last.coveredBabies > 0 ? last.cost / last.coveredBabies : null,
    money: {
      priceBaseFy: PRICE_BASE_FY,
      gdpDeflator: a.gdpDeflator,
      discountRate: a.discountRate,
      totalNominal: cumulative,
      existingNominal: existingTotal,
      renewedNominal: renewedTotal,
      totalWithExistingNominal: cumulative + existingTotal,
      totalReal,
      presentValue,
      costPerFamilySupported:
        last.newFamiliesSupported > 0.5 ? last.cost / last.newFamiliesSupported : null,
      costPerFamilySupportedReal:
        last.newFamiliesSupported > 0.5 ? last.costReal / last.newFamiliesSupported : null,
    },
    byDeprivation: deprivationGroups(data, scopeLas, fys, (i, y) => {
      const cell = i * nYears + y
      const share = ctx.scopeShare[i]!
      const n = need[cell]!
      const cap = existingCap[cell]! + grids.newCap[cell]!
      const u2 = share * pop.under2[cell]!
      const served = existingServed[cell] === 1 ? 1 : grids.newServed[cell]!
      return {
        babies: u2,
        need: share * n,
        supported: share * Math.min(cap, n),
        coveredBabies: u2 * coverageOf(cap, n),
        servedBabies: u2 * served,
      }
    }),
    gap: {
      families: gapFamilies,
      clinicalWte: gapWte,
      cost: (gapWte * standardCost) / ctx.standard.clinicalWte,
    },
    areas: areaResults(ctx, plans, projects, grids),
    warnings: scenarioWarnings(ctx, projects, years, gapFamilies),
  }
}

function areaResults(
  ctx: RunContext,
  plans: readonly AreaPlan[],
  projects: readonly Project[],
  grids: Grids,
): AreaResult[] {
  const { data, index, nYears, fys, pop, need, existingCap, scope, settings } = ctx
  const scopeHb = scope.ref.level === 'health-body' ? scope.ref.code : null
  const rank = index.laNameRank
  const ordered = [...plans].sort((x, y) => rank[x.la]! - rank[y.la]!)
  return ordered.map((plan) => {
    const i = plan.la
    const la = data.las[i]!
    const share = ctx.scopeShare[i]!
    const project = plan.project >= 0 ? projects[plan.project]! : null
    const yearsOut: AreaYearResult[] = []
    for (let y = 0; y < nYears; y++) {
      const cell = i * nYears + y
      const n = need[cell]!
      const cap = existingCap[cell]! + grids.newCap[cell]!
      yearsOut.push({
        fyStart: fys[y]!,
        babiesUnder2: share * pop.under2[cell]!,
        births: share * pop.births[cell]!,
        need: share * n,
        capacity: share * Math.min(cap, n),
        coverage: coverageOf(cap, n),
        cost: share * (grids.recurrent[cell]! + grids.oneOff[cell]!),
        existingCost: share * ctx.existingCost[cell]!,
      })
    }
    return {
      code: la.code,
      name: la.name,
      share,
      healthBody: scopeHb ?? data.healthBodies[index.primaryHb[i]!]!.code,
      option: plan.option,
      reason: plan.reason + (project ? phasingText(ctx, project) : ''),
      hubTeamId: plan.hubTeam >= 0 ? data.teams[plan.hubTeam]!.id : null,
      hubLaCode: plan.hubLa >= 0 ? data.las[plan.hubLa]!.code : null,
      startFy: project?.startFy ?? null,
      existingTeams: index.capacityTeamsByLa[i]!.map((t) => data.teams[t]!)
        .filter((t) => isActive(t, settings.startFy, settings.existingTeams))
        .map((t) => t.name),
      deprivation: deprivationOf(la),
      needWeight: ctx.needParts.weight[i * nYears]!,
      needOverride: ctx.needParts.overridden[i]
        ? { rate: ctx.needParts.ownRate[i]!, reason: settings.overrides[la.code]?.needReason ?? '' }
        : null,
      years: yearsOut,
    }
  })
}

/** New clinical staff in year fy against the cap and the national supply. */
function workforceYear(ctx: RunContext, projects: readonly Project[], fy: number): WorkforceYear {
  const { a } = ctx
  const out: WorkforceYear = {
    needed: 0,
    started: 0,
    startedTrainees: 0,
    inTraining: 0,
    completingTraining: 0,
    cap: Number.isFinite(ctx.workforceCap) ? ctx.workforceCap : null,
    fairShare: ctx.workforceFairShare,
  }
  for (const p of projects) {
    const clinical = p.clinicalWte * p.scopeShare
    if (p.plannedFy === fy) out.needed += clinical
    if (p.startFy === null || p.startFy > fy) continue
    const trainees = p.traineeWte * p.scopeShare
    if (p.startFy === fy) {
      out.started += clinical
      out.startedTrainees += trainees
    }
    if (trainees === 0) continue
    const months = trainingMonths(a, p.startFy, fy)
    out.inTraining += (trainees * months) / 12
    const ends = fyFirstMonth(p.startFy) + trainedAfter(a)
    if (ends > fyFirstMonth(fy) && ends <= fyFirstMonth(fy) + 12) out.completingTraining += trainees
  }
  return out
}

function phasingText(ctx: RunContext, p: Project): string {
  const lastFy = ctx.fys[ctx.fys.length - 1]!
  // The workforce limit is the scenario's own cap, or the national supply a UK plan is held to.
  const limits = (p.heldBy.length > 0 ? p.heldBy : ['budget'])
    .map((c) =>
      c === 'budget'
        ? 'budget cap'
        : ctx.settings.workforceCap !== null
          ? 'workforce cap'
          : 'national supply of new staff',
    )
    .join(' and the ')
  if (p.startFy === null) {
    if (p.plannedFy !== null && p.plannedFy > lastFy) {
      return ` It is set to start in ${fmt.fy(p.plannedFy)}, after the years modelled.`
    }
    return ` It cannot start by ${fmt.fy(lastFy)} within the ${limits}.`
  }
  const productive = rampText(ctx.a, p)
  const starts = ` It starts in April ${p.startFy} (${fmt.fy(p.startFy)})${productive}.`
  if (p.plannedFy !== null && p.startFy > p.plannedFy) {
    return `${starts} The ${limits} deferred it from ${fmt.fy(p.plannedFy)}.`
  }
  return starts
}

/** How the provision's posts come on stream, for its reason. */
function rampText(a: RunContext['a'], p: Project): string {
  const lag = a.productivityLagMonths
  const qualified = lag > 0 ? `a ${fmt.wte(lag)}-month recruitment lag` : 'no recruitment lag'
  const trainees = `its ${fmt.wte(p.traineeWte)} recruit-to-train WTE see families after ${fmt.wte(a.traineeProductiveMonths)} months of study, at ${fmt.pct(a.traineeCaseloadShare)} of a caseload until trained at ${fmt.wte(trainedAfter(a))} months`
  if (p.traineeWte <= 1e-9) return lag > 0 ? `, adding capacity after ${qualified}` : ''
  if (p.traineeWte >= p.clinicalWte - 1e-9) return `; ${trainees}`
  return `, adding capacity after ${qualified}; ${trainees}`
}

export function coverageOf(capacity: number, need: number): number {
  return need > 0 ? Math.min(1, capacity / need) : 1
}

export function clamp01(x: number): number {
  return x < 0 ? 0 : x > 1 ? 1 : x
}
