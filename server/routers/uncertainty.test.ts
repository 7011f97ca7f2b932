import { RANGED_KEYS } from '../../shared/domain/uncertainty'
import { beforeAll, describe, expect, test } from 'vitest'
import { createTestCaller } from '../../tests/helpers/test-caller'

const LANCASHIRE_ICB = 'E54000048'

let caller: Awaited<ReturnType<typeof createTestCaller>>['caller']

beforeAll(async () => {
  caller = (await createTestCaller()).caller
})

describe('scenario.ranges', () => {
  test('gives the low, central and high cases and Monte Carlo bands to the target year', async () => {
    const r = await caller.scenario.ranges({ scope: LANCASHIRE_ICB })
    const run = await caller.scenario.run({ scope: LANCASHIRE_ICB })
    expect(r.scope.name).toMatch(/Lancashire and South Cumbria/)
    expect(r.targetFy).toBe('2030/31')
    expect(r.planNote).toMatch(/The plan — teams, sizes and start years — stays as set/)
    expect(r.monteCarlo.years.map((y) => y.fy)).toEqual(run.years.map((y) => y.fy))
    r.cases.central.years.forEach((y, k) => {
      expect(y.coverage).toBeCloseTo(run.years[k]!.coverage, 9)
      // Nothing new starts in a year under way past its April: its cost is nil.
      const cost = run.years[k]!.cumulativeCost
      expect(Math.abs(y.cumulativeCost - cost)).toBeLessThanOrEqual(1e-9 * Math.max(1, cost))
    })
    expect(r.cases.central.fullCoverage).toBe(run.fullCoverageFy === '2030/31')
    const t = r.cases.central.years.length - 1
    expect(r.cases.low.years[t]!.coverage).toBeLessThan(r.cases.central.years[t]!.coverage)
    expect(r.monteCarlo).toMatchObject({ seed: 2030, draws: 1000 })
    expect(r.monteCarlo.pFullCoverage).toBeGreaterThan(0)
    expect(r.monteCarlo.pFullCoverage).toBeLessThan(1)
    // Every ranged assumption with its range, mark and source, for the page to show.
    const need = r.assumptions.find((a) => a.key === 'needRate')!
    expect(need).toMatchObject({ low: 0.04, central: 0.07, high: 0.1, mark: 'I' })
    expect(need.source).toMatch(/Parent-Infant Foundation/)
  })

  test('the same seed gives the same answer; the seed and draws are the caller’s to choose', async () => {
    const a = await caller.scenario.ranges({ scope: LANCASHIRE_ICB, seed: 7, draws: 500 })
    const b = await caller.scenario.ranges({ scope: LANCASHIRE_ICB, seed: 7, draws: 500 })
    expect(b).toEqual(a)
    expect(a.monteCarlo).toMatchObject({ seed: 7, draws: 500 })
    const c = await caller.scenario.ranges({ scope: LANCASHIRE_ICB, seed: 8, draws: 500 })
    expect(c.monteCarlo.years).not.toEqual(a.monteCarlo.years)
  })

  test('the scenario’s own values are the central ones: its plan is made for them first', async () => {
    const base = await caller.scenario.ranges({ scope: LANCASHIRE_ICB })
    const needier = await caller.scenario.ranges({
      scope: LANCASHIRE_ICB,
      assumptions: { needRate: 0.1 },
    })
    // A plan made for 10% need has more posts, so every draw of it costs more; 10% is the top
    // of the published range, which stays as published.
    expect(needier.assumptions.find((a) => a.key === 'needRate')).toMatchObject({
      low: 0.04,
      central: 0.1,
      high: 0.1,
    })
    expect(needier.cases.central.values?.needRate).toBe(0.1)
    expect(needier.monteCarlo.years.at(-1)!.cost.p50).toBeGreaterThan(
      base.monteCarlo.years.at(-1)!.cost.p50,
    )
  })

  test('an unknown area code is NOT_FOUND', async () => {
    await expect(caller.scenario.ranges({ scope: 'E54999999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })

  test.each([
    [{ draws: 10 }, 'draws must be at least 100'],
    [{ draws: 5001 }, 'draws must be at most 5,000'],
    [{ draws: 250.5 }, 'draws must be a whole number'],
    [{ seed: -1 }, 'seed must not be negative'],
    [{ seed: 1.5 }, 'seed must be a whole number'],
    [{ assumptions: { needRate: 1.5 } }, 'needRate'],
    [{ tries: 3 }, 'tries'],
  ])('refuses %j, naming the field', async (extra, message) => {
    const input = { scope: LANCASHIRE_ICB, ...extra } as Parameters<
      typeof caller.scenario.ranges
    >[0]
    await expect(caller.scenario.ranges(input)).rejects.toMatchObject({
      code: 'BAD_REQUEST',
      message: expect.stringContaining(message),
    })
  })
})

describe('scenario.sensitivity', () => {
  test('lists every ranged assumption for coverage and for cost, largest swing first', async () => {
    const s = await caller.scenario.sensitivity({ scope: LANCASHIRE_ICB })
    expect(s.targetFy).toBe('2030/31')
    for (const { bars } of [s.coverage, s.totalCost]) {
      expect(bars).toHaveLength(RANGED_KEYS.length)
      expect(bars.map((b) => b.swing)).toEqual([...bars.map((b) => b.swing)].sort((x, y) => y - x))
    }
    // On the seeded ranges need matters most for coverage, and non-pay overhead for cost;
    // need changes coverage but not the cost of a fixed plan.
    expect(s.coverage.bars[0]!.key).toBe('needRate')
    expect(s.totalCost.bars[0]!.key).toBe('nonPayOverhead')
    expect(s.totalCost.bars.find((b) => b.key === 'needRate')!.swing).toBe(0)
    const need = s.coverage.bars.find((b) => b.key === 'needRate')!
    // Each bar runs from the assumption's 10th to its 90th percentile, inside its 4–10% range.
    expect(need.label).toBe('Families needing a specialised team')
    expect(need.low).toBeGreaterThan(0.04)
    expect(need.low).toBeLessThan(0.07)
    expect(need.high).toBeGreaterThan(0.07)
    expect(need.high).toBeLessThan(0.1)
    expect(need.atHigh).toBeLessThan(need.atLow)
  })

  test('an unknown area code is NOT_FOUND', async () => {
    await expect(caller.scenario.sensitivity({ scope: 'E54999999' })).rejects.toMatchObject({
      code: 'NOT_FOUND',
    })
  })
})
