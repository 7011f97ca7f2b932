import { BANDS } from '../domain/pay'
import type { Project } from './plan-options'
import { trainedAfter, trainingMonths } from './ramp-up'
import type { RunContext } from './run-context'

const MONEY_EPS = 1e-6
const WTE_EPS = 1e-9

/**
 * Sorts projects into the scenario's priority order; ties fall back to the code so the
 * order, and so every result, is deterministic.
 */
export function priorityOrder(ctx: RunContext, projects: readonly Project[]): Project[] {
  const byCode = (x: Project, y: Project) => (x.code < y.code ? -1 : x.code > y.code ? 1 : 0)
  const order = [...projects]
  switch (ctx.settings.priority) {
    case 'unmet-need':
      // The part inside the scope: a sliver of a split authority does not jump the queue.
      order.sort((x, y) => y.unmet * y.scopeShare - x.unmet * x.scopeShare || byCode(x, y))
      break
    case 'babies':
      order.sort((x, y) => y.babies - x.babies || byCode(x, y))
      break
    case 'lowest-coverage':
      order.sort((x, y) => x.coverage - y.coverage || y.unmet - x.unmet || byCode(x, y))
      break
    case 'name':
      order.sort((x, y) => x.name.localeCompare(y.name, 'en-GB') || byCode(x, y))
      break
  }
  return order
}

/** Cost of a project in year index y if it starts (in April) in year index s, before scope share. */
export function projectCost(ctx: RunContext, p: Project, s: number, y: number): number {
  if (y < s) return 0
  const { rates, nYears } = ctx
  let cost = y === s ? p.setup : 0
  for (let b = 0; b < BANDS.length; b++) {
    const wte = p.wte[b]! + p.hubWte[b]!
    if (wte !== 0) cost += wte * rates[b * nYears + y]!
  }
  if (p.traineeWte > 0) cost += trainingPayChange(ctx, p, s, y)
  return cost
}

/** What paying recruit-to-train posts at their trainee band changes in year index y's cost. */
export function trainingPayChange(ctx: RunContext, p: Project, s: number, y: number): number {
  const months = trainingMonths(ctx.a, ctx.fys[s]!, ctx.fys[y]!)
  if (months === 0) return 0
  let change = 0
  for (let b = 0; b < BANDS.length; b++) {
    const wte = p.traineePayDelta[b]!
    if (wte !== 0) change += wte * ctx.rates[b * ctx.nYears + y]!
  }
  return (change * months) / 12
}

/**
 * Gives each project a start year. Overrides with a start year are fixed first and count
 * against the caps. 'even' spreads the rest in priority order over the years in which a
 * start still becomes productive by the target year; 'front-loaded' starts all at once;
 * 'capped' starts each year as many as the caps allow, in priority order. With any phasing,
 * a start that would break a cap in its year (or, for the budget, any later year) is deferred.
 */
export function assignStartYears(ctx: RunContext, projects: readonly Project[]): void {
  const { settings, fys, nYears } = ctx
  const budget = settings.budgetCap ?? Infinity
  const workforce = ctx.workforceCap
  const spend = new Float64Array(nYears)
  const started = new Float64Array(nYears)

  // Notes on the project which cap held it back, so its reason names the one that did.
  const hold = (p: Project, cap: 'budget' | 'workforce'): false => {
    if (!p.heldBy.includes(cap)) p.heldBy.push(cap)
    return false
  }
  const fits = (p: Project, s: number): boolean => {
    if (started[s]! + p.clinicalWte * p.scopeShare > workforce + WTE_EPS)
      return hold(p, 'workforce')
    if (budget === Infinity) return true
    for (let y = s; y < nYears; y++) {
      if (spend[y]! + projectCost(ctx, p, s, y) * p.scopeShare > budget + MONEY_EPS) {
        return hold(p, 'budget')
      }
    }
    return true
  }
  const commit = (p: Project, s: number) => {
    p.startFy = fys[s]!
    started[s] = started[s]! + p.clinicalWte * p.scopeShare
    for (let y = s; y < nYears; y++) spend[y] = spend[y]! + projectCost(ctx, p, s, y) * p.scopeShare
  }

  const flexible: Project[] = []
  for (const p of projects) {
    if (p.fixedStartFy === null) {
      flexible.push(p)
      continue
    }
    p.plannedFy = p.fixedStartFy
    const s = p.fixedStartFy - fys[0]!
    if (s < nYears) commit(p, s)
  }
  const order = priorityOrder(ctx, flexible)

  // The year under way may be too late to start in (ctx.firstStart); a start set by hand stands.
  const first = ctx.firstStart
  if (settings.phasing === 'capped') {
    for (const p of order) p.plannedFy = fys[Math.min(first, nYears - 1)]!
    const waiting = new Set(order)
    for (let s = first; s < nYears; s++) {
      for (const p of order) {
        if (waiting.has(p) && fits(p, s)) {
          commit(p, s)
          waiting.delete(p)
        }
      }
    }
    return
  }

  const lastSlot = Math.max(
    first,
    settings.phasing === 'even' ? lastEvenStart(ctx) - fys[0]! : first,
  )
  const slots = lastSlot - first + 1
  order.forEach((p, k) => {
    p.plannedFy = fys[0]! + first + Math.floor((k * slots) / order.length)
  })
  // Stable by planned year, keeping priority order within a year.
  for (const p of [...order].sort((x, y) => x.plannedFy! - y.plannedFy!)) {
    for (let s = p.plannedFy! - fys[0]!; s < nYears; s++) {
      if (fits(p, s)) {
        commit(p, s)
        break
      }
    }
  }
}

/**
 * The last start year for 'even' phasing: late enough to spread the work, early enough that a
 * team starting then works at full capacity for the whole target year, after the recruitment
 * lag and, where its posts are recruit-to-train, their training.
 */
export function lastEvenStart(ctx: RunContext): number {
  const { startFy, targetFy } = ctx.settings
  const { a } = ctx
  const trainees =
    ctx.standard.training.traineeWte > 0 ||
    ctx.satellite.roles.some((r) => r.clinical && r.route === 'recruit-to-train')
  const months = Math.max(a.productivityLagMonths, trainees ? trainedAfter(a) : 0)
  const lagYears = Math.ceil(months / 12 - 1e-9)
  return Math.max(startFy, targetFy - lagYears)
}
