import { expect, test } from 'vitest'
import { fmt } from './format'

test.each([
  [fmt.n(1234567.6), '1,234,568'],
  [fmt.n(-0.2), '0'],
  [fmt.n(999.5), '1,000'],
  [fmt.wte(0.8204), '0.8'],
  [fmt.wte(3), '3'],
  [fmt.pct(0.5099), '51%'],
  [fmt.km(55.6), '56 km'],
  [fmt.list(['A', 'B', 'C']), 'A, B and C'],
])('formats %s as %s', (actual, expected) => {
  expect(actual).toBe(expected)
})
