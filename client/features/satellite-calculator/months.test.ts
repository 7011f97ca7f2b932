import { describe, expect, it } from 'vitest'
import { monthsInclusive } from './months'

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
