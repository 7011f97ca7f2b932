import { describe, expect, test } from 'vitest'
import { mulberry32, triangular } from './random'

describe('mulberry32', () => {
  test('gives the published algorithm’s numbers (checked against an independent Python port)', () => {
    const random = mulberry32(2030)
    expect([random(), random(), random(), random()]).toEqual([
      0.9332865253090858, 0.8923139779362828, 0.7017602070700377, 0.03565200068987906,
    ])
    const zero = mulberry32(0)
    expect(zero()).toBe(0.26642920868471265)
    expect(zero()).toBe(0.0003297457005828619)
  })

  test('the same seed repeats the sequence; another seed gives another', () => {
    const a = mulberry32(7)
    const b = mulberry32(7)
    const c = mulberry32(8)
    const seqA = Array.from({ length: 100 }, a)
    expect(Array.from({ length: 100 }, b)).toEqual(seqA)
    expect(Array.from({ length: 100 }, c)).not.toEqual(seqA)
  })

  test('numbers lie in [0, 1) and spread evenly', () => {
    const random = mulberry32(2030)
    const counts = new Array<number>(10).fill(0)
    const n = 100_000
    let min = 1
    let max = 0
    for (let i = 0; i < n; i++) {
      const u = random()
      min = Math.min(min, u)
      max = Math.max(max, u)
      counts[Math.floor(u * 10)]!++
    }
    expect(min).toBeGreaterThanOrEqual(0)
    expect(max).toBeLessThan(1)
    // Each tenth holds 10,000 ± 3% (about 10 standard deviations of a fair count).
    for (const count of counts) expect(Math.abs(count - n / 10)).toBeLessThan(300)
  })
})

describe('triangular draws', () => {
  test('reach the low end at 0, the peak at its own probability and the high end at 1', () => {
    expect(triangular(0, 0.05, 0.07, 0.1)).toBe(0.05)
    expect(triangular(0.4, 0.05, 0.07, 0.1)).toBeCloseTo(0.07, 12)
    expect(triangular(1, 0.05, 0.07, 0.1)).toBeCloseTo(0.1, 12)
  })

  test('a range with no width gives its value; a peak at an end still works', () => {
    expect(triangular(0.3, 2, 2, 2)).toBe(2)
    // Pay award: the central 2.5% is also the low end.
    expect(triangular(0, 0.025, 0.025, 0.04)).toBe(0.025)
    expect(triangular(0.5, 0.025, 0.025, 0.04)).toBeCloseTo(0.04 - Math.sqrt(0.5) * 0.015, 12)
  })

  test('many draws average (low + peak + high) / 3', () => {
    const random = mulberry32(1)
    let sum = 0
    const n = 50_000
    for (let i = 0; i < n; i++) sum += triangular(random(), 18.5, 46, 55.6)
    expect(sum / n).toBeCloseTo((18.5 + 46 + 55.6) / 3, 1)
  })
})
