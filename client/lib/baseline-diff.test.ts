import { describe, expect, it } from 'vitest'
import {
  alignSeries,
  describeAgainstBaseline,
  diffOutcome,
  formatMoneyDiff,
  formatMoneyDiffFull,
  formatPointsDiff,
  formatWteDiff,
  formatYearsDiff,
  outcomeOf,
} from './baseline-diff'
import { result, year } from './compare-fixtures.test-util'

const baseline = result(
  [year(2025), year(2030, { coverage: 0.8, cumulativeCost: 2_000_000, cost: 400_000, wte: 10 })],
  { fullCoverageFy: '2029/30' },
)
const faster = result(
  [year(2025), year(2030, { coverage: 0.9, cumulativeCost: 2_500_000, cost: 450_000, wte: 12.5 })],
  { fullCoverageFy: '2027/28' },
)

describe('outcomeOf', () => {
  it('reads the target year', () => {
    expect(outcomeOf(baseline)).toEqual({
      targetFy: '2030/31',
      coverageAtTarget: 0.8,
      geographicAtTarget: 0.6,
      fullCoverageFy: '2029/30',
      cumulativeCostAtTarget: 2_000_000,
      annualCostAtTarget: 400_000,
      wteAtTarget: 10,
      realCostTotal: 190_000,
      presentValue: 190_000,
      costPerFamily: 10_000,
    })
  })
})

describe('diffOutcome', () => {
  it('gives points, pounds, WTE and years against the baseline', () => {
    const diff = diffOutcome(outcomeOf(faster), outcomeOf(baseline))
    expect(diff.coveragePoints).toBeCloseTo(10)
    expect(diff.cumulativeCost).toBe(500_000)
    expect(diff.annualCost).toBe(50_000)
    expect(diff.wte).toBe(2.5)
    expect(diff.fullCoverageYears).toBe(-2)
    expect(diff.costPerFamily).toBe(0)
    expect(diff.realCost).toBe(0)
  })

  it('says which one reaches full coverage when only one does', () => {
    const never = outcomeOf(result([year(2030)]))
    expect(diffOutcome(never, outcomeOf(baseline)).fullCoverageYears).toBe('only-baseline')
    expect(diffOutcome(outcomeOf(baseline), never).fullCoverageYears).toBe('only-this')
    expect(diffOutcome(never, never).fullCoverageYears).toBeNull()
  })

  it('is all zero against itself', () => {
    const diff = diffOutcome(outcomeOf(baseline), outcomeOf(baseline))
    expect(formatPointsDiff(diff.coveragePoints)).toBe('Same as baseline')
    expect(formatMoneyDiff(diff.cumulativeCost)).toBe('Same as baseline')
    expect(formatWteDiff(diff.wte)).toBe('Same as baseline')
    expect(formatYearsDiff(diff.fullCoverageYears)).toBe('Same as baseline')
  })
})

describe('difference formats', () => {
  it('signs every difference', () => {
    expect(formatMoneyDiff(500_000)).toBe('+£500k')
    expect(formatMoneyDiff(-1_250_000)).toBe('−£1.25m')
    expect(formatMoneyDiffFull(-60_371)).toBe('−£60,371')
    expect(formatPointsDiff(10)).toBe('+10 percentage points')
    expect(formatPointsDiff(-2.34)).toBe('−2.3 percentage points')
    expect(formatWteDiff(2.5)).toBe('+2.5 WTE')
    expect(formatWteDiff(-1)).toBe('−1 WTE')
    expect(formatYearsDiff(-2)).toBe('2 years sooner')
    expect(formatYearsDiff(1)).toBe('1 year later')
  })
})

describe('alignSeries', () => {
  it('puts every scenario on one set of years, null where one has none', () => {
    const early = result([year(2024, { coverage: 0.1 }), year(2025, { coverage: 0.2 })])
    const late = result([year(2025, { coverage: 0.3 }), year(2026, { coverage: 0.4 })])
    expect(
      alignSeries(
        [
          { id: 'a', result: early },
          { id: 'b', result: late },
        ],
        (y) => y.coverage,
      ),
    ).toEqual([
      { fy: '2024/25', fyStart: 2024, a: 0.1, b: null },
      { fy: '2025/26', fyStart: 2025, a: 0.2, b: 0.3 },
      { fy: '2026/27', fyStart: 2026, a: null, b: 0.4 },
    ])
  })
})

describe('describeAgainstBaseline', () => {
  it('says each difference in words', () => {
    expect(describeAgainstBaseline(outcomeOf(faster), outcomeOf(baseline))).toBe(
      'Capacity coverage in 2030/31 is 10 percentage points higher (90% against 80%); full coverage 2 years sooner (2027/28); it costs £500,000 more in total to 2030/31 and needs 2.5 WTE more staff in 2030/31.',
    )
  })

  it('says when nothing differs and when neither reaches full coverage', () => {
    const never = outcomeOf(result([year(2030)]))
    expect(describeAgainstBaseline(never, never)).toBe(
      'Capacity coverage in 2030/31 is the same (50%); neither reaches full coverage; it costs the same in total to 2030/31 and needs the same staff.',
    )
  })
})
