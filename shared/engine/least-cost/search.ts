import { evaluate, feasible } from './evaluate'
import { HubMatcher } from './hub-matching'
import { addTo, poolFigures } from './pool'
import {
  better,
  costTolerance,
  minPool,
  MONEY_EPS,
  WTE_EPS,
  type Choice,
  type Problem,
  type Solution,
} from './problem'
import { bestPrices, nodeBound, pricedSuffix, type Prices } from './lagrangian'
import { leastUse, mostGain, segmentsOf, type Segments } from './relaxation'

export interface SearchResult extends Solution {
  /** Every branch was either explored or cut by a bound, so the answer is optimal. */
  complete: boolean
  nodes: number
}

/**
 * Branch and bound over one choice (or none) per authority. Authorities of a pooling group come
 * together, so a pool is priced exactly as soon as its last possible member is decided; until
 * then its members carry bounds. Bounds cut a branch when even its relaxation (fractional
 * choices, the budget of the last year only, the workforce of all years together) cannot beat
 * the best plan found: on coverage, or on cost at equal coverage. `preferred` (the plan without
 * caps) orders the choices, so the first plan found is a good one. The node limit keeps the
 * answer deterministic where a time limit would not.
 */
export function search(
  p: Problem,
  preferred: Int32Array,
  maxNodes: number,
  incumbent?: Int32Array,
  /** Per unit, a pick to keep (-1 none) or -2 to choose freely: a neighbourhood of a plan. */
  fixed?: Int32Array,
): SearchResult {
  const n = p.nYears
  const T = n - 1
  const order = searchOrder(p, preferred)
  const N = order.length
  const choiceOrder = order.map((k) =>
    fixed && fixed[k]! !== -2 ? [fixed[k]!] : orderedChoices(p, k, preferred[k]!),
  )

  // Where each group closes, and the bound inputs per position.
  const closes = new Int32Array(N).fill(-1)
  order.forEach((k, d) => {
    const g = p.units[k]!.group
    if (g >= 0) closes[d] = g
  })
  for (let d = 0; d < N; d++) {
    const g = closes[d]!
    if (g >= 0 && order.slice(d + 1).some((k) => p.units[k]!.group === g)) closes[d] = -1
  }
  const suffixGain = new Float64Array(N + 1)
  for (let d = N - 1; d >= 0; d--) {
    let most = 0
    for (const c of p.units[order[d]!]!.choices) most = Math.max(most, c.gain)
    suffixGain[d] = suffixGain[d + 1]! + most
  }
  const pointsBy = (use: (c: Choice) => number) =>
    order.map((k) => p.units[k]!.choices.map((c) => ({ use: use(c), gain: c.gain })))
  const byCost: Segments = segmentsOf(pointsBy((c) => c.cost))
  const byLastSpend: Segments | null =
    p.budget === Infinity ? null : segmentsOf(pointsBy((c) => c.spend[T]!))
  const byWte: Segments | null =
    p.workforce === Infinity ? null : segmentsOf(pointsBy((c) => c.wte))

  const spendAt = Array.from({ length: N + 1 }, () => new Float64Array(n))
  const startedAt = Array.from({ length: N + 1 }, () => new Float64Array(n))
  // The "reach it by" path: babies covered so far by year, and the most the rest could add.
  const path = p.milestones.length > 0
  const coveredAt = Array.from({ length: path ? N + 1 : 0 }, () => new Float64Array(n))
  const suffixYears = Array.from({ length: path ? N + 1 : 0 }, () => new Float64Array(n))
  for (let d = N - 1; path && d >= 0; d--) {
    for (const y of p.milestones) {
      let most = 0
      for (const c of p.units[order[d]!]!.choices) most = Math.max(most, c.gains[y]!)
      suffixYears[d]![y] = suffixYears[d + 1]![y]! + most
    }
  }
  const slackYears = p.gainTolerance
  const offPath = (d: number) => {
    if (!path) return false
    const covered = coveredAt[d]!
    const rest = suffixYears[d]!
    return p.milestones.some((y) => covered[y]! + rest[y]! < p.reachBy[y]! - slackYears)
  }
  const pick = new Int32Array(p.units.length).fill(-1)
  const matcher = new HubMatcher(p.hubSlots, p.units.length)
  const groupStart = new Int32Array(p.groups.length).fill(-1)
  const groupMembers: number[][] = p.groups.map(() => [])
  const lbSpend = p.groups.map(() => new Float64Array(n))
  const lbWte = new Float64Array(p.groups.length)
  const lbGain = new Float64Array(p.groups.length)
  const lbCost = new Float64Array(p.groups.length)
  const lbYears = p.groups.map(() => new Float64Array(path ? n : 0))

  let best: Solution | null = null
  // Prices for the Lagrangian bound, set once a first plan gives a coverage to aim at.
  let dual: { prices: Prices; rest: Float64Array; gain: number } | null = null
  const priceFor = (found: Solution) => {
    if (dual && found.gain <= dual.gain + p.gainTolerance) return
    const { prices } = bestPrices(p, found.gain - p.gainTolerance, found.cost)
    dual = { prices, rest: pricedSuffix(p, order, prices), gain: found.gain }
  }
  let nodes = 0
  let stopped = false
  if (incumbent) {
    const e = evaluate(p, incumbent)
    if (feasible(p, e)) {
      best = { picks: Int32Array.from(incumbent), gain: e.gain, cost: e.cost }
      priceFor(best)
    }
  }

  const fits = (spend: Float64Array, started: Float64Array, from: number) => {
    if (started[from]! > p.workforce + WTE_EPS) return false
    for (let y = from; y < n; y++) if (spend[y]! > p.budget + MONEY_EPS) return false
    return true
  }

  const cut = (
    d: number,
    spend: Float64Array,
    started: Float64Array,
    gain: number,
    cost: number,
  ) => {
    if (!best) return false
    let gainUb = gain + suffixGain[d]!
    if (byLastSpend)
      gainUb = Math.min(gainUb, gain + mostGain(byLastSpend, d, p.budget + MONEY_EPS - spend[T]!))
    if (byWte) {
      let room = 0
      for (let y = 0; y < n; y++) room += Math.max(0, p.workforce + WTE_EPS - started[y]!)
      gainUb = Math.min(gainUb, gain + mostGain(byWte, d, room))
    }
    // Bounds carry a hair of slack so that rounding never cuts off an equal answer.
    const slack = p.gainTolerance * 1e-3
    if (gainUb < best.gain - p.gainTolerance - slack) return true
    if (gainUb > best.gain + p.gainTolerance + slack) return false
    const need = best.gain - p.gainTolerance - gain - slack
    const ceiling = best.cost - costTolerance(best.cost)
    if (cost + leastUse(byCost, d, need) >= ceiling) return true
    const priced = dual as { prices: Prices; rest: Float64Array } | null
    return (
      priced !== null &&
      nodeBound(p, priced.prices, priced.rest[d]!, cost, spend, started, need) >= ceiling
    )
  }

  // Limited discrepancy first: plans that differ from the greedy one in a few decisions, found
  // early wherever in the order those decisions are, then the full search with what is left.
  let limit = maxNodes
  const visit = (d: number, gain: number, cost: number, slack: number): void => {
    if (stopped) return
    if (++nodes > limit) {
      stopped = true
      return
    }
    const spend = spendAt[d]!
    const started = startedAt[d]!
    if (offPath(d)) return
    if (d === N) {
      if (better(gain, cost, best, p)) {
        best = { picks: Int32Array.from(pick), gain, cost }
        priceFor(best)
      }
      return
    }
    if (cut(d, spend, started, gain, cost)) return
    const k = order[d]!
    const unit = p.units[k]!
    const nextSpend = spendAt[d + 1]!
    const nextStarted = startedAt[d + 1]!
    const nextCovered = path ? coveredAt[d + 1]! : null
    const g = unit.group
    let rank = -1
    for (const j of choiceOrder[d]!) {
      const c = j >= 0 ? unit.choices[j]! : null
      nextSpend.set(spend)
      nextStarted.set(started)
      if (nextCovered) {
        nextCovered.set(coveredAt[d]!)
        if (c) addTo(nextCovered, c.gains)
      }
      let nextGain = gain
      let nextCost = cost
      const joins = c?.option === 'icb-wide'
      if (c) {
        if (joins && groupStart[g]! >= 0 && groupStart[g] !== c.s) continue
        for (let y = c.s; y < n; y++) nextSpend[y] = nextSpend[y]! + c.spend[y]!
        nextStarted[c.s] = nextStarted[c.s]! + c.wte
        if (!fits(nextSpend, nextStarted, c.s)) continue
        if (c.hubs.length > 0 && !matcher.add(k, c.hubs)) continue
      }
      // Only choices that fit count as departures from the greedy path.
      if (++rank > 0 && slack <= 0) {
        if (c && c.hubs.length > 0) matcher.remove(k)
        return
      }
      if (c) {
        nextGain += c.gain
        nextCost += c.cost
      } else nextCost += unit.noneCost
      pick[k] = j
      let openedAt = -1
      if (joins) {
        if (groupStart[g]! < 0) {
          groupStart[g] = c.s
          openedAt = c.s
        }
        groupMembers[g]!.push(k)
        for (let y = c.s; y < n; y++) lbSpend[g]![y] = lbSpend[g]![y]! + c.spend[y]!
        lbWte[g] = lbWte[g]! + c.wte
        lbGain[g] = lbGain[g]! + c.gain
        lbCost[g] = lbCost[g]! + c.cost
        if (path) addTo(lbYears[g]!, c.gains)
      }
      const closing = closes[d]!
      let ok = true
      if (closing >= 0 && groupMembers[closing]!.length > 0) {
        const r = closePool(closing, nextSpend, nextStarted, nextCovered)
        if (r) {
          nextGain += r.gain
          nextCost += r.cost
        } else ok = false
      }
      if (ok) {
        // The next level reads its own buffers: hand over what this choice made.
        visit(d + 1, nextGain, nextCost, rank > 0 ? slack - 1 : slack)
      }
      if (joins) {
        groupMembers[g]!.pop()
        for (let y = c.s; y < n; y++) lbSpend[g]![y] = lbSpend[g]![y]! - c.spend[y]!
        lbWte[g] = lbWte[g]! - c.wte
        lbGain[g] = lbGain[g]! - c.gain
        lbCost[g] = lbCost[g]! - c.cost
        if (path) subtractFrom(lbYears[g]!, c.gains)
        if (openedAt >= 0) groupStart[g] = -1
        if (groupMembers[g]!.length === 0) resetBounds(g)
      }
      pick[k] = -1
      if (c && c.hubs.length > 0) matcher.remove(k)
      if (stopped) return
    }
  }

  /** Swaps a group's bounds for its exact pool; null when the pool is a single member or breaks a cap. */
  const closePool = (
    g: number,
    spend: Float64Array,
    started: Float64Array,
    covered: Float64Array | null,
  ) => {
    const members = groupMembers[g]!
    if (members.length < minPool(p, g)) return null
    const s = groupStart[g]!
    const exact = poolFigures(p, members, s)
    for (let y = s; y < n; y++) spend[y] = spend[y]! - lbSpend[g]![y]! + exact.spend[y]!
    started[s] = started[s]! - lbWte[g]! + exact.wte
    if (covered) {
      subtractFrom(covered, lbYears[g]!)
      addTo(covered, exact.years)
    }
    if (!fits(spend, started, s)) return null
    let gain = -lbGain[g]!
    for (const x of exact.gains) gain += x
    return { gain, cost: exact.cost - lbCost[g]! }
  }

  const resetBounds = (g: number) => {
    lbSpend[g]!.fill(0)
    lbWte[g] = 0
    lbGain[g] = 0
    lbCost[g] = 0
    lbYears[g]!.fill(0)
  }

  for (let discrepancies = 0; discrepancies <= (fixed ? -1 : 3); discrepancies++) {
    limit = Math.min(maxNodes, nodes + Math.floor(maxNodes / 8))
    visit(0, 0, 0, discrepancies)
    stopped = false
  }
  limit = maxNodes
  visit(0, 0, 0, Infinity)
  const found = best as Solution | null
  return {
    picks: found?.picks ?? new Int32Array(p.units.length).fill(-1),
    gain: found?.gain ?? 0,
    cost: found?.cost ?? 0,
    complete: !stopped,
    nodes,
  }
}

/**
 * Large-neighbourhood search: frees a window of authorities at a time (in search order), keeps
 * the rest of the plan, and solves the window exactly, sliding on while windows improve it.
 */
export function searchNeighbourhoods(
  p: Problem,
  preferred: Int32Array,
  start: Int32Array,
  nodesPerWindow: number,
  maxWindows: number,
  windowSize = 6,
): Int32Array {
  const order = searchOrder(p, preferred)
  const size = Math.min(windowSize, order.length)
  let current: Int32Array = Int32Array.from(start)
  let windows = 0
  for (let improved = true; improved && windows < maxWindows;) {
    improved = false
    for (
      let from = 0;
      from + size <= order.length && windows < maxWindows;
      from += Math.max(1, size >> 1)
    ) {
      const fixed = Int32Array.from(current)
      for (let d = from; d < from + size; d++) fixed[order[d]!] = -2
      // Pools reach beyond the window: free the rest of any group the window touches.
      const groups = new Set(order.slice(from, from + size).map((k) => p.units[k]!.group))
      p.units.forEach((u, k) => {
        if (u.group >= 0 && groups.has(u.group) && u.choices[current[k]!]?.option === 'icb-wide') {
          fixed[k] = -2
        }
      })
      windows++
      const found = search(p, current, nodesPerWindow, current, fixed)
      const before = evaluate(p, current)
      if (better(found.gain, found.cost, { picks: current, ...before }, p)) {
        current = found.picks
        improved = true
      }
    }
  }
  return current
}

/**
 * Pooling groups stay together; blocks (a group, or one authority) go best value first, so the
 * first plan found is the greedy one: most coverage per pound while the caps allow.
 */
function searchOrder(p: Problem, preferred: Int32Array): number[] {
  const value = (k: number) => {
    const c = preferred[k]! >= 0 ? p.units[k]!.choices[preferred[k]!]! : null
    return { gain: c?.gain ?? 0, cost: c?.cash ?? 0 }
  }
  const rate = (gain: number, cost: number) => (cost > 0 ? gain / cost : gain > 0 ? Infinity : 0)
  const blocks: { units: number[]; rate: number; first: number }[] = []
  const grouped = new Set<number>()
  for (const g of p.groups) {
    let gain = 0
    let cost = 0
    for (const k of g.units) {
      const v = value(k)
      gain += v.gain
      cost += v.cost
      grouped.add(k)
    }
    const units = [...g.units].sort((x, y) => {
      const a = value(x)
      const b = value(y)
      return rate(b.gain, b.cost) - rate(a.gain, a.cost) || x - y
    })
    blocks.push({ units, rate: rate(gain, cost), first: Math.min(...g.units) })
  }
  p.units.forEach((_, k) => {
    if (grouped.has(k)) return
    const v = value(k)
    blocks.push({ units: [k], rate: rate(v.gain, v.cost), first: k })
  })
  blocks.sort((x, y) => y.rate - x.rate || x.first - y.first)
  return blocks.flatMap((b) => b.units)
}

/**
 * The preferred choice first, then the rest by coverage and then cost (so a cheaper option or
 * a start that is late but still enough comes before an early start), and none last.
 */
function orderedChoices(p: Problem, k: number, preferred: number): number[] {
  const tol = p.gainTolerance * 1e-3
  const rest = p.units[k]!.choices.map((c, j) => ({ c, j }))
    .filter(({ j }) => j !== preferred)
    .sort((x, y) =>
      Math.abs(x.c.gain - y.c.gain) > tol ? y.c.gain - x.c.gain : x.c.cost - y.c.cost || x.j - y.j,
    )
    .map(({ j }) => j)
  return [...(preferred >= 0 ? [preferred] : []), ...rest, -1]
}

function subtractFrom(total: Float64Array, part: Float64Array): void {
  for (let y = 0; y < part.length; y++) total[y] = total[y]! - part[y]!
}
