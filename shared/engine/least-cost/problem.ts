import type { Decision } from '../choose-option'
import type { AreaPlan, Project } from '../plan-types'
import type { RunContext } from '../run-context'

/** Options an authority can take on its own; 'icb-wide' is a share of a pooled team. */
export type OwnOption = 'standalone' | 'satellite' | 'expand'
export type ChoiceOption = OwnOption | 'icb-wide'

/**
 * One way to give an authority new provision: an option started in year index `s`. Figures are
 * inside the scope. For 'icb-wide' they are bounds that hold whoever else joins the pool (spend,
 * cost and WTE no more than the authority's part, gain no less), made exact when the pool closes.
 */
export interface Choice {
  option: ChoiceOption
  s: number
  /** New-provision spend per year index, £. */
  spend: Float64Array
  /** The spend summed, £. */
  cash: number
  /** What the search minimises: cash plus the value of the family-years it leaves unsupported. */
  cost: number
  /** Clinical WTE started in year s. */
  wte: number
  /** Babies under two covered in the target year beyond what existing teams cover. */
  gain: number
  /** The same in every year index (gain is the last), for the "reach it by" path. */
  gains: Float64Array
  /**
   * For a satellite, the teams in reach that could supervise it (by team index); empty
   * otherwise. Which one is settled by matching satellites to places (hub-matching.ts).
   */
  hubs: readonly number[]
}

/** An authority whose coverage in the target year new provision can raise. */
export interface Unit {
  la: number
  area: AreaPlan
  /** Index of its pooling group, or -1 when no other authority could share a pooled team. */
  group: number
  share: number
  unmet: number
  /** Babies under two in scope in the target year, and need and existing capacity there. */
  babies: number
  need: number
  existing: number
  /** Coverage in the target year from existing teams alone. */
  baseCoverage: number
  /** Families in scope whose need existing teams leave unmet, per year index. */
  unmetYears: Float64Array
  /** The objective's count for this authority given nothing new: all its unmet family-years. */
  noneCost: number
  /** Own options the engine allows here, with the decision and the project it builds. */
  own: Partial<Record<OwnOption, { decision: Decision; project: Project }>>
  choices: Choice[]
}

/**
 * Authorities one pooled team may serve: those sharing a primary health body, or, planning by
 * upper-tier council, a county's districts, whose only new team is the county's (a pool of any
 * size, one district included).
 */
export interface Group {
  /** The health body's or the county's name and code. */
  name: string
  code: string
  county: boolean
  units: number[]
}

/** Fewest members a pool of group g may have: a county's team may serve one district. */
export function minPool(p: Problem, g: number): number {
  return p.groups[g]!.county ? 1 : 2
}

export interface Problem {
  ctx: RunContext
  nYears: number
  units: Unit[]
  groups: Group[]
  budget: number
  workforce: number
  /** Babies under two in scope in the target year, and those covered by existing teams. */
  babies: number
  baseCovered: number
  /** Share of the target year a team starting in year index s is productive. */
  productive: Float64Array
  /** The same for every year: [start index * nYears + year index]. */
  ramp: Float64Array
  /** £ per family-year of need left unsupported (LeastCostInput.familyYearValue). */
  familyValue: number
  /**
   * Babies under two the plan must cover beyond existing teams in each year index (the "reach
   * it by" path), and the year indices where that is more than nothing.
   */
  reachBy: Float64Array
  milestones: number[]
  /** Latest start index with the most productive time in the target year (from ctx.firstStart). */
  lastFull: number
  /** Yearly cost of one standard team (scale 1) without set-up, [start index * nYears + year index], £. */
  standardPay: Float64Array
  /** Gains within this many babies count as equal coverage. */
  gainTolerance: number
  /** Satellites each team may still supervise, by team index. */
  hubSlots: Int32Array
}

/** A full answer: a choice index per unit (-1 none) and each group's pool, if any. */
export interface Solution {
  picks: Int32Array
  gain: number
  /** The objective (Choice.cost summed), not the cash. */
  cost: number
}

export const MONEY_EPS = 1e-6
export const WTE_EPS = 1e-9

/**
 * Lexicographic: more coverage in the target year first, then less cost, where cost counts the
 * value of family-years left unsupported by each authority given provision (an authority given
 * none counts nothing, so plans covering the same set of authorities compare exactly).
 */
export function better(gain: number, cost: number, than: Solution | null, p: Problem): boolean {
  if (!than) return true
  if (gain > than.gain + p.gainTolerance) return true
  if (gain < than.gain - p.gainTolerance) return false
  return cost < than.cost - costTolerance(than.cost)
}

export function costTolerance(cost: number): number {
  return MONEY_EPS + 1e-12 * Math.abs(cost)
}
