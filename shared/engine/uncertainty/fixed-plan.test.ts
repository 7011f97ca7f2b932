import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { runScenario } from '../run-scenario'
import { CODES, fixture } from '../test-fixture'
import { fixPlan } from './fixed-plan'
import { expectSameOutcome, referenceRun, vectorOf, type RangedValues } from './reference.test-util'
import { rangedValuesArbitrary, settingsArbitrary } from '../settings-arbitrary.test-util'

const settingsArb = settingsArbitrary({
  scopes: ['K02000001', ...Object.values(CODES)],
  laCodes: [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot],
  hubTeamIds: ['alpha-team', 'charlie-team'],
})

describe('the fixed plan, evaluated without re-planning', () => {
  test('at the scenario’s own assumptions it reproduces runScenario’s years to 1e-9', () => {
    fc.assert(
      fc.property(settingsArb, (settings) => {
        const plan = fixPlan(fixture, settings)
        const evaluation = plan.evaluate(plan.central, plan.newEvaluation())
        expectSameOutcome(evaluation, runScenario(fixture, settings))
      }),
      { numRuns: 300 },
    )
  })

  test('under any other assumptions it matches the full engine run of the same plan', () => {
    fc.assert(
      fc.property(settingsArb, rangedValuesArbitrary, (settings, values: RangedValues) => {
        const plan = fixPlan(fixture, settings)
        const evaluation = plan.evaluate(vectorOf(values), plan.newEvaluation())
        expectSameOutcome(evaluation, referenceRun(fixture, settings, values))
      }),
      { numRuns: 300 },
    )
  })

  test('the plan does not grow with need: more need costs the same and covers less', () => {
    const settings = { scope: CODES.hb1 }
    const plan = fixPlan(fixture, settings)
    const central = plan.evaluate(plan.central, plan.newEvaluation())
    const more = plan.central.slice()
    more[0] = 0.1 // needRate, from the central 7%
    const higher = plan.evaluate(more, plan.newEvaluation())
    expect(central.fullyCovered).toBe(true)
    expect(higher.fullyCovered).toBe(false)
    const last = plan.nYears - 1
    expect(higher.coverage[last]).toBeLessThan(central.coverage[last]! - 0.05)
    expect(Array.from(higher.cost)).toEqual(Array.from(central.cost))
    // A re-planned run at 10% would buy more posts and cost more: the fixed plan is the point.
    expect(
      runScenario(fixture, { ...settings, assumptions: { needRate: 0.1 } }).years[last]!.cost,
    ).toBeGreaterThan(central.cost[last]!)
  })

  test('evaluating again with the same buffers gives the same answer', () => {
    const plan = fixPlan(fixture, { scope: 'K02000001', trend: 'annual' })
    const out = plan.newEvaluation()
    const first = Array.from(plan.evaluate(plan.central, out).coverage)
    const other = plan.central.slice()
    other[6] = 0.05 // birthsTrendPerYear
    plan.evaluate(other, out)
    expect(Array.from(plan.evaluate(plan.central, out).coverage)).toEqual(first)
  })
})
