import { describe, expect, test } from 'vitest'
import type { ModelData } from '../../domain/model-data'
import { RANGED_KEYS, type RangedKey } from '../../domain/uncertainty'
import { UnknownAreaError } from '../errors'
import { runScenario } from '../run-scenario'
import { CODES, fixture, makeFixture } from '../test-fixture'
import { fixPlan, scenarioRanges, scenarioSensitivity } from '.'
import { planValues } from './draw-values'

/** Published ranges for the fixture, each symmetric about its default except posts filled. */
const RANGES: Record<RangedKey, [number, number]> = {
  needRate: [0.05, 0.09],
  existingTeamFamiliesPerYear: [86, 126],
  recruitmentSuccess: [0.7, 1],
  productivityLagMonths: [3, 9],
  birthsTrendPerYear: [-0.03, 0.01],
  payUplift: [0.01, 0.04],
  nonPayOverhead: [0.1, 0.3],
}

function withRanges(): ModelData {
  const data = makeFixture()
  data.assumptions = data.assumptions.map((a) =>
    a.key in RANGES
      ? {
          ...a,
          low: RANGES[a.key as RangedKey][0],
          high: RANGES[a.key as RangedKey][1],
          mark: 'I',
          source: `Range for ${a.key}`,
        }
      : a,
  )
  return data
}

const ranged = withRanges()
const last = (xs: readonly { fy: string }[]) => xs.length - 1

describe('ranged assumptions', () => {
  test('carry the published range, mark and source, with the scenario’s value in the middle', () => {
    const r = scenarioRanges(ranged, { scope: CODES.hb1, draws: 100 })
    expect(r.assumptions.map((a) => a.key)).toEqual([...RANGED_KEYS])
    const need = r.assumptions.find((a) => a.key === 'needRate')!
    expect(need).toMatchObject({ low: 0.05, central: 0.07, high: 0.09, mark: 'I', widened: false })
    expect(need.source).toBe('Range for needRate')
  })

  test('a value set outside the range widens the range to include it', () => {
    const r = scenarioRanges(ranged, {
      scope: CODES.hb1,
      draws: 100,
      assumptions: { needRate: 0.12, nonPayOverhead: 0.05 },
    })
    const need = r.assumptions.find((a) => a.key === 'needRate')!
    const overhead = r.assumptions.find((a) => a.key === 'nonPayOverhead')!
    expect(need).toMatchObject({ low: 0.05, central: 0.12, high: 0.12, widened: true })
    expect(overhead).toMatchObject({ low: 0.05, central: 0.05, high: 0.3, widened: true })
  })

  test('under the national projection the births trend says how it is applied', () => {
    const national = scenarioRanges(ranged, { scope: CODES.hb1, draws: 100 })
    const annual = scenarioRanges(ranged, { scope: CODES.hb1, draws: 100, trend: 'annual' })
    const trend = (r: typeof national) => r.assumptions.find((a) => a.key === 'birthsTrendPerYear')!
    expect(trend(national).note).toMatch(/national projection/)
    expect(trend(annual).note).toBeUndefined()
  })
})

describe('Monte Carlo', () => {
  test('the same seed gives identical output; another seed gives other bands', () => {
    const a = scenarioRanges(ranged, { scope: 'K02000001', seed: 42 })
    const b = scenarioRanges(ranged, { scope: 'K02000001', seed: 42 })
    const c = scenarioRanges(ranged, { scope: 'K02000001', seed: 43 })
    expect(b).toEqual(a)
    expect(c.monteCarlo.years).not.toEqual(a.monteCarlo.years)
    expect(a.monteCarlo).toMatchObject({ seed: 42, draws: 1000 })
  })

  test('defaults to 1,000 draws from seed 2030 and says so', () => {
    const r = scenarioRanges(ranged, { scope: CODES.hb2 })
    expect(r.monteCarlo).toMatchObject({ seed: 2030, draws: 1000 })
    expect(r.monteCarlo.method).toMatch(/^1,000 draws from seed 2030\./)
  })

  test('P10 ≤ P50 ≤ P90 every year, and full coverage is never likelier than 95% coverage', () => {
    const r = scenarioRanges(ranged, { scope: 'K02000001' })
    for (const y of r.monteCarlo.years) {
      for (const band of [y.coverage, y.cost, y.cumulativeCost]) {
        expect(band.p10).toBeLessThanOrEqual(band.p50)
        expect(band.p50).toBeLessThanOrEqual(band.p90)
      }
    }
    const { pFullCoverage, pNearFullCoverage } = r.monteCarlo
    expect(pFullCoverage).toBeGreaterThan(0)
    expect(pFullCoverage).toBeLessThan(1)
    expect(pNearFullCoverage).toBeGreaterThanOrEqual(pFullCoverage)
  })

  test('with no ranges every draw is the central case', () => {
    const r = scenarioRanges(fixture, { scope: CODES.hb1, draws: 100 })
    const central = runScenario(fixture, { scope: CODES.hb1 })
    r.monteCarlo.years.forEach((y, k) => {
      expect(y.coverage.p10).toBeCloseTo(central.years[k]!.coverage, 12)
      expect(y.coverage.p90).toBeCloseTo(central.years[k]!.coverage, 12)
    })
    expect(r.monteCarlo.pFullCoverage).toBe(central.fullCoverageFy === null ? 0 : 1)
  })

  /*
   * With ranges symmetric about the scenario's values, each input's median is its central value,
   * and coverage and cost move steadily (monotonically, close to linearly) with each input, so
   * the middle draw lands near the central case. What is left is curvature (coverage stops at
   * 100% in each authority; the pay award compounds) and sampling error: the median of 1,000
   * draws is within about 4% of the draws' spread. 2 percentage points of coverage and 5% of
   * cost allow for both (on the real data the gap is under 0.6 points and 0.1%) while a skewed
   * range would break them: the seeded ranges put the P50 8–15 points below the central case.
   * Posts filled is set mid-range so that it too is symmetric.
   */
  test('with symmetric ranges the P50 stays close to the central case', () => {
    for (const scope of ['K02000001', CODES.hb1, CODES.hb2]) {
      const settings = { scope, assumptions: { recruitmentSuccess: 0.85 } }
      const r = scenarioRanges(ranged, settings)
      r.cases.central.years.forEach((c, k) => {
        const band = r.monteCarlo.years[k]!
        expect(Math.abs(band.coverage.p50 - c.coverage), `${scope} ${c.fy}`).toBeLessThan(0.02)
        expect(Math.abs(band.cost.p50 / c.cost - 1), `${scope} ${c.fy}`).toBeLessThan(0.05)
      })
    }
  })
})

describe('low, central and high cases', () => {
  const r = scenarioRanges(ranged, { scope: 'K02000001', draws: 500 })
  const { low, central, high } = r.cases

  test('the central case is the scenario’s own run', () => {
    const run = runScenario(ranged, { scope: 'K02000001' })
    central.years.forEach((y, k) => {
      expect(y.coverage).toBeCloseTo(run.years[k]!.coverage, 12)
      expect(y.cumulativeCost / run.years[k]!.cumulativeCost).toBeCloseTo(1, 12)
    })
  })

  test('the cautious case covers less and costs more than the central one; the hopeful case the opposite', () => {
    const t = last(central.years)
    expect(low.years[t]!.coverage).toBeLessThan(central.years[t]!.coverage)
    expect(high.years[t]!.coverage).toBeGreaterThanOrEqual(central.years[t]!.coverage)
    expect(low.years[t]!.cumulativeCost).toBeGreaterThan(central.years[t]!.cumulativeCost)
    expect(high.years[t]!.cumulativeCost).toBeLessThan(central.years[t]!.cumulativeCost)
    expect(low.fullCoverage).toBe(false)
    expect(high.fullCoverage).toBe(true)
  })

  test('cautious and hopeful are the P10 and P90 of the draws, not every end at once', () => {
    r.monteCarlo.years.forEach((band, k) => {
      expect(low.years[k]!.coverage).toBe(band.coverage.p10)
      expect(low.years[k]!.cost).toBe(band.cost.p90)
      expect(low.years[k]!.cumulativeCost).toBe(band.cumulativeCost.p90)
      expect(high.years[k]!.coverage).toBe(band.coverage.p90)
      expect(high.years[k]!.cost).toBe(band.cost.p10)
    })
    expect(low.values).toBeNull()
    expect(high.values).toBeNull()
    expect(central.values).toEqual(
      Object.fromEntries(
        RANGED_KEYS.map((key) => [key, r.assumptions.find((a) => a.key === key)!.central]),
      ),
    )
    // The same plan with every capacity assumption at its cautious end at once does far worse
    // than 1 draw in 10: that is what the old cautious case showed.
    const plan = fixPlan(ranged, { scope: 'K02000001' })
    const ends = RANGED_KEYS.map((key) =>
      key === 'needRate'
        ? RANGES[key][1]
        : key === 'existingTeamFamiliesPerYear' || key === 'recruitmentSuccess'
          ? RANGES[key][0]
          : r.assumptions.find((a) => a.key === key)!.central,
    )
    const allEnds = plan.evaluate(planValues(plan.central, ends), plan.newEvaluation())
    const t = last(central.years)
    expect(allEnds.coverage[t]!).toBeLessThan(low.years[t]!.coverage - 0.05)
  })
})

describe('sensitivity', () => {
  const s = scenarioSensitivity(ranged, { scope: 'K02000001' })

  test('bars are sorted by swing, largest first, one per ranged assumption', () => {
    for (const bars of [s.coverage.bars, s.totalCost.bars]) {
      expect(bars.map((b) => b.key).sort()).toEqual([...RANGED_KEYS].sort())
      for (let k = 1; k < bars.length; k++) {
        expect(bars[k - 1]!.swing).toBeGreaterThanOrEqual(bars[k]!.swing)
      }
    }
  })

  test('more need lowers coverage; need does not change the cost of a fixed plan', () => {
    const need = s.coverage.bars.find((b) => b.key === 'needRate')!
    expect(need.atHigh).toBeLessThan(need.atLow)
    expect(need.swing).toBeGreaterThan(0)
    expect(s.totalCost.bars.find((b) => b.key === 'needRate')!.swing).toBe(0)
  })

  test('overhead and the pay award move the total cost and nothing else', () => {
    const overhead = s.totalCost.bars.find((b) => b.key === 'nonPayOverhead')!
    expect(overhead.atHigh).toBeGreaterThan(s.totalCost.central)
    expect(overhead.atLow).toBeLessThan(s.totalCost.central)
    expect(
      s.totalCost.bars
        .slice(0, 2)
        .map((b) => b.key)
        .sort(),
    ).toEqual(['nonPayOverhead', 'payUplift'])
    expect(s.coverage.bars.find((b) => b.key === 'payUplift')!.swing).toBe(0)
  })

  test('an unknown area is refused, as for a run', () => {
    expect(() => scenarioSensitivity(ranged, { scope: 'E54999999' })).toThrow(UnknownAreaError)
    expect(() => scenarioRanges(ranged, { scope: 'E54999999' })).toThrow(UnknownAreaError)
  })
})
