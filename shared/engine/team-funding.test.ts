import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import type { ModelData } from '../domain/model-data'
import type { ScenarioSettings } from '../domain/scenario'
import { workingMonths } from './existing-capacity'
import { runScenario } from './run-scenario'
import { settingsArbitrary } from './settings-arbitrary.test-util'
import { CODES, fixture, makeFixture } from './test-fixture'

const withCharlie = (change: (t: ModelData['teams'][number]) => void): ModelData => {
  const data = makeFixture()
  change(data.teams.find((t) => t.id === 'charlie-team')!)
  return data
}
const charlieScope = (data: ModelData, settings: Partial<ScenarioSettings> = {}) =>
  runScenario(data, { scope: CODES.charlie, strategy: 'standalone', targetFy: 2026, ...settings })

describe('a team’s funding life', () => {
  test('months worked follow the funding, the closure and the scenario’s choice', () => {
    const team = { ...fixture.teams[1]!, fundedFrom: '2025-12', fundedTo: '2026-11' }
    // FY2025/26 is April 2025 to March 2026: December to March is 4 months.
    expect(workingMonths(team, 2025, 'as-funded')).toBe(4)
    // FY2026/27: April to November is 8 months.
    expect(workingMonths(team, 2026, 'as-funded')).toBe(8)
    expect(workingMonths(team, 2027, 'as-funded')).toBe(0)
    // Sustaining renews the funding when it ends, but cannot start a team before it began.
    expect(workingMonths(team, 2027, 'sustain')).toBe(12)
    expect(workingMonths(team, 2024, 'sustain')).toBe(0)
    expect(workingMonths({ ...team, closedYear: 2027 }, 2027, 'sustain')).toBe(0)
    expect(workingMonths({ ...team, fundedFrom: null, fundedTo: null }, 2030, 'as-funded')).toBe(12)
  })

  test('a team funded to November works 8 months of the year and costs 8/12 of its running cost', () => {
    // Charlie Team: 2 WTE band 7 (clinical) and 1 WTE band 4. 2025/26 full employer costs
    // (FACTS §3.4): band 7 £69,019, band 4 £39,251 → pay £177,289, × 1.2 overhead = £212,747.
    // Capacity: 2 clinical WTE × 46 families × (1 − 10% supervision) = 82.8 families a year.
    const full = charlieScope(fixture, { targetFy: 2025 }).years[0]!
    expect(full.existingCost).toBeGreaterThan(212_747 - 10)
    expect(full.existingCost).toBeLessThan(212_747 + 10)
    expect(full.renewedCost).toBe(0)
    expect(full.teamsBreakdown.existing).toBeCloseTo(1, 9)

    const data = withCharlie((t) => (t.fundedTo = '2025-11'))
    const ends = charlieScope(data)
    const [y2025, y2026] = ends.years
    expect(y2025!.existingCost).toBeCloseTo((full.existingCost * 8) / 12, 6)
    expect(y2025!.teamsBreakdown.existing).toBeCloseTo(8 / 12, 9)
    expect(y2026!.existingCost).toBe(0)
    expect(y2026!.teamsBreakdown.existing).toBe(0)
    // With no new provision in 2025/26 (a standalone team starting then is productive only after
    // six months), the area's capacity is what Charlie Team works: 8 months of 82.8 families.
    const none = charlieScope(data, { overrides: { [CODES.charlie]: { option: 'none' } } })
    expect(none.areas[0]!.years[0]!.capacity).toBeCloseTo(Math.min(none.years[0]!.need, 55.2), 6)
    expect(none.areas[0]!.years[1]!.capacity).toBe(0)

    const sustained = charlieScope(data, {
      existingTeams: 'sustain',
      overrides: { [CODES.charlie]: { option: 'none' } },
    })
    expect(sustained.years[0]!.existingCost).toBeCloseTo(full.existingCost, 6)
    expect(sustained.years[0]!.renewedCost).toBeCloseTo((full.existingCost * 4) / 12, 6)
    expect(sustained.years[1]!.renewedCost).toBeCloseTo(sustained.years[1]!.existingCost, 6)
    expect(sustained.years[1]!.totalCost).toBeCloseTo(sustained.years[1]!.existingCost, 6)
    expect(sustained.money.existingNominal).toBeCloseTo(
      sustained.years[0]!.existingCost + sustained.years[1]!.existingCost,
      6,
    )
    expect(sustained.money.renewedNominal).toBeCloseTo(
      sustained.years[0]!.renewedCost + sustained.years[1]!.renewedCost,
      6,
    )
  })

  test('the scenario’s total carries existing teams apart from new provision', () => {
    const r = runScenario(fixture, { scope: CODES.nation })
    const sum = (pick: (y: (typeof r.years)[number]) => number) =>
      r.years.reduce((s, y) => s + pick(y), 0)
    expect(r.money.existingNominal).toBeCloseTo(
      sum((y) => y.existingCost),
      6,
    )
    expect(r.money.totalWithExistingNominal).toBeCloseTo(
      r.money.totalNominal + r.money.existingNominal,
      6,
    )
    expect(r.years.at(-1)!.cumulativeTotalCost).toBeCloseTo(r.money.totalWithExistingNominal, 6)
    expect(r.money.existingNominal).toBeGreaterThan(0)
  })

  test('property: a team whose funding ended before the plan starts counts for nothing', () => {
    const settingsArb = settingsArbitrary({
      scopes: ['K02000001', ...Object.values(CODES)],
      laCodes: [CODES.alpha, CODES.bravo, CODES.charlie, CODES.echo, CODES.foxtrot],
      hubTeamIds: ['alpha-team', 'charlie-team'],
    })
    const teamIds = ['alpha-team', 'charlie-team', 'bravo-satellite']
    fc.assert(
      fc.property(
        settingsArb,
        fc.constantFrom(...teamIds),
        fc.integer({ min: 2019, max: 2024 }),
        (settings, id, endYear) => {
          const asFunded = { ...settings, existingTeams: 'as-funded' as const }
          const ended = makeFixture()
          ended.teams.find((t) => t.id === id)!.fundedTo = `${endYear}-03`
          const gone = makeFixture()
          gone.teams.find((t) => t.id === id)!.providesCapacity = false
          const a = runScenario(ended, asFunded)
          const b = runScenario(gone, asFunded)
          expect(a.years).toEqual(b.years)
          expect(a.areas.map((x) => [x.code, x.option, x.hubTeamId, x.years])).toEqual(
            b.areas.map((x) => [x.code, x.option, x.hubTeamId, x.years]),
          )
        },
      ),
      { numRuns: 150 },
    )
  })
})
