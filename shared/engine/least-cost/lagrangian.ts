import type { Choice, Problem } from './problem'

/**
 * A lower bound on cost within the caps, by Lagrangian relaxation: the caps and the coverage
 * to reach are moved into the objective at a price each, so that every authority can choose
 * alone. For any prices ≥ 0 the result is a valid bound (weak duality); subgradient steps look
 * for prices that make it tight. Constraints are scaled by their own size (cap, coverage), so a
 * price is in £ per "whole cap" and one step size suits them all.
 */
export interface Prices {
  /** Per year index: budget (scaled by the cap), workforce (scaled by the cap). */
  budget: Float64Array
  workforce: Float64Array
  /** Per "whole coverage target" (scaled by the gain to reach). */
  coverage: number
  /** The gain the coverage price was set for. */
  target: number
}

export function zeroPrices(p: Problem): Prices {
  return {
    budget: new Float64Array(p.nYears),
    workforce: new Float64Array(p.nYears),
    coverage: 0,
    target: 1,
  }
}

/** A choice's cost with the prices of what it uses and brings. */
function priced(p: Problem, c: Choice, prices: Prices): number {
  let v = c.cost
  if (p.budget !== Infinity) {
    for (let y = c.s; y < p.nYears; y++) v += (prices.budget[y]! * c.spend[y]!) / p.budget
  }
  if (p.workforce !== Infinity) v += (prices.workforce[c.s]! * c.wte) / p.workforce
  return v - (prices.coverage * c.gain) / prices.target
}

/** Sums of the relaxed choices, for the subgradient. */
interface Use {
  spend: Float64Array
  started: Float64Array
  gain: number
}

function add(p: Problem, use: Use | undefined, c: Choice) {
  if (!use) return
  for (let y = c.s; y < p.nYears; y++) use.spend[y] = use.spend[y]! + c.spend[y]!
  use.started[c.s] = use.started[c.s]! + c.wte
  use.gain += c.gain
}

/** One authority alone: its cheapest priced choice, or nothing (which counts its unmet need). */
function relaxUnit(p: Problem, k: number, prices: Prices, use?: Use): number {
  let least = p.units[k]!.noneCost
  let chosen: Choice | null = null
  for (const c of p.units[k]!.choices) {
    const v = priced(p, c, prices)
    if (v < least) {
      least = v
      chosen = c
    }
  }
  if (chosen) add(p, use, chosen)
  return least
}

/**
 * A pooling group: one start year for its pool (or none), each member then on its own option
 * or in the pool, and the pool's set-up charged once at the smallest share in scope. Members
 * of one pool cannot start in different years, which a choice-by-choice relaxation allows.
 */
function relaxGroup(p: Problem, g: number, prices: Prices, use?: Use): number {
  const members = p.groups[g]!.units
  const own = members.map((k) => {
    let least = p.units[k]!.noneCost
    let chosen: Choice | null = null
    for (const c of p.units[k]!.choices) {
      if (c.option === 'icb-wide') continue
      const v = priced(p, c, prices)
      if (v < least) {
        least = v
        chosen = c
      }
    }
    return { least, chosen }
  })
  let best = 0
  for (const o of own) best += o.least
  let bestStart = -1
  for (let s = 0; s < p.nYears; s++) {
    let value = pricedSetup(p, g, s, prices)
    for (let j = 0; j < members.length; j++) {
      const pool = p.units[members[j]!]!.choices.find((c) => c.option === 'icb-wide' && c.s === s)
      value += Math.min(own[j]!.least, pool ? priced(p, pool, prices) : Infinity)
    }
    if (value < best) {
      best = value
      bestStart = s
    }
  }
  if (use) {
    members.forEach((k, j) => {
      const pool =
        bestStart < 0
          ? undefined
          : p.units[k]!.choices.find((c) => c.option === 'icb-wide' && c.s === bestStart)
      if (pool && priced(p, pool, prices) < own[j]!.least) add(p, use, pool)
      else if (own[j]!.chosen) add(p, use, own[j]!.chosen!)
    })
    if (bestStart >= 0) {
      const setup = setupBound(p, g)
      use.spend[bestStart] = use.spend[bestStart]! + setup
    }
  }
  return best
}

/** A pool's set-up cost inside the scope is at least the set-up times its smallest member share. */
function setupBound(p: Problem, g: number): number {
  let least = Infinity
  for (const k of p.groups[g]!.units) least = Math.min(least, p.units[k]!.share)
  return p.ctx.a.setupCostStandard * least * (1 - 1e-12)
}

function pricedSetup(p: Problem, g: number, s: number, prices: Prices): number {
  const setup = setupBound(p, g)
  return p.budget === Infinity ? setup : setup + (prices.budget[s]! * setup) / p.budget
}

/**
 * Per position in `order` (groups kept together), the relaxed value of everything from there
 * on: whole groups relaxed together, the rest of a group already begun member by member.
 */
export function pricedSuffix(p: Problem, order: readonly number[], prices: Prices): Float64Array {
  const N = order.length
  const suffix = new Float64Array(N + 1)
  let d = N - 1
  while (d >= 0) {
    const g = p.units[order[d]!]!.group
    let first = d
    while (g >= 0 && first > 0 && p.units[order[first - 1]!]!.group === g) first--
    const after = suffix[d + 1]!
    let members = 0
    for (let j = d; j >= first; j--) {
      members += relaxUnit(p, order[j]!, prices)
      suffix[j] = after + members
    }
    if (g >= 0) suffix[first] = after + Math.max(members, relaxGroup(p, g, prices))
    d = first - 1
  }
  return suffix
}

/**
 * The bound at a search node: what is spent so far, plus the priced cheapest choices of the
 * authorities still to decide, less the value of the room left under each cap, plus the
 * coverage still to find.
 */
export function nodeBound(
  p: Problem,
  prices: Prices,
  rest: number,
  cost: number,
  spend: Float64Array,
  started: Float64Array,
  need: number,
): number {
  return cost + rest + (prices.coverage * need) / prices.target - room(p, prices, spend, started)
}

/**
 * Subgradient ascent on the prices for reaching `gain` at least, from nothing decided; `ceiling`
 * is a known plan's cost (Polyak steps aim at it). Returns the best bound met and its prices.
 */
export function bestPrices(
  p: Problem,
  gain: number,
  ceiling: number,
  iterations = 150,
): { prices: Prices; bound: number } {
  const n = p.nYears
  const prices: Prices = { ...zeroPrices(p), target: Math.max(gain, 1e-9) }
  let best = { prices: clone(prices), bound: -Infinity }
  const spend = new Float64Array(n)
  const started = new Float64Array(n)
  const nothing = new Float64Array(n)
  let theta = 2
  let sinceBetter = 0
  for (let it = 0; it < iterations; it++) {
    spend.fill(0)
    started.fill(0)
    const use: Use = { spend, started, gain: 0 }
    let value = 0
    p.units.forEach((u, k) => {
      if (u.group < 0) value += relaxUnit(p, k, prices, use)
    })
    p.groups.forEach((_, g) => (value += relaxGroup(p, g, prices, use)))
    const got = use.gain
    const bound = nodeBound(p, prices, value, 0, nothing, nothing, prices.target)
    if (best.bound === -Infinity || bound > best.bound + 1e-9 * Math.abs(best.bound)) {
      best = { prices: clone(prices), bound }
      sinceBetter = 0
    } else if (++sinceBetter >= 25) {
      theta /= 2
      sinceBetter = 0
    }
    // Subgradient of each scaled constraint: how far the relaxed choice is over it.
    const gBudget = new Float64Array(n)
    const gWorkforce = new Float64Array(n)
    let norm = 0
    for (let y = 0; y < n; y++) {
      if (p.budget !== Infinity) gBudget[y] = spend[y]! / p.budget - 1
      if (p.workforce !== Infinity) gWorkforce[y] = started[y]! / p.workforce - 1
    }
    const gCoverage = 1 - got / prices.target
    for (let y = 0; y < n; y++) {
      if (p.budget !== Infinity && (gBudget[y]! > 0 || prices.budget[y]! > 0))
        norm += gBudget[y]! ** 2
      if (p.workforce !== Infinity && (gWorkforce[y]! > 0 || prices.workforce[y]! > 0)) {
        norm += gWorkforce[y]! ** 2
      }
    }
    if (gCoverage > 0 || prices.coverage > 0) norm += gCoverage ** 2
    if (norm < 1e-18 || theta < 1e-3) break
    const step = (theta * Math.max(ceiling - bound, 1e-6 * Math.abs(ceiling))) / norm
    for (let y = 0; y < n; y++) {
      prices.budget[y] = Math.max(0, prices.budget[y]! + step * gBudget[y]!)
      prices.workforce[y] = Math.max(0, prices.workforce[y]! + step * gWorkforce[y]!)
    }
    prices.coverage = Math.max(0, prices.coverage + step * gCoverage)
  }
  return best
}

/** The priced room left under the caps. */
function room(p: Problem, prices: Prices, spend: Float64Array, started: Float64Array) {
  let value = 0
  for (let y = 0; y < p.nYears; y++) {
    if (p.budget !== Infinity) value += (prices.budget[y]! * (p.budget - spend[y]!)) / p.budget
    if (p.workforce !== Infinity) {
      value += (prices.workforce[y]! * (p.workforce - started[y]!)) / p.workforce
    }
  }
  return value
}

function clone(prices: Prices): Prices {
  return {
    budget: Float64Array.from(prices.budget),
    workforce: Float64Array.from(prices.workforce),
    coverage: prices.coverage,
    target: prices.target,
  }
}
