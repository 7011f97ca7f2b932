import { standaloneScale } from '../choose-option'
import type { Choice, Problem, Unit } from './problem'

/** A health-body-wide team for some members of one group, started in year index s. */
export interface PoolFigures {
  spend: Float64Array
  cash: number
  /** The objective: cash plus the value of family-years each member is left unsupported. */
  cost: number
  /** Each member's part of cost: its share of the cash and its own unsupported value. */
  memberCosts: number[]
  wte: number
  /** Babies covered in the target year gained by each member, in the order given. */
  gains: number[]
  /** The pool's gain in every year, when the plan has a "reach it by" path (else empty). */
  years: Float64Array
  /** Share of the pool's cost and capacity going to each member (their unmet need). */
  weights: number[]
  scale: number
}

/**
 * The figures buildHealthBodyProject and projectCost give for this pool, worked from the same
 * scale rule (standaloneScale) and the standard team's yearly pay, without building a project:
 * the exact subset search costs thousands of pools. A test holds the two to the same answer.
 */
export function poolFigures(p: Problem, members: readonly number[], s: number): PoolFigures {
  const { ctx, nYears } = p
  let unmet = 0
  for (const k of members) unmet += p.units[k]!.unmet
  const weights = members.map((k) => p.units[k]!.unmet / unmet)
  let scopeShare = 0
  members.forEach((k, j) => (scopeShare += p.units[k]!.share * weights[j]!))
  const scale = standaloneScale(ctx, unmet)
  const spend = new Float64Array(nYears)
  let cash = 0
  for (let y = s; y < nYears; y++) {
    const full = (y === s ? ctx.a.setupCostStandard : 0) + scale * p.standardPay[s * nYears + y]!
    spend[y] = full * scopeShare
    cash += spend[y]!
  }
  const clinical = ctx.standard.clinicalWte * scale
  const capacity = clinical * ctx.fundedFamiliesPerWte
  const ramp = (y: number) => p.ramp[s * nYears + y]!
  const gains: number[] = []
  const memberCosts: number[] = []
  const years = new Float64Array(p.milestones.length > 0 ? nYears : 0)
  let cost = 0
  members.forEach((k, j) => {
    const u = p.units[k]!
    const own = capacity * weights[j]!
    gains.push(u.babies * (coverage(u.existing + own * p.productive[s]!, u.need) - u.baseCoverage))
    memberCosts.push(cash * weights[j]! + unsupportedValue(p, u, own, s, ramp))
    cost += memberCosts[j]!
    if (years.length > 0) addTo(years, yearGains(p, u, own, s, ramp))
  })
  return {
    spend,
    cash,
    cost,
    memberCosts,
    wte: clinical * scopeShare,
    gains,
    years,
    weights,
    scale,
  }
}

/**
 * The value of the family-years of need in scope that new capacity (full size `capacity`,
 * coming on stream by `ramp(y)` from year index s) leaves unsupported, £. Years before s
 * support nobody, so each counts its whole unmet need.
 */
export function unsupportedValue(
  p: Problem,
  u: Unit,
  capacity: number,
  s: number,
  ramp: (y: number) => number,
): number {
  if (p.familyValue === 0) return 0
  const { ctx, nYears } = p
  let families = 0
  for (let y = 0; y < nYears; y++) {
    const cell = u.la * nYears + y
    const added = y < s ? 0 : capacity * ramp(y)
    families += u.share * Math.max(0, ctx.need[cell]! - ctx.existingCap[cell]! - added)
  }
  return p.familyValue * families
}

/** Babies under two in scope covered beyond existing teams in each year by new capacity. */
export function yearGains(
  p: Problem,
  u: Unit,
  capacity: number,
  s: number,
  ramp: (y: number) => number,
): Float64Array {
  const { ctx, nYears } = p
  const gains = new Float64Array(nYears)
  for (let y = s; y < nYears; y++) {
    const cell = u.la * nYears + y
    const need = ctx.need[cell]!
    const existing = ctx.existingCap[cell]!
    const babies = u.share * ctx.pop.under2[cell]!
    gains[y] = babies * (coverage(existing + capacity * ramp(y), need) - coverage(existing, need))
  }
  return gains
}

export function coverage(capacity: number, need: number): number {
  return need > 0 ? Math.min(1, capacity / need) : 1
}

/**
 * What one member can at most bring to any pool started in year index s: spend and WTE no more
 * than its part (set-up and the minimum size only add), need left unsupported no more than the
 * most capacity it can get leaves, and that capacity: its share of the smallest pool it can be
 * in, itself and the member with the least unmet need (a pool's share per family only falls as
 * it grows, so that is the most it can get), which gives the most gain.
 */
export function poolMemberBound(
  p: Problem,
  k: number,
  s: number,
): Pick<Choice, 'spend' | 'cash' | 'cost' | 'wte' | 'gain' | 'gains'> {
  const { ctx, nYears } = p
  const u = p.units[k]!
  const standardFamilies = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
  const part = (u.share * u.unmet) / standardFamilies
  const spend = new Float64Array(nYears)
  let cash = 0
  // A hair below the exact figure so rounding never makes the bound cut off a real answer.
  const below = 1 - 1e-12
  for (let y = s; y < nYears; y++) {
    spend[y] = part * p.standardPay[s * nYears + y]! * below
    cash += spend[y]!
  }
  // A county's team may serve this district alone; a health body's pool has two or more.
  let partner = p.groups[u.group]!.county ? 0 : Infinity
  for (const j of p.groups[u.group]!.units)
    if (j !== k) partner = Math.min(partner, p.units[j]!.unmet)
  const smallest = u.unmet + partner
  const capacity =
    ctx.standard.clinicalWte *
    standaloneScale(ctx, smallest) *
    ctx.fundedFamiliesPerWte *
    (u.unmet / smallest)
  const gain =
    u.babies * (coverage(u.existing + capacity * p.productive[s]!, u.need) - u.baseCoverage)
  // No pool gives this member more capacity, so none leaves it less unsupported or covers more.
  const ramp = (y: number) => p.ramp[s * nYears + y]!
  const unsupported = unsupportedValue(p, u, capacity, s, ramp)
  const gains = yearGains(p, u, capacity, s, ramp).map((g) => g * (1 + 1e-12) + 1e-12)
  return {
    gains,
    spend,
    cash,
    cost: cash + unsupported * below,
    wte: ((u.share * u.unmet) / ctx.fundedFamiliesPerWte) * below,
    gain: gain * (1 + 1e-12) + 1e-12,
  }
}

export function addTo(total: Float64Array, part: Float64Array): void {
  for (let y = 0; y < part.length; y++) total[y] = total[y]! + part[y]!
}
