import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ModelData } from '../domain/model-data'
import type { ScenarioSettings } from '../domain/scenario'
import { buildContext } from './build-context'
import { hubSlots, hubsInReach } from './hubs'
import { runScenario } from './run-scenario'
import { settingsArbitrary } from './settings-arbitrary.test-util'
import { resolveSettings } from './settings'
import { CODES, fixture, makeFixture } from './test-fixture'

const teamIndex = (data: ModelData, id: string) => data.teams.findIndex((t) => t.id === id)
const laIndex = (data: ModelData, code: string) => data.las.findIndex((l) => l.code === code)
const ctxFor = (data: ModelData, settings: Partial<ScenarioSettings> = {}) =>
  buildContext(data, resolveSettings(data, { ...settings, scope: CODES.nation }))
const hubNames = (data: ModelData, code: string, km: number, fy = 2025) => {
  const ctx = ctxFor(data, { assumptions: { satelliteMaxDistanceKm: km } })
  return hubsInReach(ctx, laIndex(data, code), fy).map((c) => [
    data.teams[c.team]!.name,
    Math.round(c.distanceKm * 10) / 10,
  ])
}

describe('the travel rule', () => {
  // Centroids all at 2°W: Bravo 54.1°N, Charlie 54.5°N, Echo 54.9°N, Foxtrot 54.2°N.
  // 0.1° of latitude is 11.1 km on the 6,371 km sphere.
  test('hubs are the teams within the limit of the authority, nearest first', () => {
    expect(hubNames(fixture, CODES.foxtrot, 50)).toEqual([
      ['Alpha Team', 11.1],
      ['Charlie Team', 33.4],
    ])
    expect(hubNames(fixture, CODES.foxtrot, 20)).toEqual([['Alpha Team', 11.1]])
    expect(hubNames(fixture, CODES.foxtrot, 11)).toEqual([])
  })

  test('sharing a health body is no exception to the limit', () => {
    // Echo and Charlie share HB2; Charlie Team is 44.5 km from Echo.
    expect(hubNames(fixture, CODES.echo, 50)).toEqual([['Charlie Team', 44.5]])
    expect(hubNames(fixture, CODES.echo, 40)).toEqual([])
  })

  test('a hub must be funded from the satellite’s first year to the last one modelled', () => {
    const data = makeFixture()
    const charlie = data.teams[teamIndex(data, 'charlie-team')]!
    const names = (settings: Partial<ScenarioSettings>, fy: number) => {
      const ctx = ctxFor(data, settings)
      return hubsInReach(ctx, laIndex(data, CODES.foxtrot), fy).map((c) => data.teams[c.team]!.name)
    }
    // Closing in 2029 (calendar year) ends its work from 2029/30: it cannot carry a satellite
    // that must run to 2030/31, but it can for a plan that ends in 2028/29.
    charlie.closedYear = 2029
    expect(names({}, 2026)).toEqual(['Alpha Team'])
    expect(names({ targetFy: 2028 }, 2026)).toEqual(['Alpha Team', 'Charlie Team'])
    // Funded to December 2027: not funded for the whole of 2027/28, so not a hub from 2026/27
    // unless the scenario sustains it.
    charlie.closedYear = null
    charlie.fundedTo = '2027-12'
    expect(names({ targetFy: 2027 }, 2026)).toEqual(['Alpha Team'])
    expect(names({ targetFy: 2026 }, 2026)).toEqual(['Alpha Team', 'Charlie Team'])
    expect(names({ existingTeams: 'sustain' }, 2026)).toEqual(['Alpha Team', 'Charlie Team'])
  })
})

describe('the limit on satellites per hub', () => {
  test('the register’s own satellites take places first', () => {
    const places = (limit: number) => {
      const slots = hubSlots(ctxFor(fixture, { assumptions: { hubMaxSatellites: limit } }), 2025)
      return [slots[teamIndex(fixture, 'alpha-team')], slots[teamIndex(fixture, 'charlie-team')]]
    }
    // Alpha Team already supervises Bravo's satellite.
    expect(places(1)).toEqual([0, 1])
    expect(places(2)).toEqual([1, 2])
    expect(places(0)).toEqual([0, 0])
  })

  test('places go to the satellites the user set, then in register order, nearest hub first', () => {
    const hubsOf = (settings: Parameters<typeof runScenario>[1]) =>
      Object.fromEntries(runScenario(fixture, settings).areas.map((a) => [a.code, a.hubTeamId]))
    // Strategy satellite, one place each: Alpha Team is full; Charlie takes Charlie Team's place
    // (0 km) before Echo and Foxtrot, which come later in the register, so they get none.
    expect(hubsOf({ scope: CODES.nation, strategy: 'satellite' })).toMatchObject({
      [CODES.alpha]: null,
      [CODES.charlie]: 'charlie-team',
      [CODES.echo]: null,
      [CODES.foxtrot]: null,
    })
    // Set by the user, Foxtrot's satellite claims Charlie Team's place first.
    expect(
      hubsOf({
        scope: CODES.nation,
        strategy: 'satellite',
        overrides: { [CODES.foxtrot]: { option: 'satellite' } },
      }),
    ).toMatchObject({ [CODES.charlie]: null, [CODES.foxtrot]: 'charlie-team' })
    // Two places: Foxtrot's nearest, Alpha Team, has one again.
    expect(
      hubsOf({
        scope: CODES.nation,
        strategy: 'satellite',
        assumptions: { hubMaxSatellites: 2 },
      }),
    ).toMatchObject({
      [CODES.alpha]: 'alpha-team',
      [CODES.charlie]: 'charlie-team',
      [CODES.echo]: 'charlie-team',
      [CODES.foxtrot]: null,
    })
  })

  test('a health body sees the same hubs as the nation', () => {
    const settings = { strategy: 'satellite' as const }
    const nation = runScenario(fixture, { scope: CODES.nation, ...settings })
    const hb2 = runScenario(fixture, { scope: CODES.hb2, ...settings })
    for (const a of hb2.areas) {
      expect(a.hubTeamId).toBe(nation.areas.find((n) => n.code === a.code)!.hubTeamId)
    }
  })

  test('property: no hub supervises more satellites than the limit, nor one out of reach', () => {
    const arb = settingsArbitrary({
      scopes: [CODES.nation],
      laCodes: [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot],
      hubTeamIds: ['alpha-team', 'charlie-team', 'bravo-satellite'],
    })
    fc.assert(
      fc.property(arb, (settings) => {
        const result = runScenario(fixture, settings)
        const ctx = ctxFor(fixture, settings)
        const used = new Map<string, number>()
        for (const a of result.areas) {
          if (a.option !== 'satellite') continue
          expect(a.hubTeamId).not.toBeNull()
          used.set(a.hubTeamId!, (used.get(a.hubTeamId!) ?? 0) + 1)
          const fy = a.startFy ?? ctx.settings.startFy
          const inReach = hubsInReach(ctx, laIndex(fixture, a.code), fy)
          expect(inReach.map((c) => fixture.teams[c.team]!.id)).toContain(a.hubTeamId)
        }
        const slots = hubSlots(ctx, ctx.settings.startFy)
        for (const [id, n] of used) expect(n).toBeLessThanOrEqual(slots[teamIndex(fixture, id)]!)
      }),
      { numRuns: 200 },
    )
  })
})
