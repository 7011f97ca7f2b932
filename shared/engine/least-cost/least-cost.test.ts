import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { FAMILY_YEAR_VALUE, type LeastCostInput, type LeastCostPlan } from '../../domain/least-cost'
import type { ModelData } from '../../domain/model-data'
import type { ScenarioResult } from '../../domain/results'
import {
  OPTIONS,
  PHASINGS,
  PRIORITIES,
  STRATEGIES,
  type ScenarioSettings,
} from '../../domain/scenario'
import { buildContext } from '../build-context'
import { hubSlots } from '../hubs'
import { projectCost } from '../phasing'
import { areaPlanFor } from '../area-plan'
import { buildPooledProject, weighInScope } from '../plan-options'
import { runScenario } from '../run-scenario'
import { CODES, fixture, makeFixture } from '../test-fixture'
import { buildProblem } from './candidates'
import { exhaustiveBest } from './exhaustive.test-util'
import { ReachByError } from '../errors'
import { leastCostPlan } from './least-cost-plan'
import { poolFigures } from './pool'
import { planSettings } from './solve'

const SCOPES = [CODES.nation, CODES.hb1, CODES.hb2, CODES.delta, CODES.echo, CODES.bravo]
const LA_CODES = [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot]

const num = (min: number, max: number) =>
  fc.double({ min, max, noNaN: true, noDefaultInfinity: true })

const TRAINEE_ROLE = {
  title: 'Parent-infant therapist (recruit-to-train)',
  band: '6' as const,
  wte: 1,
  clinical: true,
  route: 'recruit-to-train' as const,
  traineeBand: '5' as const,
}
const TRAINEE_TEMPLATES = {
  standard: [
    { title: 'Clinical lead', band: '8c' as const, wte: 1, clinical: true },
    { title: 'Clinical psychologist', band: '8a' as const, wte: 2, clinical: true },
    TRAINEE_ROLE,
    { title: 'Administrator', band: '4' as const, wte: 1, clinical: false },
  ],
  satellite: [
    {
      title: 'Parent-infant therapist (recruit-to-train)',
      band: '6' as const,
      wte: 2,
      clinical: true,
      route: 'recruit-to-train' as const,
      traineeBand: '5' as const,
    },
  ],
}

/** Small problems: up to four modelled years, so brute force stays quick. */
const inputArb: fc.Arbitrary<LeastCostInput> = fc
  .record({
    scope: fc.constantFrom(...SCOPES),
    targetFy: fc.integer({ min: 2028, max: 2031 }),
    span: fc.integer({ min: 0, max: 4 }),
    budgetCap: fc.option(num(100_000, 3_000_000), { nil: undefined, freq: 3 }),
    workforceCap: fc.option(num(1, 25), { nil: undefined, freq: 3 }),
    assumptions: fc.record(
      {
        needRate: num(0.03, 0.12),
        familiesPerClinicalWte: num(25, 70),
        setupCostStandard: num(0, 100_000),
        setupCostSatellite: num(0, 100_000),
        productivityLagMonths: fc.constantFrom(0, 3, 6, 6, 12, 18),
        traineeProductiveMonths: fc.constantFrom(0, 6, 12, 12, 18),
        traineeCaseloadShare: num(0, 1),
        // The nation's plan is held to its share of the national supply; small values bind.
        nationalRecruitsPerYear: fc.constantFrom(5, 20, 10_000),
        satelliteMaxDistanceKm: num(0, 120),
        satelliteTherapists: fc.integer({ min: 1, max: 6 }),
        hubMaxSatellites: fc.constantFrom(1, 1, 2, 3),
        standaloneMinScale: num(0.2, 1.2),
        recruitmentSuccess: fc.constantFrom(1, 1, 1, 0.8),
      },
      { requiredKeys: [] },
    ),
    // Recruit-to-train posts come on stream more slowly, and may be paid at another band.
    trainees: fc.constantFrom(false, true),
    planningUnit: fc.constantFrom('upper-tier' as const, 'district' as const),
    // Unset is the default value of a family-year of support; 0 is least cost alone.
    familyYearValue: fc.option(fc.constantFrom(0, 0, 5_000, 40_000, 250_000), { nil: undefined }),
  })
  .map(({ span, targetFy, trainees, ...rest }) => ({
    ...rest,
    targetFy,
    startFy: targetFy - span,
    ...(trainees ? { templates: TRAINEE_TEMPLATES } : {}),
  }))

/** With a "reach it by" path of up to two years, often more than the caps allow. */
const pathInputArb: fc.Arbitrary<LeastCostInput> = fc
  .tuple(
    inputArb,
    fc.array(
      fc.record({
        offset: fc.integer({ min: 0, max: 4 }),
        coverage: fc.oneof(num(0, 1), fc.constantFrom(0.9, 1)),
      }),
      {
        minLength: 1,
        maxLength: 2,
      },
    ),
  )
  .map(([input, marks]) => {
    // Modelled years only: a start before the year under way is run from it.
    const first = Math.max(input.startFy!, fixture.currentFy)
    const span = input.targetFy! - first
    const byYear = new Map(marks.map((m) => [first + Math.min(m.offset, span), m]))
    return {
      ...input,
      reachBy: [...byYear].map(([fy, m]) => ({ fy, coverage: m.coverage })),
    }
  })

/** The plan, or null when no plan keeps to its path within the caps. */
function planOrNull(data: ModelData, input: LeastCostInput): LeastCostPlan | null {
  try {
    return leastCostPlan(data, input)
  } catch (error) {
    if (error instanceof ReachByError) return null
    throw error
  }
}

/**
 * The fixture with each authority's babies scaled, so gaps and sizes vary from case to case,
 * with the year under way open to new starts or past its April.
 */
const dataArb: fc.Arbitrary<ModelData> = fc
  .tuple(fc.array(num(0.3, 3), { minLength: 5, maxLength: 5 }), fc.boolean())
  .map(([factors, pastApril]) => {
    const data = makeFixture()
    data.las.forEach((la, i) => {
      const f = factors[i]!
      la.age0 = la.age0.map((v) => (v === null ? null : v * f))
      la.age1 = la.age1.map((v) => (v === null ? null : v * f))
    })
    // Past April of the year under way, new provision starts the next year.
    if (pastApril) data.newStartsFy = data.currentFy + 1
    return data
  })

const last = (r: ScenarioResult) => r.years[r.years.length - 1]!

/** Whether a run keeps within the caps in every year, as the plan must. */
function withinCaps(r: ScenarioResult, budget: number | null, workforce: number | null) {
  return r.years.every((y, k) => {
    const started = y.clinicalWte - (k > 0 ? r.years[k - 1]!.clinicalWte : 0)
    return (
      y.cost <= (budget ?? Infinity) * (1 + 1e-12) + 1e-6 &&
      started <= (workforce ?? Infinity) + 1e-7
    )
  })
}

/** What the plan minimises at equal coverage, less a constant: cost less the value of the support given. */
function objective(plan: LeastCostPlan): number {
  return plan.totalCost - plan.familyYearValue * plan.familyYearsSupported
}

function expectReproduced(data: ModelData, plan: LeastCostPlan) {
  const run = runScenario(data, plan.settings)
  expect(last(run).cumulativeCost).toBeCloseTo(plan.totalCost, 6)
  expect(Math.abs(last(run).cumulativeCost - plan.totalCost)).toBeLessThanOrEqual(
    1e-6 * Math.max(1, plan.totalCost),
  )
  expect(Math.abs(last(run).coverage - plan.coverage)).toBeLessThanOrEqual(1e-9)
  expect(withinCaps(run, plan.budgetCap, plan.workforceCap)).toBe(true)
  return run
}

describe('the least-cost plan on small scopes', () => {
  test('matches brute force over every option, start year and pool: coverage, then cost', () => {
    fc.assert(
      fc.property(dataArb, inputArb, (data, input) => {
        const plan = leastCostPlan(data, input)
        const best = exhaustiveBest(data, input)
        expect(plan.proven).toBe(true)
        expect(Math.abs(plan.coverage - best.coverage!)).toBeLessThanOrEqual(1e-9)
        expect(Math.abs(objective(plan) - best.cost)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, plan.totalCost),
        )
      }),
      { numRuns: 150 },
    )
    // Brute force on every case: seconds alone, longer when the whole suite shares the cores.
  }, 30_000)

  test('keeps to a "reach it by" path as brute force does, or says no plan can', () => {
    let kept = 0
    let refused = 0
    fc.assert(
      fc.property(dataArb, pathInputArb, (data, input) => {
        const plan = planOrNull(data, input)
        const best = exhaustiveBest(data, input)
        if (best.coverage === null) {
          expect(plan).toBeNull()
          refused++
          return
        }
        expect(plan).not.toBeNull()
        kept++
        expect(Math.abs(plan!.coverage - best.coverage)).toBeLessThanOrEqual(1e-9)
        expect(Math.abs(objective(plan!) - best.cost)).toBeLessThanOrEqual(
          1e-6 * Math.max(1, plan!.totalCost),
        )
        const run = expectReproduced(data, plan!)
        for (const m of input.reachBy!) {
          const year = run.years.find((y) => y.fyStart === m.fy)!
          expect(year.coverage).toBeGreaterThanOrEqual(m.coverage - 1e-9)
        }
      }),
      { numRuns: 120 },
    )
    // Both outcomes must occur, or the property says little.
    expect(kept).toBeGreaterThan(10)
    expect(refused).toBeGreaterThan(5)
  }, 30_000)

  test('no hub in the plan supervises more satellites than its places', () => {
    fc.assert(
      fc.property(dataArb, inputArb, (data, input) => {
        const plan = leastCostPlan(data, input)
        const ctx = buildContext(data, planSettings(data, input))
        const places = hubSlots(ctx, ctx.settings.startFy)
        const used = new Map<string, number>()
        for (const a of plan.areas) {
          if (a.option === 'satellite') used.set(a.hubTeamId!, (used.get(a.hubTeamId!) ?? 0) + 1)
        }
        for (const [id, n] of used) {
          expect(n).toBeLessThanOrEqual(places[data.teams.findIndex((t) => t.id === id)]!)
        }
      }),
      { numRuns: 100 },
    )
  })

  test('runScenario on the plan’s settings gives its cost and coverage, within the caps', () => {
    fc.assert(
      fc.property(dataArb, inputArb, (data, input) => {
        expectReproduced(data, leastCostPlan(data, input))
      }),
      { numRuns: 60 },
    )
  })

  test('no hand-built scenario within the same caps covers more, or as much for less', () => {
    const handArb = fc.record({
      strategy: fc.constantFrom(...STRATEGIES),
      phasing: fc.constantFrom(...PHASINGS),
      priority: fc.constantFrom(...PRIORITIES),
      overrides: fc.dictionary(
        fc.constantFrom(...LA_CODES),
        fc.record(
          { option: fc.constantFrom(...OPTIONS), startFy: fc.integer({ min: 2024, max: 2031 }) },
          { requiredKeys: [] },
        ),
      ),
    })
    let compared = 0
    fc.assert(
      fc.property(inputArb, handArb, (input, hand) => {
        // Planning by upper-tier council, a county district's new team is its county's: a
        // health-body-wide team across the county's edge is another plan, not one to beat.
        const pooled =
          hand.strategy === 'icb-wide' ||
          Object.values(hand.overrides).some((o) => o.option === 'icb-wide')
        if (input.planningUnit === 'upper-tier' && pooled) return
        const plan = leastCostPlan(fixture, input)
        // The plan gives nothing new where existing teams meet the need in the target year.
        const met = plan.areas.filter((a) => a.option === 'none' && a.alternatives.length === 0)
        const overrides = { ...hand.overrides }
        for (const a of met) overrides[a.code] = { option: 'none' }
        const { familyYearValue, ...settings } = { ...input, ...hand, overrides }
        const run = runScenario(fixture, settings as ScenarioSettings)
        if (!withinCaps(run, plan.budgetCap, plan.workforceCap)) return
        compared++
        expect(last(run).coverage).toBeLessThanOrEqual(plan.coverage + 1e-9)
        if (last(run).coverage >= plan.coverage - 1e-9) {
          const value = familyYearValue ?? FAMILY_YEAR_VALUE.value
          const supported = run.years.reduce((sum, y) => sum + y.newFamiliesSupported, 0)
          expect(objective(plan)).toBeLessThanOrEqual(
            last(run).cumulativeCost - value * supported + 1e-6 * Math.max(1, plan.totalCost),
          )
        }
      }),
      { numRuns: 400 },
    )
    // The property means nothing if the caps rule out every hand-built scenario.
    expect(compared).toBeGreaterThan(100)
  })

  test('the lower bound never exceeds the plan, and equals it when the search is proven', () => {
    fc.assert(
      fc.property(dataArb, inputArb, (data, input) => {
        const plan = leastCostPlan(data, input)
        expect(plan.lowerBound).toBeLessThanOrEqual(plan.score + 1e-6)
        expect(plan.score).toBeCloseTo(
          plan.totalCost + plan.familyYearValue * plan.familyYearsUnsupported,
          3,
        )
        if (plan.proven) expect(plan.gap).toBeCloseTo(0, 6)
        expect(plan.coverage).toBeLessThanOrEqual(plan.uncappedCoverage + 1e-9)
      }),
      { numRuns: 40 },
    )
  })
})

describe('pooled teams', () => {
  test('are costed as the engine’s own health-body-wide project', () => {
    const settings = planSettings(fixture, { scope: CODES.nation, startFy: 2026 })
    const ctx = buildContext(fixture, settings)
    const problem = buildProblem(ctx, FAMILY_YEAR_VALUE.value)
    const group = problem.groups[0]!
    expect(group.units.length).toBeGreaterThanOrEqual(2)
    for (let s = 0; s < problem.nYears; s++) {
      const mine = poolFigures(problem, group.units, s)
      const areas = group.units.map((k) => areaPlanFor(ctx, problem.units[k]!.la))
      const project = buildPooledProject(ctx, 'icb-wide', group, areas)
      weighInScope(ctx, project)
      let cost = 0
      for (let y = s; y < problem.nYears; y++)
        cost += projectCost(ctx, project, s, y) * project.scopeShare
      expect(mine.cash).toBeCloseTo(cost, 6)
      expect(mine.wte).toBeCloseTo(project.clinicalWte * project.scopeShare, 9)
    }
  })
})

describe('the plan explained', () => {
  test('with no caps and no value on earlier support, every team starts in the latest year productive for the whole target year', () => {
    const plan = leastCostPlan(fixture, { scope: CODES.nation, familyYearValue: 0 })
    expect(plan.fullCoverage).toBe(true)
    expect(plan.binding).toEqual([])
    const started = plan.areas.filter((a) => a.startFy !== null)
    expect(started.length).toBeGreaterThan(0)
    for (const a of started) {
      expect(a.startFy).toBeGreaterThanOrEqual(2029)
      expect(a.reason).toMatch(/starts in April 20(29|30)/)
    }
    expectReproduced(fixture, plan)
  })

  test('valuing a year of support, a team starts as early as the support is worth its cost', () => {
    const input = { scope: CODES.nation, planningUnit: 'district' as const }
    const cheapest = leastCostPlan(fixture, { ...input, familyYearValue: 0 })
    const valued = leastCostPlan(fixture, input)
    expect(valued.familyYearValue).toBe(FAMILY_YEAR_VALUE.value)
    expect(valued.coverage).toBeCloseTo(cheapest.coverage, 9)
    const first = (plan: LeastCostPlan) =>
      Math.min(...plan.areas.flatMap((a) => (a.startFy === null ? [] : [a.startFy])))
    expect(first(valued)).toBeLessThan(first(cheapest))
    expect(valued.totalCost).toBeGreaterThan(cheapest.totalCost)
    expect(valued.familyYearsSupported).toBeGreaterThan(cheapest.familyYearsSupported)
    // Each is the best plan by its own measure.
    const at = (plan: LeastCostPlan, v: number) => plan.totalCost - v * plan.familyYearsSupported
    expect(at(valued, FAMILY_YEAR_VALUE.value)).toBeLessThan(at(cheapest, FAMILY_YEAR_VALUE.value))
    expect(at(cheapest, 0)).toBeLessThan(at(valued, 0))
    const run = expectReproduced(fixture, valued)
    const supported = run.years.reduce((sum, y) => sum + y.newFamiliesSupported, 0)
    expect(valued.familyYearsSupported).toBeCloseTo(supported, 6)
    const early = valued.areas.find((a) => a.startFy === first(valued))!
    expect(early.reason).toMatch(/more family-years of need, worth £[\d.]+[km]? at £40k each \[A\]/)
    expect(valued.summary.join(' ')).toMatch(/Each family-year of support is valued at £40k \[A\]/)
  })

  test('a tight budget leaves authorities out and says which cap binds', () => {
    const open = leastCostPlan(fixture, { scope: CODES.nation })
    const capped = leastCostPlan(fixture, { scope: CODES.nation, budgetCap: 200_000 })
    expect(capped.coverage).toBeLessThan(open.coverage)
    expect(capped.binding.map((b) => b.constraint)).toEqual(['budget'])
    const out = capped.areas.filter((a) => a.option === 'none' && a.coverage < 1)
    expect(out.length).toBeGreaterThan(0)
    for (const a of out) expect(a.reason).toMatch(/Left out within the caps/)
    expect(capped.summary.join(' ')).toMatch(/budget cap of £200k a year binds/)
    expectReproduced(fixture, capped)
  })

  test('a satellite names its hub and the costs it is compared with', () => {
    const plan = leastCostPlan(fixture, {
      scope: CODES.nation,
      planningUnit: 'district',
      familyYearValue: 0,
    })
    const echo = plan.areas.find((a) => a.code === CODES.echo)!
    expect(echo.option).toBe('satellite')
    expect(echo.hubName).toBe('Charlie Team')
    expect(echo.hubTeamId).toBe('charlie-team')
    expect(echo.reason).toMatch(/satellite of Charlie Team \(Charlie, 44 km\)/)
    // Foxtrot, nearer Alpha Team, cannot have it: Alpha Team's one place is Bravo's satellite.
    expect(echo.reason).toMatch(
      /only hub team in reach \(each hub supervises at most 1 satellite\)/,
    )
    expect(echo.reason).toMatch(/£1\.46m for a standalone team/)
    expect(echo.alternatives.map((a) => a.option)).toEqual(['satellite', 'icb-wide', 'standalone'])
    expect(echo.alternatives[0]!.cost).toBeCloseTo(echo.cost, 6)
  })

  test('is the same for the same input', () => {
    const input = { scope: CODES.nation, budgetCap: 400_000, workforceCap: 3 }
    expect(leastCostPlan(fixture, input)).toEqual(leastCostPlan(fixture, input))
  })
})
