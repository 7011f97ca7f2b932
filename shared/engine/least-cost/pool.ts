import { standaloneScale } from '../choose-option'
import type { Problem } from './problem'

/** A health-body-wide team for some members of one group, started in year index s. */
export interface PoolFigures {
  spend: Float64Array
  cost: number
  wte: number
  /** Babies covered in the target year gained by each member, in the order given. */
  gains: number[]
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
  let cost = 0
  for (let y = s; y < nYears; y++) {
    const full = (y === s ? ctx.a.setupCostStandard : 0) + scale * p.standardPay[s * nYears + y]!
    spend[y] = full * scopeShare
    cost += spend[y]!
  }
  const clinical = ctx.standard.clinicalWte * scale
  const capacity = clinical * ctx.fundedFamiliesPerWte
  const gains = members.map((k, j) => {
    const u = p.units[k]!
    return (
      u.babies *
      (coverage(u.existing + capacity * weights[j]! * p.productive[s]!, u.need) - u.baseCoverage)
    )
  })
  return { spend, cost, wte: clinical * scopeShare, gains, weights, scale }
}

export function coverage(capacity: number, need: number): number {
  return need > 0 ? Math.min(1, capacity / need) : 1
}

/**
 * What one member can at most bring to any pool started in year index s: spend and WTE no more
 * than its part (set-up and the minimum size only add), gain no more than its share of the
 * smallest pool it can be in, itself and the member with the least unmet need (a pool's share
 * per family only falls as it grows, so that is the most it can get).
 */
export function poolMemberBound(
  p: Problem,
  k: number,
  s: number,
): { spend: Float64Array; cost: number; wte: number; gain: number } {
  const { ctx, nYears } = p
  const u = p.units[k]!
  const standardFamilies = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
  const part = (u.share * u.unmet) / standardFamilies
  const spend = new Float64Array(nYears)
  let cost = 0
  // A hair below the exact figure so rounding never makes the bound cut off a real answer.
  const below = 1 - 1e-12
  for (let y = s; y < nYears; y++) {
    spend[y] = part * p.standardPay[s * nYears + y]! * below
    cost += spend[y]!
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
  return {
    spend,
    cost,
    wte: ((u.share * u.unmet) / ctx.fundedFamiliesPerWte) * below,
    gain: gain * (1 + 1e-12) + 1e-12,
  }
}
