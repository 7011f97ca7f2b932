import { evaluate, feasible, onPath, type Evaluation } from './evaluate'
import { better, MONEY_EPS, WTE_EPS, type Problem } from './problem'

/** Pairs of authorities are tried together only in scopes up to this size. */
const MAX_PAIR_UNITS = 40

/**
 * Local search from a plan: one authority at a time to its best choice given the others, pools
 * moved to another start year or joined and left, and (in small scopes) two authorities changed
 * at once, such as swapping their start years under a workforce cap. Repeats until nothing helps.
 */
export function improve(p: Problem, picks: Int32Array, maxRounds = 20): Int32Array {
  let current: Int32Array = Int32Array.from(picks)
  let value = evaluate(p, current)
  const tryPicks = (candidate: Int32Array): boolean => {
    const e = evaluate(p, candidate)
    if (!feasible(p, e) || !better(e.gain, e.cost, { picks: current, ...value }, p)) return false
    current = candidate
    value = e
    return true
  }
  for (let round = 0; round < maxRounds; round++) {
    const before = Int32Array.from(current)
    let changed = singles(p, current)
    if (changed) value = evaluate(p, current)
    // Singles keep to the caps, not to the "reach it by" path: undo them if they leave it.
    if (changed && !onPath(p, value.covered)) {
      current = before
      value = evaluate(p, current)
      changed = false
    }
    const large = p.units.length > MAX_PAIR_UNITS
    for (const move of poolMoves(p, current, value, large)) if (tryPicks(move)) changed = true
    if (!changed && p.units.length <= MAX_PAIR_UNITS) changed = pairs(p, current, tryPicks)
    if (!changed) break
  }
  return current
}

/** Each authority outside a pool, in turn, to its best own choice (or none) given the rest. */
function singles(p: Problem, picks: Int32Array): boolean {
  const n = p.nYears
  const tol = p.gainTolerance * 1e-3
  const e = evaluate(p, picks)
  const spend = Float64Array.from(e.spend)
  const started = Float64Array.from(e.started)
  let changed = false
  p.units.forEach((unit, k) => {
    const current = picks[k]! >= 0 ? unit.choices[picks[k]!]! : null
    if (current?.option === 'icb-wide') return
    if (current) {
      for (let y = current.s; y < n; y++) spend[y] = spend[y]! - current.spend[y]!
      started[current.s] = started[current.s]! - current.wte
    }
    let bestJ = picks[k]!
    let bestGain = current?.gain ?? 0
    let bestCost = current?.cost ?? unit.noneCost
    unit.choices.forEach((c, j) => {
      if (c.option === 'icb-wide') return
      if (!(c.gain > bestGain + tol || (c.gain >= bestGain - tol && c.cost < bestCost - 1e-6))) {
        return
      }
      if (started[c.s]! + c.wte > p.workforce + WTE_EPS) return
      for (let y = c.s; y < n; y++) if (spend[y]! + c.spend[y]! > p.budget + MONEY_EPS) return
      bestJ = j
      bestGain = c.gain
      bestCost = c.cost
    })
    if (bestJ !== picks[k]) changed = true
    picks[k] = bestJ
    const chosen = bestJ >= 0 ? unit.choices[bestJ]! : null
    if (chosen) {
      for (let y = chosen.s; y < n; y++) spend[y] = spend[y]! + chosen.spend[y]!
      started[chosen.s] = started[chosen.s]! + chosen.wte
    }
  })
  return changed
}

/**
 * A pool started in another year; an authority of its group joining it; a member leaving (not
 * in large scopes, where each try costs a full evaluation).
 */
function* poolMoves(
  p: Problem,
  picks: Int32Array,
  value: Evaluation,
  startsOnly: boolean,
): Generator<Int32Array> {
  const poolChoice = (k: number, s: number) =>
    p.units[k]!.choices.findIndex((c) => c.option === 'icb-wide' && c.s === s)
  for (const pool of value.pools) {
    for (let s = 0; s < p.nYears; s++) {
      if (s === pool.s) continue
      const moved = Int32Array.from(picks)
      if (pool.members.every((k) => (moved[k] = poolChoice(k, s)) >= 0)) yield moved
    }
    if (startsOnly) continue
    for (const k of p.groups[pool.group]!.units) {
      if (pool.members.includes(k)) {
        for (let j = -1; j < p.units[k]!.choices.length; j++) {
          if (j >= 0 && p.units[k]!.choices[j]!.option === 'icb-wide') continue
          const left = Int32Array.from(picks)
          left[k] = j
          yield left
        }
      } else {
        const j = poolChoice(k, pool.s)
        if (j < 0) continue
        const joined = Int32Array.from(picks)
        joined[k] = j
        yield joined
      }
    }
  }
}

/** Two authorities outside pools changed at once; stops at the first change that helps. */
function pairs(p: Problem, picks: Int32Array, tryPicks: (c: Int32Array) => boolean): boolean {
  const free = p.units
    .map((_, k) => k)
    .filter((k) => picks[k]! < 0 || p.units[k]!.choices[picks[k]!]!.option !== 'icb-wide')
  const own = (k: number) => [
    -1,
    ...p.units[k]!.choices.flatMap((c, j) => (c.option === 'icb-wide' ? [] : [j])),
  ]
  for (let a = 0; a < free.length; a++) {
    for (let b = a + 1; b < free.length; b++) {
      const ka = free[a]!
      const kb = free[b]!
      for (const ja of own(ka)) {
        if (ja === picks[ka]) continue
        for (const jb of own(kb)) {
          if (jb === picks[kb]) continue
          const candidate = Int32Array.from(picks)
          candidate[ka] = ja
          candidate[kb] = jb
          if (tryPicks(candidate)) {
            picks.set(candidate)
            return true
          }
        }
      }
    }
  }
  return false
}
