import { describe, expect, it } from 'vitest'
import { costPerFamily, monthsInclusive, teamCapacity } from './capacity'

describe('teamCapacity', () => {
  it('applies the model rule: clinical WTE × families per WTE × (1 − supervision)', () => {
    const capacity = teamCapacity({
      clinicalWte: 2,
      familiesPerClinicalWte: 46,
      supervisionShare: 0.1,
      months: 5,
    })
    expect(capacity.familiesPerYear).toBeCloseTo(82.8, 6)
    expect(capacity.familiesInPeriod).toBeCloseTo(34.5, 6)
  })

  it('gives a full year for twelve months', () => {
    const capacity = teamCapacity({
      clinicalWte: 6,
      familiesPerClinicalWte: 46,
      supervisionShare: 0.1,
      months: 12,
    })
    expect(capacity.familiesInPeriod).toBeCloseTo(capacity.familiesPerYear, 9)
  })
})

describe('costPerFamily', () => {
  it('divides cost by families seen', () => {
    expect(costPerFamily(60_000, 34.5)).toBeCloseTo(1739.13, 2)
  })
  it('is null when nobody is seen', () => {
    expect(costPerFamily(1000, 0)).toBeNull()
  })
})

describe('monthsInclusive', () => {
  it.each([
    ['2024-11', '2025-03', 5],
    ['2025-04', '2026-03', 12],
    ['2025-01', '2025-01', 1],
  ])('%s to %s is %d months', (start, end, months) => {
    expect(monthsInclusive(start, end)).toBe(months)
  })
  it.each([
    ['2025-03', '2024-11'],
    ['2025-13', '2026-01'],
    ['', '2025-01'],
  ])('refuses %j to %j', (start, end) => {
    expect(monthsInclusive(start, end)).toBeNull()
  })
})
