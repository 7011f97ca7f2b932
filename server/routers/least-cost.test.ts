import { TRPCError } from '@trpc/server'
import type { ZodError } from 'zod'
import { beforeAll, describe, expect, test } from 'vitest'
import { STRATEGIES } from '../../shared/domain/scenario'
import { createTestCaller } from '../../tests/helpers/test-caller'

const LANCASHIRE_ICB = 'E54000048'

type Caller = Awaited<ReturnType<typeof createTestCaller>>['caller']
let caller: Caller

beforeAll(async () => {
  ;({ caller } = await createTestCaller())
})

describe('scenario.leastCost on the real data', () => {
  test('Lancashire and South Cumbria: full coverage by 2030/31, no worse than any strategy that gets there', async () => {
    const plan = await caller.scenario.leastCost({ scope: LANCASHIRE_ICB })
    expect(plan.scope.name).toMatch(/Lancashire and South Cumbria/)
    expect(plan.fullCoverage).toBe(true)
    expect(plan.fullCoverageFy).not.toBeNull()
    expect(plan.score).toBeGreaterThanOrEqual(plan.lowerBound - 1e-6)
    expect(plan.totalCost).toBeGreaterThan(0)
    const cheapest = await caller.scenario.leastCost({ scope: LANCASHIRE_ICB, familyYearValue: 0 })

    const run = await caller.scenario.run(plan.settings)
    const last = run.years.at(-1)!
    expect(Math.abs(last.cumulativeCost - plan.totalCost)).toBeLessThanOrEqual(
      1e-6 * plan.totalCost,
    )
    expect(Math.abs(last.coverage - plan.coverage)).toBeLessThanOrEqual(1e-9)

    let compared = 0
    for (const strategy of STRATEGIES) {
      const preset = await caller.scenario.run({ scope: LANCASHIRE_ICB, strategy })
      const end = preset.years.at(-1)!
      if (end.coverage < 1 - 1e-9) continue
      compared++
      // Counting each family-year of support at its value, and on cost alone.
      const supported = preset.years.reduce((sum, y) => sum + y.newFamiliesSupported, 0)
      expect(plan.totalCost - plan.familyYearValue * plan.familyYearsSupported).toBeLessThanOrEqual(
        end.cumulativeCost - plan.familyYearValue * supported + 1e-6,
      )
      expect(cheapest.totalCost).toBeLessThanOrEqual(end.cumulativeCost + 1e-6)
    }
    expect(compared).toBeGreaterThan(0)
  })

  test('every authority in scope has a row, and every one with a gap an override', async () => {
    const plan = await caller.scenario.leastCost({ scope: LANCASHIRE_ICB })
    const run = await caller.scenario.run({ scope: LANCASHIRE_ICB })
    expect(plan.areas.map((a) => a.code).sort()).toEqual(run.areas.map((a) => a.code).sort())
    for (const area of run.areas) {
      if (area.option !== 'none') expect(plan.settings.overrides?.[area.code]).toBeDefined()
    }
    for (const area of plan.areas) {
      expect(area.reason.length).toBeGreaterThan(40)
      if (area.option === 'satellite') expect(area.hubName).toBeTruthy()
    }
  })

  test('a budget cap binds, lowers coverage and keeps every year within it', async () => {
    const plan = await caller.scenario.leastCost({ scope: LANCASHIRE_ICB, budgetCap: 1_000_000 })
    expect(plan.fullCoverage).toBe(false)
    expect(plan.binding.map((b) => b.constraint)).toContain('budget')
    const run = await caller.scenario.run(plan.settings)
    for (const year of run.years) expect(year.cost).toBeLessThanOrEqual(1_000_000 + 1e-6)
    expect(plan.areas.some((a) => /Left out within the caps/.test(a.reason))).toBe(true)
  })

  test('the whole UK on defaults is held to the national supply of staff', async () => {
    const plan = await caller.scenario.leastCost({ scope: 'K02000001' })
    expect(plan.areas).toHaveLength(361)
    // 65 new clinical WTE a year [A] cannot staff every authority by 2030/31.
    expect(plan.workforceCap).toBe(65)
    expect(plan.fullCoverage).toBe(false)
    expect(plan.binding.map((b) => b.constraint)).toContain('workforce')
    for (const y of plan.years) expect(y.clinicalWteStarted).toBeLessThanOrEqual(65 + 1e-6)
    expect(plan.score).toBeGreaterThanOrEqual(plan.lowerBound - 1e-6)
  })

  test('Lancashire and South Cumbria keeps to a "reach it by" path, growing year by year', async () => {
    const reachBy = [
      { fy: 2027, coverage: 0.3 },
      { fy: 2028, coverage: 0.6 },
    ]
    const plan = await caller.scenario.leastCost({
      scope: LANCASHIRE_ICB,
      familyYearValue: 0,
      reachBy,
    })
    const run = await caller.scenario.run(plan.settings)
    for (const m of reachBy) {
      expect(run.years.find((y) => y.fyStart === m.fy)!.coverage).toBeGreaterThanOrEqual(
        m.coverage - 1e-9,
      )
    }
    expect(plan.fullCoverage).toBe(true)
    expect(plan.reachBy).toEqual(reachBy)
    expect(plan.summary.join(' ')).toMatch(/It keeps to the path asked: at least 30% by 2027\/28/)
    // Without the path (and no value on earlier support) nothing starts before 2028/29.
    expect(plan.years.filter((y) => y.fyStart < 2028).some((y) => y.clinicalWteStarted > 1)).toBe(
      true,
    )
  })

  test('the whole UK with the supply lifted covers every authority', async () => {
    const plan = await caller.scenario.leastCost({
      scope: 'K02000001',
      assumptions: { nationalRecruitsPerYear: 100_000 },
    })
    expect(plan.fullCoverage).toBe(true)
    expect(plan.score).toBeGreaterThanOrEqual(plan.lowerBound - 1e-6)
  })
})

describe('scenario.leastCost refuses what it cannot plan', () => {
  test('an unknown area is NOT_FOUND', async () => {
    const error = await caller.scenario.leastCost({ scope: 'E99999999' }).catch((e: unknown) => e)
    expect(error).toBeInstanceOf(TRPCError)
    expect((error as TRPCError).code).toBe('NOT_FOUND')
  })

  test('a target before the start names the field', async () => {
    const error = await caller.scenario
      .leastCost({ scope: LANCASHIRE_ICB, startFy: 2030, targetFy: 2027 })
      .catch((e: unknown) => e)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect((error as TRPCError).message).toMatch(/target year/)
  })

  test('a "reach it by" path no plan can keep to is refused on its field, with the year', async () => {
    const error = await caller.scenario
      .leastCost({ scope: LANCASHIRE_ICB, reachBy: [{ fy: 2026, coverage: 0.9 }] })
      .catch((e: unknown) => e)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
    expect((error as TRPCError).message).toMatch(/reaches 90% coverage by 2026\/27/)
    const cause = (error as TRPCError).cause as ZodError
    expect(cause.issues[0]!.path).toEqual(['reachBy', 0, 'coverage'])
  })

  test('a "reach it by" year after the target or given twice names the field', async () => {
    for (const reachBy of [
      [{ fy: 2031, coverage: 0.5 }],
      [
        { fy: 2028, coverage: 0.5 },
        { fy: 2028, coverage: 0.6 },
      ],
    ]) {
      const error = await caller.scenario
        .leastCost({ scope: LANCASHIRE_ICB, targetFy: 2030, reachBy })
        .catch((e: unknown) => e)
      expect((error as TRPCError).code).toBe('BAD_REQUEST')
      const cause = (error as TRPCError).cause as ZodError
      expect(cause.issues.map((i) => i.path.join('.'))).toContain(
        `reachBy.${reachBy.length - 1}.fy`,
      )
    }
  })

  test('a settings field the plan does not take is refused', async () => {
    const error = await caller.scenario
      .leastCost({ scope: LANCASHIRE_ICB, strategy: 'mixed' } as never)
      .catch((e: unknown) => e)
    expect((error as TRPCError).code).toBe('BAD_REQUEST')
  })
})
