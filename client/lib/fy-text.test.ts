import { describe, expect, it } from 'vitest'
import { modelledFyText, targetFyText, targetOptionText } from './fy-text'

describe('financial years in words', () => {
  it('says a target by the month it ends, with its financial year', () => {
    expect(targetFyText(2030)).toBe('by March 2031 (FY2030/31)')
    expect(targetOptionText(2029)).toBe('2029/30 (by March 2030)')
  })

  it('marks the year under way as now and no other', () => {
    expect(modelledFyText(2026, 2026)).toBe('2026/27 (now)')
    expect(modelledFyText(2027, 2026)).toBe('2027/28')
  })
})
