import { describe, expect, test } from 'vitest'
import { BANDS } from '../domain/pay'
import { UnknownAreaError } from './errors'
import { employerCost } from './pay-rates'
import { runScenario } from './run-scenario'
import { CODES, DEFAULTS, fixture } from './test-fixture'

const area = (result: ReturnType<typeof runScenario>, code: string) =>
  result.areas.find((a) => a.code === code)!

/** Full-year cost of one clinical WTE in the standard clinical mix, overhead included. */
function clinicalMixCost(fy: number): number {
  const mix = { '8c': 1, '8a': 2, '7': 1, '6': 1, '4': 1 } as const
  let sum = 0
  for (const [band, wte] of Object.entries(mix)) {
    sum += wte * employerCost(fixture, band as '4', fy, DEFAULTS).total
  }
  return (sum / 6) * 1.2
}

describe('options for areas with a gap', () => {
  const uk = runScenario(fixture, { scope: 'K02000001', phasing: 'front-loaded' })

  test('mixed expands an existing team by the WTE that closes the gap', () => {
    // Alpha: need 69.3, existing 35.333 → unmet 33.967 families; 33.967 / (46 × 0.9) = 0.8205 WTE.
    const alpha = area(uk, CODES.alpha)
    expect(alpha.option).toBe('expand')
    expect(alpha.existingTeams).toEqual(['Alpha Team'])
    expect(alpha.reason).toMatch(/Expanding Alpha Team by 0\.8 clinical WTE/)
    // Front-loaded: starts April 2025, productive from October (6-month lag) → half a year of
    // capacity in 2025/26: (35.333 + 33.967 × 6/12) / 69.3 = 0.75494.
    expect(alpha.years[0]!.coverage).toBeCloseTo((106 / 3 + (69.3 - 106 / 3) / 2) / 69.3, 9)
    expect(alpha.years[1]!.coverage).toBe(1)
    // Cost from the start month: 0.8205 WTE × £87.5k a clinical WTE (no set-up for an expansion).
    const wte = (69.3 - 106 / 3) / 41.4
    expect(alpha.years[0]!.cost).toBeCloseTo(wte * clinicalMixCost(2025), 6)
  })

  test('mixed prefers a satellite only when it meets at least 60% of the gap', () => {
    // Foxtrot: unmet 34.65; a 2-therapist satellite sees 82.8 ≥ 0.6 × 34.65, hub in same body.
    const foxtrot = area(uk, CODES.foxtrot)
    expect(foxtrot.option).toBe('satellite')
    expect(foxtrot.hubTeamId).toBe('charlie-team')
    expect(foxtrot.hubLaCode).toBe(CODES.charlie)
    // Echo: unmet 277.2; 82.8 < 0.6 × 277.2 = 166.3, so a standalone team scaled 277.2/248.4.
    const echo = area(uk, CODES.echo)
    expect(echo.option).toBe('standalone')
    expect(echo.reason).toMatch(/only 30% of the gap/)
    expect(echo.reason).toMatch(/1\.12 × the standard team/)
  })

  test('an authority without a gap gets no new provision and says why', () => {
    const bravo = area(uk, CODES.bravo)
    expect(bravo.option).toBe('none')
    expect(bravo.reason).toMatch(/already meet the estimated need/)
    expect(bravo.years.every((y) => y.cost === 0)).toBe(true)
  })

  test('satellite cost includes the hub supervision and the template posts', () => {
    // Foxtrot's satellite in 2025/26: 2 × band 6 + 0.2 × band 8a, full year, × 1.2 overhead.
    const expected =
      (2 * employerCost(fixture, '6', 2025, DEFAULTS).total +
        0.2 * employerCost(fixture, '8a', 2025, DEFAULTS).total) *
      1.2
    expect(area(uk, CODES.foxtrot).years[0]!.cost).toBeCloseTo(expected, 6)
  })

  test('a health-body-wide team is shared by unmet need and closes every gap once productive', () => {
    const result = runScenario(fixture, {
      scope: CODES.hb2,
      strategy: 'icb-wide',
      phasing: 'front-loaded',
    })
    // Charlie 125.1 + Echo 277.2 + Foxtrot 34.65 = 436.95 unmet → one team, 1.759 × standard.
    // Echo is 75% inside HB2, so the part of the team serving the rest of Echo counts in HB1.
    const echoWeight = 277.2 / 436.95
    expect(result.years[0]!.teamsBreakdown.new).toBeCloseTo(1 - 0.25 * echoWeight, 6)
    for (const code of [CODES.charlie, CODES.echo, CODES.foxtrot]) {
      expect(area(result, code).option).toBe('icb-wide')
      expect(area(result, code).years[1]!.coverage).toBeCloseTo(1, 12)
    }
    expect(result.fullCoverageFy).toBe('2026/27')
    // Set-up £30,000 once, in the start year; Echo is 75% inside HB2 so 25% of its share is elsewhere.
    expect(result.years[0]!.oneOffCost).toBeCloseTo(30000 * (1 - 0.25 * echoWeight), 6)
  })

  test('strategy standalone puts a team where one exists but falls short', () => {
    const result = runScenario(fixture, { scope: CODES.charlie, strategy: 'standalone' })
    const charlie = area(result, CODES.charlie)
    expect(charlie.option).toBe('standalone')
    // Unmet 125.1 < half a standard team (124.2)? No: 125.1 / 248.4 = 0.504 × the standard team.
    expect(charlie.reason).toMatch(/0\.50 × the standard team/)
  })

  test('strategy satellite falls back to standalone where no hub is in reach', () => {
    const result = runScenario(fixture, {
      scope: CODES.foxtrot,
      strategy: 'satellite',
      assumptions: { satelliteMaxDistanceKm: 10 },
    })
    // Foxtrot's nearest hub is 11 km away; sharing a health body with Charlie Team earns nothing.
    expect(area(result, CODES.foxtrot).option).toBe('standalone')
    expect(area(result, CODES.foxtrot).reason).toMatch(
      /No hub team funded from 2025\/26 on works within 10 km, so a standalone team/,
    )
    const alpha = runScenario(fixture, { scope: CODES.alpha, strategy: 'satellite' })
    // Alpha's own team is 0 km away but its one place is taken by Bravo's satellite.
    expect(area(alpha, CODES.alpha).option).toBe('standalone')
    expect(area(alpha, CODES.alpha).reason).toMatch(
      /Alpha Team works within 50 km but already supervises as many satellites as a hub can \(at most 1\)/,
    )
  })

  test('a forced satellite grows to the therapists that close the gap', () => {
    const result = runScenario(fixture, {
      scope: CODES.echo,
      overrides: { [CODES.echo]: { option: 'satellite' } },
    })
    const echo = area(result, CODES.echo)
    expect(echo.hubTeamId).toBe('charlie-team')
    // ceil(277.2 / 41.4) = 7 therapists.
    expect(echo.reason).toMatch(/satellite of 7 parent-infant therapists/)
  })
})

describe('overrides', () => {
  test('an override of the option, start year and hub wins over the strategy', () => {
    const result = runScenario(fixture, {
      scope: 'K02000001',
      overrides: {
        [CODES.echo]: { option: 'none' },
        [CODES.foxtrot]: { option: 'satellite', hubTeamId: 'charlie-team', startFy: 2027 },
        [CODES.charlie]: { option: 'standalone' },
      },
    })
    expect(area(result, CODES.echo).option).toBe('none')
    expect(area(result, CODES.echo).reason).toMatch(/as set for Echo/)
    const foxtrot = area(result, CODES.foxtrot)
    expect(foxtrot).toMatchObject({ option: 'satellite', hubTeamId: 'charlie-team', startFy: 2027 })
    expect(area(result, CODES.charlie).option).toBe('standalone')
    expect(result.fullCoverageFy).toBeNull()
    expect(result.gap.families).toBeGreaterThan(250)
  })

  test('expanding where there is no team falls back to a standalone team', () => {
    const result = runScenario(fixture, {
      scope: CODES.echo,
      overrides: { [CODES.echo]: { option: 'expand' } },
    })
    expect(area(result, CODES.echo).option).toBe('standalone')
    expect(area(result, CODES.echo).reason).toMatch(/no existing team to expand/)
  })
})

test('an expansion asked for where there is no gap adds nothing and says so', () => {
  const result = runScenario(fixture, {
    scope: CODES.bravo,
    overrides: { [CODES.bravo]: { option: 'expand' } },
  })
  expect(area(result, CODES.bravo).option).toBe('none')
  expect(area(result, CODES.bravo).reason).toMatch(/no gap for an expansion to close/)
  expect(result.years.every((y) => y.cost === 0)).toBe(true)
})

describe('phasing and caps', () => {
  test('even phasing spreads starts so the last is productive for the target year', () => {
    const result = runScenario(fixture, { scope: 'K02000001' })
    const starts = result.areas.map((a) => a.startFy).filter((s) => s !== null)
    // Four projects over 2025..2029 (2030 starts would be productive only from October 2030).
    expect(starts.sort()).toEqual([2025, 2026, 2027, 2028])
    expect(result.fullCoverageFy).toBe('2029/30')
    expect(result.years.at(-1)!.coverage).toBe(1)
  })

  test('largest unmet need goes first', () => {
    const result = runScenario(fixture, { scope: 'K02000001' })
    // Echo (277) → Charlie (125) → Foxtrot (35) → Alpha (34).
    expect(area(result, CODES.echo).startFy).toBe(2025)
    expect(area(result, CODES.charlie).startFy).toBe(2026)
    expect(area(result, CODES.alpha).startFy).toBe(2028)
  })

  test('a budget cap holds every year and defers what does not fit', () => {
    const cap = 400_000
    const result = runScenario(fixture, { scope: 'K02000001', phasing: 'capped', budgetCap: cap })
    for (const y of result.years) expect(y.cost).toBeLessThanOrEqual(cap + 1e-6)
    // Echo's team (~£700k a year) never fits; it is reported, not silently dropped.
    expect(area(result, CODES.echo).startFy).toBeNull()
    expect(area(result, CODES.echo).reason).toMatch(
      /cannot start by 2030\/31 within the budget cap/,
    )
    expect(result.warnings.join(' ')).toMatch(/cannot start by 2030\/31 within the caps/)
  })

  test('a workforce cap limits new clinical WTE started in a year', () => {
    const result = runScenario(fixture, {
      scope: 'K02000001',
      phasing: 'front-loaded',
      workforceCap: 3.5,
    })
    let previous = 0
    for (const y of result.years) {
      expect(y.clinicalWte - previous).toBeLessThanOrEqual(3.5 + 1e-9)
      previous = y.clinicalWte
    }
    const deferred = result.areas.filter((a) => /deferred it from 2025\/26/.test(a.reason))
    expect(deferred.length).toBeGreaterThan(0)
  })
})

describe('outputs', () => {
  const result = runScenario(fixture, { scope: CODES.hb1, phasing: 'front-loaded' })

  test('lists the years from the start to the target year', () => {
    expect(result.years.map((y) => y.fy)).toEqual([
      '2025/26',
      '2026/27',
      '2027/28',
      '2028/29',
      '2029/30',
      '2030/31',
    ])
  })

  test('a split authority contributes its share of babies, need and cost', () => {
    const echo = area(result, CODES.echo)
    expect(echo.share).toBe(0.25)
    expect(echo.healthBody).toBe(CODES.hb1)
    // Echo FY2025/26 under-2s: 8,100 × 0.99 = 8,019; a quarter is in HB1.
    expect(echo.years[0]!.babiesUnder2).toBeCloseTo(8019 * 0.25, 9)
  })

  test('WTE by band adds up to the WTE of new provision', () => {
    for (const y of result.years) {
      const sum = BANDS.reduce((s, b) => s + y.wteByBand[b], 0)
      expect(sum).toBeCloseTo(y.wte, 9)
    }
  })

  test('cost per baby covered is target-year cost over covered babies', () => {
    const last = result.years.at(-1)!
    expect(result.costPerBabyCovered).toBeCloseTo(last.cost / last.coveredBabies, 9)
  })

  test('the gap left is priced at the standard mix', () => {
    const none = runScenario(fixture, {
      scope: CODES.alpha,
      overrides: { [CODES.alpha]: { option: 'none' } },
    })
    // FY2030/31 Alpha: need 1,000 × 0.94 × 0.07 = 65.8; capacity 106/3 → 30.467 families.
    expect(none.gap.families).toBeCloseTo(65.8 - 106 / 3, 9)
    expect(none.gap.clinicalWte).toBeCloseTo((65.8 - 106 / 3) / 41.4, 9)
    expect(none.gap.cost).toBeGreaterThan(none.gap.clinicalWte * 80_000)
    expect(none.costPerBabyCovered).toBe(0)
  })

  test('warnings name projected populations and teams missing from the register', () => {
    const uk = runScenario(fixture, { scope: 'K02000001' })
    expect(uk.warnings).toContain(
      'England populations after mid-2022 are projected with the England national projection.',
    )
    // 10 in the UK count − 4 capacity teams in the register (one of them unmapped) = 6.
    expect(uk.warnings.join(' ')).toMatch(/6 of the 10 teams in the UK count \(Dec 2025\)/)
    expect(uk.warnings.join(' ')).toMatch(/Floating Team cannot be placed/)
  })

  test('an unknown scope throws UnknownAreaError naming the code', () => {
    expect(() => runScenario(fixture, { scope: 'E54999999' })).toThrow(UnknownAreaError)
    expect(() => runScenario(fixture, { scope: 'E54999999' })).toThrow(/E54999999/)
  })

  test('resolved settings run the same as the settings they came from', () => {
    const again = runScenario(fixture, result.settings)
    expect(again).toEqual(result)
  })
})
