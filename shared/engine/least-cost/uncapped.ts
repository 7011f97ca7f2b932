import { standaloneScale } from '../choose-option'
import { matchHubs } from './hub-matching'
import { coverage, poolFigures, unsupportedValue } from './pool'
import type { Problem } from './problem'

/** Groups up to this size have every pooling subset tried; larger ones are searched greedily. */
export const MAX_EXACT_GROUP = 18

export interface Uncapped {
  picks: Int32Array
  /** Whether every pooling subset was tried, so this is the optimum without caps. */
  exact: boolean
}

/**
 * The best plan when the caps are lifted: each authority's best own option (most coverage, then
 * cheapest; its start follows from that: the latest fully productive year, or earlier where
 * earlier support is worth its cost), and per group the subset to pool into one team, tried
 * exhaustively.
 */
export function solveUncapped(p: Problem): Uncapped {
  const picks = new Int32Array(p.units.length).fill(-1)
  const ownGain = new Float64Array(p.units.length)
  const ownCost = new Float64Array(p.units.length)
  const tol = p.gainTolerance * 1e-3
  p.units.forEach((u, k) => {
    u.choices.forEach((c, j) => {
      if (c.option === 'icb-wide') return
      if (
        picks[k]! < 0 ||
        c.gain > ownGain[k]! + tol ||
        (c.gain >= ownGain[k]! - tol && c.cost < ownCost[k]!)
      ) {
        picks[k] = j
        ownGain[k] = c.gain
        ownCost[k] = c.cost
      }
    })
    if (picks[k]! < 0) ownCost[k] = u.noneCost
  })

  let exact = true
  for (const group of p.groups) {
    const members = group.units
    const least = group.county ? 1 : 2
    const pooled =
      members.length <= MAX_EXACT_GROUP
        ? bestSubset(p, members, least, ownGain, ownCost)
        : ((exact = false), greedySubset(p, members, least, ownGain, ownCost))
    if (!pooled) continue
    for (const k of pooled.members) {
      picks[k] = p.units[k]!.choices.findIndex((c) => c.option === 'icb-wide' && c.s === pooled.s)
    }
  }
  // Past the hub places the answer is a good plan, not a proven one: the search goes on from it.
  if (fitHubs(p, picks)) exact = false
  return { picks, exact }
}

/**
 * Where hub places run out, the satellites left without one take their area's best other own
 * option (most coverage, then cheapest), or none. Returns whether any had to.
 */
function fitHubs(p: Problem, picks: Int32Array): boolean {
  const { unmatched } = matchHubs(p, picks)
  const tol = p.gainTolerance * 1e-3
  for (const k of unmatched) {
    let best = -1
    p.units[k]!.choices.forEach((c, j) => {
      if (c.option === 'icb-wide' || c.hubs.length > 0) return
      const b = best >= 0 ? p.units[k]!.choices[best]! : null
      if (!b || c.gain > b.gain + tol || (c.gain >= b.gain - tol && c.cost < b.cost)) best = j
    })
    picks[k] = best
    const pool = countyPool(p, picks, k)
    const own = best >= 0 ? p.units[k]!.choices[best]!.gain : 0
    if (pool >= 0 && p.units[k]!.choices[pool]!.gain > own + tol) picks[k] = pool
  }
  if (unmatched.length > 0) restartCountyPools(p, picks)
  return unmatched.length > 0
}

/** A county team that districts joined starts in the year best for all its members now. */
function restartCountyPools(p: Problem, picks: Int32Array): void {
  const tol = p.gainTolerance * 1e-3
  p.groups.forEach((group) => {
    if (!group.county) return
    const members = group.units.filter(
      (k) => picks[k]! >= 0 && p.units[k]!.choices[picks[k]!]!.option === 'icb-wide',
    )
    if (members.length === 0) return
    let best: { s: number; gain: number; cost: number } | null = null
    for (const s of poolStarts(p)) {
      const f = poolFigures(p, members, s)
      const gain = f.gains.reduce((a, b) => a + b, 0)
      if (!best || gain > best.gain + tol || (gain >= best.gain - tol && f.cost < best.cost)) {
        best = { s, gain, cost: f.cost }
      }
    }
    const s = best!.s
    const moved = members.map((k) =>
      p.units[k]!.choices.findIndex((c) => c.option === 'icb-wide' && c.s === s),
    )
    if (moved.every((j) => j >= 0)) members.forEach((k, i) => (picks[k] = moved[i]!))
  })
}

/**
 * For a county district, its choice joining the county's team: at the start of the team the
 * picks already have, else the latest fully productive start. -1 outside a county.
 */
function countyPool(p: Problem, picks: Int32Array, k: number): number {
  const g = p.units[k]!.group
  if (g < 0 || !p.groups[g]!.county) return -1
  let s = p.lastFull
  for (const m of p.groups[g]!.units) {
    const c = m !== k && picks[m]! >= 0 ? p.units[m]!.choices[picks[m]!]! : null
    if (c?.option === 'icb-wide') s = c.s
  }
  return p.units[k]!.choices.findIndex((c) => c.option === 'icb-wide' && c.s === s)
}

interface Pooled {
  members: number[]
  s: number
  gain: number
  cost: number
}

/** Value of pooling these members from year index s, everyone else on their own best option. */
function poolValue(
  p: Problem,
  members: readonly number[],
  s: number,
  ownGain: Float64Array,
  ownCost: Float64Array,
  tail: Float64Array,
): { gain: number; cost: number } {
  const { ctx } = p
  let unmet = 0
  for (const k of members) unmet += p.units[k]!.unmet
  const scale = standaloneScale(ctx, unmet)
  const capacity = ctx.standard.clinicalWte * scale * ctx.fundedFamiliesPerWte
  let scopeShare = 0
  let gain = 0
  let cost = 0
  for (const k of members) {
    const u = p.units[k]!
    const w = u.unmet / unmet
    scopeShare += u.share * w
    gain +=
      u.babies * (coverage(u.existing + capacity * w * p.productive[s]!, u.need) - u.baseCoverage)
    gain -= ownGain[k]!
    cost -= ownCost[k]!
    cost += unsupportedValue(p, u, capacity * w, s, (y) => p.ramp[s * p.nYears + y]!)
  }
  cost += scopeShare * (ctx.a.setupCostStandard + scale * tail[s]!)
  return { gain, cost }
}

/** Standard-team pay from each start year index to the end. */
function payTail(p: Problem): Float64Array {
  const { nYears } = p
  const tail = new Float64Array(nYears + 1)
  for (let s = 0; s < nYears; s++) {
    for (let y = s; y < nYears; y++) tail[s] = tail[s]! + p.standardPay[s * nYears + y]!
  }
  return tail
}

/**
 * Start years worth trying for a pool: earlier than the last fully productive year only costs
 * more, unless earlier support has a value.
 */
function poolStarts(p: Problem): number[] {
  const starts: number[] = []
  const first = p.familyValue > 0 ? p.ctx.firstStart : p.lastFull
  for (let s = first; s < p.nYears; s++) if (p.productive[s]! > 0) starts.push(s)
  return starts
}

function isBetter(p: Problem, gain: number, cost: number, best: { gain: number; cost: number }) {
  const tol = p.gainTolerance * 1e-3
  return gain > best.gain + tol || (gain >= best.gain - tol && cost < best.cost - 1e-9)
}

function bestSubset(
  p: Problem,
  members: readonly number[],
  least: number,
  ownGain: Float64Array,
  ownCost: Float64Array,
): Pooled | null {
  const tail = payTail(p)
  const starts = poolStarts(p)
  // Changes against everyone on their own option: start from no pool at all.
  let best: Pooled | null = null
  let bestValue = { gain: 0, cost: 0 }
  const m = members.length
  const chosen: number[] = []
  for (let mask = 1; mask < 1 << m; mask++) {
    if (least > 1 && (mask & (mask - 1)) === 0) continue
    chosen.length = 0
    for (let j = 0; j < m; j++) if (mask & (1 << j)) chosen.push(members[j]!)
    for (const s of starts) {
      const v = poolValue(p, chosen, s, ownGain, ownCost, tail)
      if (isBetter(p, v.gain, v.cost, bestValue)) {
        bestValue = v
        best = { members: [...chosen], s, ...v }
      }
    }
  }
  return best
}

/** For very large groups: grow the pool from the members dearest to serve alone, then flip singly. */
function greedySubset(
  p: Problem,
  members: readonly number[],
  least: number,
  ownGain: Float64Array,
  ownCost: Float64Array,
): Pooled | null {
  const tail = payTail(p)
  const order = [...members].sort(
    (x, y) => ownCost[y]! / p.units[y]!.unmet - ownCost[x]! / p.units[x]!.unmet || x - y,
  )
  let best: Pooled | null = null
  let bestValue = { gain: 0, cost: 0 }
  for (const s of poolStarts(p)) {
    for (let size = least; size <= order.length; size++) {
      const chosen = order.slice(0, size)
      const v = poolValue(p, chosen, s, ownGain, ownCost, tail)
      if (isBetter(p, v.gain, v.cost, bestValue)) {
        bestValue = v
        best = { members: chosen, s, ...v }
      }
    }
  }
  for (let improved = best !== null; improved && best;) {
    improved = false
    for (const k of members) {
      const current: Pooled = best
      const next = current.members.includes(k)
        ? current.members.filter((x) => x !== k)
        : [...current.members, k]
      if (next.length < least) continue
      const v = poolValue(p, next, best.s, ownGain, ownCost, tail)
      if (isBetter(p, v.gain, v.cost, bestValue)) {
        bestValue = v
        best = { members: next, s: current.s, ...v }
        improved = true
      }
    }
  }
  return best
}
