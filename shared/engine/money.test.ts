import { describe, expect, test } from 'vitest'
import { runScenario } from './run-scenario'
import { CODES, fixture } from './test-fixture'

describe('money as finance teams read it', () => {
  const r = runScenario(fixture, {
    scope: CODES.hb2,
    strategy: 'standalone',
    phasing: 'front-loaded',
    assumptions: { gdpDeflator: 0.02, discountRate: 0.035 },
  })

  test('constant 2025/26 prices deflate cash by 2% a year after 2025/26', () => {
    for (const y of r.years) {
      expect(y.costReal).toBeCloseTo(y.cost / 1.02 ** (y.fyStart - 2025), 6)
    }
    expect(r.years[0]!.costReal).toBe(r.years[0]!.cost)
  })

  test('present value discounts constant prices at 3.5% a year to the first modelled year', () => {
    let pv = 0
    for (const y of r.years) {
      expect(y.costPresentValue).toBeCloseTo(y.costReal / 1.035 ** (y.fyStart - 2025), 6)
      pv += y.costPresentValue
    }
    expect(r.money.presentValue).toBeCloseTo(pv, 6)
    expect(r.money.totalNominal).toBeCloseTo(r.years.at(-1)!.cumulativeCost, 6)
    expect(r.money.totalReal).toBeLessThan(r.money.totalNominal)
    expect(r.money.presentValue).toBeLessThan(r.money.totalReal)
    expect(r.money).toMatchObject({ priceBaseFy: 2025, gdpDeflator: 0.02, discountRate: 0.035 })
  })

  test('cost per family supported divides the target year’s cost by the families new provision supports', () => {
    const last = r.years.at(-1)!
    expect(last.newFamiliesSupported).toBeGreaterThan(0)
    expect(last.newFamiliesSupported).toBeLessThanOrEqual(last.capacity)
    expect(r.money.costPerFamilySupported).toBeCloseTo(last.cost / last.newFamiliesSupported, 6)
    expect(r.money.costPerFamilySupportedReal).toBeCloseTo(
      last.costReal / last.newFamiliesSupported,
      6,
    )
    // Far more than the old "cost per baby covered", which divided by every baby under two.
    expect(r.money.costPerFamilySupported!).toBeGreaterThan(10 * r.costPerBabyCovered!)
  })

  test('with no new provision there is no cost per family', () => {
    const none = runScenario(fixture, { scope: CODES.bravo })
    expect(none.years.every((y) => y.cost === 0)).toBe(true)
    expect(none.money.costPerFamilySupported).toBeNull()
  })
})
