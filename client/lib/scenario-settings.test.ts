import { describe, expect, it } from 'vitest'
import type { ScenarioSettings } from '../../shared/domain/scenario'
import { changedKeys, rationaleToSave, settingsToState, stateToSettings } from './scenario-settings'
import { EMPTY_STATE } from './scenario-url'

const DEFAULTS = { needRate: 0.07, supervisionShare: 0.1 }

describe('settingsToState and stateToSettings', () => {
  it('round-trips what the form edits', () => {
    const settings: ScenarioSettings = {
      scope: 'E54000048',
      strategy: 'satellite',
      phasing: 'capped',
      budgetCap: 500_000,
      assumptions: { needRate: 0.08 },
      overrides: { E06000008: { option: 'standalone' } },
    }
    expect(stateToSettings(settingsToState(settings))).toEqual(settings)
  })

  it('reads a null cap as no cap', () => {
    const state = settingsToState({ scope: 'E06000008', budgetCap: null, workforceCap: null })
    expect(state).toEqual({ scope: 'E06000008', assumptions: {}, overrides: {} })
  })

  it('keeps what the form cannot edit from the saved settings', () => {
    const base: ScenarioSettings = {
      scope: 'E54000048',
      overrides: {
        E06000008: { option: 'satellite', hubTeamId: 'pairs', startFy: 2026 },
        E06000009: { startFy: 2027 },
      },
      templates: { satellite: [{ title: 'Therapist', band: '7', wte: 2, clinical: true }] },
    }
    const state = settingsToState(base)
    state.overrides.E06000008 = 'standalone'
    expect(stateToSettings(state, base)).toEqual({
      scope: 'E54000048',
      overrides: {
        E06000008: { option: 'standalone', hubTeamId: 'pairs', startFy: 2026 },
        E06000009: { startFy: 2027 },
      },
      templates: base.templates,
    })
  })

  it('drops per-authority extras when the area changes', () => {
    const base: ScenarioSettings = {
      scope: 'E54000048',
      overrides: { E06000009: { startFy: 2027 } },
    }
    const state = { ...settingsToState(base), scope: 'E06000008', overrides: {} }
    expect(stateToSettings(state, base)).toEqual({ scope: 'E06000008' })
  })

  it('has no settings without an area', () => {
    expect(stateToSettings(EMPTY_STATE)).toBeNull()
  })
})

describe('changedKeys', () => {
  it('lists settings and assumptions away from their defaults, in form order', () => {
    const state = {
      ...EMPTY_STATE,
      scope: 'E54000048',
      budgetCap: 500_000,
      strategy: 'satellite' as const,
      phasing: 'even' as const,
      assumptions: { needRate: 0.08, supervisionShare: 0.1 },
      overrides: { E06000008: 'standalone' as const },
    }
    expect(changedKeys(state, DEFAULTS)).toEqual([
      'strategy',
      'budgetCap',
      'a.needRate',
      'overrides',
    ])
  })

  it('is empty for a scenario on the defaults', () => {
    expect(changedKeys({ ...EMPTY_STATE, scope: 'E06000008' }, DEFAULTS)).toEqual([])
  })
})

describe('rationaleToSave', () => {
  it('keeps trimmed notes beside changed settings only', () => {
    expect(
      rationaleToSave(
        { budgetCap: '  Board limit for 2026  ', 'a.needRate': '   ', strategy: 'old note' },
        ['budgetCap', 'a.needRate'],
      ),
    ).toEqual({ budgetCap: 'Board limit for 2026' })
  })
})

describe('an authority’s own need rate in saved settings', () => {
  const reason = 'Local needs assessment, 2025'
  const base: ScenarioSettings = {
    scope: 'E54000048',
    overrides: {
      E06000008: { option: 'satellite', hubTeamId: 'pairs', needRate: 0.09, needReason: reason },
      E06000009: { needRate: 0.05, needReason: reason },
    },
  }

  it('comes into the form and goes back unchanged', () => {
    const state = settingsToState(base)
    expect(state.needs).toEqual({
      E06000008: { rate: 0.09, reason },
      E06000009: { rate: 0.05, reason },
    })
    expect(stateToSettings(state, base)).toEqual(base)
  })

  it('is dropped from what is saved when removed in the form', () => {
    const state = settingsToState(base)
    delete state.needs!.E06000008
    delete state.needs!.E06000009
    expect(stateToSettings(state, base)).toEqual({
      scope: 'E54000048',
      overrides: { E06000008: { option: 'satellite', hubTeamId: 'pairs' } },
    })
  })

  it('counts as a change', () => {
    expect(changedKeys(settingsToState(base), DEFAULTS)).toEqual(['overrides', 'needs'])
  })
})
