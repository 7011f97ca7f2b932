import { matchHubs } from './hub-matching'
import { addTo, poolFigures, type PoolFigures } from './pool'
import { minPool, MONEY_EPS, WTE_EPS, type Problem } from './problem'

export interface Pool {
  group: number
  members: number[]
  s: number
  figures: PoolFigures
}

export interface Evaluation {
  gain: number
  /** The objective (see Choice.cost); authorities given nothing count all their unmet need. */
  cost: number
  /** New-provision spend summed over the years, £. */
  cash: number
  /** New-provision spend, clinical WTE started and babies newly covered per year index. */
  spend: Float64Array
  started: Float64Array
  covered: Float64Array
  /** Each unit's gain and its part of the cash (a pool's cash split by unmet need). */
  unitGain: Float64Array
  unitCash: Float64Array
  pools: Pool[]
  /** Pools smaller than their group allows or with members starting in different years. */
  malformed: boolean
  /** No matching gives every satellite a hub with a place. */
  hubsOver: boolean
}

/** The exact figures of a set of picks (choice index per unit, -1 for none). */
export function evaluate(p: Problem, picks: Int32Array): Evaluation {
  const n = p.nYears
  const spend = new Float64Array(n)
  const started = new Float64Array(n)
  const covered = new Float64Array(n)
  const unitGain = new Float64Array(p.units.length)
  const unitCash = new Float64Array(p.units.length)
  let gain = 0
  let cost = 0
  let cash = 0
  let malformed = false
  const members = new Map<number, { list: number[]; s: number }>()
  p.units.forEach((u, k) => {
    const c = picks[k]! >= 0 ? u.choices[picks[k]!]! : null
    if (!c) {
      cost += u.noneCost
      return
    }
    if (c.option === 'icb-wide') {
      const pool = members.get(u.group) ?? { list: [], s: c.s }
      if (pool.s !== c.s) malformed = true
      pool.list.push(k)
      members.set(u.group, pool)
      return
    }
    for (let y = c.s; y < n; y++) spend[y] = spend[y]! + c.spend[y]!
    started[c.s] = started[c.s]! + c.wte
    addTo(covered, c.gains)
    unitGain[k] = c.gain
    unitCash[k] = c.cash
    gain += c.gain
    cost += c.cost
    cash += c.cash
  })
  const pools: Pool[] = []
  for (const [group, { list, s }] of [...members].sort((x, y) => x[0] - y[0])) {
    if (list.length < minPool(p, group)) malformed = true
    const figures = poolFigures(p, list, s)
    for (let y = s; y < n; y++) spend[y] = spend[y]! + figures.spend[y]!
    started[s] = started[s]! + figures.wte
    addTo(covered, figures.years)
    list.forEach((k, j) => {
      unitGain[k] = figures.gains[j]!
      unitCash[k] = figures.cash * figures.weights[j]!
      gain += figures.gains[j]!
    })
    cost += figures.cost
    cash += figures.cash
    pools.push({ group, members: list, s, figures })
  }
  const hubsOver = matchHubs(p, picks).unmatched.length > 0
  return {
    gain,
    cost,
    cash,
    spend,
    started,
    covered,
    unitGain,
    unitCash,
    pools,
    malformed,
    hubsOver,
  }
}

/** Years (indices) in which spend breaks the budget cap, and in which starts break the workforce cap. */
export function breaches(p: Problem, e: Pick<Evaluation, 'spend' | 'started'>) {
  const budget: number[] = []
  const workforce: number[] = []
  for (let y = 0; y < p.nYears; y++) {
    if (e.spend[y]! > p.budget + MONEY_EPS) budget.push(y)
    if (e.started[y]! > p.workforce + WTE_EPS) workforce.push(y)
  }
  return { budget, workforce }
}

export function feasible(p: Problem, e: Evaluation): boolean {
  const b = breaches(p, e)
  return (
    !e.malformed &&
    !e.hubsOver &&
    b.budget.length === 0 &&
    b.workforce.length === 0 &&
    onPath(p, e.covered)
  )
}

/** Whether babies newly covered by year reach the "reach it by" path. */
export function onPath(p: Problem, covered: Float64Array): boolean {
  return p.milestones.every((y) => covered[y]! >= p.reachBy[y]! - p.gainTolerance)
}
