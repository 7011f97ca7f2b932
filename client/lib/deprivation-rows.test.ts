import { describe, expect, it } from 'vitest'
import type { DeprivationGroup, Quintile } from '../../shared/domain/results'
import { coverageChangeSentence, quintileRows, withoutTeamSentence } from './deprivation-rows'

const LABELS = [
  'Most deprived fifth',
  'Second most deprived fifth',
  'Middle fifth',
  'Second least deprived fifth',
  'Least deprived fifth',
]

/** A group with babies, of whom `without` live where no team works, and coverage `coverage`. */
function group(
  quintile: Quintile,
  authorities: number,
  years: { fyStart: number; without: number; coverage: number }[],
): DeprivationGroup {
  return {
    quintile,
    label: LABELS[quintile - 1]!,
    authorities,
    years: years.map(({ fyStart, without, coverage }) => ({
      fyStart,
      babiesUnder2: 1000,
      need: 30,
      capacity: 30 * coverage,
      coverage,
      geographicCoverage: 1 - without / 1000,
      babiesWithoutTeam: without,
    })),
  }
}

const ENGLAND = [
  group(1, 43, [
    { fyStart: 2026, without: 605, coverage: 0.16 },
    { fyStart: 2030, without: 0, coverage: 1 },
  ]),
  group(2, 43, [{ fyStart: 2026, without: 861, coverage: 0.05 }]),
  group(3, 0, [{ fyStart: 2026, without: 0, coverage: 0 }]),
  group(5, 92, [
    { fyStart: 2026, without: 950, coverage: 0.01 },
    { fyStart: 2030, without: 10, coverage: 0.98 },
  ]),
]

describe('quintileRows', () => {
  it('keeps the fifths with authorities in the area, at the year asked for', () => {
    const rows = quintileRows(ENGLAND, 2026)
    expect(rows.map((r) => r.key)).toEqual(['q1', 'q2', 'q5'])
    expect(rows[0]!.withoutShare).toBeCloseTo(0.605)
  })

  it('skips a fifth without that year', () => {
    expect(quintileRows(ENGLAND, 2030).map((r) => r.key)).toEqual(['q1', 'q5'])
  })
})

describe('withoutTeamSentence', () => {
  it('sets the most deprived fifth beside the least deprived', () => {
    expect(withoutTeamSentence(quintileRows(ENGLAND, 2026), 'England')).toBe(
      'In the most deprived fifth, 61% of babies live where no team works today, against 95% in the least deprived fifth.',
    )
  })

  it('names the fifth an authority is in', () => {
    const rows = quintileRows([group(1, 1, [{ fyStart: 2026, without: 0, coverage: 0.4 }])], 2026)
    expect(withoutTeamSentence(rows, 'Blackpool')).toBe(
      'Blackpool is in the most deprived fifth of UK authorities: 0% of its babies live where no team works today.',
    )
  })

  it('says nothing without any fifth', () => {
    expect(withoutTeamSentence([], 'Nowhere')).toBe('')
  })
})

describe('coverageChangeSentence', () => {
  it('gives both ends of the path for the most and least deprived fifths', () => {
    expect(
      coverageChangeSentence(
        quintileRows(ENGLAND, 2026),
        quintileRows(ENGLAND, 2030),
        '2026/27',
        'by March 2031',
      ),
    ).toBe(
      'In the most deprived fifth, capacity coverage goes from 16% in 2026/27 to 100% by March 2031; in the least deprived fifth, from 1% to 98%.',
    )
  })
})
