/**
 * Model 2.0 on the real seeded data (issue #12): need weighted by deprivation for five named
 * authorities, worked out by hand from the deprivation file; the UK need kept at the rate;
 * Scotland's missing years from its own trend; team counts that add up; the national ask.
 */
import { beforeAll, describe, expect, test } from 'vitest'
import type { ModelData } from '../shared/domain/model-data'
import { reconcileNationalAsk, runScenario } from '../shared/engine'
import { createTestDb } from '../tests/helpers/test-db'
import { loadModelData } from './model-data'

const UK = 'K02000001'
let data: ModelData

beforeAll(async () => {
  const db = await createTestDb()
  data = await loadModelData(db, new Date('2026-12-03T12:00:00Z'))
  await db.destroy()
})

/*
 * From la_deprivation_uk_composite.csv (shares of people in the UK's most deprived fifth of
 * neighbourhoods, the next two fifths, the least deprived two fifths), at the default ratio 1.5
 * (the middle fifths count √1.5 = 1.224745):
 *   Blackpool             0.5689 × 1.5 + 0.3886 × 1.224745 + 0.0425 = 1.371786
 *   Blackburn with Darwen 0.5436 × 1.5 + 0.2486 × 1.224745 + 0.2078 = 1.327671
 *   Glasgow City          0.4169 × 1.5 + 0.3044 × 1.224745 + 0.2787 = 1.276862
 *   Westminster           0.1257 × 1.5 + 0.4540 × 1.224745 + 0.4203 = 1.164884
 *   East Hertfordshire    0      × 1.5 + 0.1166 × 1.224745 + 0.8834 = 1.026205
 * each ÷ its shares' sum (1 to within the file's rounding), then ÷ the UK average of the same,
 * weighted by each authority's births that year (about 1.198 in 2026/27).
 */
const NAMED = [
  ['Blackpool', 'E06000009', 1.371786, 0.5689 + 0.3886 + 0.0425],
  ['Blackburn with Darwen', 'E06000008', 1.327671, 0.5436 + 0.2486 + 0.2078],
  ['Glasgow City', 'S12000049', 1.276862, 0.4169 + 0.3044 + 0.2787],
  ['Westminster', 'E09000033', 1.164884, 0.1257 + 0.454 + 0.4203],
  ['East Hertfordshire', 'E07000242', 1.026205, 0.1166 + 0.8834],
] as const

describe('need weighted by deprivation, five named authorities', () => {
  test.each(NAMED)('%s', (_, code, raw, sum) => {
    const uk = runScenario(data, { scope: UK })
    let births = 0
    let weighted = 0
    for (const la of data.las) {
      const b = uk.areas.find((a) => a.code === la.code)!.years[0]!.births
      const d = la.deprivation!
      const r =
        (d.shareHigh * 1.5 + d.shareMedium * Math.sqrt(1.5) + d.shareLow) /
        (d.shareHigh + d.shareMedium + d.shareLow)
      births += b
      weighted += b * r
    }
    const mean = weighted / births
    expect(mean).toBeCloseTo(1.198, 2)
    const area = uk.areas.find((a) => a.code === code)!
    expect(area.needWeight).toBeCloseTo(raw / sum / mean, 5)
    expect(area.years[0]!.need).toBeCloseTo(area.years[0]!.births * 0.07 * area.needWeight, 6)
  })

  test('Blackpool needs about a third more per birth than East Hertfordshire', () => {
    const uk = runScenario(data, { scope: UK })
    const w = (code: string) => uk.areas.find((a) => a.code === code)!.needWeight
    expect(w('E06000009') / w('E07000242')).toBeCloseTo(1.371786 / 1.026205, 4)
    expect(w('E06000009')).toBeGreaterThan(1.1)
    expect(w('E07000242')).toBeLessThan(0.9)
  })

  test('the UK need is 7% of UK births every year, weighted or not', () => {
    const weighted = runScenario(data, { scope: UK })
    const none = runScenario(data, { scope: UK, assumptions: { deprivationNeedRatio: 1 } })
    weighted.years.forEach((y, k) => {
      expect(y.need).toBeCloseTo(y.births * 0.07, 6)
      expect(none.years[k]!.need).toBeCloseTo(y.need, 6)
    })
  })

  test('the most deprived fifth has the most need per baby and the least deprived the least', () => {
    const uk = runScenario(data, { scope: UK })
    const perBaby = uk.byDeprivation.map((g) => g.years[0]!.need / g.years[0]!.babiesUnder2)
    expect(perBaby[0]).toBeGreaterThan(perBaby[4]!)
    expect(uk.byDeprivation.reduce((s, g) => s + g.authorities, 0)).toBe(361)
  })
})

describe('Scotland and Northern Ireland after mid-2022', () => {
  test('fill mid-2023 and mid-2024 with their own trend, then follow the England projection', () => {
    const scotland = data.nationTrends.find((t) => t.nation === 'S92000003')!
    expect(scotland.perYear).toBeCloseTo(-0.0235, 3)
    expect(scotland.basis).toMatch(/mid-2013 to mid-2019 \(ONS MYEB3\)/)
    const glasgow = data.las.find((la) => la.code === 'S12000049')!
    const base = glasgow.age0[data.observedMidYears.indexOf(2022)]!
    const at = (m: number) => data.projection.find((p) => p.midYear === m)!.age0
    const r = runScenario(data, { scope: 'S12000049' })
    // FY2026/27 is mid-2026: two years of Scotland's own trend, then England's 2024→2026.
    const expected = base * (1 + scotland.perYear) ** 2 * (at(2026) / at(2024))
    expect(r.years[0]!.births).toBeCloseTo(expected, 6)
    expect(r.warnings).toContain(
      "Scotland populations after mid-2022 are projected with the nation's own recent trend in births to mid-2024, then the England national projection.",
    )
    expect(runScenario(data, { scope: UK }).warnings).toContain(
      "Scotland and Northern Ireland populations after mid-2022 are projected with each nation's own recent trend in births to mid-2024, then the England national projection.",
    )
  })
})

describe('team counts add up', () => {
  test("England's existing teams are the sum over its 42 ICBs", () => {
    const england = runScenario(data, { scope: 'E92000001', phasing: 'front-loaded' })
    const icbs = data.healthBodies.filter((h) => h.type === 'ICB')
    expect(icbs).toHaveLength(42)
    const sums = england.years.map(() => 0)
    for (const icb of icbs) {
      const r = runScenario(data, { scope: icb.code, phasing: 'front-loaded' })
      r.years.forEach((y, k) => (sums[k] = sums[k]! + y.teamsBreakdown.existing))
    }
    // A team serving authorities split between ICBs counts its share in each, so no double count.
    england.years.forEach((y, k) => expect(sums[k]).toBeCloseTo(y.teamsBreakdown.existing, 6))
  })
})

describe('the national ask on the real data', () => {
  test('reconciles £73m with the model’s England cost, step by step', () => {
    const r = reconcileNationalAsk(data, {})
    // The ask prices meeting the need, so the national supply of staff does not hold it back.
    const england = runScenario(data, {
      scope: 'E92000001',
      assumptions: { nationalRecruitsPerYear: 100_000 },
    })
    expect(r.targetFy).toBe('2030/31')
    expect(r.model).toBeCloseTo(england.years.at(-1)!.cost, 3)
    expect(r.steps.at(-1)!.total).toBeCloseTo(r.model, 3)
    // On the evidence the bill is well above the ask; on the ask's own terms it is near it.
    expect(r.model).toBeGreaterThan(1.5 * r.ask)
    expect(r.pifCalibration).toBeLessThan(r.model)
    const perTeam = r.steps.find((s) => s.label === 'Families a team supports')!
    expect(perTeam.detail).toMatch(/funded to see 143 families a year/)
  })
})
