import { describe, expect, test } from 'vitest'
import {
  boundsIntersect,
  boundsOf,
  fitBounds,
  pathData,
  type BoundaryFeature,
} from './map-projection'

function square(code: string, west: number, south: number, size: number): BoundaryFeature {
  const ring = [
    [west, south],
    [west + size, south],
    [west + size, south + size],
    [west, south + size],
    [west, south],
  ]
  return {
    type: 'Feature',
    properties: { code, name: code },
    geometry: { type: 'MultiPolygon', coordinates: [[ring]] },
  }
}

describe('map projection', () => {
  test('bounds cover every feature', () => {
    const bounds = boundsOf([square('a', -3, 53, 1), square('b', 0, 55, 0.5)])
    expect(bounds).toEqual({ west: -3, east: 0.5, south: 53, north: 55.5 })
    expect(boundsOf([])).toBeNull()
  })

  test('longitude shrinks by the cosine of the middle latitude, and the box fits the shape', () => {
    // 1° by 1° at 60° north: 0.5 units wide for every 1 unit tall.
    const fitted = fitBounds({ west: 0, east: 1, south: 59.5, north: 60.5 }, 1000, 200, 0)
    expect(fitted.height).toBe(200)
    expect(fitted.width).toBe(100)
    expect(fitted.project(0, 60.5)).toEqual([0, 0])
    const [x, y] = fitted.project(1, 59.5)
    expect(x).toBeCloseTo(100, 6)
    expect(y).toBeCloseTo(200, 6)
  })

  test('north is up and padding is kept on every side', () => {
    const fitted = fitBounds({ west: -2, east: 0, south: 50, north: 52 }, 300, 300, 10)
    const [, top] = fitted.project(-1, 52)
    const [, bottom] = fitted.project(-1, 50)
    expect(top).toBe(10)
    expect(bottom).toBeCloseTo(fitted.height - 10, 6)
    expect(fitted.width).toBeLessThanOrEqual(300)
  })

  test('path data closes each ring and drops points that round together', () => {
    const fitted = fitBounds({ west: 0, east: 1, south: 0, north: 1 }, 110, 110, 5)
    const feature = square('a', 0, 0, 1)
    expect(pathData(feature, fitted.project)).toBe('M5 105L105 105L105 5L5 5Z')
    const tiny = square('b', 0, 0, 0.0001)
    expect(pathData(tiny, fitted.project)).toBe('')
  })

  test('bounds that only touch still intersect', () => {
    const a = { west: 0, east: 1, south: 0, north: 1 }
    expect(boundsIntersect(a, { west: 1, east: 2, south: 0, north: 1 })).toBe(true)
    expect(boundsIntersect(a, { west: 1.1, east: 2, south: 0, north: 1 })).toBe(false)
  })
})
