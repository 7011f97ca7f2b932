import { describe, expect, it } from 'vitest'
import { ASSUMPTION_KEYS } from '../../shared/domain/assumptions'
import { ABSOLUTE_LIMITS, scenarioSettingsSchema } from '../../shared/domain/scenario'
import {
  EMPTY_STATE,
  mergeScenarioParams,
  parseNumber,
  parseScenarioParams,
  toScenarioParams,
  toScenarioSettings,
  withAssumption,
  withField,
  withNeed,
  withOverride,
  type ScenarioUrlState,
} from './scenario-url'

const parse = (query: string) => parseScenarioParams(new URLSearchParams(query))

const FULL: ScenarioUrlState = {
  scope: 'E54000048',
  startFy: 2026,
  targetFy: 2031,
  strategy: 'satellite',
  phasing: 'capped',
  priority: 'babies',
  budgetCap: 500_000,
  workforceCap: 4.5,
  trend: 'annual',
  assumptions: { needRate: 0.08, birthsTrendPerYear: -0.015, setupCostStandard: 25_000 },
  overrides: { E06000008: 'satellite', E07000117: 'none' },
}

describe('parseNumber', () => {
  it.each([
    ['0.08', 0.08],
    ['500000', 500_000],
    ['500,000', 500_000],
    [' 12 ', 12],
    ['-0.015', -0.015],
    ['.5', 0.5],
    ['1e6', 1_000_000],
  ])('reads %j as %d', (text, value) => {
    expect(parseNumber(text)).toBe(value)
  })

  it.each(['', ' ', 'abc', '0x10', 'Infinity', 'NaN', '1e999', '£500', '5%', '1.2.3', '--1'])(
    'refuses %j',
    (text) => {
      expect(parseNumber(text)).toBeNull()
    },
  )
})

describe('scenario URL round trip', () => {
  it('gives back every setting it wrote', () => {
    const params = toScenarioParams(FULL)
    const { state, issues } = parseScenarioParams(new URLSearchParams(params.toString()))
    expect(issues).toEqual([])
    expect(state).toEqual(FULL)
  })

  it('writes a compact, stable query in the documented form', () => {
    expect(toScenarioParams(FULL).toString()).toBe(
      'scope=E54000048&start=2026&target=2031&strategy=satellite&phasing=capped&priority=babies' +
        '&budget=500000&workforce=4.5&trend=annual&a.needRate=0.08&a.setupCostStandard=25000' +
        '&a.birthsTrendPerYear=-0.015&o.E06000008=satellite&o.E07000117=none',
    )
  })

  it('writes only the scope when everything is default', () => {
    const state: ScenarioUrlState = {
      scope: 'E54000048',
      targetFy: 2030,
      strategy: 'mixed',
      phasing: 'even',
      priority: 'unmet-need',
      trend: 'national',
      assumptions: { needRate: 0.07 },
      overrides: {},
    }
    expect(toScenarioParams(state, { needRate: 0.07 }).toString()).toBe('scope=E54000048')
  })

  it('round-trips each assumption on its own', () => {
    for (const key of ASSUMPTION_KEYS) {
      const [min, max] = ABSOLUTE_LIMITS[key]
      const value = min + (max - min) / 3
      const state = withAssumption({ ...EMPTY_STATE, scope: 'K02000001' }, key, value)
      expect(parse(toScenarioParams(state).toString()).state.assumptions).toEqual({ [key]: value })
    }
  })

  it('is the same link whatever order the overrides were set in', () => {
    const a = withOverride(withOverride(EMPTY_STATE, 'E07000117', 'none'), 'E06000008', 'expand')
    const b = withOverride(withOverride(EMPTY_STATE, 'E06000008', 'expand'), 'E07000117', 'none')
    expect(toScenarioParams(a).toString()).toBe(toScenarioParams(b).toString())
  })
})

describe('reading a shared link', () => {
  it('reads the example link from the brief', () => {
    const { state, issues } = parse('scope=E54000048&a.needRate=0.08&o.E06000008=satellite')
    expect(issues).toEqual([])
    expect(state).toEqual({
      scope: 'E54000048',
      assumptions: { needRate: 0.08 },
      overrides: { E06000008: 'satellite' },
    })
  })

  it('starts empty with no scope', () => {
    expect(parse('')).toEqual({ state: EMPTY_STATE, issues: [] })
  })

  it('ignores parameters that are not ours without complaint', () => {
    const { state, issues } = parse('scope=E54000048&utm_source=mail&fbclid=x&hbSort=name')
    expect(issues).toEqual([])
    expect(state).toEqual({ ...EMPTY_STATE, scope: 'E54000048' })
  })

  it('accepts a lower-case area code', () => {
    expect(parse('scope=e06000008').state.scope).toBe('E06000008')
  })

  it.each([
    ['scope=drop%20table', 'scope'],
    ['start=2019', 'startFy'],
    ['start=2025.5', 'startFy'],
    ['target=soon', 'targetFy'],
    ['strategy=magic', 'strategy'],
    ['phasing=fast', 'phasing'],
    ['priority=random', 'priority'],
    ['trend=up', 'trend'],
    ['budget=-1', 'budgetCap'],
    ['budget=0', 'budgetCap'],
    ['budget=lots', 'budgetCap'],
    ['workforce=0', 'workforceCap'],
    ['workforce=1e9', 'workforceCap'],
    ['a.needRate=1.5', 'assumptions.needRate'],
    ['a.needRate=seven', 'assumptions.needRate'],
    ['a.needRate=', 'assumptions.needRate'],
    ['a.satelliteTherapists=0', 'assumptions.satelliteTherapists'],
    ['a.magic=1', 'assumptions'],
    ['o.E06000008=teleport', 'overrides.E06000008'],
    ['o.not-a-code=satellite', 'overrides'],
  ])('drops %j with an issue naming %s', (query, field) => {
    // A bad scope stands alone, since a good one beside it would be kept.
    const { state, issues } = parse(field === 'scope' ? query : `scope=E54000048&${query}`)
    expect(issues).toHaveLength(1)
    expect(issues[0]!.field).toBe(field)
    expect(issues[0]!.message.length).toBeGreaterThan(10)
    // Nothing of the bad value survives into the state: no clamping, no partial values.
    const written = toScenarioParams(state).toString()
    expect(written).toBe(field === 'scope' ? '' : 'scope=E54000048')
  })

  it('never moves an out-of-range value into range', () => {
    const { state, issues } = parse('scope=E54000048&a.needRate=1.01&a.supervisionShare=0.95')
    expect(state.assumptions).toEqual({})
    expect(issues.map((i) => i.field)).toEqual([
      'assumptions.needRate',
      'assumptions.supervisionShare',
    ])
    expect(issues[0]!.message).toContain('between 0 and 1')
  })

  it('keeps the good settings beside a bad one', () => {
    const { state, issues } = parse('scope=E54000048&phasing=capped&budget=abc&a.needRate=0.09')
    expect(state).toEqual({
      scope: 'E54000048',
      phasing: 'capped',
      assumptions: { needRate: 0.09 },
      overrides: {},
    })
    expect(issues).toHaveLength(1)
  })

  it('drops a target year before the start year and says so', () => {
    const { state, issues } = parse('scope=E54000048&start=2029&target=2026')
    expect(state.startFy).toBe(2029)
    expect(state.targetFy).toBeUndefined()
    expect(issues).toEqual([expect.objectContaining({ field: 'targetFy' })])
  })

  it('uses the last value when a parameter is repeated', () => {
    expect(parse('scope=E54000048&phasing=even&phasing=capped').state.phasing).toBe('capped')
  })
})

describe('toScenarioSettings', () => {
  it('is null until a scope is chosen', () => {
    expect(toScenarioSettings(EMPTY_STATE)).toBeNull()
  })

  it('gives the server exactly the settings that were chosen', () => {
    const settings = toScenarioSettings(FULL)
    expect(settings).toEqual({
      scope: 'E54000048',
      startFy: 2026,
      targetFy: 2031,
      strategy: 'satellite',
      phasing: 'capped',
      priority: 'babies',
      budgetCap: 500_000,
      workforceCap: 4.5,
      trend: 'annual',
      assumptions: FULL.assumptions,
      overrides: { E06000008: { option: 'satellite' }, E07000117: { option: 'none' } },
    })
    expect(scenarioSettingsSchema.safeParse(settings).success).toBe(true)
  })

  it('sends only the scope for a default scenario', () => {
    expect(toScenarioSettings({ ...EMPTY_STATE, scope: 'K02000001' })).toEqual({
      scope: 'K02000001',
    })
  })

  it('produces settings the server accepts for anything a link can hold', () => {
    const { state } = parse(
      'scope=E54000048&start=2024&target=2035&budget=1&workforce=100000&a.needRate=1&a.payUplift=-0.2',
    )
    expect(scenarioSettingsSchema.safeParse(toScenarioSettings(state)).success).toBe(true)
  })
})

describe('state updates', () => {
  it('removes a field set to undefined so it leaves the link', () => {
    const capped = withField(FULL, 'budgetCap', undefined)
    expect('budgetCap' in capped).toBe(false)
    expect(toScenarioParams(capped).has('budget')).toBe(false)
  })

  it('does not change the state it was given', () => {
    const before = structuredClone(FULL)
    withAssumption(FULL, 'needRate', undefined)
    withOverride(FULL, 'E06000008', undefined)
    withField(FULL, 'phasing', 'even')
    expect(FULL).toEqual(before)
  })
})

describe('mergeScenarioParams', () => {
  it('rewrites the scenario but keeps what other parts of the page put in the address', () => {
    const current = new URLSearchParams(
      'scope=E54000048&budget=1000&laSort=name&laDir=desc&a.needRate=0.09',
    )
    const next = { ...EMPTY_STATE, scope: 'E54000048', phasing: 'capped' as const }
    expect(mergeScenarioParams(current, next).toString()).toBe(
      'scope=E54000048&phasing=capped&laSort=name&laDir=desc',
    )
  })
})

describe('start years per authority (as the least-cost plan sets them)', () => {
  const PLAN: ScenarioUrlState = {
    scope: 'E54000048',
    assumptions: {},
    overrides: { E06000008: 'expand', E07000117: 'satellite', E07000120: 'none' },
    starts: { E06000008: 2029, E07000117: 2030 },
  }

  it('round-trips through the link and reaches the settings', () => {
    const params = toScenarioParams(PLAN)
    expect(params.get('os.E06000008')).toBe('2029')
    expect(parse(params.toString())).toEqual({ state: PLAN, issues: [] })
    expect(toScenarioSettings(PLAN)!.overrides).toEqual({
      E06000008: { option: 'expand', startFy: 2029 },
      E07000117: { option: 'satellite', startFy: 2030 },
      E07000120: { option: 'none' },
    })
  })

  it('goes with the option: cleared with it, and unused without one', () => {
    const cleared = withOverride(PLAN, 'E06000008', undefined)
    expect(cleared.starts).toEqual({ E07000117: 2030 })
    const noOptions = { ...PLAN, overrides: {} }
    expect(toScenarioParams(noOptions).toString()).toBe('scope=E54000048')
    expect(toScenarioSettings(noOptions)!.overrides).toBeUndefined()
  })

  it('refuses a year outside the model, naming the authority', () => {
    const { state, issues } = parse('scope=E54000048&o.E06000008=expand&os.E06000008=2099')
    expect(state.starts).toBeUndefined()
    expect(issues).toEqual([expect.objectContaining({ field: 'overrides.E06000008' })])
  })
})

describe('an authority’s own need rate in the link', () => {
  const NEED = {
    rate: 0.09,
    reason: 'Local needs assessment, 2025: high rates of perinatal illness',
  }
  const withNeeds: ScenarioUrlState = {
    ...EMPTY_STATE,
    scope: 'E54000048',
    overrides: { E06000008: 'satellite' },
    needs: { E06000009: NEED },
  }

  it('travels as a rate and a reason, and comes back the same', () => {
    const params = toScenarioParams(withNeeds)
    expect(params.get('n.E06000009')).toBe('0.09')
    expect(params.get('nr.E06000009')).toBe(NEED.reason)
    expect(parse(params.toString())).toEqual({ state: withNeeds, issues: [] })
  })

  it('goes to the server as the authority’s override, beside any option', () => {
    const settings = toScenarioSettings({ ...withNeeds, needs: { E06000008: NEED } })
    expect(settings?.overrides).toEqual({
      E06000008: { option: 'satellite', needRate: 0.09, needReason: NEED.reason },
    })
    expect(scenarioSettingsSchema.safeParse(settings).success).toBe(true)
  })

  it('is set and removed with withNeed, leaving no empty list behind', () => {
    const set = withNeed({ ...EMPTY_STATE, scope: 'E54000048' }, 'E06000009', NEED)
    expect(set.needs).toEqual({ E06000009: NEED })
    expect(withNeed(set, 'E06000009', undefined)).toEqual({ ...EMPTY_STATE, scope: 'E54000048' })
  })

  it('refuses a rate without its reason, naming the authority', () => {
    const { state, issues } = parse('scope=E54000048&n.E06000009=0.09')
    expect(state.needs).toBeUndefined()
    expect(issues).toEqual([
      {
        field: 'needs.E06000009',
        message: 'The need rate for E06000009 came without its reason, so it was ignored',
      },
    ])
  })

  it('refuses an impossible rate and a reason the server would refuse', () => {
    const { state, issues } = parse(
      'scope=E54000048&n.E06000009=0.7&nr.E06000009=Survey&n.E06000008=0.08&nr.E06000008=%3Dcmd',
    )
    expect(state.needs).toBeUndefined()
    expect(issues.map((i) => i.field)).toEqual(['needs.E06000008', 'needs.E06000009'])
    expect(issues[0]!.message).toContain('must not start with = + - @')
    expect(issues[1]!.message).toContain('at most 50% of births')
  })
})
