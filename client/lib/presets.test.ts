import { describe, expect, it } from 'vitest'
import { PRESETS, presetById } from '../../shared/domain/presets'
import { applyPreset, presetInUse, presetKeys, presetValues } from './presets'
import { EMPTY_STATE, toScenarioParams, type ScenarioUrlState } from './scenario-url'

const DEFAULTS = {
  needRate: 0.07,
  familiesPerClinicalWte: 29.44,
  recruitmentSuccess: 0.9,
  payUplift: 0.03,
  deprivationNeedRatio: 1.5,
}
const STATE: ScenarioUrlState = {
  ...EMPTY_STATE,
  scope: 'E54000048',
  budgetCap: 500_000,
  assumptions: { needRate: 0.08, payUplift: 0.04 },
}
const pif = presetById('pif')
const evidence = presetById('evidence')

describe('applyPreset', () => {
  it('sets the preset’s values and leaves the person’s other changes alone', () => {
    const next = applyPreset(STATE, pif, PRESETS)
    expect(next.assumptions).toEqual({
      needRate: 0.08,
      familiesPerClinicalWte: 46,
      recruitmentSuccess: 1,
      payUplift: 0.025,
      deprivationNeedRatio: 1,
    })
    expect(next.budgetCap).toBe(500_000)
  })

  it('puts a preset’s keys back to their defaults when the evidence preset is applied', () => {
    const back = applyPreset(applyPreset(STATE, pif, PRESETS), evidence, PRESETS)
    expect(back.assumptions).toEqual({ needRate: 0.08 })
    expect(toScenarioParams(back, DEFAULTS).toString()).toBe(
      'scope=E54000048&budget=500000&a.needRate=0.08',
    )
  })

  it('does not change the state it was given', () => {
    applyPreset(STATE, pif, PRESETS)
    expect(STATE.assumptions).toEqual({ needRate: 0.08, payUplift: 0.04 })
  })
})

describe('presetInUse', () => {
  it('is the evidence preset on the defaults, whatever else is changed', () => {
    expect(presetInUse({ needRate: 0.08 }, PRESETS, DEFAULTS)).toBe('evidence')
  })

  it('is the PIF calibration once applied', () => {
    expect(presetInUse(applyPreset(STATE, pif, PRESETS).assumptions, PRESETS, DEFAULTS)).toBe('pif')
  })

  it('is neither for a mix of one’s own', () => {
    expect(presetInUse({ payUplift: 0.04 }, PRESETS, DEFAULTS)).toBeNull()
  })
})

describe('presetValues', () => {
  it('fills the keys a preset leaves alone with their defaults', () => {
    expect(presetKeys(PRESETS).sort()).toEqual(
      ['deprivationNeedRatio', 'familiesPerClinicalWte', 'payUplift', 'recruitmentSuccess'].sort(),
    )
    expect(presetValues(evidence, PRESETS, DEFAULTS)).toEqual({
      familiesPerClinicalWte: 29.44,
      recruitmentSuccess: 0.9,
      payUplift: 0.03,
      deprivationNeedRatio: 1.5,
    })
  })
})
