/** Shares are typed as percentages (7 rather than 0.07) because that is how people say them. */

/** 0.07 → 7 without floating-point dust (0.07 × 100 is 7.000000000000001). */
export function toPercentInput(share: number): number {
  return Number((share * 100).toPrecision(12))
}

export function fromPercentInput(percent: number): number {
  return Number((percent / 100).toPrecision(12))
}
