import fc from 'fast-check'
import { describe, expect, test } from 'vitest'
import { pertMean, pertQuantile, pertShape } from './pert'

const range = fc
  .tuple(
    fc.double({ min: -100, max: 100, noNaN: true }),
    fc.double({ min: 0.01, max: 50, noNaN: true }),
    fc.double({ min: 0, max: 1, noNaN: true }),
  )
  .map(([low, width, at]) => ({ low, mode: low + width * at, high: low + width }))

describe('PERT', () => {
  test('shape parameters 1 + 4 × the distances to the mode (Vose 2008)', () => {
    const lag = pertShape(3, 6, 12)
    expect(lag.a).toBeCloseTo(1 + 4 / 3, 12)
    expect(lag.b).toBeCloseTo(1 + 8 / 3, 12)
    const need = pertShape(0.04, 0.07, 0.1)
    expect(need.a).toBeCloseTo(3, 12)
    expect(need.b).toBeCloseTo(3, 12)
  })

  test('quantiles stay in the range, rise with u, and a symmetric range has its median at the mode', () => {
    fc.assert(
      fc.property(range, fc.double({ min: 0, max: 0.999, noNaN: true }), (r, u) => {
        const x = pertQuantile(u, r.low, r.mode, r.high)
        expect(x).toBeGreaterThanOrEqual(r.low)
        expect(x).toBeLessThanOrEqual(r.high)
        expect(
          pertQuantile(Math.min(0.999, u + 0.05), r.low, r.mode, r.high),
        ).toBeGreaterThanOrEqual(x)
      }),
    )
    expect(pertQuantile(0.5, 0.04, 0.07, 0.1)).toBeCloseTo(0.07, 6)
    expect(pertQuantile(0.5, 86, 106.5, 127)).toBeCloseTo(106.5, 4)
  })

  test('the mean of many evenly spaced quantiles is (low + 4 × mode + high) ÷ 6', () => {
    for (const [low, mode, high] of [
      [3, 6, 12],
      [0.8, 0.9, 1],
      [0.15, 0.2, 0.3],
    ] as const) {
      const n = 20_000
      let sum = 0
      for (let k = 0; k < n; k++) sum += pertQuantile((k + 0.5) / n, low, mode, high)
      expect(sum / n).toBeCloseTo(pertMean(low, mode, high), 3)
    }
  })

  test('it is tighter than a triangle on the same points: P10–P90 of PERT(4%, 7%, 10%) is 5.4%–8.6%', () => {
    expect(pertQuantile(0.1, 0.04, 0.07, 0.1)).toBeCloseTo(0.0547, 3)
    expect(pertQuantile(0.9, 0.04, 0.07, 0.1)).toBeCloseTo(0.0853, 3)
  })

  test('a range of no width is its one value', () => {
    expect(pertQuantile(0.3, 5, 5, 5)).toBe(5)
  })
})
