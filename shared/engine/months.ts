import { fyFirstMonth } from '../domain/fiscal-year'

/**
 * Months (possibly fractional) of a financial year that fall on or after a month index.
 * Fractions arise only from a fractional productivity lag; costs always use whole months.
 */
export function monthsFrom(fy: number, fromMonth: number): number {
  const first = fyFirstMonth(fy)
  return Math.min(12, Math.max(0, first + 12 - fromMonth))
}

/** Whole months of a financial year inside the inclusive month range [start, end]. */
export function monthsBetween(fy: number, start: number, end: number): number {
  const first = fyFirstMonth(fy)
  const last = first + 11
  return Math.max(0, Math.min(last, end) - Math.max(first, start) + 1)
}
