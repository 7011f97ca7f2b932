/**
 * A scenario's plan held fixed, re-evaluated under other assumptions. The plan — which projects,
 * their posts by band, set-up, start years, the authorities they serve and their weights — is
 * exactly what runScenario builds from the scenario's own (central) assumptions. A draw changes
 * only how that plan performs: need (births, births trend, need rate), the capacity of existing
 * and new teams (families per WTE, supervision, posts filled, recruitment lag) and the cost of
 * the posts (pay award, non-pay overhead). Re-planning for every draw would size each plan to
 * that draw's need and reach full coverage every time, which would say nothing about risk.
 *
 * Built once per scenario; each evaluation reuses the same buffers and allocates nothing, since
 * a Monte Carlo run evaluates the plan thousands of times.
 */
import type { ModelData } from '../../domain/model-data'
import { BANDS } from '../../domain/pay'
import type { ScenarioResult } from '../../domain/results'
import type { ResolvedSettings, ScenarioSettings } from '../../domain/scenario'
import type { AssumptionKey } from '../../domain/assumptions'
import { addExistingCapacity } from '../existing-capacity'
import { fillNeed } from '../need'
import { qualifiedShare, traineeShare, trainingMonths } from '../ramp-up'
import { costRates } from '../pay-rates'
import type { RunContext } from '../run-context'
import { clamp01, coverageOf, FULL, traceScenario } from '../run-scenario'

/** How the fixed plan performs under one set of assumptions, for the whole scope. */
export interface PlanEvaluation {
  /** Capacity coverage by year, rolled up as runScenario does (weighted by babies). */
  coverage: Float64Array
  /** Annual cost of new provision by year, £. */
  cost: Float64Array
  cumulativeCost: Float64Array
  /** Every authority in scope fully covered in the target (last) year. */
  fullyCovered: boolean
  /** Capacity over need in the target year without the cap at full coverage per authority. */
  capacityRatio: number
}

/**
 * Every assumption the evaluator can vary, in the order of its value vectors: the drawn ones
 * (RANGED_KEYS) and those that follow a draw or stay central in the ranges but can be varied here.
 */
export const PLAN_KEYS = [
  'needRate',
  'familiesPerClinicalWte',
  'supervisionShare',
  'existingTeamFamiliesPerYear',
  'recruitmentSuccess',
  'productivityLagMonths',
  'birthsTrendPerYear',
  'payUplift',
  'nonPayOverhead',
] as const satisfies readonly AssumptionKey[]

export type PlanKey = (typeof PLAN_KEYS)[number]

export interface FixedPlan {
  ctx: RunContext
  /** The scenario's own run, at its central assumptions. */
  result: ScenarioResult
  nYears: number
  /** The scenario's value of each plan assumption, in PLAN_KEYS order. */
  central: Float64Array
  newEvaluation: () => PlanEvaluation
  /** Evaluates the plan with the plan assumptions set to `values` (PLAN_KEYS order). */
  evaluate: (values: ArrayLike<number>, out: PlanEvaluation) => PlanEvaluation
}

export function fixPlan(data: ModelData, input: ScenarioSettings | ResolvedSettings): FixedPlan {
  const { ctx, projects, result } = traceScenario(data, input)
  const { index, nYears, fys, pop } = ctx
  const nLa = data.las.length
  const size = nLa * nYears
  const last = nYears - 1
  const nBands = BANDS.length

  const scopeLas = ctx.scope.las.filter((l) => l.share > 0)
  const scopeIndex = Int32Array.from(scopeLas, (l) => l.index)
  const scopeShare = Float64Array.from(scopeLas, (l) => l.share)
  const inScope = new Uint8Array(nLa)
  for (const i of scopeIndex) inScope[i] = 1
  // Only teams reaching the scope add capacity to it; they share it by need with every
  // authority they serve, so those authorities' births are needed too.
  const teams = index.capacityTeams.filter((t) => index.teamLas[t]!.some((i) => inScope[i] === 1))
  const needed = inScope.slice()
  for (const t of teams) for (const i of index.teamLas[t]!) needed[i] = 1
  const neededLas = Int32Array.from(needed.keys()).filter((i) => needed[i] === 1)

  // New provision: clinical WTE × weight per authority for each started project, and the
  // posts and set-up the scope pays for by year (projectCost, summed over the plan).
  const started = projects.filter((p) => p.startFy !== null)
  const projectStart = Int32Array.from(started, (p) => p.startFy! - fys[0]!)
  const projectOffset = new Int32Array(started.length + 1)
  started.forEach((p, k) => (projectOffset[k + 1] = projectOffset[k]! + p.las.length))
  const projectLa = new Int32Array(projectOffset[started.length]!)
  // Clinical WTE of each project in each authority: qualified and recruit-to-train apart, as
  // they come on stream at different speeds.
  const projectWte = new Float64Array(projectLa.length)
  const projectTrainees = new Float64Array(projectLa.length)
  const scopeWte = new Float64Array(nBands * nYears)
  const scopeSetup = new Float64Array(nYears)
  started.forEach((p, k) => {
    const s = projectStart[k]!
    p.las.forEach((i, j) => {
      projectLa[projectOffset[k]! + j] = i
      projectWte[projectOffset[k]! + j] = (p.clinicalWte - p.traineeWte) * p.weights[j]!
      projectTrainees[projectOffset[k]! + j] = p.traineeWte * p.weights[j]!
    })
    scopeSetup[s] = scopeSetup[s]! + p.setup * p.scopeShare
    for (let b = 0; b < nBands; b++) {
      const wte = (p.wte[b]! + p.hubWte[b]!) * p.scopeShare
      const delta = p.traineePayDelta[b]! * p.scopeShare
      for (let y = s; y < nYears; y++) {
        const training = delta === 0 ? 0 : (delta * trainingMonths(ctx.a, fys[s]!, fys[y]!)) / 12
        scopeWte[b * nYears + y] = scopeWte[b * nYears + y]! + wte + training
      }
    }
  })

  // A different births trend scales each projected cell by (ratio ** years projected).
  const centralTrend = ctx.a.birthsTrendPerYear
  let minSpan = 0
  let maxSpan = 0
  for (const i of neededLas) {
    for (let y = 0; y < nYears; y++) {
      const c = i * nYears + y
      minSpan = Math.min(minSpan, pop.birthsSpan[c]!, pop.under2Span[c]!)
      maxSpan = Math.max(maxSpan, pop.birthsSpan[c]!, pop.under2Span[c]!)
    }
  }
  const powers = new Float64Array(maxSpan - minSpan + 1)

  const a = { ...ctx.a }
  const births = new Float64Array(size)
  const under2 = new Float64Array(size)
  const need = new Float64Array(size)
  const existing = new Float64Array(size)
  const newCap = new Float64Array(size)
  const productive = new Float64Array(nYears * nYears)
  const traineeProductive = new Float64Array(nYears * nYears)
  const rates = new Float64Array(nBands * nYears)
  const central = Float64Array.from(PLAN_KEYS, (key) => ctx.a[key])

  function evaluate(values: ArrayLike<number>, out: PlanEvaluation): PlanEvaluation {
    for (let k = 0; k < PLAN_KEYS.length; k++) a[PLAN_KEYS[k]!] = values[k]!

    let birthsNow = pop.births
    let under2Now = pop.under2
    // 'annual' compounds the trend itself and 'national' the projection; either way a draw
    // moves births by its trend relative to the scenario's, compounded per projected year.
    const ratio = (1 + a.birthsTrendPerYear) / (1 + centralTrend)
    if (ratio !== 1) {
      for (let e = minSpan; e <= maxSpan; e++) powers[e - minSpan] = ratio ** e
      for (const i of neededLas) {
        for (let c = i * nYears; c < (i + 1) * nYears; c++) {
          births[c] = pop.births[c]! * powers[pop.birthsSpan[c]! - minSpan]!
          under2[c] = pop.under2[c]! * powers[pop.under2Span[c]! - minSpan]!
        }
      }
      birthsNow = births
      under2Now = under2
    }
    // Deprivation weights and any authority's own rate stay as the scenario set them.
    fillNeed(ctx.needParts, birthsNow, nYears, a.needRate, need, neededLas)
    existing.fill(0)
    addExistingCapacity(data, index, teams, fys, need, a, ctx.settings.existingTeams, existing)

    for (let s = 0; s < nYears; s++) {
      for (let y = s; y < nYears; y++) {
        productive[s * nYears + y] = qualifiedShare(a, fys[s]!, fys[y]!)
        traineeProductive[s * nYears + y] = traineeShare(a, fys[s]!, fys[y]!)
      }
    }
    newCap.fill(0)
    for (let k = 0; k < projectStart.length; k++) {
      const s = projectStart[k]!
      for (let y = s; y < nYears; y++) {
        const f = productive[s * nYears + y]!
        const t = traineeProductive[s * nYears + y]!
        if (f === 0 && t === 0) continue
        for (let j = projectOffset[k]!; j < projectOffset[k + 1]!; j++) {
          const c = projectLa[j]! * nYears + y
          newCap[c] = newCap[c]! + projectWte[j]! * f + projectTrainees[j]! * t
        }
      }
    }
    const familiesPerWte =
      a.familiesPerClinicalWte * (1 - a.supervisionShare) * a.recruitmentSuccess

    let fullyCovered = true
    let capacitySum = 0
    let needSum = 0
    for (let y = 0; y < nYears; y++) {
      let babies = 0
      let covered = 0
      for (let j = 0; j < scopeIndex.length; j++) {
        const c = scopeIndex[j]! * nYears + y
        const share = scopeShare[j]!
        const n = need[c]!
        const cap = existing[c]! + newCap[c]! * familiesPerWte
        const cov = coverageOf(cap, n)
        const u2 = under2Now[c]!
        babies += share * u2
        covered += share * u2 * cov
        if (y === last) {
          if (cov < FULL) fullyCovered = false
          capacitySum += share * cap
          needSum += share * n
        }
      }
      out.coverage[y] = babies > 0 ? clamp01(covered / babies) : 0
    }
    out.fullyCovered = fullyCovered
    out.capacityRatio = needSum > 0 ? capacitySum / needSum : Infinity

    costRates(data, a, fys, rates)
    let cumulative = 0
    for (let y = 0; y < nYears; y++) {
      let cost = scopeSetup[y]!
      for (let b = 0; b < nBands; b++) {
        const wte = scopeWte[b * nYears + y]!
        if (wte !== 0) cost += wte * rates[b * nYears + y]!
      }
      out.cost[y] = cost
      cumulative += cost
      out.cumulativeCost[y] = cumulative
    }
    return out
  }

  return {
    ctx,
    result,
    nYears,
    central,
    newEvaluation: () => ({
      coverage: new Float64Array(nYears),
      cost: new Float64Array(nYears),
      cumulativeCost: new Float64Array(nYears),
      fullyCovered: false,
      capacityRatio: 0,
    }),
    evaluate,
  }
}
