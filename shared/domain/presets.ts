import type { AssumptionKey } from './assumptions'

export const PRESET_IDS = ['evidence', 'pif'] as const
export type PresetId = (typeof PRESET_IDS)[number]

/** A named set of assumption values a scenario can start from. */
export interface Preset {
  id: PresetId
  label: string
  description: string
  /** Values that differ from the seeded defaults; the evidence preset is the defaults themselves. */
  assumptions: Partial<Record<AssumptionKey, number>>
}

/**
 * The Parent-Infant Foundation calibration is model 1.0's defaults: a standard team sees about
 * 250 families a year, as the national ask implies (39,200 babies ÷ 153 authorities ≈ 256;
 * £73m ÷ 153 ≈ £477k of pay a team), need is the same 7% of births everywhere and every post is
 * filled. Kept so a plan on those terms can be set beside one on the evidence.
 */
export const PRESETS: readonly Preset[] = [
  {
    id: 'evidence',
    label: 'Evidence-based defaults',
    description:
      'What teams are observed to do (about 26.5 families a year per clinician after supervision), need weighted by deprivation, one post in ten vacant and a 3% pay award: the model’s defaults.',
    assumptions: {},
  },
  {
    id: 'pif',
    label: 'Parent-Infant Foundation calibration',
    description:
      'The terms of the £73m national ask: a standard team sees about 250 families a year, need is 7% of births everywhere, every post is filled and pay rises 2.5% a year (model 1.0’s defaults).',
    assumptions: {
      familiesPerClinicalWte: 46,
      recruitmentSuccess: 1,
      payUplift: 0.025,
      deprivationNeedRatio: 1,
    },
  },
]

export function presetById(id: PresetId): Preset {
  return PRESETS.find((p) => p.id === id)!
}
