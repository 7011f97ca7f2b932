/**
 * Words for the builder's choices and how its assumptions are grouped. The model's own labels
 * (strategies, phasings, options) come from shared/domain; these are the ones only this page needs.
 */
import type { Assumption, AssumptionKey } from '../../../shared/domain/assumptions'

// Kept in lib so the comparison page and rationale notes use the same words.
export { PRIORITY_LABELS, TREND_LABELS } from '../../lib/setting-labels'
export { fromPercentInput, toPercentInput } from '../../lib/percent-input'

export type AssumptionGroup = 'need' | 'capacity' | 'cost' | 'money' | 'timing'

export const ASSUMPTION_GROUPS: { id: AssumptionGroup; title: string; keys: AssumptionKey[] }[] = [
  { id: 'need', title: 'Need', keys: ['needRate', 'deprivationNeedRatio', 'birthsTrendPerYear'] },
  {
    id: 'capacity',
    title: 'Capacity',
    keys: [
      'familiesPerClinicalWte',
      'supervisionShare',
      'existingTeamFamiliesPerYear',
      'satelliteTherapists',
      'satelliteMaxDistanceKm',
      'hubMaxSatellites',
      'standaloneMinScale',
      'minAreaFamilies',
    ],
  },
  {
    id: 'cost',
    title: 'Cost',
    keys: [
      'payUplift',
      'employerNiRate',
      'employerNiThreshold',
      'employerPensionRate',
      'nonPayOverhead',
      'setupCostStandard',
      'setupCostSatellite',
    ],
  },
  {
    id: 'money',
    title: 'Constant prices and present value',
    keys: ['gdpDeflator', 'discountRate'],
  },
  {
    id: 'timing',
    title: 'Timing and recruitment',
    keys: [
      'productivityLagMonths',
      'traineeProductiveMonths',
      'traineeTrainedMonths',
      'traineeCaseloadShare',
      'recruitmentSuccess',
      'nationalRecruitsPerYear',
    ],
  },
]

/** Puts each assumption in its group; any the server adds later go to the last group rather than vanish. */
export function groupAssumptions(list: readonly Assumption[]) {
  const placed = new Set<string>()
  const groups = ASSUMPTION_GROUPS.map((group) => {
    const items = group.keys
      .map((key) => list.find((a) => a.key === key))
      .filter((a): a is Assumption => a !== undefined)
    items.forEach((a) => placed.add(a.key))
    return { ...group, items }
  })
  const rest = list.filter((a) => !placed.has(a.key))
  groups[groups.length - 1]!.items.push(...rest)
  return groups
}

/** Shares are edited as percentages (7 rather than 0.07) because that is how people say them. */
export function isShareUnit(unit: Assumption['unit']): boolean {
  return unit === 'share' || unit === 'share per year'
}
