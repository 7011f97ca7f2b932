import { BANDS } from '../../domain/pay'
import { decide } from '../choose-option'
import { hubSlots, hubsInReach, pickHub } from '../hubs'
import { productiveShare, trainingMonths } from '../ramp-up'
import { projectCost } from '../phasing'
import { areaPlanFor } from '../area-plan'
import { buildProject, weighInScope } from '../plan-options'
import type { RunContext } from '../run-context'
import { coverage, poolMemberBound, unsupportedValue, yearGains } from './pool'
import type { Choice, Group, OwnOption, Problem, Unit } from './problem'

const FULL = 1 - 1e-9
const OWN_OPTIONS: readonly OwnOption[] = ['satellite', 'expand', 'standalone']

/**
 * Every authority whose target-year coverage new provision can raise, with each option the
 * engine allows there costed by the engine's own builders at every start year.
 */
export function buildProblem(
  ctx: RunContext,
  familyValue: number,
  /** Coverage to reach by year index (0..1), or none. */
  reachBy: ReadonlyMap<number, number> = new Map(),
): Problem {
  const { nYears, fys, settings } = ctx
  const T = nYears - 1
  // A standard team's share of its capacity in each year, by start year.
  const ramp = new Float64Array(nYears * nYears)
  const productive = new Float64Array(nYears)
  const { clinicalWte, training } = ctx.standard
  for (let s = 0; s < nYears; s++) {
    for (let y = s; y < nYears; y++) {
      ramp[s * nYears + y] = productiveShare(
        ctx.a,
        clinicalWte,
        training.traineeWte,
        fys[s]!,
        fys[y]!,
      )
    }
    productive[s] = ramp[s * nYears + T]!
  }
  // Among the years a new team can start in (the year under way may be past its April).
  const first = Math.min(ctx.firstStart, T)
  let lastFull = first
  for (let s = first; s < nYears; s++) if (productive[s]! >= productive[first]!) lastFull = s

  // By start and year: recruit-to-train posts may be paid at another band while training.
  const standardPay = new Float64Array(nYears * nYears)
  const { payDelta } = ctx.standard.training
  for (let y = 0; y < nYears; y++) {
    let pay = 0
    let trainingPay = 0
    for (let b = 0; b < BANDS.length; b++) {
      const rate = ctx.rates[b * nYears + y]!
      pay += ctx.standard.wte[b]! * rate
      trainingPay += payDelta[b]! * rate
    }
    for (let s = 0; s <= y; s++) {
      const months = trainingPay === 0 ? 0 : trainingMonths(ctx.a, fys[s]!, fys[y]!)
      standardPay[s * nYears + y] = pay + (trainingPay * months) / 12
    }
  }

  let babies = 0
  let baseCovered = 0
  // Per year: babies in scope, and those existing teams cover.
  const babiesYears = new Float64Array(nYears)
  const coveredYears = new Float64Array(nYears)
  for (const { index: i, share } of ctx.scope.las) {
    if (share <= 0) continue
    for (let y = 0; y < nYears; y++) {
      const c = i * nYears + y
      babiesYears[y] = babiesYears[y]! + share * ctx.pop.under2[c]!
      coveredYears[y] =
        coveredYears[y]! + share * ctx.pop.under2[c]! * coverage(ctx.existingCap[c]!, ctx.need[c]!)
    }
  }
  const required = new Float64Array(nYears)
  const milestones: number[] = []
  for (const [y, share] of [...reachBy].sort((a, b) => a[0] - b[0])) {
    required[y] = share * babiesYears[y]! - coveredYears[y]!
    if (required[y]! > 0) milestones.push(y)
  }
  const units: Unit[] = []
  for (const { index: i, share } of ctx.scope.las) {
    if (share <= 0) continue
    const cell = i * nYears + T
    const need = ctx.need[cell]!
    const existing = ctx.existingCap[cell]!
    const u2 = share * ctx.pop.under2[cell]!
    const base = coverage(existing, need)
    babies += u2
    baseCovered += u2 * base
    const area = areaPlanFor(ctx, i)
    if (base >= FULL || area.unmet <= 0) continue
    const unmetYears = new Float64Array(nYears)
    let unmetSum = 0
    for (let y = 0; y < nYears; y++) {
      const c = i * nYears + y
      unmetYears[y] = share * Math.max(0, ctx.need[c]! - ctx.existingCap[c]!)
      unmetSum += unmetYears[y]!
    }
    units.push({
      la: i,
      area,
      group: -1,
      share,
      unmet: area.unmet,
      babies: u2,
      need,
      existing,
      baseCoverage: base,
      unmetYears,
      noneCost: familyValue * unmetSum,
      own: {},
      choices: [],
    })
  }

  const problem: Problem = {
    ctx,
    nYears,
    units,
    groups: groupUnits(ctx, units),
    budget: settings.budgetCap ?? Infinity,
    workforce: ctx.workforceCap,
    babies,
    baseCovered,
    productive,
    ramp,
    familyValue,
    reachBy: required,
    milestones,
    lastFull,
    standardPay,
    gainTolerance: 1e-9 * Math.max(1, babies),
    hubSlots: hubSlots(ctx, settings.startFy),
  }
  units.forEach((unit, k) => (unit.choices = choicesFor(problem, unit, k)))
  return problem
}

/**
 * Health bodies' authorities, or planning by upper-tier council a county's districts: the
 * districts of a two-tier county pool into the county's team and no health body's.
 */
function groupUnits(ctx: RunContext, units: Unit[]): Group[] {
  const { data } = ctx
  const districts = new Map<string, number>()
  for (const la of data.las) {
    districts.set(la.upperTier.code, (districts.get(la.upperTier.code) ?? 0) + 1)
  }
  const byCounty = ctx.settings.planningUnit === 'upper-tier'
  const keyed = new Map<string, Group>()
  units.forEach((u, k) => {
    const tier = data.las[u.la]!.upperTier
    const county = byCounty && districts.get(tier.code)! > 1
    const hb = ctx.index.primaryHb[u.la]!
    // Health bodies first, in index order, then counties: a fixed order keeps answers the same.
    const key = county ? `c ${tier.code}` : `b ${String(hb).padStart(4, '0')}`
    const body = county ? tier : data.healthBodies[hb]!
    const group = keyed.get(key) ?? { name: body.name, code: body.code, county, units: [] }
    group.units.push(k)
    keyed.set(key, group)
  })
  const groups: Group[] = []
  for (const [, group] of [...keyed].sort((x, y) => (x[0] < y[0] ? -1 : 1))) {
    // A pool of one is a standalone team under another name.
    if (group.units.length < 2) continue
    for (const k of group.units) units[k]!.group = groups.length
    groups.push(group)
  }
  return groups
}

function choicesFor(p: Problem, unit: Unit, k: number): Choice[] {
  const { ctx, nYears } = p
  const { fys } = ctx
  const T = nYears - 1
  const choices: Choice[] = []
  const fy = ctx.settings.startFy
  const pick = { hub: pickHub(ctx, unit.la, fy, p.hubSlots, undefined), fy }
  // Planning by upper-tier council, a county district's new team is the county's (a pool).
  const county = unit.group >= 0 && p.groups[unit.group]!.county
  for (const option of OWN_OPTIONS) {
    // decide() falls back to a standalone team where an option cannot work (no hub, no team).
    const decision = decide(ctx, unit.area, true, option, pick)
    if (decision.option !== option) continue
    const project = buildProject(ctx, unit.area, decision, null)
    weighInScope(ctx, project)
    unit.own[option] = { decision, project }
    if (county && option === 'standalone') continue
    for (let s = ctx.firstStart; s < nYears; s++) {
      const spend = new Float64Array(nYears)
      let cash = 0
      for (let y = s; y < nYears; y++) {
        spend[y] = projectCost(ctx, project, s, y) * project.scopeShare
        cash += spend[y]!
      }
      const ramp = (y: number) =>
        productiveShare(ctx.a, project.clinicalWte, project.traineeWte, fys[s]!, fys[y]!)
      const gains = yearGains(p, unit, project.capacity, s, ramp)
      const gain = gains[T]!
      const cost = cash + unsupportedValue(p, unit, project.capacity, s, ramp)
      const wte = project.clinicalWte * project.scopeShare
      const hubs =
        option === 'satellite'
          ? hubsInReach(ctx, unit.la, ctx.fys[s]!)
              .filter((h) => p.hubSlots[h.team]! > 0)
              .map((h) => h.team)
          : []
      // No hub funded that year with a place: a satellite cannot start then.
      if (option === 'satellite' && hubs.length === 0) continue
      choices.push({ option, s, spend, cash, cost, wte, gain, gains, hubs })
    }
  }
  const kept = undominated(p, choices)
  if (unit.group >= 0) {
    for (let s = ctx.firstStart; s < nYears; s++) {
      const bound = poolMemberBound(p, k, s)
      if (bound.gain > 0) kept.push({ option: 'icb-wide', s, ...bound, hubs: [] })
    }
  }
  return kept
}

/**
 * Drops choices no answer needs: those that gain nothing, and those another choice beats on
 * coverage (in the target year and each year of the path), on spend in every year, on workforce
 * (same start year, or no workforce cap) and on need left unsupported.
 */
function undominated(p: Problem, choices: Choice[]): Choice[] {
  const useful = choices.filter((c) => c.gain > p.gainTolerance)
  return useful.filter((b, j) =>
    useful.every((a, i) => i === j || !dominates(p, a, b) || (dominates(p, b, a) && j < i)),
  )
}

function dominates(p: Problem, a: Choice, b: Choice): boolean {
  // A satellite takes a place at a hub; it asks no more than b only if b needs one of fewer hubs.
  if (a.hubs.length > 0 && !(b.hubs.length > 0 && b.hubs.every((h) => a.hubs.includes(h)))) {
    return false
  }
  if (a.gain < b.gain - p.gainTolerance * 1e-3) return false
  // On a "reach it by" path an earlier start may be needed for what it covers before the target.
  for (const y of p.milestones) if (a.gains[y]! < b.gains[y]! - p.gainTolerance * 1e-3) return false
  if (p.workforce !== Infinity && !(a.s === b.s ? a.wte <= b.wte + 1e-12 : a.wte === 0)) {
    return false
  }
  for (let y = 0; y < p.nYears; y++) if (a.spend[y]! > b.spend[y]! + 1e-9) return false
  return a.cost - a.cash <= b.cost - b.cash + 1e-9
}
