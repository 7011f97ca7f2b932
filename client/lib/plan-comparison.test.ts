import { describe, expect, it } from 'vitest'
import type { LeastCostPlan } from '../../shared/domain/least-cost'
import { result, year } from './compare-fixtures.test-util'
import { keepsToCaps, scenarioRow } from './plan-comparison'

const PLAN = {
  startFy: 2029,
  targetFy: 2030,
  budgetCap: 150_000,
  workforceCap: 3,
  totalCost: 180_000,
  coverage: 0.9,
} as LeastCostPlan

const years = (costs: [number, number], wte: [number, number], coverage = 0.9) => [
  year(2029, { cost: costs[0], cumulativeCost: costs[0], clinicalWte: wte[0], coverage }),
  year(2030, {
    cost: costs[1],
    cumulativeCost: costs[0] + costs[1],
    clinicalWte: wte[0] + wte[1],
    coverage,
  }),
]

describe('a scenario beside the least-cost plan', () => {
  it('keeps to the caps only when every year’s spend and new staff do', () => {
    expect(keepsToCaps(result(years([100_000, 150_000], [3, 2])), PLAN)).toBe(true)
    expect(keepsToCaps(result(years([100_000, 150_001], [3, 2])), PLAN)).toBe(false)
    expect(keepsToCaps(result(years([100_000, 100_000], [2, 3.5])), PLAN)).toBe(false)
  })

  it('says how much dearer it is when it covers as much, and notes other years and caps', () => {
    const row = scenarioRow(
      'mixed',
      'Mixed',
      result(years([100_000, 150_000], [1, 1]), {}, { startFy: 2029, targetFy: 2030 }),
      PLAN,
    )
    expect(row.costAbovePlan).toBe(70_000)
    expect(row.coversAsMuch).toBe(true)
    expect(row.note).toBe('other caps')
  })

  it('does not count a cheaper scenario that covers less as beating the plan', () => {
    const row = scenarioRow(
      'icb-wide',
      'One team',
      result(
        years([50_000, 50_000], [1, 0], 0.5),
        {},
        {
          startFy: 2029,
          targetFy: 2030,
          budgetCap: 150_000,
          workforceCap: 3,
        },
      ),
      PLAN,
    )
    expect(row.coversAsMuch).toBe(false)
    expect(row.note).toBeUndefined()
  })
})
