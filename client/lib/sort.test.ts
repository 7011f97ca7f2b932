import { describe, expect, test } from 'vitest'
import { compareValues, sortRows } from './sort'

describe('sortRows', () => {
  const rows = [
    { name: 'Wales', babies: 60000, coverage: 0 },
    { name: 'England', babies: 1200000, coverage: 0.3 },
    { name: 'Northern Ireland', babies: null, coverage: 0.2 },
    { name: 'Scotland', babies: 90000, coverage: 0.3 },
  ]

  test('numbers ascending and descending, missing values last both ways', () => {
    expect(sortRows(rows, (r) => r.babies, 'asc').map((r) => r.name)).toEqual([
      'Wales',
      'Scotland',
      'England',
      'Northern Ireland',
    ])
    expect(sortRows(rows, (r) => r.babies, 'desc').map((r) => r.name)).toEqual([
      'England',
      'Scotland',
      'Wales',
      'Northern Ireland',
    ])
  })

  test('is stable for equal values', () => {
    expect(sortRows(rows, (r) => r.coverage, 'desc').map((r) => r.name)).toEqual([
      'England',
      'Scotland',
      'Northern Ireland',
      'Wales',
    ])
  })

  test('text in en-GB order with numbers inside names compared as numbers', () => {
    expect(compareValues('Area 10', 'Area 9', 'asc')).toBeGreaterThan(0)
    expect(sortRows(rows, (r) => r.name, 'asc').map((r) => r.name)[0]).toBe('England')
  })

  test('does not change the input', () => {
    const copy = [...rows]
    sortRows(rows, (r) => r.name, 'desc')
    expect(rows).toEqual(copy)
  })
})
