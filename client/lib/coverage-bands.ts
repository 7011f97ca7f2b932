/**
 * Coverage bands for the map: three steps of one blue hue (safe for every common colour-vision
 * deficiency, and still ordered when printed in greyscale). Only three, because WCAG asks for 3:1
 * contrast between adjacent colours and a fourth step cannot keep that: 3 × 3 × 3 = 27 is more than
 * the 21:1 between white and black. Every band also has a text label, and the ranked table carries
 * the values, so nothing depends on colour alone.
 */

export interface CoverageBand {
  key: 'none' | 'partial' | 'most'
  label: string
  fill: string
}

export const COVERAGE_BANDS: readonly CoverageBand[] = [
  { key: 'none', label: 'No team (0%)', fill: '#f0f4f5' },
  { key: 'partial', label: 'Under 50%', fill: '#4292c6' },
  { key: 'most', label: '50% to 100%', fill: '#08306b' },
]

/** Authorities drawn for context only (outside the area shown) are hatched, not filled. */
export const OUTSIDE_HATCH = '#c8cfd3'
export const OUTSIDE_STROKE = '#aeb7bd'

export function coverageBand(coverage: number): CoverageBand {
  const [none, partial, most] = COVERAGE_BANDS as [CoverageBand, CoverageBand, CoverageBand]
  if (!(coverage > 0)) return none
  return coverage < 0.5 ? partial : most
}

/** WCAG relative luminance of a #rrggbb colour. */
export function luminance(hex: string): number {
  const channel = (i: number) => {
    const c = parseInt(hex.slice(1 + 2 * i, 3 + 2 * i), 16) / 255
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4
  }
  return 0.2126 * channel(0) + 0.7152 * channel(1) + 0.0722 * channel(2)
}

export function contrastRatio(a: string, b: string): number {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number]
  return (hi + 0.05) / (lo + 0.05)
}
