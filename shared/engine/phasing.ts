import { BANDS } from '../domain/pay'
import type { Project } from './plan-options'
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
  return cost
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
  const workforce = settings.workforceCap ?? Infinity
  const spend = new Float64Array(nYears)
  const started = new Float64Array(nYears)

  const fits = (p: Project, s: number): boolean => {
    if (started[s]! + p.clinicalWte * p.scopeShare > workforce + WTE_EPS) return false
    if (budget === Infinity) return true
    for (let y = s; y < nYears; y++) {
      if (spend[y]! + projectCost(ctx, p, s, y) * p.scopeShare > budget + MONEY_EPS) return false
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

  if (settings.phasing === 'capped') {
    for (const p of order) p.plannedFy = fys[0]!
    const waiting = new Set(order)
    for (let s = 0; s < nYears; s++) {
      for (const p of order) {
        if (waiting.has(p) && fits(p, s)) {
          commit(p, s)
          waiting.delete(p)
        }
      }
    }
    return
  }

  const lastSlot = settings.phasing === 'even' ? lastEvenStart(ctx) - fys[0]! : 0
  const slots = lastSlot + 1
  order.forEach((p, k) => {
    p.plannedFy = fys[0]! + Math.floor((k * slots) / order.length)
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
 * The last start year for 'even' phasing: late enough to spread the work, early enough that
 * a team starting then is productive for the whole target year after the recruitment lag.
 */
export function lastEvenStart(ctx: RunContext): number {
  const { startFy, targetFy } = ctx.settings
  const lagYears = Math.ceil(ctx.a.productivityLagMonths / 12 - 1e-9)
  return Math.max(startFy, targetFy - lagYears)
}
