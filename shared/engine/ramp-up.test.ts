import { describe, expect, test } from 'vitest'
import type { Role } from '../domain/pay'
import { employerCost } from './pay-rates'
import { qualifiedShare, traineeShare, trainingMonths } from './ramp-up'
import { runScenario } from './run-scenario'
import { CODES, DEFAULTS, fixture } from './test-fixture'

const TRAINEE: Role = {
  title: 'Parent-infant therapist (recruit-to-train)',
  band: '6',
  wte: 2,
  clinical: true,
  route: 'recruit-to-train',
  traineeBand: '5',
}

describe('how new posts come on stream', () => {
  // Fixture: 6-month recruitment lag; trainees productive after 12 months at half a caseload,
  // fully trained after 24 (FACTS.md §5).
  test('a qualified post sees families after the lag, a trainee after a year of study', () => {
    expect(qualifiedShare(DEFAULTS, 2026, 2026)).toBe(0.5)
    expect(qualifiedShare(DEFAULTS, 2026, 2027)).toBe(1)
    expect(traineeShare(DEFAULTS, 2026, 2026)).toBe(0)
    expect(traineeShare(DEFAULTS, 2026, 2027)).toBe(0.5)
    expect(traineeShare(DEFAULTS, 2026, 2028)).toBe(1)
    expect(trainingMonths(DEFAULTS, 2026, 2025)).toBe(0)
    expect([2026, 2027, 2028].map((fy) => trainingMonths(DEFAULTS, 2026, fy))).toEqual([12, 12, 0])
  })

  test('training that ends mid-year counts the months on each side', () => {
    // Productive after 9 months, trained after 15: 2026/27 has 3 months at 40%; 2027/28 has
    // 3 more at 40% and 9 at a full caseload.
    const a = {
      ...DEFAULTS,
      traineeProductiveMonths: 9,
      traineeTrainedMonths: 15,
      traineeCaseloadShare: 0.4,
    }
    expect(traineeShare(a, 2026, 2026)).toBeCloseTo((3 * 0.4) / 12, 12)
    expect(traineeShare(a, 2026, 2027)).toBeCloseTo((3 * 0.4 + 9) / 12, 12)
    expect(trainingMonths(a, 2026, 2027)).toBe(3)
  })
})

describe('a recruit-to-train satellite', () => {
  // Foxtrot gets a satellite of 2 recruit-to-train therapists from April 2025, a quarter of a
  // caseload in their second year: 2 × 46 × (1 − 10% supervision) = 82.8 families a year once
  // trained.
  const result = runScenario(fixture, {
    scope: CODES.nation,
    phasing: 'front-loaded',
    templates: { satellite: [TRAINEE] },
    assumptions: { traineeCaseloadShare: 0.25 },
  })
  const foxtrot = result.areas.find((a) => a.code === CODES.foxtrot)!

  test('sees no family in its first year, a quarter caseload in its second, all after', () => {
    expect(foxtrot.option).toBe('satellite')
    expect(foxtrot.startFy).toBe(2025)
    expect(foxtrot.years[0]!.capacity).toBe(0)
    expect(foxtrot.years[1]!.capacity).toBeCloseTo(Math.min(82.8 * 0.25, foxtrot.years[1]!.need), 9)
    expect(foxtrot.years[2]!.coverage).toBe(1)
    expect(foxtrot.reason).toMatch(/2 recruit-to-train WTE see families after 12 months of study/)
  })

  test('is paid at the trainee band until trained, then at its own', () => {
    const posts = (band: '5' | '6', fy: number) =>
      (2 * employerCost(fixture, band, fy, DEFAULTS).total +
        0.2 * employerCost(fixture, '8a', fy, DEFAULTS).total) *
      1.2
    expect(foxtrot.years[0]!.cost).toBeCloseTo(posts('5', 2025), 6)
    expect(foxtrot.years[1]!.cost).toBeCloseTo(posts('5', 2026), 6)
    expect(foxtrot.years[2]!.cost).toBeCloseTo(posts('6', 2027), 6)
  })

  test('shows in the pipeline: started, in training, then trained', () => {
    const [first, second, third] = result.years
    expect(first!.workforce.startedTrainees).toBeCloseTo(2, 12)
    expect(first!.workforce.inTraining).toBeCloseTo(2, 12)
    expect(second!.workforce.inTraining).toBeCloseTo(2, 12)
    expect(second!.workforce.completingTraining).toBeCloseTo(2, 12)
    expect(third!.workforce.inTraining).toBe(0)
    expect(third!.workforce.completingTraining).toBe(0)
  })
})

describe('the national workforce supply', () => {
  test('holds a UK plan to it, year by year, and says so', () => {
    // 7 WTE a year: Echo's team (6.7 clinical WTE, the largest gap) starts first; Charlie's
    // expansion, Foxtrot's satellite and Alpha's expansion wait for later years.
    const result = runScenario(fixture, {
      scope: 'K02000001',
      phasing: 'front-loaded',
      assumptions: { nationalRecruitsPerYear: 7 },
    })
    for (const y of result.years) {
      expect(y.workforce.cap).toBe(7)
      expect(y.workforce.started).toBeLessThanOrEqual(7 + 1e-9)
    }
    // Front-loaded asks for everything in the first year; the supply defers the rest.
    expect(result.years[0]!.workforce.needed).toBeGreaterThan(7)
    const deferred = result.areas.filter((a) =>
      /The national supply of new staff deferred it from 2025\/26/.test(a.reason),
    )
    expect(deferred.map((a) => a.code).sort()).toEqual(
      [CODES.alpha, CODES.charlie, CODES.foxtrot].sort(),
    )
    expect(result.warnings.join(' ')).toMatch(
      /held to this area's share by births of the national workforce: 7 new clinical WTE a year/,
    )
  })

  test('compares a health body with its share by births but does not hold it', () => {
    const uk = runScenario(fixture, {
      scope: 'K02000001',
      assumptions: { nationalRecruitsPerYear: 3 },
    })
    const hb = runScenario(fixture, {
      scope: CODES.hb2,
      phasing: 'front-loaded',
      assumptions: { nationalRecruitsPerYear: 3 },
    })
    const share = hb.years[0]!.births / uk.years[0]!.births
    expect(hb.years[0]!.workforce.cap).toBeNull()
    expect(hb.years[0]!.workforce.fairShare).toBeCloseTo(3 * share, 9)
    expect(hb.years[0]!.workforce.started).toBeGreaterThan(3 * share)
    expect(hb.warnings.join(' ')).toMatch(
      /relies on recruiting faster than the rest of the country/,
    )
  })

  test('gives way to a workforce cap the scenario sets', () => {
    const result = runScenario(fixture, {
      scope: 'K02000001',
      workforceCap: 5,
      assumptions: { nationalRecruitsPerYear: 3 },
    })
    expect(result.years[0]!.workforce.cap).toBe(5)
  })
})
