import { describe, expect, it } from 'vitest'
import type { ScenarioSettings } from '../../shared/domain/scenario'
import { builderHref, familyYearValueOf, planHref, planInput } from './plan-url'
import type { UrlIssue } from './scenario-url'
import { parseScenarioParams, toScenarioSettings, type ScenarioUrlState } from './scenario-url'

const BUILDER: ScenarioUrlState = {
  scope: 'E54000048',
  targetFy: 2031,
  strategy: 'satellite',
  phasing: 'capped',
  budgetCap: 1_500_000,
  workforceCap: 10,
  assumptions: { needRate: 0.08 },
  overrides: { E06000008: 'standalone' },
}

describe('from the builder to the plan', () => {
  it('carries the area, years, caps and assumptions but not the strategy or options', () => {
    expect(planHref(BUILDER)).toBe(
      '/plan?scope=E54000048&target=2031&budget=1500000&workforce=10&a.needRate=0.08',
    )
    expect(planInput(BUILDER)).toEqual({
      scope: 'E54000048',
      targetFy: 2031,
      budgetCap: 1_500_000,
      workforceCap: 10,
      assumptions: { needRate: 0.08 },
    })
  })

  it('has nothing to plan without an area', () => {
    expect(planInput({ scope: null, assumptions: {}, overrides: {} })).toBeNull()
  })
})

describe('from the plan to the builder', () => {
  it('opens the plan’s own settings: each option with its start year, hubs left to the nearest', () => {
    const plan: ScenarioSettings = {
      scope: 'E54000048',
      targetFy: 2030,
      strategy: 'mixed',
      phasing: 'capped',
      budgetCap: 1_000_000,
      overrides: {
        E06000008: { option: 'expand', startFy: 2029 },
        E07000117: { option: 'satellite', startFy: 2030, hubTeamId: 'greater-manchester' },
        E07000118: { option: 'none' },
      },
    }
    const href = builderHref(plan)
    expect(href).toMatch(/^\/scenarios\/new\?/)
    const { state, issues } = parseScenarioParams(new URLSearchParams(href.split('?')[1]))
    expect(issues).toEqual([])
    // Settings at their defaults (the years, the strategy) stay out of the link.
    expect(toScenarioSettings(state)).toEqual({
      scope: 'E54000048',
      phasing: 'capped',
      budgetCap: 1_000_000,
      overrides: {
        E06000008: { option: 'expand', startFy: 2029 },
        E07000117: { option: 'satellite', startFy: 2030 },
        E07000118: { option: 'none' },
      },
    })
  })
})

describe('the value of a year of support in the address', () => {
  it('is read as an amount and goes into the plan’s input; absent, the default applies', () => {
    const issues: UrlIssue[] = []
    expect(familyYearValueOf('0', issues)).toBe(0)
    expect(familyYearValueOf('25,000', issues)).toBe(25_000)
    expect(familyYearValueOf(null, issues)).toBeUndefined()
    expect(issues).toEqual([])
    expect(planInput(BUILDER, 0)?.familyYearValue).toBe(0)
    expect(planInput(BUILDER)).not.toHaveProperty('familyYearValue')
  })

  it('refuses a negative, huge or unreadable amount, naming the field, and uses the default', () => {
    for (const text of ['-1', '2000000', 'lots']) {
      const issues: UrlIssue[] = []
      expect(familyYearValueOf(text, issues)).toBeUndefined()
      expect(issues).toHaveLength(1)
      expect(issues[0]!.field).toBe('familyYearValue')
      expect(issues[0]!.message).toContain(`"${text}"`)
    }
  })
})
