import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { runScenario } from './run-scenario'
import { settingsArbitrary } from './settings-arbitrary.test-util'
import { CODES, fixture, makeFixture } from './test-fixture'

describe('team counts add up across levels', () => {
  // Front-loaded, so each scope's plan starts the same projects in the same year: phasing in
  // even steps spreads a scope's own projects, which differ between a nation and its parts.
  const same = { phasing: 'front-loaded' as const }

  test('a team serving a split authority counts its share in each health body', () => {
    // Echo is 75% in HB2 and 25% in HB1: its new team counts 0.75 and 0.25, once in the nation.
    const hb1 = runScenario(fixture, { scope: CODES.hb1, ...same })
    const hb2 = runScenario(fixture, { scope: CODES.hb2, ...same })
    const nation = runScenario(fixture, { scope: CODES.nation, ...same })
    const sum = (k: 'existing' | 'new' | 'satellites') =>
      hb1.years.map((y, i) => y.teamsBreakdown[k] + hb2.years[i]!.teamsBreakdown[k])
    for (const k of ['existing', 'new', 'satellites'] as const) {
      sum(k).forEach((v, i) =>
        expect(v, `${k} ${i}`).toBeCloseTo(nation.years[i]!.teamsBreakdown[k], 9),
      )
    }
  })

  test('property: on random settings the health bodies’ teams sum to the nation’s', () => {
    const data = makeFixture()
    const arb = settingsArbitrary({
      scopes: [CODES.nation],
      laCodes: [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot],
      hubTeamIds: ['alpha-team', 'charlie-team'],
    })
    fc.assert(
      // Not pooled teams (health-body-wide, or a county's by upper-tier planning): seen from one
      // health body, a split authority's share of a team reaching across the other health body
      // is planned as a team of its own, so the plans differ.
      fc.property(
        arb.filter(
          (s) =>
            s.strategy !== 'icb-wide' &&
            !Object.values(s.overrides ?? {}).some((o) => o.option === 'icb-wide'),
        ),
        (settings) => {
          // No caps: the nation's plan is held to the national supply, a health body's is not.
          const plan = {
            ...settings,
            ...same,
            planningUnit: 'district' as const,
            budgetCap: null,
            workforceCap: null,
            assumptions: { ...settings.assumptions, nationalRecruitsPerYear: 100_000 },
          }
          const nation = runScenario(data, plan)
          const parts = [CODES.hb1, CODES.hb2].map((hb) =>
            runScenario(data, { ...plan, scope: hb }),
          )
          nation.years.forEach((y, i) => {
            for (const k of ['existing', 'new', 'satellites'] as const) {
              const sum = parts.reduce((s, p) => s + p.years[i]!.teamsBreakdown[k], 0)
              expect(sum, `${k} ${y.fy}`).toBeCloseTo(y.teamsBreakdown[k], 9)
            }
            expect(parts.reduce((s, p) => s + p.years[i]!.teams, 0)).toBeCloseTo(y.teams, 9)
          })
        },
      ),
      { numRuns: 100 },
    )
  })

  test('the register warning counts teams, not rows', () => {
    const data = makeFixture()
    // The Greater Manchester row stands for several teams, as the real register's does.
    data.teams = data.teams.map((t) => (t.id === 'alpha-team' ? { ...t, teamsRepresented: 3 } : t))
    // Capacity teams: Alpha (3), Charlie, Bravo satellite and the floating team = 6; count 10.
    const r = runScenario(data, { scope: CODES.nation })
    expect(r.warnings).toContain(
      "4 of the 10 teams in the UK count (Dec 2025) are not in the register and add no capacity, so today's coverage may be understated.",
    )
  })
})
