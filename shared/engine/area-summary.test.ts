import { describe, expect, test } from 'vitest'
import { summariseArea } from './area-summary'
import { CODES, fixture } from './test-fixture'

describe('summariseArea', () => {
  test('an authority has breadcrumbs, neighbours with their teams and family hubs', () => {
    const alpha = summariseArea(fixture, CODES.alpha)!
    expect(alpha.area).toMatchObject({
      code: CODES.alpha,
      level: 'local-authority',
      nation: CODES.nation,
    })
    expect(alpha.breadcrumbs.map((b) => b.code)).toEqual(['K02000001', CODES.nation, CODES.hb1])
    expect(alpha.children).toEqual([])
    expect(alpha.neighbours).toEqual([
      {
        code: CODES.bravo,
        name: 'Bravo',
        distanceKm: 11,
        sharedBorderKm: 8,
        teams: [
          { id: 'alpha-team', name: 'Alpha Team' },
          { id: 'bravo-satellite', name: 'Bravo satellite of Alpha Team' },
        ],
      },
    ])
    expect(alpha.familyHubs).toBe(true)
    expect(alpha.teams.map((t) => t.id)).toEqual(['alpha-team'])
  })

  test("today's coverage comes from existing teams in the first modelled year", () => {
    const alpha = summariseArea(fixture, CODES.alpha)!
    // FY2025/26: 35.333 of 69.3 families.
    expect(alpha.coverage.fy).toBe('2025/26')
    expect(alpha.coverage.coverage).toBeCloseTo(106 / 3 / 69.3, 9)
    expect(alpha.coverage.geographicCoverage).toBe(1)
  })

  test('staff today: a team with published staffing gives back its own clinical WTE', () => {
    const charlie = summariseArea(fixture, CODES.charlie)!
    // Charlie Team: 2 clinical WTE (the administrator is not clinical).
    expect(charlie.staffToday.clinicalWte).toBeCloseTo(2, 9)
    expect(charlie.staffToday).toMatchObject({ familiesPerClinicalWte: 46, supervisionShare: 0.1 })
  })

  test('staff today: unstaffed teams count their assumed families, uncapped by need', () => {
    const hb1 = summariseArea(fixture, CODES.hb1)!
    // Alpha Team (106 families, no staffing) ÷ (46 × 0.9) + the Bravo satellite's 2 clinical WTE.
    expect(hb1.staffToday.clinicalWte).toBeCloseTo(106 / (46 * 0.9) + 2, 9)
    const total = hb1.localAuthorities.reduce((sum, r) => sum + r.need, 0)
    expect(total).toBeCloseTo(hb1.coverage.need, 9)
    expect(hb1.localAuthorities.find((r) => r.code === CODES.echo)!.need).toBeCloseTo(
      0.25 * summariseArea(fixture, CODES.echo)!.localAuthorities[0]!.need,
      9,
    )
  })

  test('a health body sums population by share and lists its authorities', () => {
    const hb1 = summariseArea(fixture, CODES.hb1)!
    // Alpha 2,050 + Bravo 4,100 + 25% of Echo 8,100 = 8,175.
    expect(hb1.population.at(-1)).toEqual({
      midYear: 2024,
      age0: 4000,
      age1: 4175,
      under2: 8175,
      complete: true,
    })
    expect(hb1.children.map((c) => c.code)).toEqual([CODES.alpha, CODES.bravo, CODES.echo])
    expect(hb1.localAuthorities.find((r) => r.code === CODES.echo)).toMatchObject({
      share: 0.25,
      under2: 2025,
      geographicCovered: false,
      teams: 0,
    })
    expect(hb1.familyHubs).toBeNull()
  })

  test('years where an authority has no estimate are incomplete, not partial sums', () => {
    const hb2 = summariseArea(fixture, CODES.hb2)!
    expect(hb2.population.find((p) => p.midYear === 2023)).toMatchObject({
      under2: null,
      complete: false,
    })
    expect(hb2.latest.midYear).toBe(2022)
  })

  test('the UK lists its nations and every team, including unmapped ones', () => {
    const uk = summariseArea(fixture, 'K02000001')!
    expect(uk.breadcrumbs).toEqual([])
    expect(uk.children.map((c) => c.level)).toEqual(['nation'])
    expect(uk.teams).toHaveLength(fixture.teams.length)
  })

  test('an unknown code gives null', () => {
    expect(summariseArea(fixture, 'W99999999')).toBeNull()
  })
})
