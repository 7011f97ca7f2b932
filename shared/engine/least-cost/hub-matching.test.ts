import { describe, expect, test } from 'vitest'
import { HubMatcher } from './hub-matching'

describe('HubMatcher', () => {
  test('moves a satellite to its other hub so a later one with a single hub gets a place', () => {
    // Hubs 0 and 1 with one place each; satellite 0 can use either, satellite 1 only hub 0.
    const m = new HubMatcher(Int32Array.from([1, 1]), 3)
    expect(m.add(0, [0, 1])).toBe(true)
    expect(m.hub(0)).toBe(0)
    expect(m.add(1, [0])).toBe(true)
    expect([m.hub(0), m.hub(1)]).toEqual([1, 0])
    // A third satellite that needs either hub finds both full, and nothing moves.
    expect(m.add(2, [0, 1])).toBe(false)
    expect([m.hub(0), m.hub(1), m.hub(2)]).toEqual([1, 0, -1])
    // Once one leaves, its place is free again.
    m.remove(1)
    expect(m.add(2, [0])).toBe(true)
    expect(m.hub(2)).toBe(0)
  })

  test('a hub with two places takes two satellites and refuses a third', () => {
    const m = new HubMatcher(Int32Array.from([2]), 3)
    expect(m.add(0, [0])).toBe(true)
    expect(m.add(1, [0])).toBe(true)
    expect(m.add(2, [0])).toBe(false)
  })
})
