import { describe, expect, test } from 'vitest'
import { leastCostPlan } from './least-cost/least-cost-plan'
import { runScenario } from './run-scenario'
import { CODES, makeFixture } from './test-fixture'

/** The fixture with Foxtrot down to 50 births a year: 3.5 families a year in need at 7%. */
function tinyFoxtrot() {
  const data = makeFixture()
  const foxtrot = data.las.find((l) => l.code === CODES.foxtrot)!
  foxtrot.age0 = foxtrot.age0.map((v) => (v === null ? null : 50))
  foxtrot.age1 = foxtrot.age1.map((v) => (v === null ? null : 52))
  return data
}

describe('an authority too small for a team of its own', () => {
  test('joins the nearest larger authority’s team, with posts sized to its need and no set-up', () => {
    const data = tinyFoxtrot()
    const r = runScenario(data, { scope: CODES.foxtrot, targetFy: 2026 })
    const foxtrot = r.areas[0]!
    expect(foxtrot.option).toBe('expand')
    // Bravo (54.1°N) is 11.1 km from Foxtrot (54.2°N); Alpha Team works there.
    expect(foxtrot.hubLaCode).toBe(CODES.bravo)
    expect(foxtrot.reason).toMatch(
      /fewer than the 10 families a year a team of its own needs, so its families join Alpha Team in Bravo \(11 km\): 0\.\d\d clinical WTE added there/,
    )
    // 3.5 families need a fraction of one post: a tenth of a minimum-size team's cost at most.
    const need = r.years[1]!.need
    expect(r.years[1]!.coverage).toBe(1)
    const standalone = runScenario(data, {
      scope: CODES.foxtrot,
      targetFy: 2026,
      overrides: { [CODES.foxtrot]: { option: 'standalone' } },
    })
    expect(r.years[1]!.cost).toBeLessThan(standalone.years[1]!.cost / 10)
    expect(r.years[1]!.oneOffCost).toBe(0)
    expect(need).toBeGreaterThan(3)
    expect(need).toBeLessThan(4)
  })

  test('its own option, when set, wins; a larger threshold or none changes who is small', () => {
    const data = tinyFoxtrot()
    const set = runScenario(data, {
      scope: CODES.foxtrot,
      overrides: { [CODES.foxtrot]: { option: 'satellite' } },
    })
    expect(set.areas[0]!.option).not.toBe('expand')
    const off = runScenario(data, { scope: CODES.foxtrot, assumptions: { minAreaFamilies: 0 } })
    expect(off.areas[0]!.option).not.toBe('expand')
    // With Foxtrot at its usual 35 families a year, 40 makes it small too.
    const usual = runScenario(makeFixture(), {
      scope: CODES.foxtrot,
      assumptions: { minAreaFamilies: 40 },
    })
    expect(usual.areas[0]!.option).toBe('expand')
  })

  test('the least-cost plan takes the same cheap route', () => {
    const plan = leastCostPlan(tinyFoxtrot(), { scope: CODES.foxtrot })
    expect(plan.areas[0]!.option).toBe('expand')
    expect(plan.areas[0]!.reason).toMatch(/added to Alpha Team in Bravo \(11 km\)/)
  })
})
