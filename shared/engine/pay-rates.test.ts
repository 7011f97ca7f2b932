import { describe, expect, test } from 'vitest'
import { employerCost, niRuleFor, salaryFor } from './pay-rates'
import { DEFAULTS, fixture } from './test-fixture'

describe('pay, employer NI and pension', () => {
  test.each([
    // Band 4 has no intermediate point: (26,530 + 29,114) / 2 = 27,822.
    ['4', 2024, 27822],
    // Bands 5–9 use the intermediate point.
    ['6', 2024, 39405],
    ['8c', 2025, 81652],
    // After 2025/26 the uplift compounds: 40,823 × 1.025² = 42,889.66...
    ['6', 2027, 40823 * 1.025 ** 2],
    // Before the first published scale, the first scale is used.
    ['7', 2020, 48526],
  ] as const)('band %s in %i earns £%d', (band, fy, salary) => {
    expect(salaryFor(fixture, band, fy, 0.025)).toBeCloseTo(salary, 6)
  })

  test('employer NI applies only above the threshold of the year', () => {
    // 2024/25: 13.8% above £9,100 on £27,822 = 0.138 × 18,722 = £2,583.636.
    expect(employerCost(fixture, '4', 2024, DEFAULTS).employerNi).toBeCloseTo(2583.636, 6)
    // 2025/26: 15% above £5,000 on £28,823.50 = 0.15 × 23,823.5 = £3,573.525.
    expect(employerCost(fixture, '4', 2025, DEFAULTS).employerNi).toBeCloseTo(3573.525, 6)
    // A salary under the threshold pays none.
    const high = { ...DEFAULTS, employerNiThreshold: 50_000 }
    expect(employerCost(fixture, '4', 2025, high).employerNi).toBe(0)
  })

  test('the scenario NI rate and threshold apply from 2025/26, not to 2024/25', () => {
    const a = { ...DEFAULTS, employerNiRate: 0.2, employerNiThreshold: 0 }
    expect(niRuleFor(fixture, 2024, a)).toEqual({ rate: 0.138, threshold: 9100 })
    expect(niRuleFor(fixture, 2026, a)).toEqual({ rate: 0.2, threshold: 0 })
  })

  test('a band 6 post costs £52,958 a year in 2024/25 with full on-costs (FACTS §3.4)', () => {
    // 39,405 + 0.138 × (39,405 − 9,100) + 0.2378 × 39,405 = 39,405 + 4,182.09 + 9,370.51.
    expect(employerCost(fixture, '6', 2024, DEFAULTS).total).toBeCloseTo(52957.6, 1)
  })
})
