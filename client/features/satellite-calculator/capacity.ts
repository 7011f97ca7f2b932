/**
 * Families a team could see, by the model's capacity rule (PRODUCT.md "The model"): clinical WTE
 * × families per clinical WTE a year × (1 − share of time for supervision). The costing endpoint
 * returns the assumptions it used, so the same figures drive both cost and capacity. Posts are
 * taken as filled and working from the first month; the scenario model adds recruitment lag.
 */
export interface CapacityInputs {
  clinicalWte: number
  familiesPerClinicalWte: number
  supervisionShare: number
  months: number
}

export interface Capacity {
  familiesPerYear: number
  familiesInPeriod: number
}

export function teamCapacity({
  clinicalWte,
  familiesPerClinicalWte,
  supervisionShare,
  months,
}: CapacityInputs): Capacity {
  const familiesPerYear = clinicalWte * familiesPerClinicalWte * (1 - supervisionShare)
  return { familiesPerYear, familiesInPeriod: (familiesPerYear * months) / 12 }
}

/** Cost per family seen in the period; null when the team would see nobody. */
export function costPerFamily(total: number, familiesInPeriod: number): number | null {
  return familiesInPeriod > 0 ? total / familiesInPeriod : null
}

/** Months from 'YYYY-MM' to 'YYYY-MM', both included; null if either is not a month or end is before start. */
export function monthsInclusive(start: string, end: string): number | null {
  const index = (m: string) => {
    const match = /^(\d{4})-(0[1-9]|1[0-2])$/.exec(m)
    return match ? Number(match[1]) * 12 + Number(match[2]) - 1 : null
  }
  const a = index(start)
  const b = index(end)
  if (a === null || b === null || b < a) return null
  return b - a + 1
}
