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
