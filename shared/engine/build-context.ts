import type { ModelData } from '../domain/model-data'
import type { ResolvedSettings } from '../domain/scenario'
import { assert } from './assert'
import { UnknownAreaError } from './errors'
import { existingCapacity, workingMonths } from './existing-capacity'
import { existingCosts } from './existing-cost'
import { modelIndex } from './model-index'
import { costRates } from './pay-rates'
import { fillNeed, needParts } from './need'
import { projectPopulation } from './population'
import type { RunContext } from './run-context'
import { trainingOf } from './ramp-up'
import { resolveScope, type ResolvedScope } from './scope'
import { bandVector, clinicalWte, templateFor } from './team-templates'

/** Population, need, existing capacity and cost rates for one run: the inputs every step shares. */
export function buildContext(data: ModelData, settings: ResolvedSettings): RunContext {
  const scope = resolveScope(data, settings.scope)
  if (!scope) throw new UnknownAreaError(settings.scope)
  const index = modelIndex(data)
  const a = settings.assumptions
  const fys: number[] = []
  for (let fy = settings.startFy; fy <= Math.max(settings.targetFy, settings.startFy); fy++)
    fys.push(fy)
  const nYears = fys.length
  const pop = projectPopulation(data, index, fys, settings.trend, a.birthsTrendPerYear)
  const needWeights = needParts(data, pop, a, settings.overrides)
  const need = fillNeed(
    needWeights,
    pop.births,
    nYears,
    a.needRate,
    new Float64Array(pop.births.length),
  )
  const policy = settings.existingTeams
  const { capacity, served } = existingCapacity(data, index, fys, need, a, policy)
  const rates = costRates(data, a, fys)
  const existingCost = existingCosts(data, index, fys, need, rates, policy)

  const scopeShare = new Float64Array(data.las.length)
  for (const { index: i, share } of scope.las) scopeShare[i] = share

  const standardTemplate = templateFor(data, 'standard')
  const standardRoles = settings.templates?.standard ?? standardTemplate.roles
  const standardClinical = clinicalWte(standardRoles)
  assert(standardClinical > 0, 'the standard team has no clinical posts')
  const clinicalMix = bandVector(
    standardRoles.filter((r) => r.clinical),
    1 / standardClinical,
  )
  const satelliteTemplate = templateFor(data, 'satellite')

  return {
    data,
    index,
    settings,
    a,
    scope,
    scopeShare,
    fys,
    nYears,
    firstStart: Math.min(nYears, Math.max(0, (data.newStartsFy ?? data.currentFy) - fys[0]!)),
    pop,
    needParts: needWeights,
    need,
    existingCap: capacity,
    existingServed: served,
    existingCost: existingCost.running,
    renewedCost: existingCost.renewed,
    hubFunded: hubFundedGrid(data, fys, policy),
    rates,
    familiesPerWte: a.familiesPerClinicalWte * (1 - a.supervisionShare),
    fundedFamiliesPerWte:
      a.familiesPerClinicalWte * (1 - a.supervisionShare) * a.recruitmentSuccess,
    standard: {
      roles: standardRoles,
      wte: bandVector(standardRoles),
      clinicalWte: standardClinical,
      clinicalMix,
      training: trainingOf(standardRoles),
    },
    ...workforceCaps(data, settings, scope, pop, scopeShare, nYears),
    satellite: {
      template: satelliteTemplate,
      roles: settings.templates?.satellite ?? satelliteTemplate.roles,
    },
  }
}

function hubFundedGrid(
  data: ModelData,
  fys: readonly number[],
  policy: ResolvedSettings['existingTeams'],
): Uint8Array {
  const nYears = fys.length
  const grid = new Uint8Array(data.teams.length * nYears)
  data.teams.forEach((team, t) => {
    let through = 1
    for (let y = nYears - 1; y >= 0; y--) {
      through &= workingMonths(team, fys[y]!, policy) === 12 ? 1 : 0
      grid[t * nYears + y] = through
    }
  })
  return grid
}

/** The scenario's workforce cap, and the scope's share by births of the national supply. */
function workforceCaps(
  data: ModelData,
  settings: ResolvedSettings,
  scope: ResolvedScope,
  pop: { births: Float64Array },
  scopeShare: Float64Array,
  nYears: number,
): { workforceCap: number; workforceFairShare: number } {
  let all = 0
  let inScope = 0
  for (let i = 0; i < data.las.length; i++) {
    const births = pop.births[i * nYears]!
    all += births
    inScope += scopeShare[i]! * births
  }
  const fairShare = all > 0 ? (settings.assumptions.nationalRecruitsPerYear * inScope) / all : 0
  const national = scope.ref.level === 'uk' || scope.ref.level === 'nation'
  return {
    workforceCap: settings.workforceCap ?? (national ? fairShare : Infinity),
    workforceFairShare: fairShare,
  }
}
