import { describe, expect, test } from 'vitest'
import { runScenario } from './run-scenario'
import { CODES, fixture } from './test-fixture'

/*
 * Foxtrot has no team and, in FY2025/26, 495 births × 7% = 34.65 families in need. One clinical
 * WTE sees 46 × (1 − 10% supervision) = 41.4 families a year once productive; with 80% of posts
 * filled, each funded post sees 33.12. The smallest standalone team is lowered to 0.1 of the
 * standard team here so the team is sized exactly to the need.
 */
describe('new provision is sized for posts left unfilled', () => {
  const base = {
    scope: CODES.foxtrot,
    strategy: 'standalone' as const,
    phasing: 'front-loaded' as const,
  }

  test('with 80% of posts filled, a team has 1 ÷ 0.8 as many posts and still meets the need', () => {
    const full = runScenario(fixture, base)
    const short = runScenario(fixture, {
      ...base,
      assumptions: { recruitmentSuccess: 0.8, standaloneMinScale: 0.1 },
    })
    const exact = runScenario(fixture, { ...base, assumptions: { standaloneMinScale: 0.1 } })
    // 34.65 unmet ÷ (6 clinical WTE × 41.4) = 0.1395 × the standard team; ÷ 0.8 = 0.1744.
    expect(exact.years[1]!.clinicalWte).toBeCloseTo(34.65 / 41.4, 9)
    expect(short.years[1]!.clinicalWte).toBeCloseTo(34.65 / 41.4 / 0.8, 9)
    expect(short.years[1]!.wte / exact.years[1]!.wte).toBeCloseTo(1.25, 9)
    // Every funded post is costed, so the cost rises by the same factor.
    expect(short.years[1]!.recurrentCost / exact.years[1]!.recurrentCost).toBeCloseTo(1.25, 9)
    // Once productive, the filled posts meet the need in full.
    expect(short.years[1]!.coverage).toBeCloseTo(1, 12)
    expect(full.years[1]!.coverage).toBeCloseTo(1, 12)
  })

  test('the vacancy warning says how many more posts that takes', () => {
    const r = runScenario(fixture, { ...base, assumptions: { recruitmentSuccess: 0.8 } })
    expect(r.warnings).toContain(
      'Only 80% of new posts are assumed filled at any time, so new provision has 25% more posts than the need alone would take, and every funded post is costed.',
    )
  })
})
