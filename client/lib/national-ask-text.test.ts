import { describe, expect, it } from 'vitest'
import type { NationalAskReconciliation } from '../../shared/domain/national-ask'
import { askSummary, formatMillions, formatMillionsChange } from './national-ask-text'

const REC: NationalAskReconciliation = {
  targetFy: '2030/31',
  ask: 73_000_000,
  model: 174_264_897,
  steps: [
    { label: 'The national ask', amount: 73_000_000, total: 73_000_000, detail: '', mark: 'S' },
    { label: 'Non-pay overhead', amount: 14_600_000, total: 87_600_000, detail: '', mark: 'A' },
    {
      label: 'Families a team supports',
      amount: 99_338_154,
      total: 186_938_154,
      detail: '',
      mark: 'I',
    },
    {
      label: 'Existing teams are costed apart',
      amount: -12_673_257,
      total: 174_264_897,
      detail: '',
      mark: 'I',
    },
  ],
  pifCalibration: 107_052_063,
  coverage: 1,
  notes: [],
  modelVersion: '2.0.0',
  dataVersion: 'test',
}

describe('the national ask in £m', () => {
  it('writes one decimal, a true minus sign and a plus for a step that adds', () => {
    expect(formatMillions(73_000_000)).toBe('£73.0m')
    expect(formatMillions(-12_673_257)).toBe('−£12.7m')
    expect(formatMillions(-20_000)).toBe('£0.0m')
    expect(formatMillionsChange(14_600_000)).toBe('+£14.6m')
    expect(formatMillionsChange(-12_673_257)).toBe('−£12.7m')
  })

  it('says the ask, the model, the largest difference and the calibration', () => {
    expect(askSummary(REC)).toBe(
      'The Parent-Infant Foundation asks for £73.0m a year so that every local authority in England has at least one specialised parent-infant relationship team, at 2025/26 pay. ' +
        "The model's plan for England costs £174.3m a year of new provision in 2030/31, in cash, reaching 100% coverage: +£101.3m on the ask. " +
        'The largest difference is families a team supports (+£99.3m a year). ' +
        "On the ask's own terms (the Parent-Infant Foundation calibration) the model gives £107.1m a year.",
    )
  })
})
