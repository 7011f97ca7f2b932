/**
 * Planning by upper-tier council (issue #13 item 2): a two-tier county's districts with a gap
 * share one new team; by district each has its own. The fixture's Delta County is Charlie and
 * Echo; Alpha, Bravo and Foxtrot are each their own upper tier.
 */
import { describe, expect, test } from 'vitest'
import type { ScenarioSettings } from '../domain/scenario'
import { areaPlanFor } from './area-plan'
import { buildContext } from './build-context'
import { planOptions } from './plan-options'
import { runScenario } from './run-scenario'
import { resolveSettings } from './settings'
import { CODES, makeFixture } from './test-fixture'

const data = makeFixture()
const charlie = data.las.findIndex((l) => l.code === CODES.charlie)
const echo = data.las.findIndex((l) => l.code === CODES.echo)

function plan(settings: ScenarioSettings) {
  const ctx = buildContext(data, resolveSettings(data, settings))
  return { ctx, ...planOptions(ctx) }
}

describe('planning by upper-tier council', () => {
  const settings = { scope: CODES.nation, strategy: 'standalone' as const }

  test('a county’s two districts share one team sized to their need together', () => {
    const { ctx, areas, projects } = plan(settings)
    const c = areas.find((a) => a.la === charlie)!
    const e = areas.find((a) => a.la === echo)!
    expect(c.project).toBe(e.project)
    const county = projects[c.project]!
    expect(county.name).toBe('Delta County')
    expect(county.code).toBe(CODES.delta)
    expect(county.las).toEqual([charlie, echo])
    // Sized to the two gaps together, shared by them: each share closes its own gap.
    const uC = areaPlanFor(ctx, charlie).unmet
    const uE = areaPlanFor(ctx, echo).unmet
    const standardFamilies = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
    const scale = Math.max(0.5, (uC + uE) / standardFamilies)
    expect(county.clinicalWte).toBeCloseTo(ctx.standard.clinicalWte * scale, 9)
    expect(county.weights[0]).toBeCloseTo(uC / (uC + uE), 12)
    expect(county.setup).toBe(30_000) // one set-up, not two
    expect(c.reason).toMatch(
      /shares one new team for Delta County \(planning by upper-tier council\)/,
    )
    expect(c.reason).toMatch(/across its 2 districts with a gap/)
  })

  test('by district, each has a team of its own and pays its own set-up', () => {
    const { ctx, areas, projects } = plan({ ...settings, planningUnit: 'district' })
    const c = areas.find((a) => a.la === charlie)!
    const e = areas.find((a) => a.la === echo)!
    expect(c.project).not.toBe(e.project)
    for (const [area, la] of [
      [c, charlie],
      [e, echo],
    ] as const) {
      const p = projects[area.project]!
      const standardFamilies = ctx.standard.clinicalWte * ctx.fundedFamiliesPerWte
      const scale = Math.max(0.5, areaPlanFor(ctx, la).unmet / standardFamilies)
      expect(p.clinicalWte).toBeCloseTo(ctx.standard.clinicalWte * scale, 9)
      expect(p.setup).toBe(30_000)
    }
  })

  test('the county team costs one set-up less, and covers the same need', () => {
    const county = runScenario(data, { ...settings, phasing: 'front-loaded' })
    const district = runScenario(data, {
      ...settings,
      phasing: 'front-loaded',
      planningUnit: 'district',
    })
    // Both districts are above the minimum size here, so only the set-up differs.
    expect(district.years[0]!.oneOffCost - county.years[0]!.oneOffCost).toBeCloseTo(30_000, 6)
    county.years.forEach((y, i) => {
      expect(y.coverage).toBeCloseTo(district.years[i]!.coverage, 9)
      expect(y.teamsBreakdown.new).toBeCloseTo(district.years[i]!.teamsBreakdown.new - 1, 9)
    })
  })

  test('a small district’s families join its county’s team; by district its posts are its own', () => {
    const small = makeFixture()
    // Echo with 100 births a year, about 7 families in need: under the fixture's 10 a team of
    // its own needs.
    const e = small.las.find((l) => l.code === CODES.echo)!
    e.age0 = e.age0.map((v) => (v === null ? null : 100))
    e.age1 = e.age1.map((v) => (v === null ? null : 100))
    // No Charlie Team, so Charlie gets a new team for Echo's families to join.
    small.teams = small.teams.filter((t) => t.id !== 'charlie-team')
    const run = (planningUnit: 'upper-tier' | 'district') => {
      const ctx = buildContext(small, resolveSettings(small, { scope: CODES.nation, planningUnit }))
      return planOptions(ctx)
    }
    const county = run('upper-tier')
    const ce = county.areas.find((a) => a.la === echo)!
    expect(ce.option).toBe('expand')
    expect(ce.project).toBe(county.areas.find((a) => a.la === charlie)!.project)
    expect(county.projects[ce.project]!.name).toBe('Delta County')
    expect(ce.reason).toMatch(/its families join the provision for Charlie/)
    expect(ce.reason).toMatch(/It shares one new team for Delta County/)

    const district = run('district')
    const de = district.areas.find((a) => a.la === echo)!
    expect(de.option).toBe('expand')
    // By district its posts are its own, added where the nearest larger authority's are.
    expect(district.projects[de.project]!.las).toEqual([echo])
  })
})
