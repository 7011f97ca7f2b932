import { expect, test } from 'vitest'
import { niceTicks } from './nice-ticks'

test.each([
  [26_000, [0, 10_000, 20_000, 30_000]],
  [4_070, [0, 2_000, 4_000, 6_000]],
  [1_263_000, [0, 500_000, 1_000_000, 1_500_000]],
  [51, [0, 20, 40, 60]],
  [62_900, [0, 20_000, 40_000, 60_000, 80_000]],
  [100, [0, 25, 50, 75, 100]],
])('ticks for %d', (max, expected) => {
  expect(niceTicks(max)).toEqual(expected)
})

test('an empty or zero series still gets an axis', () => {
  expect(niceTicks(0)).toEqual([0, 1])
})
