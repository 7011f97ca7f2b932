import { describe, expect, it, test } from 'vitest'
import {
  formatCompact,
  formatDate,
  formatDateTime,
  formatTime,
  formatDecimal,
  formatFy,
  formatFyLong,
  formatFyShort,
  formatKm,
  formatMidYear,
  formatMoney,
  formatMoneyShort,
  formatMonth,
  formatNumber,
  formatPercent,
  formatTeams,
  formatWte,
  hasFractionalTeams,
  listText,
  monthToDecimalYear,
  normaliseFy,
  plural,
} from './format'

describe('formatNumber', () => {
  test.each([
    [1384780, 0, '1,384,780'],
    [0, 0, '0'],
    [2.345, 1, '2.3'],
    [-1234.5, 0, '-1,235'],
    [-0.2, 0, '0'],
  ])('%d with %d decimals is %s', (value, decimals, expected) => {
    expect(formatNumber(value, decimals)).toBe(expected)
  })

  test('missing values read as a dash or the fallback', () => {
    expect(formatNumber(null)).toBe('–')
    expect(formatNumber(undefined)).toBe('–')
    expect(formatNumber(Number.NaN)).toBe('–')
    expect(formatNumber(null, 0, 'No estimate')).toBe('No estimate')
  })
})

describe('money', () => {
  test('to the pound, or with pence', () => {
    expect(formatMoney(60371.25)).toBe('£60,371')
    expect(formatMoney(60371.25, { pence: true })).toBe('£60,371.25')
    expect(formatMoney(-5)).toBe('−£5')
    expect(formatMoney(-0.2)).toBe('£0')
    expect(formatMoney(null)).toBe('–')
  })

  test.each([
    [0, '£0'],
    [950, '£950'],
    [60371.25, '£60.4k'],
    [477000, '£477k'],
    [999_400, '£999k'],
    [999_600, '£1m'],
    [1_234_000, '£1.23m'],
    [24_560_000, '£24.6m'],
    [2_500_000_000, '£2.5bn'],
    [-477000, '−£477k'],
  ])('%d in short form is %s', (value, expected) => {
    expect(formatMoneyShort(value)).toBe(expected)
  })
})

describe('formatCompact', () => {
  test.each([
    [845, '845'],
    [62_345, '62.3k'],
    [650_000, '650k'],
    [1_384_780, '1.38m'],
  ])('%d is %s', (value, expected) => {
    expect(formatCompact(value)).toBe(expected)
  })
})

describe('formatPercent', () => {
  test('rounds shares to whole percentages by default', () => {
    expect(formatPercent(0.42)).toBe('42%')
    expect(formatPercent(0.4249, 1)).toBe('42.5%')
    expect(formatPercent(0)).toBe('0%')
    expect(formatPercent(1)).toBe('100%')
  })

  test('never rounds a small share to 0% or a near-complete one to 100%', () => {
    expect(formatPercent(0.0004)).toBe('<1%')
    expect(formatPercent(0.9996)).toBe('>99%')
    expect(formatPercent(0.00004, 1)).toBe('<0.1%')
  })

  test('missing is a dash', () => {
    expect(formatPercent(null)).toBe('–')
  })
})

describe('financial years and dates', () => {
  test('financial year labels', () => {
    expect(formatFy(2025)).toBe('2025/26')
    expect(formatFy(2099)).toBe('2099/00')
    expect(formatFy(2008)).toBe('2008/09')
    expect(formatFyShort(2030)).toBe('FY2030/31')
    expect(formatFyLong(2025)).toBe('April 2025 to March 2026')
    expect(normaliseFy('FY2025/26')).toBe('2025/26')
    expect(normaliseFy(2024)).toBe('2024/25')
  })

  test('mid-years and months', () => {
    expect(formatMidYear(2022)).toBe('mid-2022')
    expect(formatMonth('2025-12')).toBe('December 2025')
    expect(formatMonth('2019-06', true)).toBe('Jun 2019')
    expect(formatMonth('c.2024')).toBe('c.2024')
    expect(formatMonth('2024-13')).toBe('2024-13')
    expect(monthToDecimalYear('2019-07')).toBe(2019.5)
    expect(monthToDecimalYear('soon')).toBeNull()
  })
})

describe('other units and words', () => {
  test('decimals without trailing zeros', () => {
    expect(formatDecimal(0.5)).toBe('0.5')
    expect(formatDecimal(2)).toBe('2')
    expect(formatDecimal(1234.567)).toBe('1,234.57')
    expect(formatDecimal(null)).toBe('–')
  })

  test('distances and WTE', () => {
    expect(formatKm(4.26)).toBe('4.3 km')
    expect(formatKm(23.6)).toBe('24 km')
    expect(formatWte(7)).toBe('7 WTE')
    expect(formatWte(2.5)).toBe('2.5 WTE')
  })

  test('plurals and lists', () => {
    expect(plural(1, 'team')).toBe('1 team')
    expect(plural(51, 'team')).toBe('51 teams')
    expect(plural(2, 'family', 'families')).toBe('2 families')
    expect(listText([])).toBe('')
    expect(listText(['Scotland'])).toBe('Scotland')
    expect(listText(['Scotland', 'Northern Ireland'])).toBe('Scotland and Northern Ireland')
    expect(listText(['a', 'b', 'c'])).toBe('a, b and c')
  })
})

describe('UK dates and times', () => {
  it('shows times in UK time, summer and winter', () => {
    expect(formatTime('2026-11-23T14:03:09Z')).toBe('14:03')
    expect(formatTime('2026-07-01T14:03:09Z')).toBe('15:03')
    expect(formatTime('not a date')).toBe('–')
  })

  it('writes dates in words', () => {
    expect(formatDate('2026-11-23T23:30:00Z')).toBe('23 November 2026')
    expect(formatDateTime('2026-11-23T14:03:00Z')).toBe('23 November 2026 at 14:03')
    expect(formatDateTime('2026-11-23T14:03:00Z', new Date('2026-11-23T20:00:00Z'))).toBe(
      'today at 14:03',
    )
  })
})

describe('formatTeams', () => {
  test.each([
    [6, '6'],
    [9.746, '9.7'],
    [14.788, '14.8'],
    [4.97, '5'],
    [0.5, '0.5'],
    [1234, '1,234'],
  ])('%d teams read as %s', (value, expected) => {
    expect(formatTeams(value)).toBe(expected)
  })

  test('the note on shares is needed only when a count is shown with a decimal', () => {
    expect(hasFractionalTeams([6, 12, 4.97])).toBe(false)
    expect(hasFractionalTeams([6, 9.75])).toBe(true)
  })
})
