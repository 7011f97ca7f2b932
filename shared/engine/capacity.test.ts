import { describe, expect, test } from 'vitest'
import { buildContext } from './build-context'
import { resolveSettings } from './settings'
import { CODES, fixture } from './test-fixture'

describe('existing capacity and coverage', () => {
  const ctx = buildContext(fixture, resolveSettings(fixture, { scope: 'K02000001' }))
  const cell = (code: string, y = 0) => ctx.index.laByCode.get(code)! * ctx.nYears + y

  test.each([
    // FY2025/26 births are mid-2024 × 0.99; need = births × 7%.
    ['Alpha', CODES.alpha, 990 * 0.07], // 69.3
    ['Bravo', CODES.bravo, 1980 * 0.07], // 138.6
    ['Charlie', CODES.charlie, 2970 * 0.07], // 207.9
  ])('need in %s is births × need rate', (_, code, need) => {
    expect(ctx.need[cell(code)]).toBeCloseTo(need, 9)
  })

  test('a team serving two authorities shares its capacity by their need', () => {
    // Alpha Team (no staffing known) counts 106 families; need 69.3 : 138.6 = 1 : 2.
    expect(ctx.existingCap[cell(CODES.alpha)]).toBeCloseTo(106 / 3, 9)
    // Bravo also has a 2-therapist satellite: 2 × 46 × (1 − 0.1) = 82.8 on top of 70.67.
    expect(ctx.existingCap[cell(CODES.bravo)]).toBeCloseTo((106 * 2) / 3 + 82.8, 9)
  })

  test('a team with known staffing counts its clinical WTE, not the average', () => {
    // Charlie Team: 2 clinical WTE × 46 × 0.9 = 82.8 (the administrator adds none).
    expect(ctx.existingCap[cell(CODES.charlie)]).toBeCloseTo(82.8, 9)
  })

  test('closed and unmapped teams add no capacity', () => {
    expect(ctx.existingCap[cell(CODES.echo)]).toBe(0)
    expect(ctx.existingServed[cell(CODES.echo)]).toBe(0)
    expect(ctx.index.unmappedCapacityTeams.map((t) => t.id)).toEqual(['floating-team'])
  })
})
