import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { scenarioSettingsSchema } from '../domain/scenario'
import { runScenario } from './run-scenario'
import { CODES, fixture, makeFixture } from './test-fixture'

const UK = 'K02000001'
const SQRT2 = Math.SQRT2

/*
 * Hand-worked with the deprivation ratio at 2 (so the middle fifths count √2), FY2025/26 births
 * = babies aged 0 at mid-2024 × 0.99 (the fixture's projection: 1% fewer a year after mid-2024):
 *   Alpha   990 births, shares 50% / 30% / 20%  → raw 0.5 × 2 + 0.3 × √2 + 0.2 = 1.624264
 *   Bravo  1980 births, shares 25% / 50% / 25%  → raw 0.5 + 0.5√2 + 0.25     = 1.457107
 *   Charlie 2970 births, shares 0 / 50% / 50%   → raw 0.5√2 + 0.5            = 1.207107
 *   Echo   3960 births, shares 0 / 0 / 100%     → raw 1
 *   Foxtrot: no index, weight 1, left out of the average.
 * UK average = (990 × 1.624264 + 1980 × 1.457107 + 2970 × 1.207107 + 3960) ÷ 9,900 = 1.215980.
 */
const RAW = {
  alpha: 1 + 0.3 * SQRT2 + 0.2,
  bravo: 0.5 + 0.5 * SQRT2 + 0.25,
  charlie: 0.5 * SQRT2 + 0.5,
  echo: 1,
}
const MEAN = (990 * RAW.alpha + 1980 * RAW.bravo + 2970 * RAW.charlie + 3960 * RAW.echo) / 9900

describe('need weighted by deprivation', () => {
  const weighted = runScenario(fixture, { scope: UK, assumptions: { deprivationNeedRatio: 2 } })
  const plain = runScenario(fixture, { scope: UK })
  const area = (code: string) => weighted.areas.find((a) => a.code === code)!

  test.each([
    ['Alpha', CODES.alpha, 990, RAW.alpha / MEAN],
    ['Bravo', CODES.bravo, 1980, RAW.bravo / MEAN],
    ['Charlie', CODES.charlie, 2970, RAW.charlie / MEAN],
    ['Echo', CODES.echo, 3960, RAW.echo / MEAN],
    ['Foxtrot (no index)', CODES.foxtrot, 495, 1],
  ])('%s: need = births × 7% × its weight', (_, code, births, weight) => {
    expect(MEAN).toBeCloseTo(1.21598, 5)
    const a = area(code)
    expect(a.needWeight).toBeCloseTo(weight, 10)
    expect(a.years[0]!.births).toBeCloseTo(births, 9)
    expect(a.years[0]!.need).toBeCloseTo(births * 0.07 * weight, 9)
  })

  test('the most deprived authority needs most per birth, the least deprived least', () => {
    expect(area(CODES.alpha).needWeight).toBeCloseTo(1.33577, 4)
    expect(area(CODES.echo).needWeight).toBeCloseTo(0.82238, 4)
  })

  test('weighting moves need between places and leaves the UK total at births × rate', () => {
    weighted.years.forEach((y, k) => {
      expect(y.need).toBeCloseTo(plain.years[k]!.need, 9)
      expect(y.need).toBeCloseTo(y.births * 0.07, 9)
    })
  })

  test('a ratio of 1 (the fixture default) is no weighting at all', () => {
    for (const a of plain.areas) expect(a.needWeight).toBe(1)
  })

  test('property: any strength keeps the UK need at births × need rate, every year', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 1, max: 5, noNaN: true }),
        fc.double({ min: 0.01, max: 0.3, noNaN: true }),
        fc.constantFrom('national' as const, 'annual' as const),
        (ratio, needRate, trend) => {
          const r = runScenario(fixture, {
            scope: UK,
            trend,
            assumptions: { deprivationNeedRatio: ratio, needRate },
          })
          for (const y of r.years) {
            expect(Math.abs(y.need - y.births * needRate)).toBeLessThan(1e-9 * y.need + 1e-9)
          }
        },
      ),
      { numRuns: 200 },
    )
  })
})

describe('an authority’s own need rate', () => {
  const settings = {
    scope: UK,
    overrides: {
      [CODES.bravo]: { needRate: 0.12, needReason: 'Local needs assessment 2026, table 4' },
    },
  }

  test('replaces births × rate × weight there, with its reason, and nowhere else', () => {
    const r = runScenario(fixture, { ...settings, assumptions: { deprivationNeedRatio: 2 } })
    const bravo = r.areas.find((a) => a.code === CODES.bravo)!
    expect(bravo.needOverride).toEqual({
      rate: 0.12,
      reason: 'Local needs assessment 2026, table 4',
    })
    expect(bravo.years[0]!.need).toBeCloseTo(1980 * 0.12, 9)
    const plain = runScenario(fixture, { scope: UK, assumptions: { deprivationNeedRatio: 2 } })
    const alpha = (x: typeof r) => x.areas.find((a) => a.code === CODES.alpha)!.years[0]!.need
    // Weights are worked out before the override, so the other authorities keep their need.
    expect(alpha(r)).toBeCloseTo(alpha(plain), 12)
  })

  test('a rate needs its reason and a reason its rate, naming the field', () => {
    const bad = scenarioSettingsSchema.safeParse({
      scope: UK,
      overrides: { [CODES.bravo]: { needRate: 0.12 } },
    })
    expect(bad.success).toBe(false)
    expect(bad.error!.issues[0]!.path).toEqual(['overrides', CODES.bravo, 'needReason'])
    const formula = scenarioSettingsSchema.safeParse({
      scope: UK,
      overrides: { [CODES.bravo]: { needRate: 0.12, needReason: '=HYPERLINK("x")' } },
    })
    expect(formula.success).toBe(false)
    const high = scenarioSettingsSchema.safeParse({
      scope: UK,
      overrides: { [CODES.bravo]: { needRate: 0.8, needReason: 'A local survey' } },
    })
    expect(high.error!.issues[0]!.message).toBe('need rate must be at most 50% of births')
  })
})

describe('coverage by deprivation quintile', () => {
  test('five quintiles and the authorities without an index, in that order', () => {
    const r = runScenario(fixture, { scope: UK })
    expect(r.byDeprivation.map((g) => [g.quintile, g.authorities])).toEqual([
      [1, 1],
      [2, 1],
      [3, 1],
      [4, 0],
      [5, 1],
      [null, 1],
    ])
    expect(r.byDeprivation[3]!.years[0]).toMatchObject({ babiesUnder2: 0, coverage: 0 })
  })

  test('property: the groups add up to the whole scope, every year', () => {
    const data = makeFixture()
    fc.assert(
      fc.property(
        fc.constantFrom(UK, CODES.hb1, CODES.hb2, CODES.delta, CODES.echo),
        fc.double({ min: 1, max: 3, noNaN: true }),
        fc.constantFrom('mixed' as const, 'standalone' as const, 'icb-wide' as const),
        (scope, ratio, strategy) => {
          const r = runScenario(data, {
            scope,
            strategy,
            assumptions: { deprivationNeedRatio: ratio },
          })
          r.years.forEach((y, k) => {
            const sum = (f: (g: (typeof r.byDeprivation)[number]['years'][number]) => number) =>
              r.byDeprivation.reduce((s, g) => s + f(g.years[k]!), 0)
            expect(sum((g) => g.babiesUnder2)).toBeCloseTo(y.babiesUnder2, 6)
            expect(sum((g) => g.need)).toBeCloseTo(y.need, 6)
            expect(sum((g) => g.capacity)).toBeCloseTo(y.capacity, 6)
            expect(sum((g) => g.babiesUnder2 * g.coverage)).toBeCloseTo(y.coveredBabies, 6)
            expect(sum((g) => g.babiesUnder2 - g.babiesWithoutTeam)).toBeCloseTo(
              y.geographicCoverage * y.babiesUnder2,
              6,
            )
          })
        },
      ),
      { numRuns: 120 },
    )
  })
})
