import { evaluate, feasible, onPath } from './evaluate'
import { poolFigures } from './pool'
import { MONEY_EPS, WTE_EPS, type Problem } from './problem'

interface Move {
  apply: () => void
  /** Babies covered in the year short of the path, per pound of the objective. */
  rate: number
}

/**
 * A plan that keeps to the "reach it by" path, from one that may not: while a year of the path
 * falls short, the move that covers most of its shortfall per pound is made (an authority to
 * an earlier or larger choice of its own, or a pool to an earlier start) within the caps. The
 * search then starts from it, so it has a plan on the path to beat; without one it may spend
 * its nodes among plans that miss the path near the end of the order. Returns the plan as
 * given when no move helps, or when the caps or the hubs rule out the result.
 */
export function repairPath(p: Problem, picks: Int32Array): Int32Array {
  const current = Int32Array.from(picks)
  const n = p.nYears
  const tol = p.gainTolerance
  for (let step = 0; step < p.units.length * n; step++) {
    const e = evaluate(p, current)
    const y = p.milestones.find((m) => e.covered[m]! < p.reachBy[m]! - tol)
    if (y === undefined) break
    let best: Move | null = null
    const consider = (
      covers: number,
      extra: number,
      spend: Float64Array,
      wte: number[],
      apply: () => void,
    ) => {
      if (covers <= tol) return
      for (let t = 0; t < n; t++) {
        if (e.spend[t]! + spend[t]! > p.budget + MONEY_EPS) return
        if (e.started[t]! + wte[t]! > p.workforce + WTE_EPS) return
      }
      const rate = covers / Math.max(extra, 1)
      if (!best || rate > best.rate) best = { apply, rate }
    }
    p.units.forEach((u, k) => {
      const now = current[k]! >= 0 ? u.choices[current[k]!]! : null
      if (now?.option === 'icb-wide') return
      u.choices.forEach((c, j) => {
        // Satellites need a hub place; moving them is left to the search.
        if (c.option === 'icb-wide' || c.hubs.length > 0) return
        const spend = new Float64Array(n)
        const wte = new Array<number>(n).fill(0)
        for (let t = 0; t < n; t++) spend[t] = c.spend[t]! - (now?.spend[t] ?? 0)
        wte[c.s] = wte[c.s]! + c.wte
        if (now) wte[now.s] = wte[now.s]! - now.wte
        const covers = c.gains[y]! - (now?.gains[y] ?? 0)
        consider(covers, c.cost - (now?.cost ?? u.noneCost), spend, wte, () => (current[k] = j))
      })
    })
    for (const pool of e.pools) {
      for (let s = 0; s < pool.s; s++) {
        const moved = poolFigures(p, pool.members, s)
        const spend = new Float64Array(n)
        for (let t = 0; t < n; t++) spend[t] = moved.spend[t]! - pool.figures.spend[t]!
        const wte = new Array<number>(n).fill(0)
        wte[s] = moved.wte
        wte[pool.s] = wte[pool.s]! - pool.figures.wte
        const indices = pool.members.map((k) =>
          p.units[k]!.choices.findIndex((c) => c.option === 'icb-wide' && c.s === s),
        )
        if (indices.some((j) => j < 0)) continue
        const covers = moved.years[y]! - pool.figures.years[y]!
        consider(covers, moved.cost - pool.figures.cost, spend, wte, () =>
          pool.members.forEach((k, i) => (current[k] = indices[i]!)),
        )
      }
    }
    // Assigned inside `consider`, which TypeScript does not follow.
    const move = best as Move | null
    if (!move) break
    move.apply()
  }
  const e = evaluate(p, current)
  return feasible(p, e) && onPath(p, e.covered) ? current : Int32Array.from(picks)
}
