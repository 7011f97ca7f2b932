import { describe, expect, test } from 'vitest'
import { modelIndex } from './model-index'
import { projectPopulation } from './population'
import { CODES, fixture } from './test-fixture'

const index = modelIndex(fixture)
const at = (code: string) => index.laByCode.get(code)!

describe('babies under two and births per authority', () => {
  const fys = [2024, 2025, 2026]
  const grid = projectPopulation(fixture, index, fys, 'national', -0.01)
  const cell = (code: string, fy: number) => at(code) * fys.length + (fy - 2024)

  test.each([
    // FY2024/25 holds mid-2024, which is observed: Alpha 1,000 aged 0 + 1,050 aged 1.
    ['observed mid-2024 in FY2024/25', CODES.alpha, 2024, 1000, 2050],
    // National trend: last observed × projection(2025)/projection(2024) = × 594,000/600,000 = × 0.99.
    // Births 1,000 × 0.99 = 990; under-2s 2,050 × 0.99 = 2,029.5.
    ['projected a year on by the national projection', CODES.alpha, 2025, 990, 2029.5],
    // Two years on: × 588,000/600,000 = × 0.98 → 1,960 and 4,100 × 0.98 = 4,018.
    ['projected two years on', CODES.bravo, 2026, 1960, 4018],
    // Foxtrot's last estimate is mid-2022 (like Scotland and NI): 500 × 594,000/600,000 = 495;
    // under-2s 1,020 × 1,188,000/1,200,000 = 1,009.8.
    ['projected from mid-2022 where nothing later is published', CODES.foxtrot, 2025, 495, 1009.8],
  ])('%s', (_, code, fy, births, under2) => {
    expect(grid.births[cell(code, fy)]).toBeCloseTo(births, 9)
    expect(grid.under2[cell(code, fy)]).toBeCloseTo(under2, 9)
  })

  test('the annual trend compounds the births trend from the last observed year', () => {
    const annual = projectPopulation(fixture, index, fys, 'annual', -0.01)
    // 1,000 × 0.99² = 980.1 in FY2026/27 (mid-2026 is two years after mid-2024).
    expect(annual.births[cell(CODES.alpha, 2026)]).toBeCloseTo(980.1, 9)
    // Foxtrot: 500 × 0.99³ = 485.14950 in FY2025/26 (three years after mid-2022).
    expect(annual.births[cell(CODES.foxtrot, 2025)]).toBeCloseTo(485.1495, 9)
  })

  test('each projected cell records how many years it is carried on from its last estimate', () => {
    // Observed FY2024/25 (mid-2024): 0; Alpha two years on: 2; Foxtrot from mid-2022: 2, 3, 4.
    expect(grid.birthsSpan[cell(CODES.alpha, 2024)]).toBe(0)
    expect(grid.birthsSpan[cell(CODES.alpha, 2026)]).toBe(2)
    expect(fys.map((fy) => grid.birthsSpan[cell(CODES.foxtrot, fy)])).toEqual([2, 3, 4])
    expect(fys.map((fy) => grid.under2Span[cell(CODES.foxtrot, fy)])).toEqual([2, 3, 4])
    // With the annual trend the births are the last estimate × (1 + trend) ** span.
    const annual = projectPopulation(fixture, index, fys, 'annual', 0.02)
    const c = cell(CODES.foxtrot, 2026)
    expect(annual.births[c]).toBeCloseTo(500 * 1.02 ** annual.birthsSpan[c]!, 9)
  })
})
