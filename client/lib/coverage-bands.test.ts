import { describe, expect, test } from 'vitest'
import { contrastRatio, COVERAGE_BANDS, coverageBand } from './coverage-bands'

describe('coverage bands', () => {
  test('adjacent bands differ by at least 3:1 contrast, and get darker as coverage rises', () => {
    for (let i = 1; i < COVERAGE_BANDS.length; i++) {
      const lighter = COVERAGE_BANDS[i - 1]!.fill
      const darker = COVERAGE_BANDS[i]!.fill
      expect(contrastRatio(lighter, darker)).toBeGreaterThanOrEqual(3)
      expect(contrastRatio('#ffffff', darker)).toBeGreaterThan(contrastRatio('#ffffff', lighter))
    }
  })

  test('contrast is computed as WCAG defines it', () => {
    expect(contrastRatio('#ffffff', '#000000')).toBeCloseTo(21, 5)
    expect(contrastRatio('#005eb8', '#ffffff')).toBeCloseTo(6.38, 1)
  })

  test('coverage falls in the right band, with any coverage above zero leaving "No team"', () => {
    expect(coverageBand(0).key).toBe('none')
    expect(coverageBand(0.0001).key).toBe('partial')
    expect(coverageBand(0.4999).key).toBe('partial')
    expect(coverageBand(0.5).key).toBe('most')
    expect(coverageBand(1).key).toBe('most')
    expect(coverageBand(Number.NaN).key).toBe('none')
  })
})
