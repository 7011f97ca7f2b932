import { expect, test } from 'vitest'
import { formatAssumption, formatAssumptionRange } from './assumption-format'

test.each([
  [0.07, 'share', '7%'],
  [0.2378, 'share', '23.78%'],
  [0.138, 'share', '13.8%'],
  [0.025, 'share per year', '2.5% a year'],
  [-0.01, 'share per year', '-1% a year'],
  [20000, 'GBP', '£20,000'],
  [5000, 'GBP per year', '£5,000 a year'],
  [6, 'months', '6 months'],
  [1, 'months', '1 month'],
  [30, 'km', '30 km'],
  [2, 'WTE', '2 WTE'],
  [36, 'families per WTE per year', '36 families per WTE a year'],
  [250, 'families per team per year', '250 families per team a year'],
  [0.5, 'scale', '× 0.5'],
] as const)('%d %s reads as %s', (value, unit, expected) => {
  expect(formatAssumption(value, unit)).toBe(expected)
})

test('ranges write the unit once', () => {
  expect(formatAssumptionRange(0.05, 0.1, 'share')).toBe('5% to 10%')
  expect(formatAssumptionRange(5000, 9100, 'GBP per year')).toBe('£5,000 to £9,100 a year')
  expect(formatAssumptionRange(86, 127, 'families per team per year')).toBe(
    '86 to 127 families per team a year',
  )
  expect(formatAssumptionRange(3, 12, 'months')).toBe('3 to 12 months')
  expect(formatAssumptionRange(0.5, 2, 'scale')).toBe('× 0.5 to × 2')
})
