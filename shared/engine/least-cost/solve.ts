import { buildContext } from '../build-context'
import type { ModelData } from '../../domain/model-data'
import { FAMILY_YEAR_VALUE, type LeastCostInput } from '../../domain/least-cost'
import type { ResolvedSettings } from '../../domain/scenario'
import { ReachByError } from '../errors'
import { fmt } from '../format'
import { resolveSettings } from '../settings'
import { buildProblem } from './candidates'
import { evaluate, feasible, onPath, type Evaluation } from './evaluate'
import { matchHubs } from './hub-matching'
import { improve } from './improve'
import { repairPath } from './reach-by'
import type { Problem } from './problem'
import { bestPrices } from './lagrangian'
import { leastUse, segmentsOf } from './relaxation'
import { search, searchNeighbourhoods } from './search'
import { solveUncapped } from './uncapped'

/** Enough for every ICB under its caps in well under the time target; the UK stops here. */
export const MAX_NODES = 200_000
const QUICK_NODES = 5_000
const SMALL_SCOPE = 60
const LARGE_SCOPE_NODES = 20_000
const WINDOW_NODES = 20_000
const WINDOWS = 40

export interface Solved {
  problem: Problem
  settings: ResolvedSettings
  plan: Evaluation
  picks: Int32Array
  /** The hub team of each unit's satellite in the plan, -1 where it has none. */
  hubs: Int32Array
  uncapped: Evaluation
  uncappedPicks: Int32Array
  lowerBound: number
  proven: boolean
  nodes: number
}

/** The settings a plan is solved for: the input's, with every other setting at its default. */
export function planSettings(data: ModelData, input: LeastCostInput): ResolvedSettings {
  const capped = (input.budgetCap ?? null) !== null || (input.workforceCap ?? null) !== null
  return resolveSettings(data, {
    ...input,
    strategy: 'mixed',
    phasing: capped ? 'capped' : 'even',
  })
}

/** The "reach it by" path by year index; a year before the start is refused by name. */
function reachByYears(settings: ResolvedSettings, input: LeastCostInput): Map<number, number> {
  const years = new Map<number, number>()
  ;(input.reachBy ?? []).forEach((m, i) => {
    if (m.fy < settings.startFy || m.fy > settings.targetFy) {
      throw new ReachByError(
        ['reachBy', i, 'fy'],
        `a year to reach coverage by must be from ${fmt.fy(settings.startFy)} to ${fmt.fy(settings.targetFy)}`,
      )
    }
    years.set(m.fy - settings.startFy, m.coverage)
  })
  return years
}

/** Names the first year of the path the best plan found misses. */
function offPath(
  p: Problem,
  settings: ResolvedSettings,
  input: LeastCostInput,
  plan: Evaluation,
  proven: boolean,
): ReachByError {
  const y = p.milestones.find((m) => plan.covered[m]! < p.reachBy[m]! - p.gainTolerance)!
  const fy = settings.startFy + y
  const i = (input.reachBy ?? []).findIndex((m) => m.fy === fy)
  const asked = fmt.pct(input.reachBy![i]!.coverage)
  return new ReachByError(
    ['reachBy', i, 'coverage'],
    proven
      ? `no plan within the caps reaches ${asked} coverage by ${fmt.fy(fy)}`
      : `no plan was found within the caps that reaches ${asked} coverage by ${fmt.fy(fy)}`,
  )
}

/** Finds the plan: most coverage in the target year within the caps, then least cost. */
export function solve(data: ModelData, input: LeastCostInput, maxNodes = MAX_NODES): Solved {
  const settings = planSettings(data, input)
  const ctx = buildContext(data, settings)
  const problem = buildProblem(
    ctx,
    input.familyYearValue ?? FAMILY_YEAR_VALUE.value,
    reachByYears(settings, input),
  )
  const free = solveUncapped(problem)
  const uncapped = evaluate(problem, free.picks)

  let picks = free.picks
  let proven = free.exact
  let nodes = 0
  if (!feasible(problem, uncapped) || !free.exact) {
    // On a "reach it by" path, the plan without caps moved onto it leads and is the one to beat.
    const path = problem.milestones.length > 0
    const preferred = path ? repairPath(problem, free.picks) : free.picks
    const onIt = path ? preferred : undefined
    // A quick search gives a first plan; in a scope the size of an ICB, solving windows of it
    // exactly improves it, which gives the full search a strong plan to beat, so its bounds cut
    // early. A whole nation or the UK gets fewer nodes: each costs more there.
    const small = problem.units.length <= SMALL_SCOPE
    const limit = small ? maxNodes : Math.min(maxNodes, LARGE_SCOPE_NODES)
    let found = search(problem, preferred, Math.min(QUICK_NODES, limit), onIt)
    nodes = found.nodes
    if (!found.complete) {
      const seed = small
        ? searchNeighbourhoods(problem, preferred, found.picks, WINDOW_NODES, WINDOWS)
        : improve(problem, found.picks)
      found = search(problem, preferred, limit, seed)
      nodes += found.nodes
    }
    proven = found.complete
    picks = found.complete ? found.picks : improve(problem, found.picks)
  }
  const plan = evaluate(problem, picks)
  if (!onPath(problem, plan.covered)) throw offPath(problem, settings, input, plan, proven)

  // A proven plan is its own bound. Otherwise: without caps no plan reaching this coverage
  // costs less than the uncapped optimum (or, below its coverage, the linear relaxation of the
  // same problem); with them, the Lagrangian relaxation of the caps may say more.
  let lowerBound = plan.cost
  if (!proven) {
    const reachesUncapped = plan.gain >= uncapped.gain - problem.gainTolerance
    const need = plan.gain - problem.gainTolerance
    const relaxed = leastUse(
      segmentsOf(problem.units.map((u) => u.choices.map((c) => ({ use: c.cost, gain: c.gain })))),
      0,
      need,
    )
    const withoutCaps = reachesUncapped && free.exact ? uncapped.cost : relaxed
    const { bound: caps } = bestPrices(problem, need, plan.cost, 300)
    lowerBound = Math.min(plan.cost, Math.max(withoutCaps, caps))
  }
  return {
    problem,
    settings,
    plan,
    picks,
    hubs: matchHubs(problem, picks).hub,
    uncapped,
    uncappedPicks: free.picks,
    lowerBound,
    proven,
    nodes,
  }
}
