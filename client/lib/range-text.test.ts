import { describe, expect, test } from 'vitest'
import type { AssumptionRange, ScenarioRanges, TornadoBar } from '../../shared/domain/uncertainty'
import {
  drawsShare,
  fullCoverageSentence,
  lowerFirst,
  nearFullSentence,
  rangeAround,
  tornadoSentence,
} from './range-text'
import { formatPercent } from './format'

function ranges(pFull: number, pNear: number, draws = 1000): ScenarioRanges {
  return {
    targetFy: '2030/31',
    monteCarlo: { pFullCoverage: pFull, pNearFullCoverage: pNear, draws },
  } as ScenarioRanges
}

describe('a share of draws in words', () => {
  test.each([
    [0, 'None of the 1,000 draws'],
    [0.004, 'Fewer than 1 in 20 draws'],
    [0.149, 'About 1 in 10 draws'],
    [0.412, 'About 4 in 10 draws'],
    [0.95, 'About 9 in 10 draws'],
    [0.97, 'More than 19 in 20 draws'],
    [1, 'All 1,000 draws'],
  ])('%d → %s', (p, text) => {
    expect(drawsShare(p, 1000)).toBe(text)
  })

  test('the full-coverage sentence gives the count and says what full coverage means', () => {
    expect(fullCoverageSentence(ranges(0.412, 0.7))).toBe(
      'About 4 in 10 draws reach full coverage by 2030/31 (412 of 1,000 draws): every authority in the area fully covered in that year.',
    )
    expect(fullCoverageSentence(ranges(0, 0.1))).toMatch(
      /^None of the 1,000 draws reaches full coverage by 2030\/31: /,
    )
    expect(nearFullSentence(ranges(0.412, 0.7))).toBe(
      'About 7 in 10 draws reach at least 95% coverage of need across the area in 2030/31.',
    )
  })
})

const perTeam: AssumptionRange = {
  key: 'existingTeamFamiliesPerYear',
  label: 'Families seen by an existing team',
  unit: 'families per team per year',
  low: 86,
  central: 106,
  high: 127,
  mark: 'I',
  source: 'FACTS',
  widened: false,
}
const need: AssumptionRange = {
  ...perTeam,
  key: 'needRate',
  label: 'Families needing a specialised team',
  unit: 'share',
  low: 0.05,
  central: 0.07,
  high: 0.1,
}

describe('ranges in words', () => {
  test('are named with their range and the value used, the unit said once', () => {
    expect(rangeAround(perTeam)).toBe(
      'families seen by an existing team (86 to 127 families per team a year; 106 here)',
    )
    expect(rangeAround(need)).toBe('families needing a specialised team (5% to 10%; 7% here)')
    expect(lowerFirst('NHS pay award')).toBe('NHS pay award')
  })
})

describe('the tornado in words', () => {
  const bar = (key: string, label: string, atLow: number, atHigh: number): TornadoBar =>
    ({
      key,
      label,
      unit: 'share',
      low: 0.05,
      high: 0.1,
      atLow,
      atHigh,
      swing: Math.abs(atHigh - atLow),
    }) as TornadoBar

  test('names the largest effect with both results, then the next, then what does not move it', () => {
    const text = tornadoSentence(
      [
        bar('needRate', 'Families needing a specialised team', 1, 0.85),
        bar('recruitmentSuccess', 'Share of planned posts filled', 0.89, 1),
        bar('payUplift', 'Annual pay award', 1, 1),
      ],
      'coverage in 2030/31',
      (v) => formatPercent(v),
    )
    expect(text).toBe(
      'Families needing a specialised team moves coverage in 2030/31 most: from 100% at 5% to 85% at 10%. Then share of planned posts filled (89% to 100%). Annual pay award does not change it.',
    )
  })

  test('says so when nothing moves the measure', () => {
    expect(tornadoSentence([bar('payUplift', 'Annual pay award', 1, 1)], 'coverage', String)).toBe(
      'None of the ranged assumptions changes coverage.',
    )
  })
})
