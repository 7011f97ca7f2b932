import { FAMILY_YEAR_VALUE, type LeastCostInput } from '../../domain/least-cost'
import type { ModelData } from '../../domain/model-data'
import type { OptionKind, ScenarioSettings } from '../../domain/scenario'
import type { ScenarioResult } from '../../domain/results'
import { runScenario } from '../run-scenario'
import { resolveScope } from '../scope'
import { resolveSettings } from '../settings'

/**
 * The test oracle: the best plan by brute force, built from runScenario alone. Every piece of
 * provision is run as its own scenario (one authority's option from one start year, or one
 * health body's pooled team for a subset of its authorities, everything else 'none'); as the
 * engine adds provision up piece by piece, a plan's spend, staff starts and covered babies are
 * the sums of its pieces'. Then every combination is tried (at most one pool per health body,
 * each authority in at most one piece), keeping the most coverage in the target year, then the
 * least cost (counting the value of the support it gives), within the caps, for the authorities
 * short of need in the target year (the others get nothing new). Cuts are only the obviously safe ones: over a cap already, or no
 * way left to reach the best coverage.
 */
export interface OracleAnswer {
  /** Null when no plan keeps to the "reach it by" path within the caps. */
  coverage: number | null
  cost: number
  /** How many combinations were complete plans. */
  plans: number
}

interface Piece {
  las: number[]
  /** The team supervising a satellite piece. */
  hub: string | null
  spend: number[]
  started: number[]
  /** Babies newly covered in each year. */
  covered: number[]
  gain: number
  cost: number
}

const OWN: OptionKind[] = ['standalone', 'satellite', 'expand']

export function exhaustiveBest(data: ModelData, input: LeastCostInput): OracleAnswer {
  const scope = resolveScope(data, input.scope)!
  const inScope = scope.las.filter((l) => l.share > 0).map((l) => l.index)
  const resolved = resolveSettings(data, input)
  const years: number[] = []
  for (let fy = resolved.startFy; fy <= resolved.targetFy; fy++) years.push(fy)
  // New provision starts in April: the year under way may be too late for it.
  const starts = years.filter((fy) => fy >= (data.newStartsFy ?? data.currentFy))
  const budget = resolved.budgetCap ?? Infinity
  const value = input.familyYearValue ?? FAMILY_YEAR_VALUE.value
  const allNone = Object.fromEntries(
    inScope.map((i) => [data.las[i]!.code, { option: 'none' as const }]),
  )
  const run = (overrides: ScenarioSettings['overrides']) =>
    runScenario(data, { ...input, overrides: { ...allNone, ...overrides } })
  const base = run({})
  // The scenario's cap, or the national supply a UK or nation plan is held to.
  const workforce = base.years[0]!.workforce.cap ?? Infinity
  const T = years.length - 1
  const babies = base.years[T]!.babiesUnder2
  const short = new Set(
    base.areas.filter((a) => a.years[T]!.coverage < 1 - 1e-9).map((a) => a.code),
  )
  const las = inScope.filter((i) => short.has(data.las[i]!.code))
  const piece = (members: number[], result: ScenarioResult, hub: string | null = null): Piece => {
    const spend = result.years.map((y) => y.cost)
    const started = result.years.map(
      (y, k) => y.clinicalWte - (k > 0 ? result.years[k - 1]!.clinicalWte : 0),
    )
    const supported = result.years.reduce((sum, y) => sum + y.newFamiliesSupported, 0)
    return {
      las: members,
      hub,
      spend,
      started,
      covered: result.years.map((y, k) => y.coveredBabies - base.years[k]!.coveredBabies),
      gain: result.years[T]!.coveredBabies - base.years[T]!.coveredBabies,
      // The plan's objective less a constant: cash less the value of the support it gives.
      cost: result.years[T]!.cumulativeCost - value * supported,
    }
  }

  // Planning by upper-tier council, a two-tier county's districts have one team: the county's.
  const districts = (code: string) => data.las.filter((l) => l.upperTier.code === code).length
  const countyOf = (i: number) => {
    const tier = data.las[i]!.upperTier.code
    return resolved.planningUnit === 'upper-tier' && districts(tier) > 1 ? tier : null
  }

  const own: Piece[][] = las.map(() => [])
  las.forEach((i, pos) => {
    const code = data.las[i]!.code
    for (const option of OWN) {
      // A county district's standalone team is a pool of one, tried with the pools.
      if (option === 'standalone' && countyOf(i)) continue
      for (const fy of starts) {
        // A satellite is tried with every team as its hub; the engine says which can be.
        for (const hubTeamId of option === 'satellite' ? data.teams.map((t) => t.id) : [null]) {
          const result = run({
            [code]: { option, startFy: fy, ...(hubTeamId ? { hubTeamId } : {}) },
          })
          const area = result.areas.find((a) => a.code === code)!
          // An option that cannot work here falls back to another: that one is tried on its own.
          if (area.option !== option || area.hubTeamId !== hubTeamId) continue
          own[pos]!.push(piece([pos], result, hubTeamId))
        }
      }
    }
  })

  // Satellites each team may still supervise: the limit less the register's own satellites.
  const limit = Math.floor(resolved.assumptions.hubMaxSatellites + 1e-9)
  const places = new Map(
    data.teams.map((t) => [
      t.id,
      limit -
        data.teams.filter(
          (s) =>
            s.hubTeamId === t.id &&
            s.providesCapacity &&
            (s.closedYear === null || s.closedYear > resolved.startFy),
        ).length,
    ]),
  )
  const hubUse = new Map<string, number>()
  const hubFree = (p: Piece) => p.hub === null || (hubUse.get(p.hub) ?? 0) < places.get(p.hub)!
  const useHub = (p: Piece, sign: 1 | -1) => {
    if (p.hub) hubUse.set(p.hub, (hubUse.get(p.hub) ?? 0) + sign)
  }

  // Pools: subsets of two or more authorities sharing a primary health body, or of any size
  // of a county's districts (its team, set as each district's standalone option).
  const primary = (i: number) =>
    countyOf(i) ?? [...data.las[i]!.healthBodies].sort((x, y) => y.share - x.share)[0]!.code
  const bodies = [...new Set(las.map(primary))]
  const pools: Piece[][] = bodies.map((body) => {
    const members = las.map((i, pos) => ({ i, pos })).filter(({ i }) => primary(i) === body)
    const county = countyOf(members[0]!.i) !== null
    const option = county ? ('standalone' as const) : ('icb-wide' as const)
    const out: Piece[] = []
    for (let mask = 0; mask < 1 << members.length; mask++) {
      const chosen = members.filter((_, j) => mask & (1 << j))
      if (chosen.length < (county ? 1 : 2)) continue
      for (const fy of starts) {
        const overrides = Object.fromEntries(
          chosen.map(({ i }) => [data.las[i]!.code, { option, startFy: fy }]),
        )
        out.push(
          piece(
            chosen.map((c) => c.pos),
            run(overrides),
          ),
        )
      }
    }
    return out
  })

  const most = (list: Piece[]) => list.reduce((m, x) => Math.max(m, x.gain), 0)
  const tol = 1e-9 * Math.max(1, babies)
  let best = { gain: -Infinity, cost: Infinity }
  let plans = 0
  const spend = years.map(() => 0)
  const started = years.map(() => 0)
  const covered = years.map(() => 0)
  // The "reach it by" path: babies each year's coverage asks for beyond existing teams.
  const required = years.map(() => -Infinity)
  for (const m of input.reachBy ?? []) {
    const k = m.fy - resolved.startFy
    required[k] = m.coverage * base.years[k]!.babiesUnder2 - base.years[k]!.coveredBabies
  }
  const onPath = () => covered.every((x, k) => x >= required[k]! - tol)
  const taken = new Set<number>()
  const fits = () =>
    spend.every((x) => x <= budget + 1e-6) && started.every((x) => x <= workforce + 1e-9)
  const apply = (p: Piece, sign: 1 | -1) => {
    p.spend.forEach((x, k) => (spend[k] = spend[k]! + sign * x))
    p.started.forEach((x, k) => (started[k] = started[k]! + sign * x))
    p.covered.forEach((x, k) => (covered[k] = covered[k]! + sign * x))
  }

  // Most gain still possible from position pos on (pools counted for every member: generous).
  const rest = las.map((_, pos) => Math.max(most(own[pos]!), ...pools.map(most)))
  const suffix = [...rest.map((_, pos) => rest.slice(pos).reduce((a, b) => a + b, 0)), 0]

  const ownStep = (pos: number, gain: number, cost: number): void => {
    if (gain + suffix[pos]! < best.gain - tol) return
    if (pos === las.length) {
      if (!onPath()) return
      plans++
      if (gain > best.gain + tol || (gain >= best.gain - tol && cost < best.cost - 1e-6)) {
        best = { gain, cost }
      }
      return
    }
    if (taken.has(pos)) return ownStep(pos + 1, gain, cost)
    ownStep(pos + 1, gain, cost)
    for (const p of own[pos]!) {
      if (!hubFree(p)) continue
      apply(p, 1)
      useHub(p, 1)
      if (fits()) ownStep(pos + 1, gain + p.gain, cost + p.cost)
      useHub(p, -1)
      apply(p, -1)
    }
  }
  const poolStep = (b: number, gain: number, cost: number): void => {
    if (b === bodies.length) return ownStep(0, gain, cost)
    poolStep(b + 1, gain, cost)
    for (const p of pools[b]!) {
      apply(p, 1)
      if (fits()) {
        p.las.forEach((pos) => taken.add(pos))
        poolStep(b + 1, gain + p.gain, cost + p.cost)
        p.las.forEach((pos) => taken.delete(pos))
      }
      apply(p, -1)
    }
  }
  poolStep(0, 0, 0)
  if (best.gain === -Infinity) return { coverage: null, cost: Infinity, plans }
  const atTarget = base.years[T]!.coveredBabies + best.gain
  return { coverage: babies > 0 ? Math.min(1, atTarget / babies) : 1, cost: best.cost, plans }
}
