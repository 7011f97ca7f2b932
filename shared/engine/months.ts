import { fyFirstMonth } from '../domain/fiscal-year'

/**
 * Months (possibly fractional) of a financial year that fall on or after a month index.
 * Fractions arise only from a fractional productivity lag; costs always use whole months.
 */
export function monthsFrom(fy: number, fromMonth: number): number {
  const first = fyFirstMonth(fy)
  return Math.min(12, Math.max(0, first + 12 - fromMonth))
}

export { monthsBetween } from '../domain/fiscal-year'
