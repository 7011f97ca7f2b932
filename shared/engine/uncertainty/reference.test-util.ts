/**
 * Test helpers for the fixed-plan evaluator: a slow reference that runs the full engine on the
 * central plan under other assumptions, and a check that an evaluation matches a full result.
 */
import { expect } from 'vitest'
import type { ModelData } from '../../domain/model-data'
import type { ScenarioResult } from '../../domain/results'
import type { ScenarioSettings } from '../../domain/scenario'
import { buildContext } from '../build-context'
import { existingCapacity } from '../existing-capacity'
import { fillNeed } from '../need'
import { buildResult, FULL, provisionGrids, traceScenario } from '../run-scenario'
import { PLAN_KEYS, type PlanEvaluation, type PlanKey } from './fixed-plan'

export type RangedValues = Record<PlanKey, number>

export function vectorOf(values: RangedValues): Float64Array {
  return Float64Array.from(PLAN_KEYS, (key) => values[key])
}

/**
 * The scenario's own plan (projects and start years from its central run) put through the whole
 * engine — population, existing capacity, provisionGrids, buildResult — with the ranged
 * assumptions replaced. Under the national projection buildContext ignores the yearly trend, so
 * births are moved here by the definition the evaluator documents: (1 + draw) / (1 + central)
 * compounded over each cell's projected years.
 */
export function referenceRun(
  data: ModelData,
  settings: ScenarioSettings,
  values: RangedValues,
): ScenarioResult {
  const central = traceScenario(data, settings)
  const resolved = central.ctx.settings
  const ctx = buildContext(data, {
    ...resolved,
    assumptions: { ...resolved.assumptions, ...values },
  })
  if (resolved.trend === 'national') {
    const ratio = (1 + values.birthsTrendPerYear) / (1 + resolved.assumptions.birthsTrendPerYear)
    const { pop } = ctx
    for (let c = 0; c < pop.births.length; c++) {
      pop.births[c] = pop.births[c]! * ratio ** pop.birthsSpan[c]!
      pop.under2[c] = pop.under2[c]! * ratio ** pop.under2Span[c]!
    }
  }
  // The evaluator keeps the central run's deprivation weights, as documented.
  fillNeed(central.ctx.needParts, ctx.pop.births, ctx.nYears, values.needRate, ctx.need)
  ctx.existingCap = existingCapacity(
    data,
    ctx.index,
    ctx.fys,
    ctx.need,
    ctx.a,
    ctx.settings.existingTeams,
  ).capacity
  const projects = central.projects.map((p) => ({
    ...p,
    capacity: p.clinicalWte * ctx.familiesPerWte * values.recruitmentSuccess,
  }))
  return buildResult(ctx, central.plans, projects, provisionGrids(ctx, projects))
}

const close = (a: number, b: number, tolerance: number) =>
  Math.abs(a - b) <= tolerance * Math.max(Math.abs(a), Math.abs(b), 1e-12)

/** The evaluation agrees with a full result to `tolerance` relative, year by year. */
export function expectSameOutcome(
  evaluation: PlanEvaluation,
  result: ScenarioResult,
  tolerance = 1e-9,
): void {
  result.years.forEach((y, k) => {
    const pairs: [string, number, number][] = [
      ['coverage', evaluation.coverage[k]!, y.coverage],
      ['cost', evaluation.cost[k]!, y.cost],
      ['cumulativeCost', evaluation.cumulativeCost[k]!, y.cumulativeCost],
    ]
    for (const [name, got, want] of pairs) {
      expect(close(got, want, tolerance), `${name} in ${y.fy}: ${got} vs ${want}`).toBe(true)
    }
  })
  const last = result.years.length - 1
  const everyAuthority = result.areas.every((a) => a.years[last]!.coverage >= FULL)
  expect(evaluation.fullyCovered).toBe(everyAuthority)
}
